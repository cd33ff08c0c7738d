// Scores the classifier on the real-MTA lab's fixtures (lib/knowledge/lab, recorded by
// scripts/mta-lab): accuracy per MTA, each miss, and a last line "lab A n N".
//   npm run -s eval:lab
import {
  labPredictionRight,
  loadLabManifest,
  predictLabFixture,
} from "@/lib/knowledge/lab/lab-fixtures";

async function main(): Promise<void> {
  const manifest = loadLabManifest();
  const perMta = new Map<string, { right: number; n: number }>();
  let right = 0;
  for (const f of manifest.fixtures) {
    const p = await predictLabFixture(f);
    const tally = perMta.get(f.mta) ?? { right: 0, n: 0 };
    tally.n++;
    if (labPredictionRight(f, p)) {
      tally.right++;
      right++;
    } else {
      console.log(
        `MISS ${f.file} expected ${f.cause}${f.possible ? ` [${f.possible.join(", ")}]` : ""} got ${p.cause}${f.possible ? ` [${p.possible.slice(0, f.possible.length).join(", ")}]` : ""} (${f.status ?? f.replyCode ?? "-"})`,
      );
    }
    perMta.set(f.mta, tally);
  }
  for (const [mta, t] of [...perMta].sort()) {
    const info = manifest.mtas[mta];
    console.log(
      `${mta.padEnd(10)} ${info?.version ?? "?"}  ${t.right}/${t.n}  ${(t.n ? t.right / t.n : 0).toFixed(3)}`,
    );
  }
  const n = manifest.fixtures.length;
  console.log(`lab ${(n ? right / n : 0).toFixed(3)} n ${n}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
