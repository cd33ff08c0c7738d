// scoreCauses and shiftFeatures against their earlier definitions (Maps, spreads and stable
// Array sorts, kept here as the reference) on random features: the same causes, scores and
// features in the same order, ties and negative weights included.
import { describe, expect, it } from "vitest";
import type { Refusal } from "@/lib/bounce/refusal";
import type { CauseId } from "@/lib/causes/causes";
import { STAGE_LIMITS, STAGE_SHIFTS, type StageShift } from "@/lib/knowledge/scoring/stage-shifts";
import type { Feature, FeatureKind } from "./features";
import { decide, scoreCauses, shiftFeatures, type CauseScore } from "./score";

// ---- The reference: score.ts as it was before its loops were rewritten. ----
function statusFits(status: string | null, patterns: readonly string[] | undefined): boolean {
  if (!patterns) return true;
  if (!status) return false;
  return patterns.some((p) => (p.endsWith(".") ? status.startsWith(p) : status === p));
}

function shiftApplies(s: StageShift, r: Refusal, features: readonly Feature[]): boolean {
  if (s.wording && !features.some((f) => f.kind === "possible" && f.id.startsWith(`${s.wording}.`)))
    return false;
  if (s.stage && r.stage?.command !== s.stage) return false;
  if (s.keepStage && r.stage?.command === s.keepStage) return false;
  if (!statusFits(r.status, s.status)) return false;
  if (s.keepStatus && statusFits(r.status, s.keepStatus)) return false;
  return true;
}

/** Strongest feature per kind, per cause. */
function kindMax(features: readonly Feature[]): Map<CauseId, Map<FeatureKind, Feature>> {
  const by = new Map<CauseId, Map<FeatureKind, Feature>>();
  for (const f of features) {
    let kinds = by.get(f.cause);
    if (!kinds) by.set(f.cause, (kinds = new Map()));
    const had = kinds.get(f.kind);
    if (!had || f.weight > had.weight) kinds.set(f.kind, f);
  }
  return by;
}

/** The shift features a refusal's stated stage and status make, from the general features. */
function refShiftFeatures(r: Refusal, features: readonly Feature[]): Feature[] {
  const out: Feature[] = [];
  // Made when the first shift applies: most refusals meet none.
  let best: Map<CauseId, Map<FeatureKind, Feature>> | null = null;
  // Each cause's evidence moves once, by the first shift that applies (a rule added after the
  // loops were rewritten: both definitions hold it).
  const moved = new Set<CauseId>();
  for (const s of STAGE_SHIFTS) {
    if (!shiftApplies(s, r, features)) continue;
    best ??= kindMax(features);
    // What the stated stage says on its own joins the evidence it moves, as one feature.
    let stageWeight = s.stageWeight ?? 0;
    const to = s.to;
    // Where the evidence moves to; none when the shift has no `to` (explained away).
    const stageFeature = (moved: number, spans: Feature["spans"]): Feature[] => {
      const weight = moved + stageWeight;
      stageWeight = 0;
      if (!to) return [];
      return [
        {
          id: s.id,
          kind: "shift",
          cause: to,
          weight,
          general: false,
          provider: "iana",
          note: s.note,
          source: s.source,
          spans,
          hint: false,
          matched: undefined,
        },
      ];
    };
    const movedFrom = (cause: CauseId, moved: number): Feature => ({
      id: `${s.id}.from`,
      kind: "shift",
      cause,
      weight: -moved,
      general: false,
      provider: "iana",
      note: s.note,
      source: s.source,
      spans: [],
      hint: false,
      matched: undefined,
    });
    for (const from of s.from) {
      const kinds = best.get(from);
      if (!kinds || moved.has(from)) continue;
      // A provider's own reading, or a documented phrase of a provider the shift does not
      // name, keeps its meaning: only a cause led by general evidence shifts. So does a cause
      // led by the wording of a provider the shift keeps (its entry read the codes beside it).
      const specific = [...kinds.values()].some(
        (f) =>
          (!f.general && f.kind !== "possible") ||
          (f.kind === "phrase" && s.keepProviders?.includes(f.provider)) ||
          (f.kind === "phrase" && !f.hint && s.keepReasons?.includes(f.cause)),
      );
      if (specific) continue;
      let weight = 0;
      const spans = [];
      for (const f of kinds.values()) {
        if (!f.general) continue;
        if (s.keepProviders?.includes(f.provider)) continue;
        weight += f.weight;
        spans.push(...f.spans);
      }
      if (weight <= 0) continue;
      weight *= s.share ?? 1;
      out.push(...stageFeature(weight, spans));
      out.push(movedFrom(from, weight));
      moved.add(from);
    }
    if (s.codes) {
      // A bare code at this stage: its own readings move too, whatever cause they name.
      const codeOnly = features.filter(
        (f) =>
          (f.kind === "reply" || f.kind === "status") &&
          !s.from.includes(f.cause) &&
          f.cause !== s.to,
      );
      const causes = new Set(codeOnly.map((f) => f.cause));
      for (const cause of causes) {
        const kinds = best.get(cause);
        if (
          !kinds ||
          moved.has(cause) ||
          [...kinds.values()].some(
            (f) => f.kind === "phrase" || f.kind === "concept" || f.kind === "reading",
          )
        )
          continue;
        const weight = [...kinds.values()]
          .filter((f) => f.kind === "reply" || f.kind === "status")
          .reduce((sum, f) => sum + f.weight, 0);
        if (weight <= 0) continue;
        out.push(...stageFeature(weight, []));
        out.push(movedFrom(cause, weight));
        moved.add(cause);
      }
    }
    if (stageWeight > 0) out.push(...stageFeature(0, []));
  }
  // A stated stage's limit (a rule added after the loops were rewritten: both definitions hold
  // it): each cause it rules out loses what its strongest code list or hedged words add over
  // its strongest other possible feature.
  const limit = STAGE_LIMITS.find((l) => l.stage === r.stage?.command);
  for (const cause of limit?.rulesOut ?? []) {
    const possible = features.filter((f) => f.kind === "possible" && f.cause === cause);
    const isLimited = (f: Feature) => f.id.startsWith("possible.") || f.matched !== undefined;
    const limited = Math.max(0, ...possible.filter(isLimited).map((f) => f.weight));
    const other = Math.max(0, ...possible.filter((f) => !isLimited(f)).map((f) => f.weight));
    if (limited > other)
      out.push({
        id: `${limit!.id}.${cause}`,
        kind: "shift",
        cause,
        weight: -(limited - other),
        general: false,
        provider: "iana",
        note: limit!.note,
        source: limit!.source,
        spans: [],
        hint: false,
        matched: undefined,
      });
  }
  return out;
}

