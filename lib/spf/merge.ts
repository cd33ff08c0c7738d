// Merge several SPF records into one (a domain must publish exactly one, RFC 7208 §4.5), for
// the fix checklist. Pure: counts only the merged record's own DNS-querying terms.

import { isSpfRecord, parseSpfRecord } from "./parse";
import type { Qualifier, SpfDirective } from "./types";

export interface MergedSpfRecord {
  record: string;
  /** DNS-querying terms in the merged record itself (each include adds the lookups inside it). */
  lookups: number;
  warnings: string[];
}

/**
 * Softest first, "+all" aside: the merged record must not newly refuse a sender that one of
 * the originals let through, or the fix itself would bounce mail ("+all" is never kept).
 */
const SOFTEST_FIRST: Qualifier[] = ["?", "~", "-"];
const LOOKUP_KINDS = new Set(["include", "a", "mx", "ptr", "exists"]);
export const SPF_LOOKUP_LIMIT = 10;
const LOOKUP_LIMIT = SPF_LOOKUP_LIMIT;
/** RFC 7208 §3.4: keep the record small enough for a 512-octet UDP answer. */
const SAFE_LENGTH = 450;

/** A directive's identity regardless of an explicit "+": "include:x" and "+include:x" are one. */
function directiveKey(d: SpfDirective): string {
  return d.text.replace(/^[+\-~?]/, "").toLowerCase();
}

function show(d: SpfDirective): string {
  return d.qualifier === "+" ? d.text.replace(/^\+/, "") : d.text;
}

/**
 * @param records the SPF records found (each "v=spf1 ..."; other TXT records are ignored)
 * @param add senders to make sure of, e.g. the platform's include or "ip4:192.0.2.1"
 */
