// The next step: the question or check expected to narrow the remaining causes most
// (expected fall in entropy, from the weights and the answers' and outcomes' likelihoods),
// asking for the sending IP or domain early when the check they unlock separates well.
// It stops when one cause clearly leads or nothing left can separate them.
import type { CauseId } from "@/lib/causes/causes";
import type { Belief } from "./belief";
import { entropy, titleIn } from "./belief";
import { checkBuilders } from "./check-builders";
import type { Context } from "./context";
import { domainOwnershipUnasked } from "./from-domain";
import { impliedAnswer } from "./questions";
import { answerLikelihood, KNOWS_RATE, QUESTION_MODELS, type QuestionModel } from "./likelihoods";
import { CONTENT_CAUSES, CONTENT_REVIEW_AVAILABILITY } from "./content-evidence";
import {
  DIRECT_OUTCOMES,
  outcomeLikelihood,
  signalsOf,
  type CheckKindId,
  type SignalModel,
  type SignalOutcome,
} from "./signals";
import type { CheckBuilderName, CheckRequest, QuestionId } from "./types";

/** One cause at or above this weight clearly leads: conclude. */
export const CLEAR_WEIGHT = 0.8;
/** ...and is confirmed when it keeps this weight with the bounce's wording doubted. */
export const CONFIRMED_WEIGHT = 0.85;
/** Below this expected narrowing (bits), a step is not worth the user's time. */
export const MIN_GAIN = 0.06;
/** From this weight, content-spam or content-virus is "still possible": a review is offered. */
export const CONTENT_POSSIBLE = 0.05;

/** Causes whose fixes depend on what sends the mail (a provider's relay, its own PTR, ...). */
export const PLATFORM_DEPENDENT: readonly CauseId[] = [
  "ip-blocklisted",
  "reverse-dns",
  "authentication-failure",
  "bad-reputation",
  "rate-limited",
  "relay-denied",
  "tls-required",
];

/** One outcome of a step (an answer, a check's reading): its likelihood per cause. */
export type StepOutcome = Pick<SignalOutcome, "byCause" | "otherwise">;

export type Candidate =
  | { kind: "question"; question: QuestionId; gain: number; why: string; outcomes: StepOutcome[] }
  | {
      kind: "check";
      check: CheckRequest;
      builder: CheckBuilderName;
      gain: number;
      why: string;
      outcomes: StepOutcome[];
    };

type Dist = { cause: CauseId; weight: number }[];

/** How many of the leading causes a ranking is read by: the ones a conclusion shows. */
export const RANKING_DEPTH = 3;

/** The indices of the RANKING_DEPTH largest weights, largest first (one pass, no sort). */
function leadingIndices(ws: readonly number[]): number[] {
  const top: number[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] ?? 0;
    let at = top.length;
    while (at > 0 && w > (ws[top[at - 1] ?? 0] ?? 0)) at--;
    if (at < RANKING_DEPTH) {
      top.splice(at, 0, i);
      if (top.length > RANKING_DEPTH) top.pop();
    }
  }
  return top;
}

function clearlyLeads(ws: readonly number[], lead: number | undefined): boolean {
  let t = 0;
  for (const w of ws) t += w;
  return t > 0 && lead !== undefined && (ws[lead] ?? 0) / t >= CLEAR_WEIGHT;
}

/**
 * Whether some outcome would change what the user is told: the order of the leading causes, or
 * whether the first one clearly leads. A step whose every outcome leaves both as they are tells
 * the user nothing, however much it moves the weights of causes further down.
 */
export function changesRanking(dist: Dist, outcomes: ((c: CauseId) => number)[]): boolean {
  const before = dist.map((d) => d.weight);
  const order = leadingIndices(before);
  const wasClear = clearlyLeads(before, order[0]);
  return outcomes.some((like) => {
    const post = dist.map((d) => d.weight * like(d.cause));
    if (post.every((w) => w <= 0)) return false;
    const now = leadingIndices(post);
    return now.some((i, k) => i !== order[k]) || clearlyLeads(post, now[0]) !== wasClear;
  });
}

/**
 * Expected entropy after seeing one of `outcomes` (likelihood per cause), as a gain in bits; 0
 * for a step none of whose outcomes would change what the user is told (`changesRanking`). A
 * gain below MIN_GAIN is never chosen whatever it is, so only the others are looked at twice.
 */
function gainOf(dist: Dist, outcomes: ((c: CauseId) => number)[]): number {
  const before = entropy(dist.map((d) => d.weight));
  let after = 0;
  for (const like of outcomes) {
    const post = dist.map((d) => d.weight * like(d.cause));
    const p = post.reduce((a, b) => a + b, 0);
    if (p > 0) after += p * entropy(post);
  }
  const gain = Math.max(0, before - after);
  return gain >= MIN_GAIN && !changesRanking(dist, outcomes) ? 0 : gain;
}

