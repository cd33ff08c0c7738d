// Scores the classifier on a labelled corpus folder (DIR/labels.jsonl + DIR/emails/...):
// prints each miss and a last line "strict S lenient L n N".
//   npm run -s eval:corpus -- ../shared/corpus/sisimai-dev
// strict = the first predicted cause equals `cause`; lenient = it is in `accept`.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { diagnose } from "@/lib/diagnosis/diagnose";
import type { Diagnosis } from "@/lib/diagnosis/types";
import type { DecisionThresholds } from "@/lib/knowledge/scoring/weights";

const labelSchema = z.object({
  file: z.string(),
  index: z.number().int().positive(),
  cause: z.string(),
  accept: z.array(z.string()).optional(),
  status: z.string().optional(),
  replyCode: z.union([z.string(), z.number()]).optional(),
});
export type Label = z.infer<typeof labelSchema>;

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

/** What the diagnosis says of a label's recipient (its confidence and, when unknown, the ranked possible causes). */
export interface Predicted {
  cause: string;
  status: string | null;
  excerpt: string;
  confidence: number;
  possible: string[];
}

export function predicted(d: Diagnosis, index: number): Predicted {
  const r = d.recipients[index - 1];
  if (r) {
    const diag = (r.recipient.diagnostic ?? "").replace(/\s+/g, " ").slice(0, 140);
    const cmd = r.recipient.smtpCommand ? `[${r.recipient.smtpCommand}] ` : "";
    return {
      cause: r.cause,
      status: r.recipient.status,
      excerpt: `${cmd}${diag}`,
      confidence: r.confidence,
      possible: (r.possible ?? []).map((p) => p.cause),
    };
  }
  // A label for a recipient the parser did not find: fall back to the bounce's overall cause.
  return {
    cause: d.overall.cause,
    status: null,
    excerpt: `(recipient ${index} not found; ${d.recipients.length} parsed)`,
    confidence: d.overall.confidence,
    possible: (d.overall.possible ?? []).map((p) => p.cause),
  };
}

/** A labelled corpus folder's labels (DIR/labels.jsonl), checked. */
export function readLabels(dir: string): Label[] {
  return readFileSync(join(dir, "labels.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => labelSchema.parse(JSON.parse(l)));
}

/** Whether a predicted cause is right for a label: strictly (its cause) and leniently (in `accept`). */
export function labelScore(label: Label, cause: string): { strict: boolean; lenient: boolean } {
  const accept = label.accept ?? [label.cause];
  return {
    strict: cause === label.cause,
    lenient: cause === label.cause || accept.includes(cause),
  };
}

/** Each label with its prediction, one diagnosis per file (`thresholds`: see diagnose()). */
export async function predictLabels(
  dir: string,
  thresholds?: DecisionThresholds,
): Promise<{ label: Label; p: Predicted }[]> {
  const cache = new Map<string, Diagnosis>();
  const out: { label: Label; p: Predicted }[] = [];
  for (const label of readLabels(dir)) {
    let d = cache.get(label.file);
    if (!d) {
      d = await diagnose(new Uint8Array(readFileSync(join(dir, label.file))), thresholds);
      cache.set(label.file, d);
    }
    out.push({ label, p: predicted(d, label.index) });
  }
  return out;
}

export async function evaluate(dir: string): Promise<EvalResult> {
  let strict = 0;
  let lenient = 0;
  const misses: EvalMiss[] = [];
  const rows = await predictLabels(dir);
  for (const { label, p } of rows) {
    const score = labelScore(label, p.cause);
    if (score.strict) strict++;
    if (score.lenient) lenient++;
    if (!score.strict)
      misses.push({
        file: label.file,
        index: label.index,
        expected: label.cause,
        got: p.cause,
        status: p.status,
        excerpt: p.excerpt,
      });
  }
  const n = rows.length;
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
