// Builds the fix checklist for the causes a conclusion holds: each cause's steps from data,
// with the records and messages generated from what the wizard found. Pure.
// The steps themselves come from the modules named for them (record, blocklist and message
// steps); this file decides which causes get a section and puts the checklist together.
import type { Context, Facts, HeldCause, RankedCause } from "@/lib/rules";
import {
  addressWords,
  CLEAR_WEIGHT,
  otherRecipientLeads,
  walkedRecipients,
  type RecipientLead,
} from "@/lib/rules";
import { sharedContext } from "./build-context";
import { CHECK_FIRST_ACTOR } from "./check-first";
import { DELAY_WORDS, delayReading } from "./delay-outline";
import { dedupeAcrossSections } from "./dedupe-sections";
import { foundOwnProblem } from "./section-findings";
import { preventItems, sections, unknownItems } from "./sections";
import type { CauseChecklist, Checklist } from "./types";

/**
 * The causes whose fixes a conclusion shows: the leading cause, and any other a check's finding
 * backs (a PTR problem found beside a listing). The rest are settled by the conclusion's hints,
 * not by a checklist each. With the checks at hand (`ctx`), a later cause needs a finding that
 * is its own problem (section-findings.ts): one that only moved its weight (a broken DKIM key
 * for spam filtering) earns it no section.
 */
export function causesToFix(causes: readonly HeldCause[], ctx?: Context): HeldCause[] {
  return causes.filter(
    (c, i) => i === 0 || (c.support === "check" && (!ctx || foundOwnProblem(ctx, c.cause))),
  );
}

export function buildChecklist(facts: Facts, causes: RankedCause[]): Checklist {
  const shared = sharedContext(facts);
  return {
    ...dedupeAcrossSections(sections(shared, facts, causes), preventItems(shared, causes)),
    delay: delayReading(facts.diagnosis, causes[0]),
  };
}

/** The title of a conclusion's first section when it has not settled on one cause. */
export const TELL_APART_TITLE = "Not settled yet: first tell the possible causes apart";

/**
 * A conclusion's checklist: the fixes of the causes it holds (causesToFix), and, while no cause
 * has reached the weight of a clear conclusion (the engine's CLEAR_WEIGHT, the same line its
 * summary draws between "Not settled yet" and "Most likely"), first the steps that tell its
 * ranked causes apart, as for a bounce that does not say why. The wizard's end and the result
 * link build it from the same causes, so both show the same steps.
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
  } = {},
): Checklist {
  const shared = sharedContext(facts);
  const fix = causesToFix(causes, options.supportAsCarried ? undefined : shared.ctx);
  const lead = causes[0];
  const delay = delayReading(facts.diagnosis, lead);
  const tellApart: CauseChecklist[] =
    // An `unknown` lead's own section already starts with them.
    lead && lead.cause !== "unknown" && lead.confidence < CLEAR_WEIGHT
      ? [
          {
            cause: "unknown",
            confidence: 0,
            // A delay notice's reason is checked, not told apart from causes.
            title: (delay && DELAY_WORDS[delay].checkTitle) || TELL_APART_TITLE,
            tellApart: true,
            actorLabel: CHECK_FIRST_ACTOR,
            items: unknownItems(
              { ...shared, cause: "unknown", actor: "sender" },
              causes,
              new Set(),
            ),
          },
        ]
      : [];
  return {
    ...dedupeAcrossSections(
      [...tellApart, ...recipientSections(shared, facts, fix)],
      preventItems(shared, fix),
    ),
    delay,
  };
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
 * The fixes' sections, and where the bounce's recipients were refused for different reasons,
 * one more section per other recipients' cause (each from its own recipients' evidence, its
 * steps naming them), after the walked lead's: PRODUCT.md, "each gets its own". A cause that
 * already has a section (a check backed it) takes those recipients into it. One recipient, or
 * recipients sharing a cause: the sections as before.
 */
function recipientSections(
  shared: ReturnType<typeof sharedContext>,
  facts: Facts,
  fix: readonly HeldCause[],
): CauseChecklist[] {
  const built = sections(shared, facts, fix);
  const walked = walkedRecipients(facts.diagnosis);
  if (!walked) return built;
  const extra: RecipientLead[] = [];
  const addresses = new Map<number, string[]>([[0, [...walked.addresses]]]);
  for (const group of otherRecipientLeads(facts.diagnosis)) {
    const at = fix.findIndex((c) => c.cause === group.cause);
    if (at >= 0) addresses.set(at, [...(addresses.get(at) ?? []), ...group.addresses]);
    else extra.push(group);
  }
  const own = built.map((section, i) => {
    const named = addresses.get(i);
    return named ? forRecipients(section, named) : section;
  });
  const others = extra.flatMap((group) =>
    sections(
      // The steps' {recipient} is these recipients, not the walked one.
      group.addresses.length > 0 ? { ...shared, recipient: addressWords(group.addresses) } : shared,
      facts,
      [{ cause: group.cause, confidence: group.confidence }],
    ).map((section) => ({
      ...forRecipients(section, group.addresses),
      otherRecipients: true as const,
    })),
  );
  return [...own, ...others];
}