function questionGain(dist: Dist, model: QuestionModel): number {
  const outcomes = Object.values(model.answers).map((r) => (c: CauseId) => answerLikelihood(r, c));
  return (1 - model.dontKnowRate) * gainOf(dist, outcomes);
}

/** A check's signals seen together (independent given the cause): every combination of outcomes. */
function checkGain(dist: Dist, signals: SignalModel[]): number {
  let combos: ((c: CauseId) => number)[] = [() => 1];
  for (const s of signals) {
    const next: ((c: CauseId) => number)[] = [];
    for (const prev of combos)
      for (const o of Object.values(s.outcomes))
        next.push((c) => prev(c) * outcomeLikelihood(o, c));
    combos = next;
  }
  return signals.length === 0 ? 0 : gainOf(dist, combos);
}

/** A direct-evidence check's outcomes (DIRECT_OUTCOMES), each a likelihood per cause. */
function directGain(dist: Dist, outcomes: SignalOutcome[]): number {
  return gainOf(
    dist,
    outcomes.map((o) => (c) => outcomeLikelihood(o, c)),
  );
}

const CHECK_KIND: Record<CheckBuilderName, CheckKindId> = {
  "sending-ip": "ip",
  "sending-domain": "domain",
  "recipient-domain": "recipient-domain",
  "content-review": "content",
};

/** Whether a content review could still move the diagnosis: content is a possible cause. */
export function contentPossible(belief: Belief): boolean {
  return belief.causes.some(
    (c) => CONTENT_CAUSES.includes(c.cause) && c.weight >= CONTENT_POSSIBLE,
  );
}

/** The checks' and questions' expected gains, best first. */
export function candidates(belief: Belief, ctx: Context): Candidate[] {
  const dist: Dist = belief.causes.map((c) => ({ cause: c.cause, weight: c.weight }));
  const out: Candidate[] = [];
  const asked = (q: QuestionId) => ctx.facts.answers[q] !== undefined || impliedAnswer(q, ctx);

  // What each check can find, for "Why we ask" (separates): its signals' outcomes together.
  const checkOutcomes = (name: CheckBuilderName): StepOutcome[] =>
    DIRECT_OUTCOMES[CHECK_KIND[name]] ??
    signalsOf(CHECK_KIND[name], belief.relevance).flatMap((s) => Object.values(s.outcomes));

  const checkValue = (name: CheckBuilderName) => {
    const direct = DIRECT_OUTCOMES[CHECK_KIND[name]];
    if (!direct) return checkGain(dist, signalsOf(CHECK_KIND[name], belief.relevance));
    // A content review needs the user's consent and, without the bounce's copy, the message.
    return CONTENT_REVIEW_AVAILABILITY[ctx.contentSource] * directGain(dist, direct);
  };

  for (const name of Object.keys(CHECK_KIND) as CheckBuilderName[]) {
    if (name === "content-review" && !contentPossible(belief)) continue;
    // The IP only other recipients' refusals name: its check is for their cause (belief.ts).
    if (name === "sending-ip" && belief.otherGroupsIp) continue;
    const check = checkBuilders[name].build(ctx);
    if (check) {
      if (ctx.facts.checks[check.id] !== undefined) continue;
      out.push({
        kind: "check",
        check,
        builder: name,
        gain: checkValue(name),
        why: checkBuilders[name].describe(ctx),
        outcomes: checkOutcomes(name),
      });
    }
  }
  // The IP and the domain unlock their checks: worth asking as much as the check is worth,
  // discounted by how often people know the answer.
  if (!ctx.sendingIp && !asked("sending-ip"))
    out.push({
      kind: "question",
      question: "sending-ip",
      gain: (KNOWS_RATE["sending-ip"] ?? 0.5) * checkValue("sending-ip"),
      why: "with the sending IP we can look it up on the blocklists and check its reverse DNS",
      outcomes: checkOutcomes("sending-ip"),
    });
  if (!ctx.sendingDomain && !asked("sending-domain"))
    out.push({
      kind: "question",
      question: "sending-domain",
      gain: (KNOWS_RATE["sending-domain"] ?? 0.5) * checkValue("sending-domain"),
      why: "with your domain we can check its SPF, DKIM and DMARC records and the domain blocklists",
      outcomes: checkOutcomes("sending-domain"),
    });
  if (!ctx.auth && !asked("sent-headers"))
    out.push({
      kind: "question",
      question: "sent-headers",
      gain:
        (KNOWS_RATE["sent-headers"] ?? 0.3) *
        gainOf(
          dist,
          SENT_HEADERS_OUTCOMES.map((o) => (c) => outcomeLikelihood(o, c)),
        ),
      why: "the receiver's own verdicts show whether SPF, DKIM and DMARC passed",
      outcomes: SENT_HEADERS_OUTCOMES,
    });
  for (const [q, model] of Object.entries(QUESTION_MODELS) as [QuestionId, QuestionModel][]) {
    if (asked(q)) continue;
    out.push({
      kind: "question",
      question: q,
      gain: questionGain(dist, model),
      why: "",
      outcomes: Object.values(model.answers),
    });
  }
  return out.sort((a, b) => b.gain - a.gain);
}

