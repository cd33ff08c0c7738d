// A shared result in the order the IT person who opens it needs: what is known (the checks that
// ran and the answers given, as the link carries them), what is not settled (the steps that tell
// the causes still possible apart), then the fixes of what is settled. The grouping is the
// wizard's own (lib/checklists/outline.ts); this fits the link's items into it. Pure.
import { outlineSections, stepsLookAtOne, type ChecklistOutline } from "@/lib/checklists/outline";
import { CHECK_FIRST_PREFIX } from "@/lib/checklists/check-first";
import {
  DELAY_STANDING_LEAD,
  HELP_WHATEVER_IT_IS,
  delayStanding,
} from "@/lib/checklists/delay-outline";
import type { Checklist, ChecklistItem } from "@/lib/checklists/types";
import type { Diagnosis, RankedCause } from "@/lib/diagnosis/types";
import { errorMeaning, findBlocklistByZone } from "@/lib/blocklists/catalog";
import { DONT_KNOW_VALUE } from "./answers-codec";
import type { SharedCheckReport, SharePayload } from "./payload";

export interface LinkOutline<Item> extends ChecklistOutline<Item> {
  /**
   * Steps the link carries that today's checklist for the same facts no longer makes (a step
   * renamed since, or one built from a full check report the link only has in short): shown
   * apart, with their state, rather than dropped.
   */
  other: Item[];
}

/**
 * The link's checklist items grouped as the wizard's end groups `list` (the checklist rebuilt
 * from the link's facts). The link's items are what was shown when it was made, so they are the
 * ones listed, in the rebuilt order; a link without any (one made by the API or the command
 * line, before the wizard) gets the rebuilt steps, none done.
 */
export function outlineLinkItems<Item extends { id: string }>(
  list: Checklist,
  linkItems: readonly Item[],
  fromBuilt: (item: ChecklistItem) => Item,
): LinkOutline<Item> {
  const listed = (items: readonly ChecklistItem[]) => items.filter((i) => !i.sameAs);
  if (linkItems.length === 0) {
    const outline = outlineSections(
      list.causes.map((s) => ({ ...s, items: listed(s.items).map(fromBuilt) })),
      listed(list.prevent).map(fromBuilt),
      (i) => i.id,
      list.delay ?? null,
    );
    return { ...outline, other: [] };
  }
  const left = new Map(linkItems.map((i) => [i.id, i]));
  const take = (items: readonly ChecklistItem[]): Item[] =>
    listed(items).flatMap((built) => {
      const item = left.get(built.id);
      if (!item) return [];
      left.delete(built.id);
      return [item];
    });
  const sections = list.causes.map((s) => ({ ...s, items: take(s.items) }));
  const prevent = take(list.prevent);
  // A step the rebuilt list lacks goes where its id says it belongs (ids start with the cause).
  const other: Item[] = [];
  for (const item of left.values()) {
    const home =
      sections.find((s) => s.tellApart && item.id.startsWith(CHECK_FIRST_PREFIX)) ??
      sections.find((s) => !s.tellApart && item.id.startsWith(`${s.cause}.`));
    if (home) home.items.push(item);
    else if (item.id.startsWith("prevent.")) prevent.push(item);
    else other.push(item);
  }
  return { ...outlineSections(sections, prevent, (i) => i.id, list.delay ?? null), other };
}

/** What a check the link carries found, in short: its problems by title, and what it could not check. */
export interface KnownCheck {
  subject: string;
  kind: SharedCheckReport["kind"];
  checkedAt: string;
  problems: { title: string; severity: SharedCheckReport["findings"][number]["severity"] }[];
  /** Lookups that got no answer to rely on: neither a problem nor a pass. */
  couldNotCheck: number;
  /**
   * Why each of them could not be checked, where the link says ("Spamhaus ZEN: …"): a lookup
   * that timed out, was refused or failed, or a list's own error code. Absent in older results.
   */
  couldNotCheckWhy?: string[];
  /** Lookups that got an answer. */
  answered: number;
}

const PROBLEM = new Set(["critical", "error", "warning"]);

/**
 * The checks that ran, as the link carries them, and only those: a result never cites a check
 * that did not run (a link made before any check lists none, and the page says so).
 */
export function knownChecks(payload: SharePayload): KnownCheck[] {
  return payload.checks.map((r) => ({
    subject: r.subject,
    kind: r.kind,
    checkedAt: r.checkedAt,
    problems: r.findings
      .filter((f) => f.outcome === "done" && PROBLEM.has(f.severity))
      .map((f) => ({ title: f.title, severity: f.severity })),
    couldNotCheck: r.findings.filter((f) => f.outcome === "could-not-check").length,
    couldNotCheckWhy: r.findings.flatMap((f) => {
      const why = f.outcome === "could-not-check" ? couldNotCheckReason(f) : null;
      return why ? [why] : [];
    }),
    answered: r.findings.filter((f) => f.outcome === "done").length,
  }));
}

const LOOKUP_FAILED = /^\(lookup failed: (.+)\)$/;

