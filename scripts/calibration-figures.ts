// How honest a labelled set's verdicts are (issue 8, "say what the evidence holds, no more"):
// pure arithmetic over cases already diagnosed and judged, for scripts/eval-calibration.ts.
// An `unknown` with the right cause ranked first is a good answer; a named cause that is wrong
// (confident-wrong) is the bad one, and plain accuracy counts both the same.

/** One labelled case, diagnosed and judged by its own set's rule. */
export interface CalibrationCase {
  /** Where the case is, one line (file and recipient, table entry and wrapping). */
  id: string;
  /** The label's cause; "unknown" where the words do not say enough to name one. */
  expected: string;
  /** Other causes the label accepts (eval:corpus's lenient score); [] when none. */
  accept: readonly string[];
  /** The verdict: a named cause, or "unknown". */
  got: string;
  /** The confidence the verdict shows (0 for unknown). */
  confidence: number;
  /** The causes an unknown verdict ranks as possible, best first. */
  possible: readonly string[];
  /** Right by the set's own rule (strict), as its eval script scores it. */
  right: boolean;
  /** A short excerpt of what was read, for the listing of confident-wrong cases. */
  excerpt: string;
}

/** A shown-confidence band, [lo, hi). */
export interface Band {
  lo: number;
  hi: number;
}

export const BANDS: readonly Band[] = [
  { lo: 0, hi: 0.5 },
  { lo: 0.5, hi: 0.7 },
  { lo: 0.7, hi: 0.85 },
  { lo: 0.85, hi: Infinity },
];

export interface BandFigures extends Band {
  n: number;
  meanConfidence: number;
  /** Share right, strictly and leniently (NaN when the band is empty). */
  strict: number;
  lenient: number;
}

export interface CalibrationFigures {
  n: number;
  /** Cases right by the set's own rule (an honest unknown the set expects counts). */
  right: number;
  /** Verdicts that name one cause. */
  answered: number;
  /** Of those: right strictly, and leniently (the label accepts the cause). */
  answeredStrict: number;
  answeredLenient: number;
  /** Named causes that are wrong even leniently. */
  confidentWrong: number;
  unknown: number;
  /** Unknown verdicts where the label names a cause, and where it expects unknown. */
  unknownNamedLabel: number;
  unknownUnknownLabel: number;
  /** Of the unknowns whose label names a cause: its cause among the ranked possibilities, first of them, and its mean rank where found (1 = first). */
  rankedHit: number;
  rankedFirst: number;
  meanRank: number;
  bands: BandFigures[];
  /** Expected calibration error over the answered verdicts: sum over bands of (n/answered) |accuracy - mean confidence|. */
  eceStrict: number;
  eceLenient: number;
}

/** Whether a named verdict is right leniently: by the set's rule, or a cause the label accepts. */
export function lenientRight(c: CalibrationCase): boolean {
  return c.right || c.accept.includes(c.got);
}

export function isAnswered(c: CalibrationCase): boolean {
  return c.got !== "unknown";
}

/** A named cause that is wrong even leniently. */
export function isConfidentWrong(c: CalibrationCase): boolean {
  return isAnswered(c) && !lenientRight(c);
}

function inBand(confidence: number, b: Band): boolean {
  return confidence >= b.lo && confidence < b.hi;
}

export function calibrationFigures(
  cases: readonly CalibrationCase[],
  bands: readonly Band[] = BANDS,
): CalibrationFigures {
  const answered = cases.filter(isAnswered);
  const unknown = cases.filter((c) => !isAnswered(c));
  const named = unknown.filter((c) => c.expected !== "unknown");
  const ranks = named.map((c) => c.possible.indexOf(c.expected) + 1).filter((r) => r > 0);
  const bandFigures = bands.map((b) => {
    const inside = answered.filter((c) => inBand(c.confidence, b));
    const n = inside.length;
    return {
      ...b,
      n,
      meanConfidence: n ? inside.reduce((s, c) => s + c.confidence, 0) / n : NaN,
      strict: n ? inside.filter((c) => c.right).length / n : NaN,
      lenient: n ? inside.filter(lenientRight).length / n : NaN,
    };
  });
  const ece = (acc: (b: BandFigures) => number): number =>
    answered.length
      ? bandFigures
          .filter((b) => b.n > 0)
          .reduce((s, b) => s + (b.n / answered.length) * Math.abs(acc(b) - b.meanConfidence), 0)
      : NaN;
  return {
    n: cases.length,
    right: cases.filter((c) => c.right).length,
    answered: answered.length,
    answeredStrict: answered.filter((c) => c.right).length,
    answeredLenient: answered.filter(lenientRight).length,
    confidentWrong: answered.filter((c) => !lenientRight(c)).length,
    unknown: unknown.length,
    unknownNamedLabel: named.length,
    unknownUnknownLabel: unknown.length - named.length,
    rankedHit: ranks.length,
    rankedFirst: ranks.filter((r) => r === 1).length,
    meanRank: ranks.length ? ranks.reduce((s, r) => s + r, 0) / ranks.length : NaN,
    bands: bandFigures,
    eceStrict: ece((b) => b.strict),
    eceLenient: ece((b) => b.lenient),
  };
}

