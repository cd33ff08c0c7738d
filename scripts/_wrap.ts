import { diagnose } from "@/lib/diagnosis/diagnose";
import { wrapInPostfixDsn } from "./eval-provider-docs";
import { PROVIDER_TABLES } from "@/lib/knowledge/providers";
const t = PROVIDER_TABLES.find((x) => x.provider === process.argv[2])!;
for (const l of process.argv.slice(3)) {
  const a = await diagnose(l);
  const b = await diagnose(wrapInPostfixDsn(l, t));
  console.log((a.recipients[0]?.cause ?? a.overall.cause).padEnd(22), (b.recipients[0]?.cause ?? b.overall.cause).padEnd(22), "|", l.slice(0, 90));
}
