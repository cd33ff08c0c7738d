// Builds the fix checklist for the causes a conclusion holds: each cause's steps from data,
// with the records and messages generated from what the wizard found. Pure.
// The steps themselves come from the modules named for them (record, blocklist and message
// steps); this file decides which causes get a section and puts the checklist together.
import type { Context, Facts, HeldCause, RankedCause } from "@/lib/rules";
import {
  addressWords,
  CLEAR_WEIGHT,
  otherRecipientLeads,
  recipientGroups,
  walkedRecipients,
  type RecipientLead,
} from "@/lib/rules";
import { evidenceRuleIds } from "@/lib/causes/connection-variants";
import { alsoFoundItems, weighsEnoughForSection } from "./also-found";
import { sharedContext } from "./build-context";
import { CHECK_FIRST_ACTOR } from "./check-first";
import { DELAY_WORDS, delayReading } from "./delay-outline";
import { dedupeAcrossSections } from "./dedupe-sections";
import { RESENDS_OF_THE_SAME_MESSAGE, replacedBySenderProvider } from "./evidence-steps";
import { onMailboxService } from "./mailbox-service-steps";
import { foundOwnProblem } from "./section-findings";
import { preventItems, sections, unknownItems } from "./sections";
import type { CauseChecklist, Checklist } from "./types";

/**
 * The causes whose fixes a conclusion shows: the leading cause, and any other a check's finding
 * backs (a PTR problem found beside a listing). The rest are settled by the conclusion's hints,
 * not by a checklist each. With the checks at hand (`ctx`), a later cause needs a finding that
 * is its own problem (section-findings.ts): one that only moved its weight (a broken DKIM key
 * for spam filtering) earns it no section. Nor does a later cause held under
 * FIX_SECTION_MIN_WEIGHT (also-found.ts): its found problem gets one line among the preventive
 * measures instead.
 */
export function causesToFix(causes: readonly HeldCause[], ctx?: Context): HeldCause[] {
  return causes.filter(
    (c, i) =>
      i === 0 ||
      (c.support === "check" &&
        weighsEnoughForSection(c) &&
        (!ctx || foundOwnProblem(ctx, c.cause))),
  );
}

export function buildChecklist(facts: Facts, causes: RankedCause[]): Checklist {
  const shared = sharedContext(facts);
  return {
    ...dedupeAcrossSections(sections(shared, facts, causes), [
      ...alsoFoundItems(shared, facts, causes),
      ...preventItems(shared, causes),
    ]),
    delay: delayReading(facts.diagnosis, causes[0]),
  };
}

/** The title of a conclusion's first section when it has not settled on one cause. */
export const TELL_APART_TITLE = "Not settled yet: first tell the possible causes apart";

/**
 * A conclusion's checklist: the fixes of the causes it holds (causesToFix), and, while the
 * conclusion has not settled on its lead, first the steps that tell its ranked causes apart, as
 * for a bounce that does not say why. Settled is the conclusion's own verdict where the caller
 * has it (`settled`), so the checklist never reads as settled under a summary that says "Not
 * settled yet" (a lead of 86% that nothing speaks for); without one, the lead's weight against
 * CLEAR_WEIGHT, the first test of every verdict. The wizard's end and the result link build it
 * from the same causes, so both show the same steps.
 *
 * The verdict is the summary's own (the conclusion step's `settled`, lib/rules/narrate.ts
 * isSettled), not the step's `clear`: `clear` also asks that checks or answers confirm the lead,
 * and a dev-corpus walk (session 29) found 382 of the 412 conclusions it would have turned into
 * tell-apart lists saying "Most likely …, from the bounce's own words" (a mailbox-full bounce
 * the user's answers agree with): settled enough to act on. The other 30 say "Not settled yet".
 */
export function buildConclusionChecklist(
  facts: Facts,
  causes: readonly HeldCause[],
  options: {
    /**
     * The later causes' support is what a link carries (their steps were shown when it was
     * made): their sections are rebuilt as shown, whatever the link's compact checks hold.
     */
    supportAsCarried?: boolean;
    /**
     * The conclusion's verdict on its lead (its step's `settled`, lib/rules/narrate.ts
     * isSettled), where the caller has it; else the lead's weight decides (settledOn).
     */
    settled?: boolean;
  } = {},
): Checklist {
  const shared = sharedContext(facts);
  const fix = causesToFix(causes, options.supportAsCarried ? undefined : shared.ctx);
  const lead = causes[0];
  const settled = settledOn(lead, options.settled);
  const delay = delayReading(facts.diagnosis, lead, settled);
  // A block the sender's own provider placed: no check-first step sends the sender to the receiver.
  const ownProviderReplaced = replacedBySenderProvider(evidenceRuleIds(facts.diagnosis));
  const tellApart: CauseChecklist[] =
    // An `unknown` lead's own section already starts with them.
    lead && lead.cause !== "unknown" && !settled
      ? [
          {
            cause: "unknown",
            confidence: 0,
            // A delay notice's reason is checked, not told apart from causes.
            title: (delay && DELAY_WORDS[delay].checkTitle) || TELL_APART_TITLE,
            tellApart: true,
            // A sender at a public mailbox service has no mail administrator of their own.
            actorLabel: onMailboxService(shared.ctx) ? "you" : CHECK_FIRST_ACTOR,
            items: unknownItems(
              { ...walkedContext(shared, facts), cause: "unknown", actor: "sender" },
              causes,
              new Set(),
            ).filter(
              (item) =>
                !ownProviderReplaced.has(item.id) &&
                // While a delay notice's server still retries, no step sends the message again.
                !(delay && RESENDS_OF_THE_SAME_MESSAGE.includes(item.id)),
            ),
          },
        ]
      : [];
  return {
    ...dedupeAcrossSections(
      [
        ...tellApart,
        ...recipientSections(
          shared,
          facts,
          fix,
          tellApart.flatMap((section) => section.items.map((item) => item.id)),
        ),
      ],
      [...alsoFoundItems(shared, facts, causes), ...preventItems(shared, fix)],
    ),
    delay,
  };
}

