// Invariance of the classifier to how a reply was pasted (lib/classify/invariance.ts): every
// catalog example, and every recipient diagnostic of a corpus folder when one is given, pasted
// nine ways. Prints the cases whose cause changes and, per part, "consistent C n N".
//   npm run -s eval:invariance -- ../shared/corpus/sisimai-dev
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  catalogCases,
  checkInvariance,
  corpusCases,
  type InvarianceCase,
} from "@/lib/classify/invariance";

async function run(label: string, cases: InvarianceCase[]): Promise<string> {
  let consistent = 0;
  for (const c of cases) {
    const r = await checkInvariance(c);
    if (r.changed.length === 0) consistent++;
    else
      console.log(
        `CHANGED ${label} ${r.id}: bare ${r.bare}; ${r.changed.map((x) => `${x.name} ${x.cause}`).join(", ")} | ${r.reply.replace(/\s+/g, " ").slice(0, 140)}`,
      );
  }
  const ratio = cases.length === 0 ? 1 : consistent / cases.length;
  return `${label}: consistent ${ratio.toFixed(3)} n ${cases.length}`;
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  const lines: string[] = [await run("catalog", catalogCases())];
  if (dir && existsSync(join(dir, "emails"))) {
    const files = readdirSync(join(dir, "emails"))
      .filter((f) => f.endsWith(".eml"))
      .sort()
      .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, "emails", f))) }));
    lines.push(await run("corpus", await corpusCases(files)));
  } else if (dir) console.log(`eval:invariance: ${dir}/emails not found; catalog only.`);
  for (const l of lines) console.log(l);
}

main().catch((error: unknown) => {
  console.error(`eval:invariance: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
