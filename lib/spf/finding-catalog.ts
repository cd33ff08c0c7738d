// The SPF findings as data: code, severity, title, and the section of RFC 7208 each rests on.
// Source: RFC 7208, "Sender Policy Framework (SPF) for Authorizing Use of Domains in Email,
// Version 1" (https://www.rfc-editor.org/rfc/rfc7208). Details and fixes are filled in per
// domain by findings.ts from the evaluation tree.

import type { Severity } from "@/lib/checks/types";

export interface SpfFindingDef {
  severity: Severity;
  title: string;
  /** RFC 7208 section, e.g. "4.6.4". */
  section: string;
  /** Findings about a result that could not be reached. */
  couldNotCheck?: boolean;
}

export const RFC7208_URL = "https://www.rfc-editor.org/rfc/rfc7208";

export const SPF_FINDINGS = {
  "spf.missing": { severity: "error", title: "No SPF record", section: "4.5" },
  "spf.multiple": { severity: "error", title: "More than one SPF record", section: "4.5" },
  "spf.syntax": { severity: "error", title: "SPF record has a syntax error", section: "4.6" },
  "spf.include-missing": {
    severity: "error",
    title: "An include or redirect points at a domain without SPF",
    section: "5.2",
  },
  "spf.too-many-lookups": {
    severity: "error",
    title: "SPF needs more than 10 DNS lookups",
    section: "4.6.4",
  },
  "spf.void-lookups": {
    severity: "error",
    title: "SPF has more than 2 lookups that find nothing",
    section: "4.6.4",
  },
  "spf.plus-all": {
    severity: "critical",
    title: "SPF authorises the whole Internet (+all)",
    section: "5.1",
  },
  "spf.ptr-used": { severity: "warning", title: "SPF uses the ptr mechanism", section: "5.5" },
  "spf.no-all": {
    severity: "warning",
    title: "SPF does not say what to do with unlisted senders",
    section: "4.7",
  },
  "spf.softfail-all": {
    severity: "info",
    title: "Unlisted senders get softfail (~all)",
    section: "8.5",
  },
  "spf.fail-all": { severity: "info", title: "Unlisted senders get fail (-all)", section: "8.4" },
  "spf.ok": { severity: "ok", title: "SPF record is valid", section: "4.6" },
  "spf.could-not-check": {
    severity: "warning",
    title: "SPF could not be checked",
    section: "4.4",
    couldNotCheck: true,
  },
  "spf.pass": { severity: "ok", title: "SPF passes for this IP", section: "8.3" },
  "spf.fail": { severity: "error", title: "SPF fails for this IP", section: "8.4" },
  "spf.softfail": { severity: "warning", title: "SPF softfails for this IP", section: "8.5" },
  "spf.neutral": { severity: "warning", title: "SPF is neutral about this IP", section: "8.2" },
  "spf.none": { severity: "error", title: "No SPF policy applies to this IP", section: "8.1" },
  "spf.temperror": {
    severity: "warning",
    title: "SPF check hit a temporary DNS error",
    section: "8.6",
    couldNotCheck: true,
  },
  "spf.permerror": {
    severity: "error",
    title: "SPF check ends in a permanent error",
    section: "8.7",
  },
} as const satisfies Record<string, SpfFindingDef>;

export type SpfFindingCode = keyof typeof SPF_FINDINGS;

export function sectionUrl(section: string): string {
  return `${RFC7208_URL}#section-${section}`;
}
