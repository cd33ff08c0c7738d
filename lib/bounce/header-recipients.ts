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
  // An indexed loop, not filter and map: asked several times a message, for a few fields.
  const out: string[] = [];
  for (let i = 0; i < headers.length; i++) if (headers[i]!.key === key) out.push(headers[i]!.value);
  return out;
}

/** Addresses the bounce's own header fields name as failed (X-Failed-Recipients...). */
export function failedRecipientsFromHeaders(headers: HeaderLine[]): string[] {
  const out: string[] = [];
  // Indexed loops (no iterators: this runs a few times per message).
  for (let k = 0; k < FAILED_RECIPIENT_HEADERS.length; k++) {
    const values = headerValues(headers, FAILED_RECIPIENT_HEADERS[k]!);
    for (let i = 0; i < values.length; i++) {
      const addresses = addressesIn(values[i]!);
      for (let j = 0; j < addresses.length; j++)
        if (!out.includes(addresses[j]!)) out.push(addresses[j]!);
    }
  }
  return out;
}

/** Whether the message's From names a mail system (MAILER-DAEMON, postmaster...): BOUNCE_SENDERS. */
export function isFromMailSystem(headers: HeaderLine[]): boolean {
  const from = headerValues(headers, "from").join(" ");
  return BOUNCE_SENDERS.some((re) => re.test(from));
}

/** Whether the sender or the subject says the mail system wrote this message (a bounce). */
export function isBounceNotice(headers: HeaderLine[]): boolean {
  const subject = headerValues(headers, "subject").join(" ");
  const returnPath = headerValues(headers, "return-path").join(" ").trim();
  return (
    isFromMailSystem(headers) ||
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

/**
 * Header fields by which a complaint report that has no message/feedback-report part names the
 * person who complained, in the reported message it attaches. Microsoft's Junk Mail Reporting
 * Program sends multipart/mixed "complaint about message from <IP>" with the copy carrying
 * X-HmXmrOriginalRecipient (Sisimai reads it so, lib/Sisimai/ARF.pm; real reports in
 * sisimai/set-of-emails maildir/bsd/arf-22.eml to arf-24.eml).
 */
const COMPLAINT_RECIPIENT_FIELDS = new Set(["x-hmxmroriginalrecipient"]);

/** The complainers an attached reported message names (empty for any other attachment). */
export function attachedComplaintRecipients(attached: string): string[] {
  const { headers } = parseHeaderBlock(attached);
  const out: string[] = [];
  for (const h of headers)
    if (COMPLAINT_RECIPIENT_FIELDS.has(h.key))
      for (const a of addressesIn(h.value)) if (!out.includes(a)) out.push(a);
  return out;
}

/** The To addresses of a header block (the original message's headers). */
export function toAddresses(headerBlock: string): string[] {
  const { headers } = parseHeaderBlock(headerBlock);
  return headers.filter((h) => h.key === "to").flatMap((h) => addressesIn(h.value));
}

/**
 * Header fields that mark a message as a mailing list's copy (RFC 2919 List-Id; RFC 2369 List-Post,
 * List-Help, List-Subscribe, List-Owner, List-Archive; Mailman's X-BeenThere, ezmlm's Mailing-List):
 * its To names the list, not the subscriber it went to. Not List-Unsubscribe: a sender's own
 * newsletter carries it too (RFC 8058), addressed to the subscriber.
 */
const LIST_FIELDS = new Set([
  "list-id",
  "list-post",
  "list-help",
  "list-subscribe",
  "list-owner",
  "list-archive",
  "x-beenthere",
  "mailing-list",
]);

/** A Received field's FOR clause (RFC 5321 section 4.4): the envelope recipient of that hop. */
const RECEIVED_FOR =
  /\bfor[ \t]+<?([^\s<>@;]{1,256}@[A-Za-z0-9.-]{1,253}[A-Za-z0-9])>?(?:[ \t]+\([^()]{0,100}\))?[ \t]*;/i;

/**
 * Who the original message was for, when the bounce names nobody: its To, or, for a list's copy
 * (whose To is the list), the recipient of the topmost Received field that names one; none when
 * no field does.
 */
export function originalRecipients(headerBlock: string): string[] {
  const { headers } = parseHeaderBlock(headerBlock);
  if (!headers.some((h) => LIST_FIELDS.has(h.key)))
    return headers.filter((h) => h.key === "to").flatMap((h) => addressesIn(h.value));
  for (const h of headers) {
    if (h.key !== "received") continue;
    const m = RECEIVED_FOR.exec(h.value.slice(0, 4000));
    if (m) return [normalizeAddress(m[1]!)];
  }
  return [];
}
