import { describe, expect, it } from "vitest";
import {
  calibrationFigures,
  dominates,
  formatFigures,
  formatNotABounce,
  applyPlatt,
  fitPlatt,
  remapped,
  notABounceRows,
  summaryLine,
  sweepCell,
  unknownsMissingCause,
  worstConfidentWrong,
  type CalibrationCase,
  type SweepCell,
} from "./calibration-figures";

function c(over: Partial<CalibrationCase> & Pick<CalibrationCase, "got">): CalibrationCase {
  const expected = over.expected ?? "mailbox-full";
  return {
    id: over.id ?? "x",
    expected,
    accept: over.accept ?? [],
    got: over.got,
    confidence: over.confidence ?? (over.got === "unknown" ? 0 : 0.8),
    possible: over.possible ?? [],
    right: over.right ?? over.got === expected,
    excerpt: over.excerpt ?? "",
  };
}

describe("calibrationFigures", () => {
  const cases: CalibrationCase[] = [
    c({ id: "a", got: "mailbox-full", confidence: 0.9 }),
    c({ id: "b", got: "mailbox-full", confidence: 0.6 }),
    // Wrong strictly, right leniently: not confident-wrong.
    c({ id: "c", got: "quota", accept: ["quota"], confidence: 0.75 }),
    c({ id: "d", got: "spam", confidence: 0.95 }),
    c({ id: "e", got: "spam", confidence: 0.4 }),
    // Unknowns: right cause first, second, absent; and one whose label is unknown.
    c({ id: "f", got: "unknown", possible: ["mailbox-full", "spam"] }),
    c({ id: "g", got: "unknown", possible: ["spam", "mailbox-full"] }),
    c({ id: "h", got: "unknown", possible: ["spam"] }),
    c({ id: "i", got: "unknown", expected: "unknown", right: true }),
  ];
  const f = calibrationFigures(cases);

  it("counts answered verdicts, their strict and lenient accuracy, and confident-wrong ones", () => {
    expect(f.n).toBe(9);
    expect(f.answered).toBe(5);
    expect(f.answeredStrict).toBe(2);
    expect(f.answeredLenient).toBe(3);
    expect(f.confidentWrong).toBe(2);
    expect(f.right).toBe(3);
  });

  it("reads the unknowns: where the label names a cause, its rank among the possible causes", () => {
    expect(f.unknown).toBe(4);
    expect(f.unknownUnknownLabel).toBe(1);
    expect(f.unknownNamedLabel).toBe(3);
    expect(f.rankedHit).toBe(2);
    expect(f.rankedFirst).toBe(1);
    expect(f.meanRank).toBeCloseTo(1.5);
  });

  it("bands the answered verdicts by shown confidence, and the ECE weighs each band's gap by its size", () => {
    expect(f.bands.map((b) => b.n)).toEqual([1, 1, 1, 2]);
    const top = f.bands[3]!;
    expect(top.meanConfidence).toBeCloseTo(0.925);
    expect(top.strict).toBeCloseTo(0.5);
    // Gaps: 0.4 (0 right at 0.4), 0.4 (1 right at 0.6), 0.75 strict / 0.25 lenient, 0.425.
    expect(f.eceStrict).toBeCloseTo((0.4 + 0.4 + 0.75 + 2 * 0.425) / 5);
    expect(f.eceLenient).toBeCloseTo((0.4 + 0.4 + 0.25 + 2 * 0.425) / 5);
    // An empty band has no accuracy, and prints as "-".
    const empty = calibrationFigures([cases[0]!]);
    expect(empty.bands[0]!.strict).toBeNaN();
    expect(formatFigures("t", empty).join("\n")).toContain("<0.5         0  -  -  -");
  });

  it("is calibrated (ECE 0) when each band's accuracy is its confidence", () => {
    const ok = [
      c({ got: "mailbox-full", confidence: 0.9 }),
      c({ got: "mailbox-full", confidence: 0.9 }),
      c({ got: "mailbox-full", confidence: 0.6 }),
      c({ got: "spam", confidence: 0.6 }),
    ];
    // 0.6 band: 1 of 2 right against 0.6 -> 0.1; 0.9 band: 2 of 2 against 0.9 -> 0.1.
    expect(calibrationFigures(ok).eceStrict).toBeCloseTo(0.1);
    expect(
      calibrationFigures(ok.map((x) => ({ ...x, confidence: x.right ? 1 : 0 }))).eceStrict,
    ).toBeCloseTo(0);
  });

  it("lists the confident-wrong cases most confident first", () => {
    expect(worstConfidentWrong(cases).map((x) => x.id)).toEqual(["d", "e"]);
    expect(worstConfidentWrong(cases, 1).map((x) => x.id)).toEqual(["d"]);
  });

  it("sums a set up in one line", () => {
    expect(summaryLine("t", f)).toBe(
      `t answered 0.556 strict 0.400 lenient 0.600 confident-wrong 2 (0.222) ece ${f.eceLenient.toFixed(3)} unknown 0.444 right-first 1/3 n 9`,
    );
  });

  it("lists the unknowns that do not rank the label's cause first, unranked first", () => {
    expect(unknownsMissingCause(cases).map((x) => x.id)).toEqual(["h", "g"]);
  });
});

