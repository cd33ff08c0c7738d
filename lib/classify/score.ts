// Scoring and decision. Each cause's score is the sum over feature kinds of the strongest
// feature of that kind (four catalogs matching "mailbox full" at one place count once), plus
// the shifts a stated stage or a status makes (stage-shifts.ts: the general part of one
// cause's score moves to another), all before ranking. The decision names the top cause only
// when it reaches DECISION.MIN_SCORE with a decisive feature and leads by DECISION.MIN_MARGIN;
// otherwise `unknown` with the causes that remain possible, ranked.
import type { CauseId } from "@/lib/causes/causes";
import type { Refusal } from "@/lib/bounce/refusal";
import { DECISION, type DecisionThresholds } from "@/lib/knowledge/scoring/weights";
import {
  STAGE_LIMITS,
  STAGE_SHIFTS,
  type StageLimit,
  type StageShift,
} from "@/lib/knowledge/scoring/stage-shifts";
import { CODE_POSSIBILITY_PREFIX, type Feature } from "./features";

export interface CauseScore {
  cause: CauseId;
  score: number;
  /** The features that gave the score, strongest first. */
  features: Feature[];
}

export interface Decision {
  /** The named cause, or "unknown". */
  cause: CauseId;
  /** Top score minus the next cause's score (0 when unknown for lack of evidence). */
  margin: number;
  /** Every cause with a positive score, best first. */
  ranked: CauseScore[];
}

// Indexed loops and no closures or strings made per call: every recipient asks every shift.
function statusFits(status: string | null, patterns: readonly string[] | undefined): boolean {
  if (!patterns) return true;
  if (!status) return false;
  for (let k = 0; k < patterns.length; k++) {
    const p = patterns[k]!;
    if (p.endsWith(".") ? status.startsWith(p) : status === p) return true;
  }
  return false;
}

/**
 * What shiftApplies reads of a shift, every field present, with the wording's id prefix
 * ("wording.") made once. The shifts carry only the conditions they use, so they come in
 * several shapes: read straight from them, every condition was a megamorphic property load
 * (V8's --log-ic), for every shift of every recipient; these copies share one shape.
 */
interface ShiftConditions {
  stage: StageShift["stage"];
  keepStage: StageShift["keepStage"];
  status: StageShift["status"];
  keepStatus: StageShift["keepStatus"];
  /** `${wording}.`, or null when the shift asks for no wording. */
  wordingPrefix: string | null;
  /** What shiftFeatures and keepsItsMeaning read of a shift that applies, also in one shape. */
  from: StageShift["from"];
  to: StageShift["to"];
  stageWeight: number;
  share: number;
  keepProviders: StageShift["keepProviders"];
  keepReasons: StageShift["keepReasons"];
  codes: boolean;
  id: string;
  note: string;
  source: string;
}

/** STAGE_SHIFTS' conditions, by the same index. */
const SHIFT_CONDITIONS: readonly ShiftConditions[] = STAGE_SHIFTS.map((s) => ({
  stage: s.stage,
  keepStage: s.keepStage,
  status: s.status,
  keepStatus: s.keepStatus,
  wordingPrefix: s.wording ? `${s.wording}.` : null,
  from: s.from,
  to: s.to,
  stageWeight: s.stageWeight ?? 0,
  share: s.share ?? 1,
  keepProviders: s.keepProviders,
  keepReasons: s.keepReasons,
  codes: s.codes === true,
  id: s.id,
  note: s.note,
  source: s.source,
}));

function shiftApplies(s: ShiftConditions, r: Refusal, features: readonly Feature[]): boolean {
  if (s.stage && r.stage?.command !== s.stage) return false;
  if (s.keepStage && r.stage?.command === s.keepStage) return false;
  if (!statusFits(r.status, s.status)) return false;
  if (s.keepStatus && statusFits(r.status, s.keepStatus)) return false;
  // The features last: the stated stage and the status rule most shifts out.
  const prefix = s.wordingPrefix;
  if (prefix !== null) {
    for (let i = 0; i < features.length; i++) {
      const f = features[i]!;
      if (f.kind === "possible" && f.id.startsWith(prefix)) return true;
    }
    return false;
  }
  return true;
}

/**
 * The strongest feature of each kind among the cause's features, the kinds in the order they
 * first occur (the first of equal weights kept); empty when the cause has none.
 */
