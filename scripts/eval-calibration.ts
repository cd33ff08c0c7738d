// How honest the verdicts are on every labelled set (issue 8, "say what the evidence holds, no
// more"): per set, the share answered (one cause named) and its accuracy, the confident-wrong
// count, the unknowns' ranking of the right cause, a reliability table by shown confidence with
// the expected calibration error, and the confident-wrong cases shown most confidently. Then a
// sweep of DECISION's MIN_SCORE and MIN_MARGIN (passed to diagnose(), nothing global changed):
// answered share against confident-wrong per set, and the settings no worse than DECISION on
// every set and better on one.
//   npm run -s eval:calibration -- [DIR ...] [--no-sweep]
// Sets: the dev corpus (../shared/corpus/sisimai-dev, skipped when absent), each DIR (emails/ +
// labels.jsonl, read as eval:corpus reads them), the provider tables' documented examples (as
// eval:provider-docs feeds them), the source replies (as their test reads them), the lab fixtures
// (as eval:lab scores them). Each set's rule of "right" is its own script's.
import { existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DECISION, type DecisionThresholds } from "@/lib/knowledge/scoring/weights";
import {
  labFixtureText,
  labPredictionRight,
  loadLabManifest,
  predictLabFixture,
} from "@/lib/knowledge/lab/lab-fixtures";
import { PROVIDER_TABLES } from "@/lib/knowledge/providers";
import { SOURCE_REPLIES } from "@/lib/knowledge/signatures/source-replies";
import { readSourceReply } from "@/lib/knowledge/signatures/source-replies/check";
import { labelScore, predictLabels } from "./eval-corpus";
import { evaluateProviderDocs } from "./eval-provider-docs";
import {
  calibrationFigures,
  dominates,
  applyPlatt,
  fitPlatt,
  formatFigures,
  remapped,
  formatNotABounce,
  notABounceRows,
  summaryLine,
  sweepCell,
  unknownsMissingCause,
  worstConfidentWrong,
  type CalibrationCase,
  type SweepCell,
} from "./calibration-figures";

interface LabelledSet {
  name: string;
  cases: (thresholds?: DecisionThresholds) => Promise<CalibrationCase[]>;
}

const DEV_CORPUS = fileURLToPath(new URL("../../shared/corpus/sisimai-dev", import.meta.url));

function oneLine(text: string, max = 110): string {
  const s = text.replace(/\s+/g, " ").trim();
  return s.length > max ? `${s.slice(0, max)}...` : s;
}

function corpusSet(dir: string): LabelledSet {
  return {
    name: `corpus ${basename(dir)}`,
    cases: async (thresholds) =>
      (await predictLabels(dir, thresholds)).map(({ label, p }) => ({
        id: `${label.file} #${label.index}`,
        expected: label.cause,
        accept: label.accept ?? [],
        got: p.cause,
        confidence: p.confidence,
        possible: p.possible,
        right: labelScore(label, p.cause).strict,
        excerpt: oneLine(p.excerpt),
      })),
  };
}

const PROVIDER_DOCS: LabelledSet = {
  name: "provider-docs",
  cases: async (thresholds) => {
    const examples = new Map<string, string>();
    for (const t of PROVIDER_TABLES)
      for (const e of [...t.phrases, ...t.statusReadings]) examples.set(e.id, e.example);
    return (await evaluateProviderDocs(undefined, thresholds)).map((r) => ({
      id: `${r.id} ${r.form}`,
      expected: r.want,
      accept: [],
      got: r.got,
      confidence: r.confidence,
      possible: r.possible,
      right: r.ok,
      excerpt: oneLine(examples.get(r.id) ?? ""),
    }));
  },
};

const SOURCE: LabelledSet = {
  name: "source-replies",
  cases: async (thresholds) => {
    const out: CalibrationCase[] = [];
    for (const row of SOURCE_REPLIES)
      for (const r of await readSourceReply(row, thresholds))
        out.push({
          id: `${row.id} ${r.wrapping}`,
          expected: row.cause,
          accept: [],
          got: r.reading.cause,
          confidence: r.reading.confidence,
          possible: r.reading.ranked,
          right: r.why === null,
          excerpt: oneLine(row.reply),
        });
    return out;
  },
};

