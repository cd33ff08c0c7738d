// A verdict in the shape the page, the API and the command line read (RecipientDiagnosis): its
// evidence told once per place, the refusal's summary, and for an unknown the causes that remain
// possible with the words that say whose usual causes they are; for a delay notice, until when.
import { CAUSES } from "@/lib/causes/causes";
import type { Refusal } from "@/lib/bounce/refusal";
import type { RecipientReport, Span } from "@/lib/bounce/types";
import type {
  DelayNotice,
  Evidence,
  PossibleFrom,
  RankedCause,
  RecipientDiagnosis,
  RefusalSummary,
} from "@/lib/diagnosis/types";
import { notABounceReading } from "@/lib/diagnosis/not-a-bounce-wording";
import { suppressionReading } from "@/lib/diagnosis/suppression-wording";
import { unknownExplanation, unknownWording } from "@/lib/diagnosis/unknown-wording";
import { saysMoreThanARefusal } from "@/lib/diagnosis/unread-words";
import { GREYLISTING_READING, GREYLISTING_RULE_IDS } from "@/lib/knowledge/greylisting";
import { CODE_POSSIBILITY_PREFIX, saysFromWords, type Feature } from "./features";
import { statusMeaning } from "./status-reading";
import { verdictConfidence, type Verdict } from "./verdict";

function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** The features for the chosen cause as evidence, without those that say the same words at the same place. */
function distinctEvidence(list: Evidence[]): Evidence[] {
  const kept: Evidence[] = [];
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    let redundant = e.spans.length > 0;
    for (let s = 0; s < e.spans.length && redundant; s++)
      redundant = overlapsKept(kept, e.spans[s]!);
    if (!redundant) kept.push(e);
  }
  return kept;
}

/** Whether one of the kept evidence's spans holds `sp` or lies inside it. (Loops, no closures.) */
function overlapsKept(kept: readonly Evidence[], sp: Span): boolean {
  for (let k = 0; k < kept.length; k++) {
    const spans = kept[k]!.spans;
    for (let j = 0; j < spans.length; j++)
      if (within(sp, spans[j]!) || within(spans[j]!, sp)) return true;
  }
  return false;
}

function evidenceOf(f: Feature): Evidence {
  return { ruleId: f.id, note: f.note, source: f.source, spans: f.spans };
}

function summary(r: Refusal): RefusalSummary {
  return {
    replyCode: r.replyCode,
    status: r.status,
    words: r.words.slice(0, 1000),
    stage: r.stage,
    host: r.host,
    providers: r.providers,
    shape: r.shape,
  };
}

/**
 * A delay notice with no reason read: its note, and the server's reply when it gave one the
 * tables do not read ("450 service permits 2 unverifyable sending IPs"), so that it is seen;
 * else that it gives no reason.
 */
function delayExplanation(notice: DelayNotice, r: Refusal): string {
  const words = r.words.trim();
  if (r.replyCode === null || words === "")
    return `${notice.note} It gives no reason for the delay.`;
  const quoted = words.length > 200 ? `${words.slice(0, 200)}...` : words;
  return `${notice.note} The receiving server answered "${quoted}", which does not say enough to name a cause.`;
}