/** The sent message's headers: the receiver's verdicts pass or fail authentication. */
const SENT_HEADERS_OUTCOMES: StepOutcome[] = [
  { byCause: { "authentication-failure": 0.85 }, otherwise: 0.15 },
  { byCause: { "authentication-failure": 0.15 }, otherwise: 0.85 },
];

/** A cause below this weight is not named in "Why we ask" (it would read as a real contender). */
const NAMED_WEIGHT = 0.01;

/**
 * Why a question is asked (or a check run), in plain words: the causes its outcomes separate,
 * those whose likelihood some outcome changes (a cause an outcome names at other than the
 * row's `otherwise`), most likely first. The leading causes may be none of them: "Is the
 * address spelt exactly right?" says nothing of a policy block, a listed IP or spam.
 */
export function separates(belief: Belief, outcomes: readonly StepOutcome[]): string {
  const changed = (cause: CauseId) =>
    outcomes.some((o) => o.byCause[cause] !== undefined && o.byCause[cause] !== o.otherwise);
  const held = belief.causes.filter((c) => c.weight >= NAMED_WEIGHT);
  const named = held
    .filter((c) => changed(c.cause))
    .slice(0, 3)
    .map((c) => `“${titleIn(belief, c.cause)}”`);
  if (named.length === 0) return "the answer narrows down the cause";
  const list =
    named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}` : named[0];
  const others = held.some((c) => !changed(c.cause));
  return others || named.length === 1
    ? `the answer tells ${list} apart from the other causes`
    : `the answer tells ${list} apart`;
}

/** Whether the leading cause's fixes still need the sending platform. */
export function needsPlatform(belief: Belief, ctx: Context): boolean {
  const top = belief.causes[0];
  return (
    !!top &&
    top.weight >= 0.5 &&
    PLATFORM_DEPENDENT.includes(top.cause) &&
    ctx.facts.answers["sending-platform"] === undefined &&
    !impliedAnswer("sending-platform", ctx)
  );
}

/**
 * Checks whose findings shape a cause's fixes (which list and return code, the SPF record to
 * merge with): run, even when the cause already leads, before the fixes are written.
 */
export const FIX_CHECKS: Partial<Record<CauseId, CheckBuilderName[]>> = {
  "ip-blocklisted": ["sending-ip"],
  "reverse-dns": ["sending-ip"],
  "authentication-failure": ["sending-domain"],
  "domain-blocklisted": ["sending-domain"],
  "sender-address-invalid": ["sending-domain"],
  // A typo of a well-known domain is the one fix that changes the address's domain.
  "recipient-unknown": ["recipient-domain"],
  "recipient-domain-invalid": ["recipient-domain"],
  // The "adjust content" steps come from what the filter's rules found.
  "content-spam": ["content-review"],
  "content-virus": ["content-review"],
};

const INPUT_QUESTION: Record<CheckBuilderName, QuestionId | null> = {
  "sending-ip": "sending-ip",
  "sending-domain": "sending-domain",
  "recipient-domain": null,
  "content-review": null,
};

/** The next thing the leading cause's fixes need: its check, or the answer that unlocks it. */
export function fixNeed(
  belief: Belief,
  ctx: Context,
): { check: CheckRequest; builder: CheckBuilderName } | { question: QuestionId } | null {
  const top = belief.causes[0];
  if (!top || top.weight < 0.5) return null;
  for (const name of FIX_CHECKS[top.cause] ?? []) {
    const check = checkBuilders[name].build(ctx);
    if (check) {
      if (ctx.facts.checks[check.id] === undefined) return { check, builder: name };
      continue;
    }
    // The domain the reply names: whether it is the user's comes first (from-domain.ts).
    if (name === "sending-domain" && domainOwnershipUnasked(ctx))
      return { question: "from-domain-owned" };
    const q = INPUT_QUESTION[name];
    if (q && ctx.facts.answers[q] === undefined && !impliedAnswer(q, ctx)) return { question: q };
  }
  return null;
}