const LAB: LabelledSet = {
  name: "lab",
  cases: async (thresholds) => {
    const out: CalibrationCase[] = [];
    for (const f of loadLabManifest().fixtures) {
      const p = await predictLabFixture(f, thresholds);
      // The fixture's own words, where the reply is short enough to show on one line.
      const words = new TextDecoder().decode(labFixtureText(f));
      out.push({
        id: f.file,
        expected: f.cause,
        accept: [],
        got: p.cause,
        confidence: p.confidence,
        possible: p.possible,
        right: labPredictionRight(f, p),
        excerpt:
          f.kind === "reply" ? oneLine(words) : `(${f.kind}, ${f.status ?? f.replyCode ?? "-"})`,
      });
    }
    return out;
  },
};

/**
 * The settings swept: DECISION's own first, then the MIN_SCORE x MIN_MARGIN grid (DECISIVE
 * kept), then DECISIVE alone moved (the weight a feature needs to decide).
 */
function sweepSettings(): DecisionThresholds[] {
  const out: DecisionThresholds[] = [DECISION];
  for (const MIN_SCORE of [0.5, 1, 1.5, 2, 2.5])
    for (const MIN_MARGIN of [0, 0.1, 0.25, 0.4, 0.6, 0.8, 1])
      if (MIN_SCORE !== DECISION.MIN_SCORE || MIN_MARGIN !== DECISION.MIN_MARGIN)
        out.push({ ...DECISION, MIN_SCORE, MIN_MARGIN });
  for (const DECISIVE of [0.6, 0.8, 1.2, 1.5, 2])
    if (DECISIVE !== DECISION.DECISIVE) out.push({ ...DECISION, DECISIVE });
  return out;
}

function settingName(t: DecisionThresholds): string {
  return `score>=${t.MIN_SCORE} margin>=${t.MIN_MARGIN} decisive>=${t.DECISIVE}`;
}

function cellLine(c: SweepCell): string {
  const share = (x: number) => (c.n ? (x / c.n).toFixed(3) : "-");
  return `answered ${share(c.answered)} right ${c.right} answered-right ${c.answeredRight} confident-wrong ${c.confidentWrong} (${share(c.confidentWrong)})`;
}

/** Finer bands for the fit's check: a map that lifts every figure empties the coarse ones. */
const FINE_BANDS = [
  { lo: 0, hi: 0.7 },
  { lo: 0.7, hi: 0.85 },
  { lo: 0.85, hi: 0.93 },
  { lo: 0.93, hi: 0.97 },
  { lo: 0.97, hi: Infinity },
];

/**
 * Whether the shown confidence should be mapped (issue 8): a Platt map fitted on the dev corpus
 * and the provider docs (each set weighing the same), its ECE on every set before and after, the
 * sets it was not fitted on being the check. The decision (answer or unknown) is not touched.
 */