export function toDiagnosis(
  index: number,
  recipient: RecipientReport,
  v: Verdict,
): RecipientDiagnosis {
  const meaning = recipient.status ? statusMeaning(recipient.status) : null;
  const refusal = summary(v.refusal);
  if (v.notABounce) {
    // One builder for both kinds (a delay notice adds its explanation and itself), in the
    // order every diagnosis is written: the optional fields after `possible`.
    const d: RecipientDiagnosis = {
      index,
      recipient,
      statusMeaning: meaning,
      refusal,
      cause: "not-a-bounce",
      confidence: verdictConfidence(v),
      actor: CAUSES["not-a-bounce"].actor,
      evidence: [v.notABounce],
      alternatives: [],
      margin: 1,
      possible: [],
    };
    if (v.delayNotice) {
      // A delay notice's own words (until when) say more than "nothing bounced".
      d.explanation = delayExplanation(v.delayNotice, v.refusal);
      d.delayNotice = v.delayNotice;
    } else nameTheKind(d);
    return d;
  }
  const top = v.ranked[0];
  if (v.cause === "unknown") {
    // Every feature that was found, for the explanation: what the text did say.
    const seen = new Set<string>();
    const evidence: Evidence[] = [];
    for (const c of v.ranked)
      for (const f of c.features) {
        // Words that leave several causes possible (a "possible" feature with matched words)
        // are said once, whichever cause each feature ranks.
        const key = f.kind === "possible" && f.matched ? f.note : f.id;
        if ((f.kind !== "possible" || f.matched) && f.kind !== "shift" && !seen.has(key)) {
          seen.add(key);
          evidence.push(evidenceOf(f));
        }
      }
    const possible = possibleOf(v);
    // Words (a phrase, a concept, a provider's reading) that spoke for some cause narrowed it;
    // otherwise the code did, and a reply with words beyond a bare refusal may say why.
    const possibleFrom: PossibleFrom = v.ranked.some((c) =>
      c.features.some((f) => saysFromWords(f) && f.weight > 0),
    )
      ? "words"
      : saysMoreThanARefusal(v.refusal.words)
        ? "unread"
        : "code";
    const usualCausesOf = possibleFrom === "words" ? null : listedCode(v);
    const wording = unknownWording(
      possible,
      v.refusal.replyCode,
      v.refusal.status,
      possibleFrom,
      v.refusal.stage?.command ?? null,
      usualCausesOf,
    );
    const d: RecipientDiagnosis = {
      index,
      recipient,
      statusMeaning: meaning,
      refusal,
      cause: "unknown",
      confidence: verdictConfidence(v),
      actor: CAUSES.unknown.actor,
      evidence: distinctEvidence(evidence),
      alternatives: possible,
      margin: Math.round(v.margin * 100) / 100,
      possible,
      possibleFrom,
    };
    if (usualCausesOf !== null) d.usualCausesOf = usualCausesOf;
    // A suppression the words leave unsure of its reason (SES's account list: a hard bounce or
    // a complaint) is still a message that was not sent: its reading says so, and how to tell.
    const suppressed = suppressionReading(evidence);
    if (suppressed) {
      d.headline = suppressed.headline;
      d.explanation = suppressed.note;
    } else if (greylistingLeads(possible, evidence)) {
      // Greylisting has no cause of its own: the rate limit its words rank first would be the
      // wrong advice. Say what it is, as a decided greylisting reading does.
      d.headline = GREYLISTING_READING.headline;
      d.explanation = GREYLISTING_READING.note;
    } else if (wording) d.explanation = unknownExplanation(wording);
    if (v.delayNotice) d.delayNotice = v.delayNotice;
    return d;
  }
  const confidence = verdictConfidence(v);
  const alternatives: RankedCause[] = v.ranked.slice(1, 5).map((c) => ({
    cause: c.cause,
    confidence:
      Math.round(Math.min(confidence - 0.01, confidence * (c.score / (top?.score ?? 1))) * 100) /
      100,
  }));
  // (One loop, not filter and map: two arrays and two closures per recipient.)
  const said: Evidence[] = [];
  const topFeatures = top?.features ?? [];
  for (let k = 0; k < topFeatures.length; k++)
    if (topFeatures[k]!.kind !== "possible") said.push(evidenceOf(topFeatures[k]!));
  const evidence = distinctEvidence(said);
  // Greylisting reads as its words' cause, whose title would be the wrong advice: say what it is.
  const greylisted = readsGreylisting(evidence);
  const d: RecipientDiagnosis = {
    index,
    recipient,
    statusMeaning: meaning,
    refusal,
    cause: v.cause,
    confidence,
    actor: CAUSES[v.cause].actor,
    evidence,
    alternatives,
    margin: Math.round(v.margin * 100) / 100,
    possible: [],
  };
  if (v.delayNotice) d.delayNotice = v.delayNotice;
  if (greylisted) {
    d.headline = GREYLISTING_READING.headline;
    d.explanation = GREYLISTING_READING.note;
  }
  // A sending service's suppression: nothing was sent; say so (lib/knowledge/suppressions.ts).
  const suppressed = suppressionReading(evidence);
  if (suppressed) {
    d.headline = suppressed.headline;
    d.explanation = suppressed.note;
  } else if (v.cause === "not-a-bounce" && !v.delayNotice) nameTheKind(d);
  return d;
}

/**
 * A not-a-bounce verdict says which kind of message it read (an automatic reply, a complaint
 * report, a delivery report...), where the cause's summary names every kind at once.
 */
function nameTheKind(d: RecipientDiagnosis): void {
  const kind = notABounceReading(d.evidence);
  if (!kind) return;
  d.headline = kind.headline;
  d.explanation = kind.note;
  if (kind.actor) d.actor = kind.actor.id;
}

/**
 * The code (or class) whose usual causes (reply-possibilities.ts) ranked the possibilities: the
 * first such feature's, whose id is CODE_POSSIBILITY_PREFIX, the code, a dot and the cause.
 */
function listedCode(v: Verdict): string | null {
  for (const c of v.ranked)
    for (const f of c.features)
      if (f.kind === "possible" && f.id.startsWith(CODE_POSSIBILITY_PREFIX))
        return f.id.slice(CODE_POSSIBILITY_PREFIX.length, f.id.lastIndexOf("."));
  return null;
}

/** An unknown verdict's causes that remain possible: the five best, each its share of the scores. */
export function possibleOf(v: Verdict): RankedCause[] {
  const total = v.ranked.reduce((s, c) => s + c.score, 0) || 1;
  return v.ranked.slice(0, 5).map((c) => ({
    cause: c.cause,
    confidence: Math.round((c.score / total) * 100) / 100,
  }));
}

const GREYLISTING: ReadonlySet<string> = new Set(GREYLISTING_RULE_IDS);

/** Whether one of the entries that read greylisting's words is among the evidence. */
function readsGreylisting(evidence: readonly Evidence[]): boolean {
  return evidence.some((e) => GREYLISTING.has(e.ruleId));
}

/** Whether greylisting's words were read and the cause they rank leads the possible causes. */
function greylistingLeads(
  possible: readonly RankedCause[],
  evidence: readonly Evidence[],
): boolean {
  return possible[0]?.cause === GREYLISTING_READING.ranks && readsGreylisting(evidence);
}
