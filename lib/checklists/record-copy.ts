// The forms a checklist's record can be copied in. A TXT value over 255 characters cannot go in
// one string (RFC 1035 §3.3.14): DNS panels that take the value as typed (most) split it
// themselves, but zone files and panels like Route 53 need it written as quoted strings, which
// receivers join back into one record (RFC 7208 §3.3). Pure.
import { txtStrings, zoneFileText } from "@/lib/records/txt-strings";
import type { ChecklistRecord } from "./types";

export interface RecordCopyForms {
  /** The value as one string, as most DNS panels take it. */
  value: string;
  /** The value as quoted strings of at most 255 characters each; null when one string holds it. */
  quoted: string | null;
  /** How many strings the quoted form has (1 when it is not needed). */
  strings: number;
}

export function recordCopyForms(
  record: Pick<ChecklistRecord, "value"> & { type: string },
): RecordCopyForms {
  const strings = record.type.toUpperCase() === "TXT" ? txtStrings(record.value) : [record.value];
  return {
    value: record.value,
    quoted: strings.length > 1 ? zoneFileText(strings) : null,
    strings: strings.length,
  };
}