/**
 * Whether a conclusion has settled on its lead: its own verdict where given; else (no verdict at
 * hand) whether the lead reached CLEAR_WEIGHT, which every clear verdict demands.
 */
export function settledOn(
  lead: { confidence: number } | undefined,
  verdict: boolean | undefined,
): boolean {
  return verdict ?? (lead !== undefined && lead.confidence >= CLEAR_WEIGHT);
}

/** A section's title with the recipients it is for: "The address does not exist (bob@…)". */
function forRecipients(section: CauseChecklist, addresses: readonly string[]): CauseChecklist {
  return {
    ...section,
    title: `${section.title} (${addressWords(addresses)})`,
    recipients: [...addresses],
  };
}

/**
 * What the steps of one recipient group's sections read: its addresses, in a sentence for the
 * steps' {recipient} and one by one for the ready texts. A group of one named address reads as
 * the shared context does.
 */
function forGroup(
  shared: ReturnType<typeof sharedContext>,
  addresses: readonly string[],
): ReturnType<typeof sharedContext> {
  if (addresses.length === 0) return shared;
  return { ...shared, recipient: addressWords(addresses), recipients: addresses };
}

/**
 * The context of the walked lead's steps: where other recipients have sections of their own,
 * the walked group's addresses, all of them (review 24: its steps and ready text named only
 * the first of "bob@… and dave@…"); else the shared context, as for one recipient.
 */
function walkedContext(
  shared: ReturnType<typeof sharedContext>,
  facts: Facts,
): ReturnType<typeof sharedContext> {
  const walked = walkedRecipients(facts.diagnosis);
  return walked ? forGroup(shared, walked.addresses) : shared;
}

/**
 * The end of a step id that makes it one recipient's or group's own (":r2", ":g2"): the step's
 * words are those of the id before it (titles.ts).
 */
export const GROUP_ID_SUFFIX = /:[rg]\d+$/;

/**
 * A step id of another recipient group's section, where an earlier section already uses it:
 * the group's place in the bounce added (":r2"), so each group keeps its own step and its own
 * checkbox (review 24: dave's "Compare dave@… letter by letter" was dropped as a repeat of
 * bob's id). The place carries no address, and a share link's masked text rebuilds it.
 */
function groupId(id: string, group: RecipientLead, facts: Facts, n: number): string {
  const first = group.addresses[0];
  const at = first
    ? (facts.diagnosis?.recipients ?? []).findIndex((r) => r.recipient.address === first)
    : -1;
  return at >= 0 ? `${id}:r${at + 1}` : `${id}:g${n}`;
}

/**
 * The fixes' sections, and where the bounce's recipients were refused for different reasons,
 * one more section per other recipients' cause (each from its own recipients' evidence, its
 * steps naming them), after the walked lead's: PRODUCT.md, "each gets its own". A group whose
 * cause is also one the walked lead holds still gets its own section: the lead's sections may
 * be hedged ("If it is: …") where the group's bounce states its cause (review 24), and the
 * conclusion's sentence says the group's steps are in its own section. One recipient, or
 * recipients sharing a cause: the sections as before.
 */
function recipientSections(
  shared: ReturnType<typeof sharedContext>,
  facts: Facts,
  fix: readonly HeldCause[],
  /** The ids of the steps before these sections (the tell-apart section's). */
  before: readonly string[],
): CauseChecklist[] {
  // Several addresses with one cause are one group: its section names them all, as a group
  // beside others does (review 25: only the first was named, the others were lost).
  const groups = recipientGroups(facts.diagnosis);
  const walked =
    walkedRecipients(facts.diagnosis) ??
    (groups.length === 1 && groups[0]!.addresses.length > 1 ? groups[0]! : null);
  if (!walked) return sections(shared, facts, fix);
  const own = sections(forGroup(shared, walked.addresses), facts, fix).map((section, i) =>
    i === 0 ? forRecipients(section, walked.addresses) : section,
  );
  const used = new Set([...before, ...own.flatMap((s) => s.items.map((item) => item.id))]);
  const others = otherRecipientLeads(facts.diagnosis).flatMap((group, n) =>
    sections(forGroup(shared, group.addresses), facts, [
      { cause: group.cause, confidence: group.confidence },
    ]).map((section) => {
      const items = section.items.map((item) =>
        used.has(item.id) ? { ...item, id: groupId(item.id, group, facts, n + 2) } : item,
      );
      for (const item of items) used.add(item.id);
      return {
        ...forRecipients({ ...section, items }, group.addresses),
        otherRecipients: true as const,
      };
    }),
  );
  return [...own, ...others];
}
