import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { parseBounce } from "@/lib/bounce/parse";
const dir = "../shared/corpus/sisimai-dev/emails";
async function main() {
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const b = readFileSync(`${dir}/${f}`);
    out.push(f + " " + JSON.stringify(await parseBounce(b)));
    out.push(f + " " + JSON.stringify(await diagnose(b)));
  }
  for (const f of readdirSync("lib/bounce/__fixtures__").sort()) {
    const b = readFileSync(`lib/bounce/__fixtures__/${f}`);
    out.push(f + " " + JSON.stringify(await diagnose(b)));
  }
  writeFileSync(process.argv[2]!, out.join("\n"));
  console.log(createHash("sha256").update(out.join("\n")).digest("hex").slice(0, 16), out.length);
}
main();
