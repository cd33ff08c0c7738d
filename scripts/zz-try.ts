import { diagnose } from "@/lib/diagnosis/diagnose";
const xs = process.argv.slice(2);
for (const x of xs) {
  const d = await diagnose(x);
  console.log((d.recipients[0]?.cause ?? d.overall.cause).padEnd(22), JSON.stringify(x));
}
