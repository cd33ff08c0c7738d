// A content review (lib/content: the spam filter's verdict on the message the user sent) as
// evidence for the rules: lib/content/evidence.ts weighs the review for or against
// content-spam and content-virus (0..1); here those weights become likelihood ratios, the
// currency of the evidence model (belief.ts). Pure and browser-safe: only the review's types
// and its pure reading are imported, never the filter client.
import type { CauseId } from "@/lib/causes/causes";
import { contentEvidence } from "@/lib/content/evidence";
import type { ContentReview } from "@/lib/content/types";
import { lowerFirst } from "./sentence";
import type { DirectEvidence, SignalOutcome } from "./signals";
import type { CheckState, Facts } from "./types";

/**
 * A weight w of 1 "for" multiplies the cause's odds by 1 + FOR_SCALE; "against", divides them
 * by 1 + AGAINST_SCALE. Against is weaker: the receiver's filter is not this one, so a message
 * this filter passes may still have been refused for its content.
 */
export const CONTENT_RATIO_SCALE = { for: 8, against: 3 } as const;

/** The causes a content review bears on (lib/content/evidence.ts weighs these two). */
export const CONTENT_CAUSES: readonly CauseId[] = ["content-spam", "content-virus"];

/**
 * A review's possible outcomes, for the expected narrowing before it runs (choose.ts): the
 * filter flags the message as spam, finds an attachment receivers refuse, or passes it.
 * Likelihoods per cause; each cause's column sums to 1.
 */
export const CONTENT_REVIEW_OUTCOMES: SignalOutcome[] = [
  // Flagged as spam (junk or refused by this filter, or a linked domain on a blocklist).
  { byCause: { "content-spam": 0.65, "content-virus": 0.3 }, otherwise: 0.15 },
  // A program, script, macro file or archive holding one is attached.
  { byCause: { "content-spam": 0.1, "content-virus": 0.6 }, otherwise: 0.03 },
  // Low score, nothing risky attached.
  { byCause: { "content-spam": 0.25, "content-virus": 0.1 }, otherwise: 0.82 },
];

/**
 * How often the review can run once offered: the bounce's copy needs only the user's consent;
 * the sent message, that the user still has it (many answer "I don't have it").
 */
export const CONTENT_REVIEW_AVAILABILITY = { "bounce-copy": 0.9, "sent-message": 0.5 } as const;

/** Plain words for the review's subject, in the conclusion's grounds. */
export const CONTENT_SUBJECT = "the content of the message you sent";

function ratioOf(direction: "for" | "against", weight: number): number {
  return direction === "for"
    ? 1 + CONTENT_RATIO_SCALE.for * weight
    : 1 / (1 + CONTENT_RATIO_SCALE.against * weight);
}

/** The review's evidence as likelihood ratios; none when it was not reviewed. */
export function contentReviewEvidence(state: CheckState): DirectEvidence[] {
  const review = state.status === "done" ? state.content : undefined;
  if (!review || review.status !== "reviewed") return [];
  const out: DirectEvidence[] = [];
  for (const e of contentEvidence(review).evidence) {
    if (e.direction === "unknown" || e.weight <= 0) continue;
    const says = e.because.map((b) => b.replace(/\.$/, "")).join("; ");
    out.push({
      cause: e.cause,
      ratio: ratioOf(e.direction, e.weight),
      says: `the spam filter's review of your message ${
        e.direction === "for" ? "points to" : "speaks against"
      } ${e.cause === "content-spam" ? "spam content" : "a refused attachment"}: ${lowerFirst(says)}`,
    });
  }
  return out;
}

/** The content review that ran to the end, if any (for the checklist's "adjust content" steps). */
export function contentReviewOf(facts: Facts): ContentReview | null {
  for (const [id, state] of Object.entries(facts.checks))
    if (id.startsWith("content:") && state.status === "done" && state.content) return state.content;
  return null;
}
