// The SPF change a fix checklist offers, planned so that publishing it breaks no mail that
// works today: the domain's current record is edited (never a second record beside it, RFC
// 7208 §4.5), every mechanism it holds is kept, its "all" is kept as it is (mergeSpfRecords
// keeps the softest and never adds one; no wizard answer says every sender is listed, the
// one thing that would make a stricter ending safe), the result must stay within 10 DNS
// lookups counting those the check measured today (RFC 7208 §4.6.4), and a record over 255
// characters is given as the strings of one TXT record (RFC 7208 §3.3). Pure.

import type { Finding } from "@/lib/checks/types";
import { mergeSpfRecords, SPF_LOOKUP_LIMIT } from "@/lib/spf/merge";
import { parseSpfRecord } from "@/lib/spf/parse";
import { spfIncludeCost } from "./providers";
import { txtStrings, zoneFileText } from "./txt-strings";

const LOOKUP_KINDS = new Set(["include", "a", "mx", "ptr", "exists"]);

export interface SpfChangeInput {
  domain: string;
  /** The SPF records the domain check read at the domain (each "v=spf1 ..."). */
  found: string[];
  /** Senders the fix must authorise, e.g. "include:_spf.google.com" or "ip4:192.0.2.1". */
  add: string[];
  /** DNS lookups a check of today's record needs, includes' own counted (the domain check's total). */
  lookupsNow?: number | null;
  /**
   * What each added include costs in all (itself and every lookup inside it), by term; null
   * for not known. Without an entry the provider data's figure is used, else not known.
   */
  includeLookups?: Readonly<Record<string, number | null>>;
}

/**
 * An include whose cost is not known is planned as if it cost this many lookups: the most a
 * provider include in providers.ts was measured to need (mailgun.org, 5). A margin, not a
 * bound: it keeps a record that is already near the limit from being handed over on a guess.
 */
export const UNKNOWN_INCLUDE_LOOKUPS = 5;

export interface SpfChange {
  /**
   * publish: no SPF record yet; edit: change the one there; replace-all: keep one of several
   * and delete the rest; make-room: adding the senders would pass 10 lookups, so nothing to copy.
   */
  action: "publish" | "edit" | "replace-all" | "make-room";
  /** The one record to publish; null for make-room. */
  record: string | null;
  /** The record as the strings of one TXT record (one string when it fits in 255 characters). */
  strings: string[];
  /**
   * The DNS lookups the result needs: today's count plus what each added term costs, an include
   * with the lookups inside it as the provider data gives them (about, then, not at least).
   */
  lookupsAtLeast: number;
  /** What to do and what to check, in plain words, in order. */
  steps: string[];
}

/** The total DNS lookups the domain check counted for the domain's SPF record, if it ran. */
export function spfLookupsFound(findings: readonly Finding[]): number | null {
  for (const f of findings) {
    if (f.area !== "spf" || f.outcome !== "done") continue;
    const totals = f.data?.["totals"];
    if (totals && typeof totals === "object" && "lookups" in totals) {
      const n = (totals as { lookups: unknown }).lookups;
      if (typeof n === "number" && Number.isFinite(n)) return n;
    }
  }
  return null;
}

/** A term's identity regardless of an explicit "+" (as mergeSpfRecords compares them). */
function termKey(text: string): string {
  return text.replace(/^[+\-~?]/, "").toLowerCase();
}

function directivesOf(record: string): { key: string; lookup: boolean }[] {
  const parsed = parseSpfRecord(record);
  const r = parsed.ok ? parsed.record : parsed.partial;
  return r.directives.map((d) => ({
    key: termKey(d.text),
    lookup: LOOKUP_KINDS.has(d.mechanism.kind),
  }));
}