const byWeightDesc = (a: Feature, b: Feature) => b.weight - a.weight;

/**
 * The strongest feature of each kind among `features` for one cause, in the order the kinds
 * first occur (the first of equal weights kept): what kindMax gives for the cause, in arrays.
 */
function strongestByKind(features: readonly Feature[], cause: CauseId): Feature[] {
  const kept: Feature[] = [];
  for (const f of features) {
    if (f.cause !== cause) continue;
    let k = 0;
    while (k < kept.length && kept[k]!.kind !== f.kind) k++;
    if (k === kept.length) kept.push(f);
    else if (f.weight > kept[k]!.weight) kept[k] = f;
  }
  return kept;
}

// Plain loops over arrays, no Maps, Sets or spreads: a message has a handful of features, and
// the command line runs this a few thousand times, mostly before it is optimised; each new
// array shape a spread met made V8 throw the optimised code away and compile it again (15 ms
// each time), and Maps and Sets made it one of the largest functions TurboFan compiled.
function refScoreCauses(features: readonly Feature[]): CauseScore[] {
  const plain: Feature[] = [];
  const shifts: Feature[] = [];
  for (const f of features) (f.kind === "shift" ? shifts : plain).push(f);
  // The causes in the order they first occur: the plain features', then the shifts'.
  const causes: CauseId[] = [];
  for (const f of plain) if (!causes.includes(f.cause)) causes.push(f.cause);
  for (const f of shifts) if (!causes.includes(f.cause)) causes.push(f.cause);
  const out: CauseScore[] = [];
  for (const cause of causes) {
    const kept = strongestByKind(plain, cause);
    const own: Feature[] = [];
    for (const f of shifts) if (f.cause === cause) own.push(f);
    // Summed in this order: the strongest feature of each kind, then the shifts.
    let score = 0;
    for (const f of kept) score += f.weight;
    for (const f of own) score += f.weight;
    const list: Feature[] = [];
    for (const f of own) if (f.weight > 0) list.push(f);
    for (const f of kept) list.push(f);
    list.sort(byWeightDesc);
    // The features that support the cause, all of them (not only the strongest of each kind),
    // for the explanation: strongest first.
    const all: Feature[] = [];
    for (const f of features)
      if (f.cause === cause && f.weight > 0 && !list.includes(f)) all.push(f);
    all.sort(byWeightDesc);
    for (const f of all) list.push(f);
    if (score > 1e-9) out.push({ cause, score, features: list });
  }
  return out.sort((a, b) => b.score - a.score);
}