/** The confident-wrong cases, highest shown confidence first (ties by id), at most `limit`. */
export function worstConfidentWrong(
  cases: readonly CalibrationCase[],
  limit = 10,
): CalibrationCase[] {
  return cases
    .filter(isConfidentWrong)
    .sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/**
 * The unknown verdicts whose label names a cause that they do not rank first (not ranked at
 * all first, then ranked lowest first; ties by id), at most `limit`: where the ranking misleads.
 */
export function unknownsMissingCause(
  cases: readonly CalibrationCase[],
  limit = 10,
): CalibrationCase[] {
  const rank = (c: CalibrationCase) => {
    const r = c.possible.indexOf(c.expected);
    return r < 0 ? Infinity : r;
  };
  return cases
    .filter((c) => !isAnswered(c) && c.expected !== "unknown" && rank(c) !== 0)
    .sort((a, b) => rank(b) - rank(a) || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** The not-a-bounce verdicts shown at one confidence: how many, and how many are right. */
export interface NotABounceRow {
  confidence: number;
  n: number;
  right: number;
}

/**
 * The not-a-bounce verdicts by shown confidence, highest first (each figure is one signal's:
 * lib/knowledge/scoring/not-a-bounce-signals.ts), and the cases labelled not-a-bounce that got
 * another verdict: whether a figure is as often right as it says.
 */
export function notABounceRows(cases: readonly CalibrationCase[]): {
  rows: NotABounceRow[];
  missed: number;
} {
  const by = new Map<number, NotABounceRow>();
  for (const c of cases) {
    if (c.got !== "not-a-bounce") continue;
    const row = by.get(c.confidence) ?? { confidence: c.confidence, n: 0, right: 0 };
    row.n++;
    if (lenientRight(c)) row.right++;
    by.set(c.confidence, row);
  }
  return {
    rows: [...by.values()].sort((a, b) => b.confidence - a.confidence),
    missed: cases.filter((c) => c.expected === "not-a-bounce" && c.got !== "not-a-bounce").length,
  };
}

/** The not-a-bounce rows as printed lines. */
export function formatNotABounce(f: { rows: NotABounceRow[]; missed: number }): string[] {
  if (f.rows.length === 0 && f.missed === 0) return [];
  const lines = [`not-a-bounce  conf  n  right`];
  for (const r of f.rows)
    lines.push(
      `              ${r.confidence.toFixed(2)}  ${String(r.n).padStart(3)}  ${pct(r.right, r.n)}`,
    );
  lines.push(`not-a-bounce labels read as another verdict: ${f.missed}`);
  return lines;
}

/** One setting's outcome on one set, for the sweep. */
export interface SweepCell {
  n: number;
  answered: number;
  right: number;
  /** Named causes right leniently: the right answers a person acts on. */
  answeredRight: number;
  confidentWrong: number;
}

export function sweepCell(cases: readonly CalibrationCase[]): SweepCell {
  const f = calibrationFigures(cases, []);
  return {
    n: f.n,
    answered: f.answered,
    right: f.right,
    answeredRight: f.answeredLenient,
    confidentWrong: f.confidentWrong,
  };
}

/**
 * Whether `cand` is at least as good as `base` on every set (no more confident-wrong, no fewer
 * right by the set's rule, no fewer right named answers) and better on one of them.
 */
export function dominates(cand: readonly SweepCell[], base: readonly SweepCell[]): boolean {
  let better = false;
  for (let i = 0; i < base.length; i++) {
    const c = cand[i]!;
    const b = base[i]!;
    if (c.confidentWrong > b.confidentWrong || c.right < b.right) return false;
    if (c.answeredRight < b.answeredRight) return false;
    if (c.confidentWrong < b.confidentWrong || c.right > b.right) better = true;
  }
  return better;
}

function pct(x: number, n: number): string {
  return n ? (x / n).toFixed(3) : "-";
}

function num(x: number): string {
  return Number.isNaN(x) ? "-" : x.toFixed(3);
}

function bandName(b: Band): string {
  if (b.lo === 0) return `<${b.hi}`;
  if (b.hi === Infinity) return `>=${b.lo}`;
  return `${b.lo}-${b.hi}`;
}

/** One line per set for the closing summary: "name answered A strict S lenient L cw C ece E unknown U first F". */
export function summaryLine(name: string, f: CalibrationFigures): string {
  return `${name} answered ${pct(f.answered, f.n)} strict ${pct(f.answeredStrict, f.answered)} lenient ${pct(f.answeredLenient, f.answered)} confident-wrong ${f.confidentWrong} (${pct(f.confidentWrong, f.n)}) ece ${num(f.eceLenient)} unknown ${pct(f.unknown, f.n)} right-first ${f.rankedFirst}/${f.unknownNamedLabel} n ${f.n}`;
}

/** The figures as printed lines (no addresses: the cases' ids and excerpts are the set's own). */
export function formatFigures(name: string, f: CalibrationFigures): string[] {
  const lines = [
    `== ${name}: n ${f.n}, right by the set's rule ${f.right} (${pct(f.right, f.n)})`,
    `answered ${f.answered} (${pct(f.answered, f.n)}): strict ${pct(f.answeredStrict, f.answered)} lenient ${pct(f.answeredLenient, f.answered)}; confident-wrong ${f.confidentWrong} (${pct(f.confidentWrong, f.n)} of all, ${pct(f.confidentWrong, f.answered)} of answered)`,
    `unknown ${f.unknown} (${pct(f.unknown, f.n)}): label expects unknown ${f.unknownUnknownLabel}; label names a cause ${f.unknownNamedLabel}, ranked ${f.rankedHit} (${pct(f.rankedHit, f.unknownNamedLabel)}), first ${f.rankedFirst} (${pct(f.rankedFirst, f.unknownNamedLabel)}), mean rank ${num(f.meanRank)}`,
    `band       n     conf  strict lenient`,
  ];
  for (const b of f.bands)
    lines.push(
      `${bandName(b).padEnd(9)} ${String(b.n).padStart(4)}  ${num(b.meanConfidence)}  ${num(b.strict)}  ${num(b.lenient)}`,
    );
  lines.push(`ECE strict ${num(f.eceStrict)} lenient ${num(f.eceLenient)}`);
  return lines;
}

/** A map from a shown confidence to another: p = sigmoid(a + b * logit(x)) (Platt scaling). */
export interface PlattMap {
  a: number;
  b: number;
}

const EPS = 1e-4;
const logit = (x: number) => {
  const p = Math.min(1 - EPS, Math.max(EPS, x));
  return Math.log(p / (1 - p));
};
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function applyPlatt(m: PlattMap, x: number): number {
  return sigmoid(m.a + m.b * logit(x));
}

/**
 * The Platt map that best predicts "right" (leniently unless told) from the shown confidence over the answered
 * cases of `sets` (Newton's method on the weighted log-loss), each set weighing the same in all
 * whatever its size: a set of 2,000 documented examples must not drown 400 real bounces.
 */
export function fitPlatt(
  sets: readonly (readonly CalibrationCase[])[],
  right: (c: CalibrationCase) => boolean = lenientRight,
): PlattMap {
  const pts: { x: number; y: number; w: number }[] = [];
  for (const cases of sets) {
    const answered = cases.filter(isAnswered);
    for (const c of answered)
      pts.push({ x: logit(c.confidence), y: right(c) ? 1 : 0, w: 1 / answered.length });
  }
  let a = 0;
  let b = 1;
  for (let it = 0; it < 100; it++) {
    // Gradient and Hessian of the weighted log-loss in (a, b), with a small ridge for stability.
    let ga = 0;
    let gb = 0;
    let haa = 1e-6;
    let hab = 0;
    let hbb = 1e-6;
    for (const p of pts) {
      const q = sigmoid(a + b * p.x);
      const r = p.w * (q - p.y);
      const s = p.w * q * (1 - q);
      ga += r;
      gb += r * p.x;
      haa += s;
      hab += s * p.x;
      hbb += s * p.x * p.x;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}

/** The cases with each answered verdict's confidence passed through `m` (unknowns keep 0). */
export function remapped(cases: readonly CalibrationCase[], m: PlattMap): CalibrationCase[] {
  return cases.map((c) =>
    isAnswered(c) ? { ...c, confidence: Math.round(applyPlatt(m, c.confidence) * 100) / 100 } : c,
  );
}
