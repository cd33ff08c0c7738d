// A delay notice is not a failure yet (RFC 3464 §2.3.3, Action: delayed): the sending server
// still holds the message. What the person can act on is the reason the notice gives, so the
// outline frames it by how firmly that reason is read, not as causes to tell apart:
// - "reason-firm": the reason is read clearly; its steps are for it, should the delay last.
// - "reason-possible": one reason is read, not for certain; the first step checks it, then its
//   fixes apply if it is that one. There is one reason, so nothing is "told apart".
// - "no-reason": the notice gives none; there is nothing to tell apart or fix while it retries.
// Words are data, shared by the wizard's end, the share page and both report exports.
import { CAUSES, type CauseId } from "@/lib/causes/causes";
import type { Diagnosis } from "@/lib/diagnosis/types";
import { CLEAR_WEIGHT } from "@/lib/rules";

export type DelayReading = "reason-firm" | "reason-possible" | "no-reason";

export interface DelayWords {
  /**
   * The title of the group of check-first steps, where the checklist has one ("reason-possible";
   * "no-reason" when the cause is left open); "" where there never is one.
   */
  checkTitle: string;
  /** The sentence under the fixes' heading when there is no such group. */
  intro: string;
  /** The sentence under the group's title; `intro` when not given. */
  checkIntro?: string;
  /**
   * The line under a check-first step, before the cause's title: what the step looks at. A delay
   * notice has a reason (given, seemingly given, or none), not causes to tell apart.
   */
  tellsApart: string;
  /** Before each fix section's title. */
  fixPrefix: string;
  /** Where the result stands, after "Not a failure yet: " (the share page's and reports' standing line). */
  standing: string;
  /** `standing` where no step looks at the reason alone (delayStanding); `standing` when not given. */
  standingWithoutCheck?: string;
  /** The reports' headline before the cause's title ("" for none). */
  headline: string;
}

/**
 * A delay notice's headline where the lead is no reason the notice's words give (only a check
 * produced it) and the words read none: the notice's reason is not claimed.
 */
export const DELAY_NOTHING_READ = "delay notice; no reason could be read from its words";

/** What steps that look at no one cause are for: the standing lines' words where no step does. */
export const HELP_WHATEVER_IT_IS = "the steps below help whatever it is.";

/**
 * A delay notice's standing words: where no step of its group looks at the reason alone (the
 * checks answered what they would), none says the first step checks it.
 */
export function delayStanding(delay: DelayReading, looksAtOne: boolean): string {
  const words = DELAY_WORDS[delay];
  return looksAtOne ? words.standing : (words.standingWithoutCheck ?? words.standing);
}

/** The standing line's lead for a delay notice, whatever its reading. */
export const DELAY_STANDING_LEAD = "Not a failure yet";

export const DELAY_WORDS: Record<DelayReading, DelayWords> = {
  "reason-firm": {
    checkTitle: "",
    intro:
      "Not a failure yet: the notice gives its reason. The steps below are for that reason, should the delay last.",
    fixPrefix: "Should the delay last: ",
    standing:
      "a delay notice that gives its reason; the steps below are for it, should the delay last.",
    headline: "delay notice; the reason it gives: ",
    tellsApart: "For the reason the notice gives:",
  },
  "reason-possible": {
    checkTitle: "Not a failure yet: first check the reason the notice seems to give",
    intro:
      "The notice's words point to a reason, not for certain: the first step confirms it or rules it out. The fixes below apply if it is that reason and the delay lasts.",
    tellsApart: "For a possible reason for the delay:",
    fixPrefix: "If it is that, and the delay lasts: ",
    standing:
      "a delay notice whose words point to one reason, not for certain; the first step below checks it.",
    standingWithoutCheck: `a delay notice whose words point to one reason, not for certain; ${HELP_WHATEVER_IT_IS}`,
    headline: "delay notice; the reason it seems to give: ",
  },
  "no-reason": {
    // Only when the cause is left open (an `unknown` conclusion): its steps narrow down a reason.
    checkTitle: "Not a failure yet: the notice does not say why",
    intro:
      "Not a failure yet: the notice gives no reason for the delay, so there is nothing to tell apart or fix while your server keeps trying.",
    checkIntro:
      "The notice gives no reason for the delay: nothing needs doing while your server keeps trying. Should the delay last, these steps help find why.",
    tellsApart: "For a possible reason (the notice gives none):",
    fixPrefix: "",
    standing: "a delay notice that gives no reason; nothing to do while the server retries.",
    headline: "",
  },
};

/**
 * How a checklist led by `lead` reads a delay notice; null when the bounce is no delay notice.
 * The line between firm and possible is the one the not-settled group draws for a failure: the
 * conclusion's verdict where the caller has it (`settled`), else the engine's clear-conclusion
 * weight (a reason the summary calls not settled is never read as firm).
 */
export function delayReading(
  diagnosis: Pick<Diagnosis, "overall" | "recipients"> | null,
  lead: { cause: CauseId; confidence: number } | undefined,
  settled?: boolean,
): DelayReading | null {
  if (!diagnosis || !lead) return null;
  const notice =
    diagnosis.overall.delayNotice ?? diagnosis.recipients.find((r) => r.delayNotice)?.delayNotice;
  if (!notice) return null;
  if (lead.cause === "not-a-bounce" || lead.cause === "unknown") return "no-reason";
  return (settled ?? lead.confidence >= CLEAR_WEIGHT) ? "reason-firm" : "reason-possible";
}

/**
 * The line under a check-first step: the possible cause it confirms or rules out, or, for a
 * delay notice, the reason it looks at, in words that fit how firmly the reason is read.
 */
export function tellsApartWords(
  cause: CauseId,
  delay: DelayReading | null,
  /** The cause's title where the text's evidence words it otherwise (connection-variants.ts). */
  variant?: string,
): string {
  const title = `\u201c${variant ?? CAUSES[cause].title}\u201d`;
  return delay ? `${DELAY_WORDS[delay].tellsApart} ${title}` : `For the possible cause ${title}`;
}