async function fitCheck(sets: LabelledSet[]): Promise<void> {
  const fitOn = sets.filter(
    (s) => s.name === `corpus ${basename(DEV_CORPUS)}` || s === PROVIDER_DOCS,
  );
  const all = new Map<LabelledSet, CalibrationCase[]>();
  for (const s of sets) all.set(s, await s.cases());
  for (const by of ["lenient", "strict"] as const) {
    const m = fitPlatt(
      fitOn.map((s) => all.get(s)!),
      by === "strict" ? (c) => c.right : undefined,
    );
    console.log("");
    console.log(
      `== Platt map fitted (right ${by}) on ${fitOn.map((s) => s.name).join(" + ")}: a ${m.a.toFixed(3)} b ${m.b.toFixed(3)}`,
    );
    console.log(
      `shown 0.50 -> ${applyPlatt(m, 0.5).toFixed(2)}, 0.60 -> ${applyPlatt(m, 0.6).toFixed(2)}, 0.70 -> ${applyPlatt(m, 0.7).toFixed(2)}, 0.80 -> ${applyPlatt(m, 0.8).toFixed(2)}, 0.90 -> ${applyPlatt(m, 0.9).toFixed(2)}`,
    );
    for (const s of sets) {
      const before = calibrationFigures(all.get(s)!);
      const after = calibrationFigures(remapped(all.get(s)!, m), FINE_BANDS);
      const tag = fitOn.includes(s) ? "fitted" : "check";
      console.log(
        `${tag.padEnd(6)} ${s.name.padEnd(24)} ECE lenient ${before.eceLenient.toFixed(3)} -> ${after.eceLenient.toFixed(3)}, strict ${before.eceStrict.toFixed(3)} -> ${after.eceStrict.toFixed(3)}; bands after: ${after.bands
          .filter((b) => b.n > 0)
          .map((b) => `${b.n}@${b.meanConfidence.toFixed(2)}=${b.lenient.toFixed(2)}`)
          .join(" ")}`,
      );
    }
  }
}

async function main(argv: string[]): Promise<number> {
  const sweep = !argv.includes("--no-sweep");
  const dirs = argv.filter((a) => !a.startsWith("--")).map((a) => resolve(a));
  const sets: LabelledSet[] = [];
  const corpora = [DEV_CORPUS, ...dirs.filter((d) => d !== DEV_CORPUS)];
  for (const dir of corpora) {
    if (existsSync(join(dir, "labels.jsonl"))) sets.push(corpusSet(dir));
    else console.log(`(no labelled corpus at ${dir}: labels.jsonl not found, skipped)`);
  }
  sets.push(PROVIDER_DOCS, SOURCE, LAB);

  const summary: string[] = [];
  for (const set of sets) {
    const cases = await set.cases();
    const figures = calibrationFigures(cases);
    summary.push(summaryLine(set.name, figures));
    for (const line of formatFigures(set.name, figures)) console.log(line);
    for (const line of formatNotABounce(notABounceRows(cases))) console.log(line);
    const worst = worstConfidentWrong(cases, 10);
    if (worst.length) console.log(`confident-wrong, most confident first:`);
    for (const c of worst)
      console.log(
        `  ${c.confidence.toFixed(2)} ${c.id} expected ${c.expected} got ${c.got} | ${c.excerpt}`,
      );
    const missing = unknownsMissingCause(cases, 10);
    if (missing.length) console.log(`unknown, the label's cause not ranked first:`);
    for (const c of missing)
      console.log(
        `  ${c.id} expected ${c.expected} ranked [${c.possible.join(", ")}] | ${c.excerpt}`,
      );
    console.log("");
  }
  // ece: lenient; right-first: unknowns ranking the label's cause first, of those whose label names one.
  for (const line of summary) console.log(line);
  if (argv.includes("--fit")) await fitCheck(sets);
  if (!sweep) return 0;
  console.log("");

  const settings = sweepSettings();
  // cells[setting][set]
  const cells: SweepCell[][] = [];
  for (const t of settings) {
    const row: SweepCell[] = [];
    for (const set of sets) row.push(sweepCell(await set.cases(t)));
    cells.push(row);
  }
  console.log(`== sweep of DECISION; * = DECISION now; right = by the set's rule`);
  sets.forEach((set, j) => {
    console.log(`-- ${set.name}`);
    settings.forEach((t, i) =>
      console.log(`${i === 0 ? "*" : " "} ${settingName(t).padEnd(37)} ${cellLine(cells[i]![j]!)}`),
    );
  });
  const better = settings.filter((_, i) => i > 0 && dominates(cells[i]!, cells[0]!));
  console.log(
    better.length
      ? `settings no worse than DECISION on every set and better on one: ${better.map(settingName).join("; ")}`
      : "no setting is no worse than DECISION on every set and better on one",
  );
  return 0;
}

if (process.argv[1] && /eval-calibration\.ts$/.test(process.argv[1])) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exit(1);
    },
  );
}