function strongestOf(features: readonly Feature[], cause: CauseId): Feature[] {
  const kept: Feature[] = [];
  for (let i = 0; i < features.length; i++) {
    const f = features[i]!;
    if (f.cause !== cause) continue;
    let k = 0;
    while (k < kept.length && kept[k]!.kind !== f.kind) k++;
    if (k === kept.length) kept.push(f);
    else if (f.weight > kept[k]!.weight) kept[k] = f;
  }
  return kept;
}

/** The shift feature that moves `weight` to the shift's cause. */
function shiftedTo(
  s: { id: string; note: string; source: string },
  to: CauseId,
  weight: number,
  spans: Feature["spans"],
): Feature {
  return {
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
  };
}

/**
 * The shift feature `id` that takes `moved` away from a cause, for the reason a stage shift or a
 * stage limit gives (its note and source).
 */
function takenFrom(
  id: string,
  why: { note: string; source: string },
  cause: CauseId,
  moved: number,
): Feature {
  return {
    id,
    kind: "shift",
    cause,
    weight: -moved,
    general: false,
    provider: "iana",
    note: why.note,
    source: why.source,
    spans: [],
    hint: false,
    matched: undefined,
  };
}

/** Whether a cause's strongest features (strongestOf) hold one the shift may not move. */
function keepsItsMeaning(s: ShiftConditions, kinds: readonly Feature[]): boolean {
  for (let k = 0; k < kinds.length; k++) {
    const f = kinds[k]!;
    if (!f.general && f.kind !== "possible") return true;
    if (f.kind === "phrase" && s.keepProviders?.includes(f.provider)) return true;
    // Words that name the reason (a phrase that is no hint), for a cause the shift keeps so.
    if (f.kind === "phrase" && !f.hint && s.keepReasons?.includes(f.cause)) return true;
  }
  return false;
}

/** The causes of the bare code's own readings the shift moves, in the order they first occur. */
function codeOnlyCauses(s: ShiftConditions, features: readonly Feature[]): CauseId[] {
  const causes: CauseId[] = [];
  for (let i = 0; i < features.length; i++) {
    const f = features[i]!;
    if (
      (f.kind === "reply" || f.kind === "status") &&
      !s.from.includes(f.cause) &&
      f.cause !== s.to &&
      !causes.includes(f.cause)
    )
      causes.push(f.cause);
  }
  return causes;
}

/** The shift features a refusal's stated stage and status make, from the general features. */
export function shiftFeatures(r: Refusal, features: readonly Feature[]): Feature[] {
  const out: Feature[] = [];
  // The causes whose evidence a shift moved already: moved once, by the first shift in the
  // data's order that applies ("550 5.7.1 User unknown" answered to DATA meets both the DATA
  // and the X.7 shift; the words are one fact, and moving them twice counted them twice for
  // sender-policy and took them twice from recipient-unknown).
  const moved: CauseId[] = [];
  for (let k = 0; k < STAGE_SHIFTS.length; k++) {
    // (Read from its one-shape copy: see ShiftConditions.)
    const s = SHIFT_CONDITIONS[k]!;
    if (!shiftApplies(s, r, features)) continue;
    // What the stated stage says on its own joins the evidence it moves, as one feature: the
    // first one made takes it. None is made when the shift has no `to` (explained away).
    let stageWeight = s.stageWeight;
    const to = s.to;
    for (let m = 0; m < s.from.length; m++) {
      const from = s.from[m]!;
      if (moved.includes(from)) continue;
      const kinds = strongestOf(features, from);
      if (kinds.length === 0) continue;
      // A provider's own reading, or a documented phrase of a provider the shift does not
      // name, keeps its meaning: only a cause led by general evidence shifts. So does a cause
      // led by the wording of a provider the shift keeps (its entry read the codes beside it).
      if (keepsItsMeaning(s, kinds)) continue;
      let weight = 0;
      const spans = [];
      for (let i = 0; i < kinds.length; i++) {
        const f = kinds[i]!;
        if (!f.general) continue;
        if (s.keepProviders?.includes(f.provider)) continue;
        weight += f.weight;
        spans.push(...f.spans);
      }
      if (weight <= 0) continue;
      weight *= s.share;
      if (to) out.push(shiftedTo(s, to, weight + stageWeight, spans));
      stageWeight = 0;
      out.push(takenFrom(`${s.id}.from`, s, from, weight));
      moved.push(from);
    }
    if (s.codes) {
      // A bare code at this stage: its own readings move too, whatever cause they name.
      const causes = codeOnlyCauses(s, features);
      for (let c = 0; c < causes.length; c++) {
        const cause = causes[c]!;
        if (moved.includes(cause)) continue;
        const kinds = strongestOf(features, cause);
        let said = kinds.length === 0;
        let weight = 0;
        for (let i = 0; i < kinds.length; i++) {
          const f = kinds[i]!;
          if (f.kind === "phrase" || f.kind === "concept" || f.kind === "reading") said = true;
          else if (f.kind === "reply" || f.kind === "status") weight += f.weight;
        }
        if (said || weight <= 0) continue;
        if (to) out.push(shiftedTo(s, to, weight + stageWeight, []));
        stageWeight = 0;
        out.push(takenFrom(`${s.id}.from`, s, cause, weight));
        moved.push(cause);
      }
      // Words that explain the codes away (no `to`) leave the codes' usual causes nothing to
      // rank either: Trend Micro's "521 Block permanently (...)" is no host that takes no mail.
      if (!to) takeOutCodeLists(`${s.id}.list`, s, features, out);
    }
    if (stageWeight > 0 && to) out.push(shiftedTo(s, to, stageWeight, []));
  }
  limitFeatures(r, features, out);
  return out;
}

