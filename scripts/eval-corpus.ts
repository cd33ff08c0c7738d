// Scores the classifier on a labelled corpus folder (DIR/labels.jsonl + DIR/emails/...):
// prints each miss and a last line "strict S lenient L n N".
//   npm run -s eval:corpus -- ../shared/corpus/sisimai-dev
// strict = the first predicted cause equals `cause`; lenient = it is in `accept`.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { diagnose } from "@/lib/diagnosis/diagnose";
import type { Diagnosis } from "@/lib/diagnosis/types";

const labelSchema = z.object({
  file: z.string(),
  index: z.number().int().positive(),
  cause: z.string(),
  accept: z.array(z.string()).optional(),
  status: z.string().optional(),
  replyCode: z.union([z.string(), z.number()]).optional(),
});
type Label = z.infer<typeof labelSchema>;

export interface EvalMiss {
  file: string;
  index: number;
  expected: string;
  got: string;
  status: string | null;
  excerpt: string;
}

export interface EvalResult {
  strict: number;
  lenient: number;
  n: number;
  misses: EvalMiss[];
}

function predicted(
  d: Diagnosis,
  index: number,
): { cause: string; status: string | null; excerpt: string } {
  const r = d.recipients[index - 1];
  if (r) {
    const diag = (r.recipient.diagnostic ?? "").replace(/\s+/g, " ").slice(0, 140);
    const cmd = r.recipient.smtpCommand ? `[${r.recipient.smtpCommand}] ` : "";
    return { cause: r.cause, status: r.recipient.status, excerpt: `${cmd}${diag}` };
  }
  // A label for a recipient the parser did not find: fall back to the bounce's overall cause.
  return {
    cause: d.overall.cause,
    status: null,
    excerpt: `(recipient ${index} not found; ${d.recipients.length} parsed)`,
  };
}

export async function evaluate(dir: string): Promise<EvalResult> {
  const labels: Label[] = readFileSync(join(dir, "labels.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => labelSchema.parse(JSON.parse(l)));
  const cache = new Map<string, Diagnosis>();
  let strict = 0;
  let lenient = 0;
  const misses: EvalMiss[] = [];
  for (const label of labels) {
    let d = cache.get(label.file);
    if (!d) {
      d = await diagnose(new Uint8Array(readFileSync(join(dir, label.file))));
      cache.set(label.file, d);
    }
    const p = predicted(d, label.index);
    const accept = label.accept ?? [label.cause];
    if (p.cause === label.cause) strict++;
    if (p.cause === label.cause || accept.includes(p.cause)) lenient++;
    if (p.cause !== label.cause)
      misses.push({
        file: label.file,
        index: label.index,
        expected: label.cause,
        got: p.cause,
        status: p.status,
        excerpt: p.excerpt,
      });
  }
  const n = labels.length;
  return { strict: n ? strict / n : 0, lenient: n ? lenient / n : 0, n, misses };
}

async function main(argv: string[]): Promise<number> {
  const arg = argv[0];
  if (!arg) {
    console.error("usage: npm run -s eval:corpus -- DIR   (DIR holds labels.jsonl and emails/)");
    return 2;
  }
  const dir = resolve(arg);
  if (!existsSync(join(dir, "labels.jsonl"))) {
    console.log(`No labelled corpus at ${dir} (labels.jsonl not found): nothing to score.`);
    return 0;
  }
  const started = performance.now();
  const result = await evaluate(dir);
  for (const m of result.misses) {
    console.log(
      `MISS ${m.file} #${m.index} expected ${m.expected} got ${m.got} status ${m.status ?? "-"} | ${m.excerpt}`,
    );
  }
  console.log(
    `${result.misses.length} misses, ${((performance.now() - started) / 1000).toFixed(2)} s`,
  );
  console.log(
    `strict ${result.strict.toFixed(3)} lenient ${result.lenient.toFixed(3)} n ${result.n}`,
  );
  return 0;
}

// Run only as a script, not when a test imports evaluate().
if (process.argv[1] && /eval-corpus\.ts$/.test(process.argv[1])) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exit(1);
    },
  );
}
