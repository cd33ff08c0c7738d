// Whole messages (headers at the top) are read with lib/mime/read-mime, synchronously and in
// one pass, the same code in the browser and in Node. It hands report parts
// (message/delivery-status, text/rfc822-headers, message/rfc822) over as bytes; their content
// is decoded here.
import { readMime, type MimePart } from "@/lib/mime/read-mime";
import { hasNonBlank } from "./blank";
import { firstHeaderValue, headerBlockEnd, isNameTail, unfoldFields } from "./header-fields";
import { htmlToText } from "./plain-text";

export interface HeaderLine {
  key: string;
  value: string;
}

export interface MessageParts {
  headers: HeaderLine[];
  /** The human-readable part(s): text/plain, or HTML reduced to text by the caller. */
  text: string;
  html: string | null;
  /** Contents of message/delivery-status parts (and of a message/feedback-report). */
  deliveryStatus: string[];
  feedbackReport: string | null;
  /** Raw original message or its headers (message/rfc822, text/rfc822-headers). */
  original: string | null;
  contentType: string | null;
  warnings: string[];
}

/** The most characters of FIELD_NAME_TAIL a header line's name has after its first letter. */
const MAX_NAME_TAIL = 76;

/**
 * Whether text[start, end) starts with a field name and its colon: a letter, at most
 * MAX_NAME_TAIL characters of FIELD_NAME_TAIL, then ":" before `end`. What the sticky pattern
 * /[A-Za-z][A-Za-z0-9_.-]{0,76}:/y tried at `start` said, its match ending by `end` (the tail's
 * characters hold no colon, so the only match is the whole run then its colon), read in place:
 * a pattern call per line of every paste's top cost about 500 instructions, this a tenth.
 */
function startsHeaderLine(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start) | 0x20;
  if (first < 0x61 || first > 0x7a) return false;
  const limit = start + 1 + MAX_NAME_TAIL;
  let i = start + 1;
  while (i < end && i < limit && isNameTail(text.charCodeAt(i))) i++;
  return i < end && text.charCodeAt(i) === 0x3a;
}

// Sticky: tried where a line starts, in the whole text. It cannot match a line break, so a
// match is the one the line alone would give as long as it ends within the line (the last line
// read may be cut by the 16 KiB limit: the end is checked).
const TELLING_HEADERS =
  /(?:from|to|subject|date|received|return-path|message-id|mime-version|content-type|delivered-to|x-[a-z0-9-]+|dkim-signature|auto-submitted)\s*:/iy;

// The fields RFC 3464 defines for a delivery-status report alone (section 2.2 and 2.3): no
// message's own header carries them. A paste that opens with them is the report's text, copied
// out of a bounce (often with its blank lines lost), not a message: read as one, its fields were
// taken for the header and nothing was left to read. X-Postfix-Queue-ID and X-Postfix-Sender,
// which Postfix writes above Reporting-MTA's neighbours, look like any X- header field.
const REPORT_ONLY_FIELDS = /(?:reporting-mta|final-recipient|remote-mta|diagnostic-code)\s*:/iy;

/** Whether a line opening with this character code may be one of REPORT_ONLY_FIELDS. */
function mayNameReportField(first: number): boolean {
  const c = first | 0x20;
  return c === 0x72 || c === 0x66 || c === 0x64; // r, f, d
}

/** Whether the pattern matches at `pos` and its match ends by `end`. */
function matchesAt(pattern: RegExp, text: string, pos: number, end: number): boolean {
  pattern.lastIndex = pos;
  return pattern.test(text) && pattern.lastIndex <= end;
}