/**
 * Why one lookup could not be checked, from what the link carries of it: its record's "(lookup
 * failed: …)" words (timed out, refused, SERVFAIL), or the answer a blocklist gave that is one
 * of its error codes (Spamhaus's 127.255.255.254: queries through a public resolver refused),
 * which must never read as a listing. Null where the finding carries neither.
 */
export function couldNotCheckReason(f: {
  title: string;
  records?: { name: string; type: string; values: string[] }[];
}): string | null {
  for (const r of f.records ?? []) {
    const list = findBlocklistByZone(r.name);
    const label = list?.name ?? `${r.name} ${r.type}`;
    for (const v of r.values) {
      const failed = LOOKUP_FAILED.exec(v)?.[1];
      if (failed) return `${label}: ${failed}`;
      // The list's own words say it is no listing ("… Not a listing.").
      const meaning = list ? errorMeaning(list, v) : undefined;
      if (meaning) return `${label} answered ${v}: ${meaning.replace(/\.$/, "")}`;
    }
  }
  return null;
}

/** A check the wizard started that has no result, as a shared result names it. */
export interface UncheckedCheck {
  subject: string;
  kind: SharedCheckReport["kind"];
  /** Why, in the wizard's words ("Skipped by the user.", a timeout). */
  reason: string;
}

/**
 * The checks the link says could not run (failed as a whole, or skipped): said as such, so the
 * result reads neither as if they were not needed nor as if they passed.
 */
export function knownUnchecked(payload: Pick<SharePayload, "unchecked">): UncheckedCheck[] {
  return (payload.unchecked ?? []).map((u) => {
    const colon = u.id.indexOf(":");
    return {
      subject: u.id.slice(colon + 1),
      kind: u.id.startsWith("ip:") ? "ip" : "domain",
      reason: u.reason,
    };
  });
}

/** Where a shared result stands, and what it rests on, in words that name only what happened. */
export interface SharedStanding {
  settled: boolean;
  /** The line's lead ("Settled", "Not settled yet", "Not a failure yet") and what follows it. */
  lead: string;
  words: string;
  /** "the bounce's own words, 1 check that ran and 2 answers" */
  restsOn: string;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The standing of a lead no check or answer has confirmed: the wizard's "Most likely". */
export const UNCONFIRMED_STANDING = {
  lead: "Most likely",
  words: "No check or answer has confirmed this cause yet; the steps below are for it.",
} as const;

/**
 * `confirmed`: whether the checks and answers confirm the lead cause (SharedView's
 * `confirmed`); a lead held from the bounce's words alone is "Most likely", never "Settled".
 */
export function sharedStanding(
  outline: Pick<ChecklistOutline<unknown>, "notSettled"> &
    Partial<Pick<ChecklistOutline<unknown>, "delay">>,
  payload: Pick<SharePayload, "checks" | "answers" | "content">,
  confirmed = true,
): SharedStanding {
  const parts = ["the bounce's own words"];
  if (payload.checks.length > 0)
    parts.push(count(payload.checks.length, "check that ran", "checks that ran"));
  if (payload.content?.status === "reviewed") parts.push("a review of the message's content");
  // "I don't know" is shown as given, but tells nothing: the result does not rest on it.
  const answers = Object.values(payload.answers).filter((v) => v !== DONT_KNOW_VALUE).length;
  if (answers > 0) parts.push(count(answers, "answer", "answers"));
  const last = parts.pop() ?? "";
  const looksAtOne = stepsLookAtOne(outline.notSettled?.steps ?? []);
  // A delay notice's standing is its own (it says the message has not failed yet).
  const unconfirmed = !outline.delay && outline.notSettled === null && !confirmed;
  const settled = outline.notSettled === null && !unconfirmed;
  return {
    settled,
    ...(outline.delay
      ? { lead: DELAY_STANDING_LEAD, words: capitalise(delayStanding(outline.delay, looksAtOne)) }
      : settled
        ? { lead: "Settled", words: "The steps below are for this cause." }
        : unconfirmed
          ? UNCONFIRMED_STANDING
          : {
              lead: "Not settled yet",
              words: looksAtOne
                ? "These causes remain possible, most likely first; the “check first” steps below tell them apart."
                : `These causes remain possible, most likely first; ${HELP_WHATEVER_IT_IS}`,
            }),
    restsOn: parts.length > 0 ? `${parts.join(", ")} and ${last}` : last,
  };
}

/**
 * The causes a shared result shows, most likely first: those it concluded, or, where its lead
 * is `unknown` (a bounce that does not say why, shared before any conclusion), the causes that
 * remain possible, as the diagnosis ranks them.
 */
export function shownCauses<C extends { cause: string; confidence: number }>(
  causes: readonly C[],
  diagnosis: Diagnosis | null,
): readonly (C | RankedCause)[] {
  if (causes[0]?.cause !== "unknown" || !diagnosis) return causes;
  const own = diagnosis.recipients.find((r) => r.cause === "unknown");
  const possible = own?.possible ?? diagnosis.overall.possible ?? [];
  return possible.length > 0 ? possible : causes;
}
