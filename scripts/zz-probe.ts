import { readFileSync } from "node:fs";
import { diagnose } from "@/lib/diagnosis/diagnose";
async function main() {
  for (const line of readFileSync(process.argv[2]!, "utf8").split("\n").filter(Boolean)) {
    const d = await diagnose(line);
    const r = d.recipients[0];
    const cause = r?.cause ?? d.overall.cause;
    const poss = (d.overall as { possible?: { cause: string }[] }).possible ?? (r as { possible?: { cause: string }[] } | undefined)?.possible ?? [];
    console.log(`${cause.padEnd(26)} ${String(r?.confidence ?? d.overall.confidence).slice(0, 4).padEnd(5)} ${poss.slice(0, 3).map((p) => p.cause).join(",").padEnd(60)} | ${line.slice(0, 90)}`);
  }
}
main();