/** Whether the text starts with a block of RFC 5322 header fields. */
export function looksLikeMessage(text: string): boolean {
  // The first 60 lines of the first 16 KiB, after leading white space, read in place: this
  // runs on every input, and copying 16 KiB (or each line) to look at a few lines showed in
  // profiles.
  const limit = Math.min(text.length, 16_384);
  let pos = 0;
  while (pos < limit && /\s/.test(text[pos]!)) pos++;
  let headers = 0;
  let telling = 0;
  for (let count = 0; count < 60; count++) {
    const newline = text.indexOf("\n", pos);
    const end = newline === -1 || newline >= limit ? limit : newline;
    const start = pos;
    pos = end + 1;
    if (start >= end) break; // an empty line
    const first = text.charCodeAt(start);
    if (first === 0x20 || first === 0x09) continue;
    if (headers === 0 && end - start >= 5 && text.startsWith("From ", start)) continue; // mbox separator
    if (!startsHeaderLine(text, start, end)) return false;
    if (mayNameReportField(first) && matchesAt(REPORT_ONLY_FIELDS, text, start, end)) return false;
    headers++;
    // A header line is a name and a colon: a match past its line is impossible, but checked.
    // Two telling fields are all the answer needs: the lines after them are only checked to be fields.
    if (telling < 2 && matchesAt(TELLING_HEADERS, text, start, end)) telling++;
  }
  return headers >= 2 && telling >= 2;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const latin = new TextDecoder("windows-1252");
// Made on first use: an ICU converter (every decoder but UTF-8 and the Latin ones) cannot be
// held in the command line's start-up snapshot (scripts/build-cli.mjs), whose modules are loaded
// when it is built.
let iso2022jp: TextDecoder | null = null;

/**
 * Whether the bytes switch to JIS X 0208 the way ISO-2022-JP does (RFC 1468: ESC $ B, or ESC $ @
 * for the older set). The encoding is 7-bit, so it also passes for UTF-8; Lotus Domino writes its
 * Japanese Diagnostic-Code so, in a report part with no charset (Sisimai set-of-emails
 * lhost-domino-02.eml: "ESC $B%f!<%6!<ESC (BNeko (...) ESC $B$OESC (B Domino ...").
 */
function switchesToJis(bytes: Uint8Array): boolean {
  for (
    let i = bytes.indexOf(0x1b);
    i !== -1 && i + 2 < bytes.length;
    i = bytes.indexOf(0x1b, i + 1)
  )
    if (bytes[i + 1] === 0x24 && (bytes[i + 2] === 0x42 || bytes[i + 2] === 0x40)) return true;
  return false;
}

/** Report parts are read as ISO-2022-JP when they switch to it, else UTF-8 when valid, else Windows-1252. */
function contentToString(bytes: Uint8Array): string {
  if (switchesToJis(bytes))
    try {
      return (iso2022jp ??= new TextDecoder("iso-2022-jp", { fatal: true })).decode(bytes);
    } catch {
      // Not valid ISO-2022-JP after all: read as the others are.
    }
  try {
    return utf8.decode(bytes);
  } catch {
    return latin.decode(bytes);
  }
}

/** A part's content as a string. ASCII with no escape (switchesToJis needs one) is read as UTF-8: itself. */
function contentOf(part: MimePart): string {
  return part.ascii !== undefined && part.ascii.indexOf("\x1b") === -1
    ? part.ascii
    : contentToString(part.content);
}

const PLAIN_CHARSETS = new Set([
  "",
  "us-ascii",
  "ascii",
  "utf-8",
  "utf8",
  "iso-8859-1",
  "latin1",
  "windows-1252",
]);
const PLAIN_ENCODINGS = new Set(["", "7bit", "8bit", "binary"]);

/**
 * A message with no MIME structure to read — one text/plain part (or no Content-Type), no
 * transfer encoding, a charset the input was already decoded in — is its header block and its
 * body as written; readMessage would return the same body from the bytes, decoded again.
 * Anything else returns null and is left to readMessage. `text` is already decoded and has LF line ends.
 */
export function readSimpleMessage(text: string): MessageParts | null {
  const start = text.search(/\S/);
  let head = start <= 0 ? text : text.slice(start);
  if (head.startsWith("From ")) head = head.slice(head.indexOf("\n") + 1); // mbox separator
  // The two fields that decide are read first, in the header block as it stands in the text
  // (firstHeaderValue): most messages (multipart reports) stop there, and their other fields
  // are read by readMessage. A block too long for this path also gives null, checked after.
  const contentType = firstHeaderValue(head, "content-type");
  // What split(";")[0] gives, without the split's array of every parameter (a multipart's
  // boundary among them): this runs for every message that starts with a header block.
  const field = contentType ?? "text/plain";
  const semicolon = field.indexOf(";");
  const type = (semicolon === -1 ? field : field.slice(0, semicolon)).trim().toLowerCase();
  // Most messages are multipart: given up before their charset is looked for.
  if (type !== "text/plain") return null;
  const charset =
    /charset\s*=\s*"?([^";\s]{1,40})/i.exec(contentType ?? "")?.[1]?.toLowerCase() ?? "";
  if (!PLAIN_CHARSETS.has(charset)) return null;
  const encoding = (firstHeaderValue(head, "content-transfer-encoding") ?? "").toLowerCase();
  if (!PLAIN_ENCODINGS.has(encoding)) return null;
  const blank = headerBlockEnd(head);
  const block = blank === -1 ? head : head.slice(0, blank);
  if (block.length > 256_000) return null;
  // Any name before a colon, as readMessage reads them: this path must give what it would.
  const headers = unfoldFields(block, () => true);
  const body = blank === -1 ? "" : head.slice(blank + 1).replace(/^[ \t]*\n/, "");
  return {
    headers,
    text: body,
    html: null,
    deliveryStatus: [],
    feedbackReport: null,
    original: null,
    contentType,
    warnings: [],
  };
}

