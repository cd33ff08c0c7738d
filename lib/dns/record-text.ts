// How DNS answers read as text: what findings show, what SPF traces record, and what SPF,
// DKIM and DMARC parse. Pure and browser-safe, like names.ts.

import type { DnsResult, RecordMap, RecordType } from "./types";

/** One TXT record: its character-strings joined with nothing between them, as receivers read
 *  them (RFC 7208 §3.3, RFC 6376 §3.6.2.2, RFC 7489 §6.6.3). */
export function txtText(record: readonly string[]): string {
  return record.join("");
}

/** The TXT records of an answer as whole strings; none for anything but "ok". */
export function txtValues(result: DnsResult<string[]>): string[] {
  return result.status === "ok" ? result.records.map(txtText) : [];
}

/** One record as text: MX as "priority exchange" ("." for a null MX, RFC 7505), TXT joined,
 *  names and addresses as they are. */
export function recordText(record: RecordMap[RecordType]): string {
  if (typeof record === "string") return record;
  if (Array.isArray(record)) return txtText(record);
  if ("exchange" in record)
    return `${record.priority} ${record.exchange === "" ? "." : record.exchange}`;
  return JSON.stringify(record);
}