// ---- Random features. ----

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CAUSES: CauseId[] = [
  "recipient-unknown",
  "sender-policy",
  "content-spam",
  "ip-blocklisted",
  "protocol-syntax",
  "remote-unreachable",
  "relay-denied",
];
const KINDS: FeatureKind[] = [
  "reading",
  "phrase",
  "concept",
  "status",
  "reply",
  "possible",
  "header",
  "delivery",
];
const WEIGHTS = [0, 0.5, 1, 1, 2, 2, 3.25, -1];
const PROVIDERS = ["generic", "iana", "qmail", "google", "postfix"];
const STAGES = [null, "CONN", "HELO", "MAIL", "RCPT", "DATA"] as const;
const STATUSES = [null, "5.1.1", "5.2.0", "4.2.0", "5.7.1", "4.7.0", "5.5.1", "5.0.0"];
const WORDINGS = STAGE_SHIFTS.map((s: StageShift) => s.wording).filter((w): w is string => !!w);

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)]!;
}

function randomFeatures(next: () => number): Feature[] {
  const n = 1 + Math.floor(next() * 12);
  const out: Feature[] = [];
  for (let i = 0; i < n; i++) {
    const kind = pick(next, KINDS);
    const id =
      kind === "possible" && WORDINGS.length > 0 && next() < 0.3
        ? `${pick(next, WORDINGS)}.${i}`
        : `f${i}`;
    out.push({
      id,
      kind,
      cause: pick(next, CAUSES),
      weight: pick(next, WEIGHTS),
      general: next() < 0.6,
      provider: pick(next, PROVIDERS),
      note: "",
      source: "",
      spans: next() < 0.5 ? [{ start: i, end: i + 1 }] : [],
      hint: false,
      matched: next() < 0.3 ? `w${i}` : undefined,
    });
  }
  return out;
}

function randomRefusal(next: () => number): Refusal {
  const stage = pick(next, STAGES);
  return {
    status: pick(next, STATUSES),
    stage: stage ? { command: stage, how: "stated" } : null,
  } as Refusal;
}

/** Scores as the ranking compares them, with each cause's features by id. */
function shape(list: CauseScore[]) {
  return list.map((c) => ({
    cause: c.cause,
    score: c.score,
    features: c.features.map((f) => f.id),
  }));
}

describe("scoring against its earlier definition", () => {
  it("makes the same shift features and the same ranking on random features", () => {
    const next = random(20261205);
    let shifted = 0;
    for (let round = 0; round < 3000; round++) {
      const features = randomFeatures(next);
      const r = randomRefusal(next);
      const shifts = shiftFeatures(r, features);
      expect(shifts).toEqual(refShiftFeatures(r, features));
      if (shifts.length > 0) shifted++;
      const all = [...features, ...shifts];
      expect(shape(scoreCauses(all))).toEqual(shape(refScoreCauses(all)));
    }
    // The random refusals meet the shifts often enough to test them.
    expect(shifted).toBeGreaterThan(100);
  });
});

describe("stage and status shifts", () => {
  it("move a cause's evidence once, where two shifts apply", () => {
    // "550 5.7.1 User unknown" answered to DATA: the DATA shift and the X.7 shift both apply.
    const r = { status: "5.7.1", stage: { command: "DATA", how: "stated" } } as Refusal;
    const words: Feature = {
      id: "user-unknown",
      kind: "phrase",
      cause: "recipient-unknown",
      weight: 2,
      general: true,
      provider: "generic",
      note: "",
      source: "",
      spans: [],
      hint: false,
      matched: "user unknown",
    };
    const shifts = shiftFeatures(r, [words]);
    expect(shifts.map((f) => [f.id, f.cause, f.weight])).toEqual([
      ["smtp.unknown-user-after-data", "sender-policy", 2],
      ["smtp.unknown-user-after-data.from", "recipient-unknown", -2],
    ]);
    const scores = scoreCauses([words, ...shifts]);
    expect(scores.map((c) => [c.cause, c.score])).toEqual([["sender-policy", 2]]);
  });
});

describe("the decision", () => {
  it("lets no hint decide alone, whatever context lifted its weight", () => {
    const hint: Feature = {
      id: "hint-with-context",
      kind: "phrase",
      cause: "sender-policy",
      weight: 1.1,
      general: true,
      provider: "generic",
      note: "",
      source: "",
      spans: [],
      hint: true,
      matched: "access denied",
    };
    expect(decide([hint]).cause).toBe("unknown");
    expect(decide([{ ...hint, hint: false }]).cause).toBe("sender-policy");
  });
});
