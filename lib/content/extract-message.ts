// Which message to review: the copy of the original a bounce carries (a message/rfc822 or
// text/rfc822-headers part, or the text after a "copy of the message" marker), or the input
// itself when it is a sent message (.eml, pasted source). Pure; input that is no message at all
// gets a clear reason.

import { latin1Of } from "@/lib/bounce/input";
import { findOriginalMessage } from "@/lib/share/original-message";
import { decodeBase64, decodeQuotedPrintable } from "@/lib/share/transfer-decoding";
import type { ReviewedSource } from "./types";

export type ExtractResult =
  { ok: true; message: Uint8Array; source: ReviewedSource } | { ok: false; reason: string };

/** How much of the start is looked at to tell text from binary. */
const SNIFF_BYTES = 64 * 1024;
const MAX_HEADER_LINE = 998; // RFC 5322 §2.1.1

/**
 * Binary, not mail: a NUL byte, or more than 1 in 10 bytes that are control characters other
 * than tab, CR, LF, form feed and ESC (ISO-2022 text uses ESC). 8-bit bytes are fine: mail
 * may be raw UTF-8 or Latin-1.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return n > 0 && control * 10 > n;
}

/** The header block at the start of `text` (up to the first empty line), or null when none. */
function headerBlock(text: string): string | null {
  const end = text.search(/\r?\n\r?\n/);
  const head = end < 0 ? text : text.slice(0, end);
  const first = head.slice(0, Math.min(head.length, MAX_HEADER_LINE + 2)).split(/\r?\n/, 1)[0]!;
  // RFC 5322 §2.2: a field name is printable ASCII but the colon, then a colon. "From " (the
  // mbox separator) is allowed as a first line.
  if (!/^[!-9;-~]{1,76}:/.test(first) && !/^From \S/.test(first)) return null;
  return head;
}

function headerValue(head: string, name: string): string | undefined {
  const re = new RegExp(`^${name}:[ \\t]*([^\\r\\n]{0,${MAX_HEADER_LINE}})`, "im");
  return re.exec(head)?.[1];
}

/** Heuristics of a delivery report, on the outer headers only: who sent it and how it is typed. */
function isBounce(head: string): boolean {
  if (/^multipart\/report\b/i.test(headerValue(head, "content-type") ?? "")) return true;
  if (/\b(?:mailer-daemon|postmaster)@/i.test(headerValue(head, "from") ?? "")) return true;
  return /\b(?:undeliver|delivery (?:status|failure|has failed)|returned mail|failure notice|non-?delivery|could not be delivered)/i.test(
    headerValue(head, "subject") ?? "",
  );
}

/** The part's own header lines (after its delimiter) and where its content starts. */
function splitPart(text: string): { partHead: string; body: string } {
  let rest = text;
  if (rest.startsWith("--")) rest = rest.slice(rest.indexOf("\n") + 1);
  const end = rest.search(/\r?\n\r?\n/);
  if (end < 0 || !/^content-/i.test(rest)) return { partHead: "", body: rest };
  const afterBlank = rest.indexOf("\n", rest.indexOf("\n", end) + 1) + 1;
  return { partHead: rest.slice(0, end), body: rest.slice(afterBlank) };
}

/**
 * The copy as the filter must read it. RFC 2046 §5.2.1 allows only 7bit, 8bit or binary on a
 * message/rfc822 part, but some servers (Microsoft Exchange among them) base64-encode the
 * returned message, or the text/rfc822-headers part (base64 or quoted-printable, as
 * RFC 3464 bounces in the wild do): the filter would then read a block of base64 with no
 * headers. Undone here; a part without an encoding, or with an identity one, is as it is.
 */
function decodeCopy(body: Uint8Array, partHead: string): Uint8Array {
  const encoding = headerValue(partHead, "content-transfer-encoding")?.trim().toLowerCase();
  if (encoding === "base64") return decodeBase64(latin1Of(body));
  // Quoted-printable text is ASCII; any 8-bit byte a paste left in it is read as UTF-8.
  if (encoding === "quoted-printable") return decodeQuotedPrintable(new TextDecoder().decode(body));
  return body;
}

export function extractSentMessage(input: Uint8Array): ExtractResult {
  if (input.length === 0) return { ok: false, reason: "The message is empty." };
  if (looksBinary(input))
    return {
      ok: false,
      reason:
        "This is a binary file, not an email message. Upload the message as .eml (in most mail programs: Save as, Download message or Show original).",
    };
  const text = latin1Of(input);
  const head = headerBlock(text);
  if (head === null)
    return {
      ok: false,
      reason:
        "This does not look like an email message: it does not start with headers (From:, To:, Subject:...). Paste the whole source of the message (Show original / View source), not only its text.",
    };
  if (!isBounce(head))
    return {
      ok: true,
      message: input,
      source: { kind: "message", headersOnly: false, bytes: input.length },
    };

  const span = findOriginalMessage(text)[0];
  if (!span)
    return {
      ok: false,
      reason:
        "This bounce carries no copy of your message. Upload or paste the message you sent (from your Sent folder: Show original / Download message).",
    };
  const { partHead, body } = splitPart(text.slice(span.start, span.end));
  const headersOnlyPart = /rfc822-headers|global-headers/i.test(partHead);
  const start = span.end - body.length;
  // Leading blank lines (after a marker line) are no part of the message.
  let from = start;
  while (from < span.end && (text[from] === "\n" || text[from] === "\r")) from++;
  const message = decodeCopy(input.subarray(from, span.end), partHead);
  const inner = latin1Of(message);
  if (headerBlock(inner) === null)
    return {
      ok: false,
      reason:
        "The copy of your message in this bounce is cut or unreadable. Upload or paste the message you sent (from your Sent folder: Show original / Download message).",
    };
  const hasBody = /\r?\n\r?\n[\s\S]*\S/.test(inner);
  return {
    ok: true,
    message,
    source: {
      kind: "bounce-copy",
      headersOnly: headersOnlyPart || !hasBody,
      bytes: message.length,
    },
  };
}

/**
 * Whether pasted text (a bounce or a sent message) holds a message that can be reviewed: for
 * the wizard, which offers the review with the text it already has instead of asking for the
 * sent copy. Pure and browser-safe.
 */
export function hasReviewableMessage(text: string): boolean {
  return extractSentMessage(new TextEncoder().encode(text)).ok;
}