/**
 * Meets each of a code's usual causes (reply-possibilities.ts), or those of them in `only`, with
 * an equal and opposite weight: for a shift whose words explain the codes away, and for a stage
 * limit.
 */
function takeOutCodeLists(
  id: string,
  why: { note: string; source: string },
  features: readonly Feature[],
  out: Feature[],
  only?: readonly CauseId[],
): void {
  for (let i = 0; i < features.length; i++) {
    const f = features[i]!;
    if (f.kind !== "possible" || !f.id.startsWith(CODE_POSSIBILITY_PREFIX)) continue;
    if (only && !only.includes(f.cause)) continue;
    out.push(takenFrom(`${id}.${f.cause}`, why, f.cause, f.weight));
  }
}

/**
 * Takes what a stated stage rules out (STAGE_LIMITS) back out of the ranking: a bare code's usual
 * causes and the causes hedged words leave possible. The possible features count once per cause
 * (the strongest), so each ruled-out cause loses what its strongest limited one adds over its
 * strongest other. Words that name a cause (phrases, concepts) keep their reading: "message
 * content rejected" under a stage that says otherwise is the words against the stage, and the
 * words are the server's own.
 */
function limitFeatures(r: Refusal, features: readonly Feature[], out: Feature[]): void {
  const stage = r.stage?.command;
  if (!stage) return;
  let limit: StageLimit | undefined;
  for (let k = 0; k < STAGE_LIMITS.length; k++)
    if (STAGE_LIMITS[k]!.stage === stage) limit = STAGE_LIMITS[k];
  if (!limit) return;
  const rulesOut = limit.rulesOut;
  for (let c = 0; c < rulesOut.length; c++) {
    const cause = rulesOut[c]!;
    let limited = 0;
    let other = 0;
    for (let i = 0; i < features.length; i++) {
      const f = features[i]!;
      if (f.kind !== "possible" || f.cause !== cause) continue;
      // A code's list, or words that matched (a possibility wording, an example, advice).
      if (f.id.startsWith(CODE_POSSIBILITY_PREFIX) || f.matched !== undefined)
        limited = Math.max(limited, f.weight);
      else other = Math.max(other, f.weight);
    }
    if (limited > other) out.push(takenFrom(`${limit.id}.${cause}`, limit, cause, limited - other));
  }
}

/**
 * Sorts list[from, to) by weight, heaviest first, equal weights in the order they were: what a
 * stable sort by (a, b) => b.weight - a.weight gives. An insertion sort: the lists hold a
 * handful, where Array.prototype.sort's set-up and comparator calls cost more than the sorting.
 */
function sortByWeight(list: Feature[], from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const f = list[i]!;
    let j = i - 1;
    while (j >= from && list[j]!.weight < f.weight) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = f;
  }
}

/** The causes by score, best first, equal scores in the order they were (as sortByWeight). */
function sortByScore(list: CauseScore[]): void {
  for (let i = 1; i < list.length; i++) {
    const c = list[i]!;
    let j = i - 1;
    while (j >= 0 && list[j]!.score < c.score) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = c;
  }
}

/**
 * Where each cause's features are gathered before they are copied out at their number (an
 * array grown by push holds room for 17): classification is synchronous, so one serves every
 * call. Emptied after each use, so that it keeps no message's features alive.
 */
const scratch: Feature[] = [];

/** What the scratch holds where it holds no feature: one of the same shape, weighing nothing. */
const NO_FEATURE: Feature = {
  id: "",
  kind: "shift",
  cause: "unknown",
  weight: 0,
  general: false,
  provider: "",
  note: "",
  source: "",
  spans: [],
  hint: false,
  matched: undefined,
};

