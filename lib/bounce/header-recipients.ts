// Recipients named outside the bounce's text: header fields that list the failed recipients
// (X-Failed-Recipients), the feedback report's Original-Rcpt-To (RFC 5965), and the original
// message's To when a bounce names nobody (what Sisimai falls back to, too).
import { parseHeaderBlock } from "./original-headers";
import { BOUNCE_SENDERS, BOUNCE_SUBJECTS, FAILED_RECIPIENT_HEADERS } from "./mta-formats";
import { normalizeAddress } from "./human-recipients";
import type { HeaderLine } from "./mime";

// One bounded addr-spec token: no nested quantifiers, so header values of any length stay linear.
const ADDRESS = /[^\s<>@(),;:"'[\]]{1,256}@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?/g;

/** The addresses in a header value such as `"Name" <a@b.example>, c@d.example`, in order. */
export function addressesIn(value: string): string[] {
  const out: string[] = [];
  for (const m of value.slice(0, 20_000).matchAll(ADDRESS)) {
    const a = normalizeAddress(m[0]);
    if (a.includes("@") && !out.some((x) => x.toLowerCase() === a.toLowerCase())) out.push(a);
  }
  return out;
}

function headerValues(headers: HeaderLine[], key: string): string[] {
  return headers.filter((h) => h.key === key).map((h) => h.value);
}

/** Addresses the bounce's own header fields name as failed (X-Failed-Recipients...). */
export function failedRecipientsFromHeaders(headers: HeaderLine[]): string[] {
  const out: string[] = [];
  for (const key of FAILED_RECIPIENT_HEADERS)
    for (const v of headerValues(headers, key))
      for (const a of addressesIn(v)) if (!out.includes(a)) out.push(a);
  return out;
}

/** Whether the sender or the subject says the mail system wrote this message (a bounce). */
export function isBounceNotice(headers: HeaderLine[]): boolean {
  const from = headerValues(headers, "from").join(" ");
  const subject = headerValues(headers, "subject").join(" ");
  const returnPath = headerValues(headers, "return-path").join(" ").trim();
  return (
    BOUNCE_SENDERS.some((re) => re.test(from)) ||
    BOUNCE_SUBJECTS.some((re) => re.test(subject)) ||
    (returnPath === "<>" && failedRecipientsFromHeaders(headers).length > 0)
  );
}

/** RFC 5965 feedback report: every Original-Rcpt-To (and Removal-Recipient), in order. */
export function feedbackRecipients(report: string): string[] {
  const out: string[] = [];
  for (const line of report.split("\n", 2000)) {
    const m = /^(?:Original-Rcpt-To|Removal-Recipient)[ \t]*:[ \t]*(.{1,1000})$/i.exec(
      line.slice(0, 1100),
    );
    if (m) for (const a of addressesIn(m[1]!)) if (!out.includes(a)) out.push(a);
  }
  return out;
}

/** The To addresses of a header block (the original message's headers). */
export function toAddresses(headerBlock: string): string[] {
  const { headers } = parseHeaderBlock(headerBlock);
  return headers.filter((h) => h.key === "to").flatMap((h) => addressesIn(h.value));
}