const encoder = new TextEncoder();

/** The report parts readMessage reads (besides text parts): any other part is not decoded. */
const REPORT_PART_TYPES: ReadonlySet<string> = new Set([
  "message/delivery-status",
  "message/global-delivery-status",
  "message/feedback-report",
  "message/rfc822",
  "text/rfc822-headers",
  "message/rfc822-headers",
  "message/global",
  "message/global-headers",
]);

/** Whether readMessage reads a part of this type: a report part, or text. */
function readsPart(mimeType: string): boolean {
  return REPORT_PART_TYPES.has(mimeType) || mimeType.startsWith("text/");
}

/** The bytes after any leading ASCII white space (space, tab, CR, LF, FF). */
function skipLeadingSpace(bytes: Uint8Array): Uint8Array {
  let i = 0;
  while (i < bytes.length && (bytes[i] === 0x20 || (bytes[i]! >= 0x09 && bytes[i]! <= 0x0d))) i++;
  return i === 0 ? bytes : bytes.subarray(i);
}

/**
 * A whole message, read with its MIME structure. Throws only past lib/mime's limits. `ascii`,
 * for bytes that are all ASCII, is the same message as a string (one character per byte):
 * readMime then finds its lines with the string's indexOf.
 */
export function readMessage(raw: string | Uint8Array, ascii?: string): MessageParts {
  const warnings: string[] = [];
  // White space before the header block (a copy that starts with a blank line or a line of
  // spaces) would end an empty header block at once and leave the whole message one body.
  const source =
    typeof raw === "string" ? encoder.encode(raw.replace(/^\s+/, "")) : skipLeadingSpace(raw);
  const skipped = typeof raw === "string" ? 0 : raw.length - source.length;
  const email = readMime(source, {
    htmlToText,
    readsPart,
    ascii:
      ascii !== undefined && typeof raw !== "string" && ascii.length === raw.length
        ? skipped === 0
          ? ascii
          : ascii.slice(skipped)
        : undefined,
  });
  const deliveryStatus: string[] = [];
  let feedbackReport: string | null = null;
  let original: string | null = null;
  const extraText: string[] = [];
  for (let k = 0; k < email.parts.length; k++) {
    const a = email.parts[k]!;
    const type = a.mimeType;
    if (type === "message/delivery-status" || type === "message/global-delivery-status")
      deliveryStatus.push(contentOf(a));
    else if (type === "message/feedback-report") feedbackReport = contentOf(a);
    else if (
      type === "message/rfc822" ||
      type === "text/rfc822-headers" ||
      type === "message/rfc822-headers" ||
      type === "message/global" ||
      type === "message/global-headers"
    ) {
      // The first original with words is kept: a later one is not decoded.
      if (original === null) {
        const content = contentOf(a);
        if (hasNonBlank(content)) original = content;
      }
    } else if (type.startsWith("text/") && a.disposition !== "attachment" && type !== "text/html") {
      // Some MTAs attach the human-readable notice as a second text part.
      extraText.push(contentOf(a));
    }
    // Any other part (an image, a TNEF file) is not read: not decoded to a string either (a
    // binary part failed the UTF-8 decode, an exception, and was read again as Windows-1252),
    // and readMime did not decode its transfer encoding (readsPart) or list it.
  }
  const headers = email.headers;
  const contentType = headers.find((h) => h.key === "content-type")?.value ?? null;
  const text = [email.text ?? "", ...extraText].filter((t) => hasNonBlank(t)).join("\n\n");
  return {
    headers,
    text,
    html: email.html,
    deliveryStatus,
    feedbackReport,
    original,
    contentType,
    warnings,
  };
}
