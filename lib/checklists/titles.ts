// A human title for every checklist item id, even when the facts at hand cannot regenerate the
// item: a result link carries check results without the findings' data (the delisting steps are
// generated from the listing's list id), so rebuilding the checklist there yields fewer items
// than were ticked. Such ids get their title from the same data the builder uses.
import { BLOCKLISTS } from "@/lib/blocklists/catalog";
import { CAUSE_IDS, CAUSES, type CauseId } from "@/lib/causes/causes";
import type { Facts, RankedCause } from "@/lib/rules";
import { submissionPortOf } from "@/lib/rules/connection-ports";
import { ALSO_FOUND_PREFIX, alsoFoundTitle } from "./also-found";
import { insteadSteps } from "./answered-steps";
import { buildChecklist, GROUP_ID_SUFFIX } from "./build";
import { fillFromFacts } from "./build-context";
import { CHECK_FIRST, CHECK_FIRST_PREFIX, GREYLISTING_CHECK_FIRST } from "./check-first";
import { evidenceRuleIds, readsGreylisting } from "@/lib/causes/connection-variants";
import { FOREIGN_FROM_STEPS } from "./foreign-from-steps";
import { checkFirstText } from "./check-first-steps";
import { CAUSE_CHECKLISTS, HOSTED_REVERSE_DNS_STEPS, IP_LISTING_STEPS } from "./data";
import { EVIDENCE_STEPS } from "./evidence-steps";
import {
  delistEndedTitle,
  delistTitle,
  GENERATED_TITLES,
  type GeneratedTitleKey,
} from "./generated-titles";
import { listingOf } from "./listed-entries";
import { MAILBOX_SERVICE_PREVENT, mailboxServiceItems } from "./mailbox-service-steps";
import { PREVENT_ITEMS } from "./prevent";
import {
  POSTFIX_LOGIN_STEP,
  PROGRAM_UNKNOWN_STEPS,
  programCheckFirst,
  SUBMISSION_TLS_STEPS,
} from "./program-steps";
import { POSTFIX_RELAYHOST_STEP, submissionSteps } from "./submission-port";
import type { ItemTemplate } from "./types";

function templateTitle(templates: ItemTemplate[], id: string): string | null {
  for (const t of templates) if (!("generate" in t) && t.id === id) return t.title;
  return null;
}

function isCause(s: string): s is CauseId {
  return (CAUSE_IDS as readonly string[]).includes(s);
}

/** The title an item with this id has, from the data alone; a readable fallback otherwise. */
export function titleForItemId(id: string, facts: Facts): string {
  // Another recipient group's copy of a step (build.ts: "<id>:r2") is titled as the step.
  const group = GROUP_ID_SUFFIX.exec(id);
  if (group) return titleForItemId(id.slice(0, group.index), facts);
  const dot = id.indexOf(".");
  const head = dot < 0 ? id : id.slice(0, dot);
  const rest = dot < 0 ? "" : id.slice(dot + 1);
  const evidenceStep = EVIDENCE_STEPS.find((s) => s.item.id === id);
  if (evidenceStep) return fillFromFacts(evidenceStep.item.title, facts);
  if (id === POSTFIX_LOGIN_STEP.id) return POSTFIX_LOGIN_STEP.title;
  const firstOf = id.startsWith(CHECK_FIRST_PREFIX) ? id.slice(CHECK_FIRST_PREFIX.length) : "";
  const checkFirst = isCause(firstOf)
    ? (programCheckFirst(firstOf, facts) ??
      (firstOf === "rate-limited" && readsGreylisting(evidenceRuleIds(facts.diagnosis))
        ? GREYLISTING_CHECK_FIRST
        : undefined) ??
      CHECK_FIRST[firstOf])
    : undefined;
  const firstText =
    checkFirst && isCause(firstOf) ? checkFirstText(firstOf, checkFirst, facts) : null;
  if (firstText) return fillFromFacts(firstText.title, facts);
  const found = id.startsWith(ALSO_FOUND_PREFIX) ? id.slice(ALSO_FOUND_PREFIX.length) : "";
  if (isCause(found)) return alsoFoundTitle(CAUSES[found].title);
  const fromData =
    head === "prevent"
      ? templateTitle([...PREVENT_ITEMS, ...MAILBOX_SERVICE_PREVENT], id)
      : head === "foreign-from"
        ? templateTitle(FOREIGN_FROM_STEPS, id)
        : head === "mailbox-service"
          ? templateTitle(mailboxServiceItems(), id)
          : head === "submission-tls"
            ? templateTitle(SUBMISSION_TLS_STEPS, id)
            : isCause(head)
              ? (templateTitle(CAUSE_CHECKLISTS[head], id) ??
                templateTitle(Object.values(IP_LISTING_STEPS).flat(), id) ??
                templateTitle(HOSTED_REVERSE_DNS_STEPS, id) ??
                // A submission port's steps, their port as the facts' text names it.
                templateTitle(
                  [
                    ...submissionSteps(submissionPortOf(facts.diagnosis?.parsed) ?? 587),
                    POSTFIX_RELAYHOST_STEP,
                  ],
                  id,
                ) ??
                templateTitle(PROGRAM_UNKNOWN_STEPS, id) ??
                templateTitle(insteadSteps(), id))
              : null;
  if (fromData) return fillFromFacts(fromData, facts);
  if (rest.startsWith("delist.")) {
    const listId = rest.slice("delist.".length);
    // Named as the step named it: by the parts of the list the facts' listing answered.
    const listing = Object.values(facts.checks)
      .flatMap((c) => (c.status === "done" ? (c.report?.findings ?? []) : []))
      .map(listingOf)
      .find((l) => l?.list.id === listId);
    if (listing) return delistTitle({ ...listing.list, name: listing.name });
    return delistTitle(
      BLOCKLISTS.find((e) => e.id === listId) ?? { name: `the ${listId} blocklist` },
    );
  }
  if (rest.startsWith("delist-ended.")) {
    const listId = rest.slice("delist-ended.".length);
    return delistEndedTitle(
      BLOCKLISTS.find((e) => e.id === listId)?.name ?? `the ${listId} blocklist`,
    );
  }
  // "<cause>.<kind>.<what>" steps (one per record, domain or file) are titled by their kind.
  const kind = rest.includes(".") ? rest.slice(0, rest.indexOf(".")) : rest;
  const key = (Object.hasOwn(GENERATED_TITLES, rest) ? rest : kind) as GeneratedTitleKey;
  if (Object.hasOwn(GENERATED_TITLES, key)) return fillFromFacts(GENERATED_TITLES[key], facts);
  // An id from a newer version of the app: its words, not its punctuation.
  const words = id.replace(/[._-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Titles for `ids`: the rebuilt checklist's where it has the item, else from the id. */
export function checklistTitles(
  facts: Facts,
  causes: RankedCause[],
  ids: readonly string[],
): Record<string, string> {
  const list = buildChecklist(facts, causes);
  const titles = new Map<string, string>();
  for (const item of [...list.causes.flatMap((c) => c.items), ...list.prevent])
    titles.set(item.id, item.title);
  return Object.fromEntries(ids.map((id) => [id, titles.get(id) ?? titleForItemId(id, facts)]));
}
