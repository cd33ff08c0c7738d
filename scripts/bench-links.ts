// Result-link lengths over a corpus folder (DIR/emails/*.eml): diagnose each message, build its
// share link with redaction on (local parts masked, original message dropped), and print the
// median and largest link length, how many exceed MAX_LINK_LENGTH, and a last line
// "median M max X". Goal (issue 5): median ≤ 2,000 characters.
//   npm run -s bench:links -- ../shared/corpus/sisimai-dev
// Never prints message contents: only file names and numbers.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { MAX_LINK_LENGTH, shareLinkForDiagnosis } from "@/lib/share/link";
import { redactTextWithChanges } from "@/lib/share/redact";

// A realistic production origin: the link length includes it.
const ORIGIN = process.env.BOUNCE_DOCTOR_ORIGIN ?? "https://bounce-doctor.example.com";

interface LinkBench {
  n: number;
  median: number;
  max: number;
  maxFile: string;
  overBudget: string[];
  p90: number;
  /** What redaction left out besides the original message, over the corpus: kind → count. */
  changes: Record<string, number>;
}

async function benchLinks(dir: string): Promise<LinkBench> {
  const emails = join(dir, "emails");
  const files = readdirSync(emails)
    .filter((f) => f.endsWith(".eml"))
    .sort();
  const lengths: { file: string; length: number }[] = [];
  const overBudget: string[] = [];
  const changes: Record<string, number> = {};
  for (const file of files) {
    const text = readFileSync(join(emails, file), "utf8");
    const diagnosis = await diagnose(text);
    const overall = diagnosis.overall;
    // The link carries the pasted text plus the conclusion the page would show.
    const link = shareLinkForDiagnosis(text, {
      origin: ORIGIN,
      redact: { maskLocalParts: true, dropOriginalMessage: true },
      conclusion: [{ cause: overall.cause, confidence: overall.confidence }],
    });
    if (!link.ok)
      overBudget.push(
        link.reason === "too-long" ? `${file} ${link.length}` : `${file} text too long`,
      );
    for (const c of redactTextWithChanges(text, { maskLocalParts: true, dropOriginalMessage: true })
      .changes) {
      changes[c.kind] = (changes[c.kind] ?? 0) + 1;
    }
    // A text too long for any link has no link length to count.
    if (link.ok || link.reason === "too-long") lengths.push({ file, length: link.length });
  }
  lengths.sort((a, b) => a.length - b.length);
  const at = (q: number) =>
    lengths[Math.min(lengths.length - 1, Math.floor(q * lengths.length))]?.length ?? 0;
  const mid = lengths.length / 2;
  const median =
    lengths.length === 0
      ? 0
      : lengths.length % 2 === 1
        ? lengths[Math.floor(mid)]!.length
        : Math.round((lengths[mid - 1]!.length + lengths[mid]!.length) / 2);
  const last = lengths[lengths.length - 1];
  return {
    n: lengths.length,
    median,
    p90: at(0.9),
    max: last?.length ?? 0,
    maxFile: last?.file ?? "",
    overBudget,
    changes,
  };
}

async function main(argv: string[]): Promise<number> {
  const arg = argv[0];
  if (!arg) {
    console.log(
      "usage: npm run -s bench:links -- DIR   (DIR/emails/*.eml, e.g. ../shared/corpus/sisimai-dev)",
    );
    return 0;
  }
  const dir = resolve(arg);
  if (!existsSync(join(dir, "emails"))) {
    console.log(`No corpus at ${join(dir, "emails")}: nothing to measure.`);
    return 0;
  }
  const started = performance.now();
  const r = await benchLinks(dir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `messages ${r.n} (origin ${ORIGIN}, redaction on: local parts masked, original message dropped), ${seconds} s`,
  );
  console.log(`p90 ${r.p90}; largest ${r.max} (${r.maxFile})`);
  const changed = Object.entries(r.changes).map(([kind, n]) => `${kind} ${n}`);
  console.log(`also left out: ${changed.length ? changed.join(", ") : "nothing"}`);
  console.log(
    `over the ${MAX_LINK_LENGTH}-character budget: ${r.overBudget.length}${r.overBudget.length ? ` (${r.overBudget.join(", ")})` : ""}`,
  );
  console.log(`goal: median <= 2000: ${r.median <= 2000 ? "met" : "NOT met"}`);
  console.log(`median ${r.median} max ${r.max}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : "bench-links failed");
    process.exit(1);
  },
);
