// Small helpers that turn DnsResult values into the pieces findings are made of. A failed
// lookup is never read as "no record": callers branch on `isDnsFailure` first.

import { recordText } from "@/lib/dns/record-text";
import type { DnsErrorKind, DnsResult, RecordMap, RecordType } from "@/lib/dns/types";
import type { CheckArea, Finding, Severity } from "./types";

export type DnsFailure = Extract<DnsResult<unknown>, { status: "error" }>;

export function isDnsFailure<T>(result: DnsResult<T>): result is DnsFailure {
  return result.status === "error";
}

const KIND_WORDS: Record<DnsErrorKind, string> = {
  timeout: "the DNS server did not answer in time",
  servfail: "the DNS server answered SERVFAIL (it could not resolve the name)",
  refused: "the DNS server refused the query",
  network: "the DNS server could not be reached",
  malformed: "the DNS answer was malformed",
  other: "the lookup failed",
};

/** Plain words for why a lookup failed, e.g. for a could-not-check finding. */
export function describeDnsFailure(failure: DnsFailure): string {
  const words = KIND_WORDS[failure.kind];
  return failure.message && failure.kind === "other" ? `${words}: ${failure.message}` : words;
}

/** What a raw lookup returned, for a finding's `records`. */
export function rawRecord(
  name: string,
  type: string,
  result: DnsResult<RecordMap[RecordType]>,
): { name: string; type: string; values: string[] } {
  switch (result.status) {
    case "ok":
      return { name, type, values: result.records.map(recordText) };
    case "nxdomain":
      return { name, type, values: ["(NXDOMAIN: the name does not exist)"] };
    case "nodata":
      return { name, type, values: [`(no ${type} records)`] };
    case "error":
      return { name, type, values: [`(lookup failed: ${describeDnsFailure(result)})`] };
  }
}

/** The standard "could not check" finding: the check did not run to an answer. */
export function couldNotCheckFinding(args: {
  code: string;
  area: CheckArea;
  title: string;
  failure: DnsFailure;
  name: string;
  type: string;
  reference: string;
  referenceUrl?: string;
  data?: Record<string, unknown>;
  /** Default "warning"; reverse DNS reports it as "info". */
  severity?: Severity;
}): Finding {
  const reason = describeDnsFailure(args.failure);
  return {
    code: args.code,
    area: args.area,
    severity: args.severity ?? "warning",
    outcome: "could-not-check",
    title: args.title,
    detail: `We could not get an answer for ${args.name} (${args.type}): ${reason}. This says nothing about whether the record exists; try again later or from another network.`,
    reference: args.reference,
    ...(args.referenceUrl ? { referenceUrl: args.referenceUrl } : {}),
    records: [rawRecord(args.name, args.type, args.failure)],
    data: { reason: args.failure.kind, message: args.failure.message, ...args.data },
  };
}

/**
 * Splits a DNS tag-value list ("v=DMARC1; p=none") into ordered pairs (RFC 6376 §3.2, RFC
 * 7489 §6.4, RFC 8461 §3.1 share this shape). Returns the problems it met, in plain words.
 */
export function parseTagList(text: string): { tags: [string, string][]; problems: string[] } {
  const tags: [string, string][] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const parts = text.split(";");
  parts.forEach((raw, index) => {
    const part = raw.trim();
    if (part === "") {
      // A trailing ";" is allowed; an empty element in the middle is sloppy but harmless.
      return;
    }
    const eq = part.indexOf("=");
    if (eq <= 0) {
      problems.push(`element ${index + 1} ("${part.slice(0, 40)}") is not of the form tag=value`);
      return;
    }
    const name = part.slice(0, eq).trim().toLowerCase();
    const value = part.slice(eq + 1).trim();
    if (!/^[a-z][a-z0-9_]{0,31}$/.test(name)) {
      problems.push(`"${name.slice(0, 40)}" is not a valid tag name`);
      return;
    }
    if (seen.has(name)) problems.push(`the tag ${name}= appears more than once`);
    seen.add(name);
    tags.push([name, value]);
  });
  return { tags, problems };
}
