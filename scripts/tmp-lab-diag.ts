import { readFileSync } from "node:fs";
import { diagnose } from "@/lib/diagnosis/diagnose";
for (const f of process.argv.slice(2)) {
  const d = await diagnose(new Uint8Array(readFileSync(f)));
  const r = d.recipients[0];
  console.log("==", f, "generator:", (d as any).parsed?.generator ?? (d as any).bounce?.generator);
  console.log(JSON.stringify({ cause: r?.cause ?? d.overall.cause, rec: r?.recipient, possible: (r?.possible ?? d.overall.possible)?.slice(0,4), evidence: (r as any)?.evidence ?? (r as any)?.matched }, null, 0).slice(0, 1500));
}
