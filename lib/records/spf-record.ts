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
}

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
  /** The least number of DNS lookups the result needs (each added include adds those inside it too). */
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
  const addedLookups = added.filter((d) => d.lookup).length;
  // With one record the check's count covers everything inside its includes; with several
  // records SPF stopped at the error, so only the merged record's own terms are known.
  const now = found.length === 1 && input.lookupsNow != null ? input.lookupsNow : null;
  const lookupsAtLeast = Math.max(merged.lookups, (now ?? 0) + addedLookups);
  const addedText = added.map((d) => d.key).join(" and ");

  if (added.length > 0 && (lookupsAtLeast > SPF_LOOKUP_LIMIT || (now ?? 0) > SPF_LOOKUP_LIMIT)) {
    return {
      action: "make-room",
      record: null,
      strings: [],
      lookupsAtLeast,
      steps: [
        now !== null && now > SPF_LOOKUP_LIMIT
          ? `The SPF record of ${domain} already needs ${now} DNS lookups, past the limit of ${SPF_LOOKUP_LIMIT} (RFC 7208 §4.6.4): SPF fails for its mail wherever the check runs past the limit, and adding ${addedText} would not change that.`
          : `Adding ${addedText} would take the SPF record of ${domain} to at least ${lookupsAtLeast} DNS lookups${now !== null ? ` (it needs ${now} today)` : ""}, past the limit of ${SPF_LOOKUP_LIMIT} (RFC 7208 §4.6.4), and then SPF fails for all of its mail.`,
        `First make room: remove includes of services that no longer send as ${domain} (check first, e.g. in DMARC reports, that none of them still does), or replace a/mx terms by every ip4:/ip6: address they stand for today. Then add ${addedText}.`,
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
      `${addedIncludes.map((d) => d.key).join(" and ")} counts with the DNS lookups inside it${now !== null ? `; today's record needs ${now} of ${SPF_LOOKUP_LIMIT}` : ""}. After publishing, check ${domain} again: if it counts more than ${SPF_LOOKUP_LIMIT} lookups, put the previous record back and make room first (RFC 7208 §4.6.4).`,
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
