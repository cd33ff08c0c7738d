// Scores the named lab fixtures (paths under lib/knowledge/lab/fixtures, e.g. dovecot/sieve-vacation.eml)
// with the classifier as it is, one line each: what the manifest expects and what was read, with the
// confidence and the ranked possibilities. For a lab run's "first read" before any knowledge is added.
//   npx tsx scripts/mta-lab/first-read.ts dovecot/sieve-vacation.eml exim/vacation.eml
import {
  labPredictionRight,
  loadLabManifest,
  predictLabFixture,
} from "../../lib/knowledge/lab/lab-fixtures";

async function main(): Promise<void> {
  const files = process.argv.slice(2);
  const manifest = loadLabManifest();
  let right = 0;
  for (const file of files) {
    const f = manifest.fixtures.find((x) => x.file === file);
    if (!f) {
      console.log(`${file}: not in the manifest`);
      continue;
    }
    const p = await predictLabFixture(f);
    const ok = labPredictionRight(f, p);
    if (ok) right++;
    console.log(
      `${ok ? "RIGHT" : "WRONG"} ${file} expected ${f.cause}${f.ruleCause ? ` (rule: ${f.ruleCause})` : ""} read ${p.cause} ${p.confidence.toFixed(2)} [${p.possible.slice(0, 5).join(", ")}]`,
    );
  }
  console.log(`first read ${right} of ${files.length}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