export function planSpfChange(input: SpfChangeInput): SpfChange {
  const { domain, found, add } = input;
  const merged = mergeSpfRecords(found, add);
  const present = new Set(found.flatMap((r) => directivesOf(r).map((d) => d.key)));
  const added = (add.length > 0 ? directivesOf(`v=spf1 ${add.join(" ")}`) : []).filter(
    (d) => !present.has(d.key),
  );
  // An include costs the lookups inside it too (RFC 7208 §4.6.4 counts them recursively), so
  // each added term is priced: ip4/ip6 nothing, a/mx/ptr/exists one, an include what the data
  // says it needs in all, or not known.
  const costOf = (key: string, lookup: boolean): number | null => {
    if (!lookup) return 0;
    if (!key.startsWith("include:")) return 1;
    const given = input.includeLookups;
    if (given && Object.hasOwn(given, key)) return given[key] ?? null;
    return spfIncludeCost(key)?.lookups ?? null;
  };
  const priced = added.map((d) => ({ ...d, cost: costOf(d.key, d.lookup) }));
  const knownAdded = priced.reduce((n, d) => n + (d.cost ?? 0), 0);
  const unknown = priced.filter((d) => d.cost === null);
  const nestedKnown = priced.reduce(
    (n, d) => n + (d.cost !== null && d.cost > 1 ? d.cost - 1 : 0),
    0,
  );
  // With one record the check's count covers everything inside its includes; with several
  // records SPF stopped at the error, so only the merged record's own terms are known.
  const now = found.length === 1 && input.lookupsNow != null ? input.lookupsNow : null;
  const lookupsAtLeast = Math.max(
    merged.lookups + nestedKnown,
    (now ?? 0) + knownAdded + unknown.length,
  );
  const addedText = added.map((d) => d.key).join(" and ");
  const unknownText = unknown.map((d) => d.key).join(" and ");
  const costly = priced.filter((d) => d.cost !== null && d.cost > 1);
  const costText = costly
    .map((d) => `${d.key} needs ${d.cost} with the includes inside it`)
    .join(", ");
  // Today's count is known exactly for one record, and is nothing for no record at all.
  const base = now ?? (found.length === 0 ? 0 : null);
  const unknownTooNear =
    unknown.length > 0 &&
    base !== null &&
    base + knownAdded + unknown.length * UNKNOWN_INCLUDE_LOOKUPS > SPF_LOOKUP_LIMIT;
  const makeRoom = `First make room: remove includes of services that no longer send as ${domain} (check first, e.g. in DMARC reports, that none of them still does), or replace a/mx terms by every ip4:/ip6: address they stand for today. Then add ${addedText}.`;

  if (added.length > 0 && (lookupsAtLeast > SPF_LOOKUP_LIMIT || (now ?? 0) > SPF_LOOKUP_LIMIT)) {
    return {
      action: "make-room",
      record: null,
      strings: [],
      lookupsAtLeast,
      steps: [
        now !== null && now > SPF_LOOKUP_LIMIT
          ? `The SPF record of ${domain} already needs ${now} DNS lookups, past the limit of ${SPF_LOOKUP_LIMIT} (RFC 7208 §4.6.4): SPF fails for its mail wherever the check runs past the limit, and adding ${addedText} would not change that.`
          : `Adding ${addedText} would take the SPF record of ${domain} to ${costly.length > 0 ? "about" : "at least"} ${lookupsAtLeast} DNS lookups${now !== null ? ` (it needs ${now} today${costText ? `; ${costText}` : ""})` : costText ? ` (${costText})` : ""}, past the limit of ${SPF_LOOKUP_LIMIT} (RFC 7208 §4.6.4), and then SPF fails for all of its mail.`,
        makeRoom,
      ],
    };
  }
  if (unknownTooNear) {
    return {
      action: "make-room",
      record: null,
      strings: [],
      lookupsAtLeast,
      steps: [
        `How many DNS lookups ${unknownText} needs with the includes inside it is not known here, and the SPF record of ${domain} ${found.length === 0 ? "would start from none" : `needs ${base} of ${SPF_LOOKUP_LIMIT} today`}${knownAdded > 0 ? ` (${knownAdded} more for the rest of what is added)` : ""}: adding it could pass the limit of ${SPF_LOOKUP_LIMIT} (RFC 7208 §4.6.4), and then SPF fails for all of its mail.`,
        `Count it before adding it: look up the TXT record of ${unknown.map((d) => d.key.slice("include:".length)).join(" and ")} and of every include inside it; each include, a, mx, ptr and exists there counts. If the total stays within ${SPF_LOOKUP_LIMIT}, add ${addedText}; if not, make room first: remove includes of services that no longer send as ${domain} (check first, e.g. in DMARC reports, that none of them still does), or replace a/mx terms by every ip4:/ip6: address they stand for today.`,
      ],
    };
  }

  const record = merged.record;
  const strings = txtStrings(record);
  const steps: string[] = [];
  if (found.length === 0)
    steps.push(
      `The check found no SPF record at ${domain}: add this one as a new TXT record. Add only this one: two records starting with "v=spf1" make SPF fail for all mail (RFC 7208 §4.5).`,
    );
  else if (found.length === 1)
    steps.push(
      `Edit the TXT record at ${domain} that starts with "v=spf1" and replace its text with this one, which keeps everything it lists. Do not add it as a second record: two records starting with "v=spf1" make SPF fail for all mail (RFC 7208 §4.5).`,
    );
  else
    steps.push(
      `Change one of the ${found.length} TXT records at ${domain} that start with "v=spf1" to this text, which keeps everything each of them lists, and delete the other ${found.length - 1}: several SPF records make SPF fail for all mail (RFC 7208 §4.5).`,
    );
  if (strings.length > 1)
    steps.push(
      `The record is ${record.length} characters, more than the 255 one TXT string holds: publish it as one TXT record made of ${strings.length} strings, ${zoneFileText(strings)} (RFC 7208 §3.3), not as ${strings.length} records.`,
    );
  const addedIncludes = added.filter((d) => d.key.startsWith("include:"));
  if (addedIncludes.length > 0)
    steps.push(
      `${addedIncludes.map((d) => d.key).join(" and ")} counts with the DNS lookups inside it${costText ? ` (${costText}, as last measured; providers change their records)` : ""}${now !== null ? `; today's record needs ${now} of ${SPF_LOOKUP_LIMIT}${unknown.length === 0 ? `, so the new one needs about ${lookupsAtLeast}` : ""}` : ""}. After publishing, check ${domain} again: if it counts more than ${SPF_LOOKUP_LIMIT} lookups, put the previous record back and make room first (RFC 7208 §4.6.4).`,
    );
  steps.push(...merged.warnings.filter((w) => !/^This counts \d+ lookup/.test(w)));
  return {
    action: found.length === 0 ? "publish" : found.length === 1 ? "edit" : "replace-all",
    record,
    strings,
    lookupsAtLeast,
    steps,
  };
}
