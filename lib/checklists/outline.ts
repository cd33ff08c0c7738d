// A checklist as the three places that show one present it (the wizard's end, the share page,
// the home page's first steps): what is not settled yet, with the step that tells each ranked
// cause apart and the steps that help whatever the cause, then the fixes of the causes that are
// settled, then prevention. Pure: the components only draw the parts.
import { CAUSE_IDS, type CauseId } from "@/lib/causes/causes";
import { TELL_APART_TITLE } from "./build";
import { CHECK_FIRST_ACTOR, CHECK_FIRST_PREFIX } from "./check-first";
import { DELAY_WORDS, type DelayReading } from "./delay-outline";
import type { CauseChecklist, Checklist, ChecklistItem } from "./types";

/** A step of the not-settled group: `tellsApart` is the ranked cause its finding confirms or rules out. */
export interface OutlineStep<Item = ChecklistItem> {
  item: Item;
  tellsApart: CauseId | null;
  /**
   * The title that cause's own section has in this checklist, where it has one: a variant's
   * ("The receiving server greylisted the message") where the evidence words the cause so, for
   * the step's note to name it as the section below does.
   */
  tellsApartTitle?: string;
}

export interface NotSettled<Item = ChecklistItem> {
  title: string;
  /** The sentence under the title where the places' own would mislead (a delay notice's); else null. */
  intro: string | null;
  /** Whose steps these are, in words ("you, or your mail administrator"). */
  actorLabel: string;
  /** In the checklist's order: the evidence's own steps, one per ranked cause, then the rest. */
  steps: OutlineStep<Item>[];
}

export interface ChecklistOutline<Item = ChecklistItem> {
  /** Null once a cause is settled: then there is nothing to tell apart. */
  notSettled: NotSettled<Item> | null;
  /** The settled causes' fixes, one section each, most likely first. */
  fixes: (Omit<CauseChecklist, "items"> & { items: Item[] })[];
  prevent: Item[];
  /** Before each fix section's title: "If it is: " while not settled, a delay notice's own words. */
  fixPrefix: string;
  /** How a delay notice's reason is read; null when the bounce is no delay notice. */
  delay: DelayReading | null;
  /** What to say of a delay notice above its steps when no not-settled group says it; else null. */
  delayIntro: string | null;
}

const CAUSE_ID_SET: ReadonlySet<string> = new Set(CAUSE_IDS);

/** The cause a check-first step ("unknown.first.<cause>") tells apart; null for any other step. */
export function causeToldApart(itemId: string): CauseId | null {
  if (!itemId.startsWith(CHECK_FIRST_PREFIX)) return null;
  const cause = itemId.slice(CHECK_FIRST_PREFIX.length);
  return CAUSE_ID_SET.has(cause) ? (cause as CauseId) : null;
}

/**
 * A section stands for what is not settled when it is a conclusion's tell-apart section, or the
 * section of an `unknown` cause (a bounce that does not say why: its steps start with the same
 * check-first steps).
 */
function isNotSettled(
  section: Pick<CauseChecklist, "cause" | "tellApart" | "otherRecipients">,
): boolean {
  // Other recipients' section is theirs, even where their bounce does not say why: it is not
  // one of the walked lead's possible causes.
  if (section.otherRecipients) return false;
  return section.tellApart === true || section.cause === "unknown";
}

/**
 * The words before a fix section's title: the outline's own ("If it is: "), except for other
 * recipients' section, which is no possible cause of the walked lead but their own.
 */
export function fixPrefixOf(
  outline: Pick<ChecklistOutline<unknown>, "fixPrefix">,
  section: Pick<CauseChecklist, "otherRecipients">,
): string {
  return section.otherRecipients ? "" : outline.fixPrefix;
}

/** The group's sentence when none of its steps looks at one possible cause. */
export const NO_STEP_LOOKS_AT_ONE = {
  fixesBelow:
    "None of these steps looks at one possible cause alone: they help whatever the cause. The fixes further down are for the most likely one.",
  noFixes:
    "None of these steps looks at one possible cause alone: they help whatever the cause. The fixes come once the cause is known.",
  delay:
    "The notice's words point to a reason, not for certain, and none of these steps looks at that reason alone: they help whatever it is. The fixes below apply if it is that reason and the delay lasts.",
};

/**
 * Whether some step looks at one possible cause: where none does, no sentence (the group's own,
 * the share page's or a report's standing line) may say the steps tell causes apart or check the
 * reason.
 */
export function stepsLookAtOne(steps: readonly { tellsApart: CauseId | null }[]): boolean {
  return steps.some((s) => s.tellsApart !== null);
}

/** The title of each cause's own section (not the not-settled group's), by cause. */
export function sectionTitles(
  sections: readonly Pick<CauseChecklist, "cause" | "title" | "tellApart">[],
): ReadonlyMap<CauseId, string> {
  const titles = new Map<CauseId, string>();
  for (const s of sections) if (!s.tellApart && !titles.has(s.cause)) titles.set(s.cause, s.title);
  return titles;
}

/** Groups a built checklist into its not-settled part and the fixes of what is settled. */
export function outlineChecklist(list: Checklist): ChecklistOutline {
  return outlineSections(list.causes, list.prevent, (item) => item.id, list.delay ?? null);
}

/**
 * The same grouping over sections whose items are carried as another shape (a shared result's
 * items, with their state from the link): `itemId` reads the id the grouping needs.
 */
export function outlineSections<Item>(
  sections: readonly (Omit<CauseChecklist, "items"> & { items: Item[] })[],
  prevent: Item[],
  itemId: (item: Item) => string,
  delay: DelayReading | null = null,
): ChecklistOutline<Item> {
  const unsettled = sections.filter((s) => isNotSettled(s));
  const titles = sectionTitles(sections);
  const steps = unsettled.flatMap((s) =>
    s.items.map((item): OutlineStep<Item> => {
      const tellsApart = causeToldApart(itemId(item));
      const title = tellsApart ? titles.get(tellsApart) : undefined;
      return title ? { item, tellsApart, tellsApartTitle: title } : { item, tellsApart };
    }),
  );
  const words = delay ? DELAY_WORDS[delay] : null;
  // The places' own sentences say each step looks at one possible cause (and a delay notice's,
  // that the first step confirms its reason): where none does (the checks already answered
  // what the steps would look at), the group says what its steps are instead.
  const looksAtOne = stepsLookAtOne(steps);
  const fixesAfter = sections.some((s) => !isNotSettled(s) && s.items.length > 0);
  const intro = words?.checkTitle
    ? looksAtOne || delay === "no-reason"
      ? (words.checkIntro ?? words.intro)
      : NO_STEP_LOOKS_AT_ONE.delay
    : looksAtOne
      ? null
      : fixesAfter
        ? NO_STEP_LOOKS_AT_ONE.fixesBelow
        : NO_STEP_LOOKS_AT_ONE.noFixes;
  const notSettled = unsettled[0]
    ? {
        title: words?.checkTitle || TELL_APART_TITLE,
        intro,
        // The check-first steps are the sender side's whatever the cause; an `unknown` section's
        // own label speaks of who fixes it, which is what is not known yet.
        actorLabel: CHECK_FIRST_ACTOR,
        steps,
      }
    : null;
  return {
    notSettled,
    fixes: sections.filter((s) => !isNotSettled(s) && s.items.length > 0),
    prevent,
    fixPrefix: words ? words.fixPrefix : notSettled ? "If it is: " : "",
    delay,
    delayIntro: words && !notSettled?.intro ? words.intro : null,
  };
}
