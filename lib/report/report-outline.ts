// The report's checklist in the share page's structure: what is not settled (the causes still
// possible, ranked, each with the step that tells it apart), what is known (the checks that ran
// and the answers given, and only those), then the fixes of what is settled and prevention.
// The grouping is lib/checklists/outline.ts's, reached through the shared view: this only fits
// the report's items into it and says what a check found in words. Pure.
import type { CauseId } from "@/lib/causes/causes";
import { variantTitle, evidenceRuleIds } from "@/lib/causes/connection-variants";
import type { DelayReading } from "@/lib/checklists/delay-outline";
import type { ItemKind } from "@/lib/checklists/types";
import type { Diagnosis } from "@/lib/diagnosis/types";
import { DONT_KNOW_VALUE } from "@/lib/share/answers-codec";
import type { SharePayload } from "@/lib/share/payload";
import {
  knownChecks,
  knownUnchecked,
  sharedStanding,
  shownCauses,
  type KnownCheck,
  type UncheckedCheck,
} from "@/lib/share/shared-outline";
import type { SharedItem, SharedView } from "./shared-view";

/** A checklist step as the report shows it: its state, and its words, record and link if known. */
export interface ReportItem {
  id: string;
  title: string;
  done: boolean;
  detail?: string;
  record?: { type: string; name: string; value: string };
  link?: { label: string; url: string };
  /** A ready text to send through another channel, where the step hands one. */
  message?: { subject: string; body: string };
  /** The step's kind, where known: one that only informs ("info") gets no box to tick. */
  kind?: ItemKind;
}

export interface ReportOutline {
  /** Null once a cause is settled. `possible`: the causes still possible, most likely first. */
  notSettled: {
    /** The group's own title and opening words where a delay notice needs its own; else null. */
    title: string;
    intro: string | null;
    actorLabel: string;
    /** `title`: the cause's variant title where this bounce's evidence gives one (greylisting). */
    possible: { cause: CauseId; confidence: number; title?: string }[];
    steps: { item: ReportItem; tellsApart: CauseId | null }[];
  } | null;
  fixes: {
    cause: CauseId;
    title: string;
    actorLabel: string;
    items: ReportItem[];
    /** Other recipients' own section (lib/checklists/types.ts): no "If it is: " before it. */
    otherRecipients?: true;
  }[];
  prevent: ReportItem[];
  /** Steps the link carries that today's checklist no longer places. */
  other: ReportItem[];
  /** Before each fix section's title (lib/checklists/outline.ts). */
  fixPrefix: string;
  delay: DelayReading | null;
  delayIntro: string | null;
  /**
   * False when the lead cause rests on the bounce's words alone, no check or answer confirming
   * it (SharedView's `confirmed`): the report then says "most likely", as the wizard does, not
   * "settled". Absent: confirmed (an outline built by hand).
   */
  confirmed?: boolean;
}

export interface ReportKnown {
  checks: KnownCheck[];
  /** Checks that could not run (failed or skipped), with why; absent in reports made before. */
  unchecked?: UncheckedCheck[];
  /** The answers given, in the words given; "I don't know" is shown but nothing rests on it. */
  answers: { question: string; answer: string; dontKnow: boolean }[];
  contentReviewed: boolean;
  /** "the bounce's own words, 1 check that ran and 2 answers" (lib/share/shared-outline.ts). */
  restsOn: string;
}

/**
 * The shared view's outline with the caller's items where it has them (the wizard's own carry
 * records and links the link's compact checks cannot rebuild); a caller's item the outline does
 * not place is kept among the other steps rather than dropped.
 */