describe("the sweep's comparison", () => {
  const base: SweepCell[] = [
    { n: 10, answered: 8, right: 7, answeredRight: 7, confidentWrong: 1 },
    { n: 5, answered: 5, right: 5, answeredRight: 5, confidentWrong: 0 },
  ];

  it("takes a setting with fewer confident-wrong and no fewer right answers on every set", () => {
    const fewerWrong = [{ ...base[0]!, answered: 7, confidentWrong: 0 }, base[1]!];
    expect(dominates(fewerWrong, base)).toBe(true);
  });

  it("refuses a setting that loses a right answer anywhere, or only ties", () => {
    const lostRight = [
      { ...base[0]!, confidentWrong: 0 },
      { ...base[1]!, right: 4, answeredRight: 4, answered: 4 },
    ];
    expect(dominates(lostRight, base)).toBe(false);
    expect(dominates(base, base)).toBe(false);
  });

  it("sums a set's cases into a cell", () => {
    const cell = sweepCell([
      c({ got: "mailbox-full" }),
      c({ got: "spam" }),
      c({ got: "unknown", possible: ["mailbox-full"] }),
    ]);
    expect(cell).toEqual({ n: 3, answered: 2, right: 1, answeredRight: 1, confidentWrong: 1 });
  });
});

describe("notABounceRows", () => {
  it("groups the not-a-bounce verdicts by shown figure and counts the labels read otherwise", () => {
    const nab = "not-a-bounce";
    const f = notABounceRows([
      c({ got: nab, expected: nab, confidence: 0.97 }),
      c({ got: nab, expected: nab, confidence: 0.97 }),
      c({ got: nab, expected: "remote-unreachable", confidence: 0.7 }),
      c({ got: nab, expected: "mailbox-full", accept: [nab], confidence: 0.7 }),
      c({ got: "mailbox-full", expected: nab }),
      c({ got: "mailbox-full" }),
    ]);
    expect(f.rows).toEqual([
      { confidence: 0.97, n: 2, right: 2 },
      { confidence: 0.7, n: 2, right: 1 },
    ]);
    expect(f.missed).toBe(1);
    const lines = formatNotABounce(f);
    expect(lines[1]).toMatch(/0\.97\s+2\s+1\.000$/);
    expect(lines[2]).toMatch(/0\.70\s+2\s+0\.500$/);
    expect(lines.at(-1)).toBe("not-a-bounce labels read as another verdict: 1");
    expect(formatNotABounce(notABounceRows([c({ got: "mailbox-full" })]))).toEqual([]);
  });
});

describe("fitPlatt", () => {
  // Cases whose rightness follows a known map: at each shown x, round(100 * p(x)) of 100 right.
  const truth = { a: 1, b: 0.5 };
  const set = (xs: number[]): CalibrationCase[] =>
    xs.flatMap((x) => {
      const k = Math.round(100 * applyPlatt(truth, x));
      return Array.from({ length: 100 }, (_, i) =>
        c({ got: "mailbox-full", confidence: x, right: i < k }),
      );
    });

  it("recovers the map the cases follow", () => {
    const m = fitPlatt([set([0.3, 0.5, 0.7, 0.9])]);
    expect(m.a).toBeCloseTo(truth.a, 1);
    expect(m.b).toBeCloseTo(truth.b, 1);
  });

  it("weighs each set the same whatever its size", () => {
    const allRight = (n: number) =>
      Array.from({ length: n }, () => c({ got: "mailbox-full", confidence: 0.6 }));
    const halfRight = Array.from({ length: 10 }, (_, i) =>
      c({ got: "mailbox-full", expected: i < 5 ? "mailbox-full" : "spam", confidence: 0.6 }),
    );
    const small = applyPlatt(fitPlatt([allRight(10), halfRight]), 0.6);
    const big = applyPlatt(fitPlatt([allRight(1000), halfRight]), 0.6);
    expect(big).toBeCloseTo(small, 2);
    expect(small).toBeGreaterThan(0.6);
    expect(small).toBeLessThan(1);
  });

  it("remaps only answered verdicts", () => {
    const out = remapped([c({ got: "unknown" }), c({ got: "spam", confidence: 0.5 })], truth);
    expect(out[0]!.confidence).toBe(0);
    expect(out[1]!.confidence).toBe(Math.round(applyPlatt(truth, 0.5) * 100) / 100);
  });
});