export function mergeSpfRecords(records: string[], add: string[] = []): MergedSpfRecord {
  const warnings: string[] = [];
  // A new record (no SPF record published yet) gets an ending; a published one keeps its own.
  const fresh = !records.some((r) => isSpfRecord(r.trim()));
  // Additions are one more record without an "all": they join the union, never the ending.
  if (add.length > 0) records = [...records, `v=spf1 ${add.join(" ")}`];
  const directives: SpfDirective[] = [];
  const seen = new Map<string, SpfDirective>();
  const alls: Qualifier[] = [];
  const redirects: string[] = [];
  const exps: string[] = [];

  for (const raw of records) {
    const text = raw.trim();
    if (!isSpfRecord(text)) {
      warnings.push(
        `Ignored "${text.slice(0, 60)}": it is not an SPF record (it does not start with "v=spf1").`,
      );
      continue;
    }
    const parsed = parseSpfRecord(text);
    const record = parsed.ok ? parsed.record : parsed.partial;
    if (!parsed.ok) {
      for (const e of parsed.errors)
        warnings.push(
          `Dropped an invalid part of "${text.slice(0, 60)}" (character ${e.position + 1}${e.term ? `, "${e.term}"` : ""}): ${e.message}.`,
        );
    }
    for (const d of record.directives) {
      if (d.mechanism.kind === "all") {
        alls.push(d.qualifier);
        continue;
      }
      const key = directiveKey(d);
      const earlier = seen.get(key);
      if (earlier) {
        if (earlier.qualifier !== d.qualifier)
          warnings.push(`"${d.text}" conflicts with "${earlier.text}"; kept the first.`);
        continue;
      }
      seen.set(key, d);
      directives.push(d);
    }
    if (record.redirect) redirects.push(record.redirect.value.raw);
    if (record.exp) exps.push(record.exp.value.raw);
    for (const m of record.unknownModifiers)
      warnings.push(`Dropped the unknown modifier "${m.text}".`);
  }

  let all: Qualifier | undefined;
  if (alls.length > 0) {
    all = alls.includes("+") ? "+" : SOFTEST_FIRST.find((q) => alls.includes(q));
    const others = [...new Set(alls)].filter((q) => q !== all);
    if (others.length > 0 && all !== "+")
      warnings.push(
        `The records end differently (${[...new Set(alls)].map((q) => `${q}all`).join(", ")}); kept the softest, "${all}all", so that no sender one of them allowed is refused now. Move to "-all" once every service that sends as this domain is listed.`,
      );
  }

  // A redirect is ignored when the record has an "all" (RFC 7208 §6.1): turn it into an include.
  let redirect: string | undefined;
  const uniqueRedirects = [...new Set(redirects.map((r) => r.toLowerCase()))];
  if (uniqueRedirects.length === 1 && all === undefined) redirect = redirects[0];
  else {
    for (const r of uniqueRedirects) {
      const key = `include:${r}`;
      if (seen.has(key)) continue;
      const parsed = parseSpfRecord(`v=spf1 include:${r}`);
      if (parsed.ok && parsed.record.directives[0]) {
        seen.set(key, parsed.record.directives[0]);
        directives.push(parsed.record.directives[0]);
        warnings.push(
          `"redirect=${r}" became "include:${r}": a merged record can hold only one redirect, and none alongside "all".`,
        );
      }
    }
  }

  if (all === undefined && redirect === undefined && fresh) {
    // The providers' documented form ends in "~all" (softfail: flagged, not refused, RFC 7208
    // §8.5); every sender the domain has must be in it before it is published.
    all = "~";
    warnings.push(
      `Before publishing it, add every other service that sends as this domain (website forms, newsletters, CRM, invoicing): the record ends in "~all", so mail from a service it does not list gets "softfail", which some receivers file as spam. Move to "-all" only once test messages show each of them passing.`,
    );
  } else if (all === undefined && redirect === undefined) {
    // No "all" means unlisted senders get "neutral" (RFC 7208 §4.7) and are let through: an
    // ending added here would refuse or flag mail of a service the record does not list yet.
    warnings.push(
      `None of the records ends in "all", so senders it does not list are "neutral" and their mail gets through; the merged record keeps it that way. Add "~all" once every service that sends as this domain is listed.`,
    );
  }
  if (all === "+") {
    // A generated fix must never authorise the whole Internet; the warning says what to do
    // before publishing, since until now every sender passed.
    all = "~";
    warnings.push(
      `"+all" authorised every address on the Internet, so until now every server sending as this domain passed SPF; the merged record ends in "~all" instead. Before publishing it, make sure every service that sends as this domain is listed in it (mail provider, newsletter, CRM, website forms), or their mail starts failing SPF (make it "-all" only once test messages show each of them passing).`,
    );
  }

  const uniqueExps = [...new Set(exps)];
  if (uniqueExps.length > 1)
    warnings.push(`Several exp= explanations (${uniqueExps.join(", ")}); kept the first.`);

  const countLookups = (list: SpfDirective[]) =>
    list.filter((d) => LOOKUP_KINDS.has(d.mechanism.kind)).length + (redirect ? 1 : 0);
  let kept = directives;
  if (countLookups(kept) > LOOKUP_LIMIT && kept.some((d) => d.mechanism.kind === "ptr")) {
    kept = kept.filter((d) => d.mechanism.kind !== "ptr");
    warnings.push(
      `Dropped "ptr" to stay within ${LOOKUP_LIMIT} lookups (RFC 7208 §5.5 says not to use it anyway).`,
    );
  }
  const lookups = countLookups(kept);
  if (lookups > LOOKUP_LIMIT) {
    warnings.push(
      `The merged record still has ${lookups} DNS-querying terms, over the limit of ${LOOKUP_LIMIT}: replace a/mx terms by the ip4:/ip6: ranges they stand for, or drop includes of services no longer used.`,
    );
  } else if (kept.some((d) => d.mechanism.kind === "include") || redirect) {
    warnings.push(
      `This counts ${lookups} lookup(s) in the record itself; each include (and redirect) adds the lookups inside it, and the total must stay within ${LOOKUP_LIMIT}.`,
    );
  }

  const parts = ["v=spf1", ...kept.map(show)];
  if (all !== undefined) parts.push(`${all}all`);
  if (redirect) parts.push(`redirect=${redirect}`);
  if (uniqueExps[0]) parts.push(`exp=${uniqueExps[0]}`);
  const record = parts.join(" ");
  if (record.length > SAFE_LENGTH) {
    warnings.push(
      `The merged record is ${record.length} characters; above ${SAFE_LENGTH} it may not fit in one UDP answer (RFC 7208 §3.4). Publish it as one TXT record of several strings of at most 255 characters, or move ranges into an include.`,
    );
  } else if (record.length > 255) {
    warnings.push(
      `The merged record is ${record.length} characters: publish it as one TXT record split into strings of at most 255 characters (RFC 7208 §3.3).`,
    );
  }
  return { record, lookups, warnings };
}