export function reportOutline(
  view: Pick<SharedView, "outline" | "causes"> & Partial<Pick<SharedView, "confirmed">>,
  diagnosis: Diagnosis,
  items?: readonly ReportItem[],
): ReportOutline {
  const own = new Map((items ?? []).map((i) => [i.id, i]));
  // The caller's items are the checklist as the wizard showed it, in its order: each group keeps
  // that order. A step the link's compact checks cannot rebuild is placed by its id at the end of
  // its section (shared-outline.ts); without this it moved after steps the wizard put after it
  // (rev23 W7: SpamCop's "wait" step after "Check the IP again after delisting").
  const order = new Map((items ?? []).map((i, n) => [i.id, n]));
  const inOrder = <T extends { id: string }>(list: T[]): T[] =>
    order.size === 0
      ? list
      : list
          .map((item, n) => ({ item, n, at: order.get(item.id) }))
          .sort((a, b) => (a.at !== undefined && b.at !== undefined ? a.at - b.at : a.n - b.n))
          .map((x) => x.item);
  const placed = new Set<string>();
  const fit = (item: SharedItem): ReportItem => {
    placed.add(item.id);
    const mine = own.get(item.id);
    // The rebuilt step's words come from the payload as shared (redacted): they win over any
    // the caller carries, which may name what the redaction masked.
    const merged: ReportItem = mine
      ? { ...item, ...mine, ...(item.detail ? { detail: item.detail } : {}) }
      : item;
    return merged;
  };
  const { notSettled, fixes, prevent, other, fixPrefix, delay, delayIntro } = view.outline;
  // The possible causes are named as the wizard and its sections name them (review 31,
  // finding 7: a greylisting was listed as "Too many messages were sent too fast").
  const variantOf = variantTitle(diagnosis.parsed, evidenceRuleIds(diagnosis));
  const outline: ReportOutline = {
    notSettled: notSettled
      ? {
          title: notSettled.title,
          intro: notSettled.intro,
          actorLabel: notSettled.actorLabel,
          possible: shownCauses(view.causes, diagnosis).map((c) => {
            const title = variantOf(c.cause);
            return { cause: c.cause, confidence: c.confidence, ...(title ? { title } : {}) };
          }),
          steps: inOrder(notSettled.steps.map((s) => ({ id: s.item.id, step: s }))).map(
            ({ step: s }) => ({ item: fit(s.item), tellsApart: s.tellsApart }),
          ),
        }
      : null,
    fixes: fixes.map((f) => ({
      cause: f.cause,
      title: f.title,
      actorLabel: f.actorLabel,
      ...(f.otherRecipients ? { otherRecipients: true as const } : {}),
      items: inOrder(f.items).map(fit),
    })),
    prevent: inOrder(prevent).map(fit),
    other: other.map(fit),
    fixPrefix,
    delay,
    delayIntro,
    confirmed: view.confirmed ?? true,
  };
  for (const item of items ?? []) if (!placed.has(item.id)) outline.other.push(item);
  return outline;
}

/** What the link says is known: the checks that ran and the answers given, nothing else. */
export function reportKnown(
  payload: SharePayload,
  view: Pick<SharedView, "outline" | "answers">,
): ReportKnown {
  return {
    checks: knownChecks(payload),
    unchecked: knownUnchecked(payload),
    answers: view.answers.map((a) => ({
      question: a.question,
      answer: a.answer,
      dontKnow: payload.answers[a.id] === DONT_KNOW_VALUE,
    })),
    contentReviewed: payload.content?.status === "reviewed",
    restsOn: sharedStanding(view.outline, payload).restsOn,
  };
}

/** What a check found, in a sentence: its problems counted, and the lookups that got no answer. */
export function checkFoundWords(c: KnownCheck): string {
  const problems =
    c.problems.length === 0
      ? c.answered > 0
        ? "no problem found"
        : "no lookup got an answer"
      : `${c.problems.length} ${c.problems.length === 1 ? "problem" : "problems"} found`;
  const missing =
    c.couldNotCheck > 0
      ? `; ${c.couldNotCheck} ${c.couldNotCheck === 1 ? "lookup" : "lookups"} could not be checked (${couldNotCheckWords(c)})`
      : "";
  return `${problems}${missing}`;
}

/**
 * Why the lookups of a check could not be checked, each in its own words where the link says
 * (timed out, refused, SERVFAIL, a list's error code): never "no answer in time" for all.
 */
export function couldNotCheckWords(c: KnownCheck): string {
  const why = c.couldNotCheckWhy ?? [];
  if (why.length === 0) return "no answer to rely on";
  const unsaid = c.couldNotCheck - why.length;
  return `${why.join("; ")}${unsaid > 0 ? `; ${unsaid} more with no reason given` : ""}`;
}

/**
 * The not-settled steps by the ranked cause each tells apart, most likely first; the steps tied
 * to no ranked cause (those that help whatever the cause) after, in their own order. Every step
 * appears once.
 */
export function stepsByCause(notSettled: NonNullable<ReportOutline["notSettled"]>): {
  ranked: {
    cause: CauseId;
    confidence: number;
    title?: string;
    steps: NonNullable<ReportOutline["notSettled"]>["steps"];
  }[];
  rest: NonNullable<ReportOutline["notSettled"]>["steps"];
} {
  const ranked = notSettled.possible.map((p) => ({
    ...p,
    steps: notSettled.steps.filter((s) => s.tellsApart === p.cause),
  }));
  const shown = new Set(ranked.map((r) => r.cause));
  return {
    ranked,
    rest: notSettled.steps.filter((s) => s.tellsApart === null || !shown.has(s.tellsApart)),
  };
}