/** Writes f at scratch[at] (appending when at is its length) and returns at + 1. */
function put(at: number, f: Feature): number {
  if (at < scratch.length) scratch[at] = f;
  else scratch.push(f);
  return at + 1;
}

/**
 * Adds to scratch[from, to) the strongest feature of each kind among the cause's features
 * that are no shift, in the order the kinds first occur (the first of equal weights kept):
 * what kindMax gives for the cause. Returns the new end.
 */
function addStrongestByKind(features: readonly Feature[], cause: CauseId, from: number): number {
  let to = from;
  for (let i = 0; i < features.length; i++) {
    const f = features[i]!;
    if (f.cause !== cause || f.kind === "shift") continue;
    let k = from;
    while (k < to && scratch[k]!.kind !== f.kind) k++;
    if (k === to) to = put(to, f);
    else if (f.weight > scratch[k]!.weight) scratch[k] = f;
  }
  return to;
}

/** Whether scratch[0, end) holds f. */
function held(end: number, f: Feature): boolean {
  for (let k = 0; k < end; k++) if (scratch[k] === f) return true;
  return false;
}

// Plain loops over arrays, no Maps, Sets or spreads: a message has a handful of features, and
// the command line runs this a few thousand times, mostly before it is optimised; each new
// array shape a spread met made V8 throw the optimised code away and compile it again (15 ms
// each time), and Maps and Sets made it one of the largest functions TurboFan compiled. Each
// cause's list is gathered in one scratch array and copied out at its length: four arrays
// per cause were a third of what classifying a message allocated.
export function scoreCauses(features: readonly Feature[]): CauseScore[] {
  // The causes in the order they first occur: the plain features', then the shifts'.
  // (Indexed loops: a for-of loop allocates an iterator until V8 optimises the function.)
  const count = features.length;
  const causes: CauseId[] = [];
  for (let i = 0; i < count; i++) {
    const f = features[i]!;
    if (f.kind !== "shift" && !causes.includes(f.cause)) causes.push(f.cause);
  }
  for (let i = 0; i < count; i++) {
    const f = features[i]!;
    if (f.kind === "shift" && !causes.includes(f.cause)) causes.push(f.cause);
  }
  const out: CauseScore[] = [];
  for (let c = 0; c < causes.length; c++) {
    const cause = causes[c]!;
    // The cause's shifts that add weight, then the strongest feature of each kind.
    let n = 0;
    for (let i = 0; i < count; i++) {
      const f = features[i]!;
      if (f.kind === "shift" && f.cause === cause && f.weight > 0) n = put(n, f);
    }
    const kept = n;
    n = addStrongestByKind(features, cause, n);
    // Summed in this order: the strongest feature of each kind, then the shifts.
    let score = 0;
    for (let k = kept; k < n; k++) score += scratch[k]!.weight;
    for (let i = 0; i < count; i++) {
      const f = features[i]!;
      if (f.kind === "shift" && f.cause === cause) score += f.weight;
    }
    sortByWeight(scratch, 0, n);
    // The features that support the cause, all of them (not only the strongest of each kind),
    // for the explanation: strongest first.
    const ranked = n;
    for (let i = 0; i < count; i++) {
      const f = features[i]!;
      if (f.cause === cause && f.weight > 0 && !held(ranked, f)) n = put(n, f);
    }
    sortByWeight(scratch, ranked, n);
    if (score > 1e-9) out.push({ cause, score, features: scratch.slice(0, n) });
    scratch.fill(NO_FEATURE, 0, n);
  }
  sortByScore(out);
  return out;
}

export function decide(
  features: readonly Feature[],
  thresholds: DecisionThresholds = DECISION,
): Decision {
  const ranked = scoreCauses(features);
  const top = ranked[0];
  if (!top) return { cause: "unknown", margin: 0, ranked };
  const margin = top.score - (ranked[1]?.score ?? 0);
  // A hint (a one-word keyword, a restatement of the refusal) ranks and never decides alone,
  // whatever context lifted its weight; nor do the usual causes a code or wording leaves possible.
  let decisive = false;
  const kept = top.features;
  for (let k = 0; k < kept.length && !decisive; k++) {
    const f = kept[k]!;
    decisive = f.weight >= thresholds.DECISIVE && f.kind !== "possible" && !f.hint;
  }
  if (top.score >= thresholds.MIN_SCORE && decisive && margin >= thresholds.MIN_MARGIN)
    return { cause: top.cause, margin, ranked };
  return { cause: "unknown", margin, ranked };
}
