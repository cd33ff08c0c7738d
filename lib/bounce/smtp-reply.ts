// SMTP reply lines (RFC 5321 section 4.2) and enhanced status codes (RFC 3463) found in
// free text. Patterns match bounded tokens only (a 3-digit code, a d.ddd.ddd status), so
// they cannot backtrack on long runs of digits, dots or spaces.
import { collapseWhitespace } from "./blank";
import type { Span } from "./types";

export interface SmtpReply {
  replyCode: number;
  status: string | null;
  /** The reply text, continuation lines joined, code prefixes removed. */
  text: string;
  /**
   * What the same server wrote before its code on the code's line (serverLead): a provider's
   * code or a host tag, "" when none. Not part of `text`, `span` or `codeSpan`.
   */
  lead: string;
  /** Where `lead` starts in the scanned text (the code's start when there is none). */
  leadStart: number;
  /** Span of the reply code, of the status, and of the whole reply in the scanned text. */
  codeSpan: Span;
  statusSpan: Span | null;
  span: Span;
  /** How sure we are that this is a reply and not a number in prose (3 = code + matching status). */
  strength: number;
  /**
   * Set when the reply stands in Sendmail's "(reason: ...)" under a failed address: Sendmail's own
   * pick of the remote reply for that recipient (REASON_INTRO_BEFORE).
   */
  reasonLine?: boolean;
  /** Set when the reply is quoted in a session transcript ("<<< 550 ...", Sendmail's usersmtp.c). */
  transcript?: boolean;
}

export interface StatusMention {
  status: string;
  span: Span;
}

// A reply code: 2xx-5xx, not glued to other digits, dots or letters, followed by a space,
// a dash, a colon and a space (Yahoo: "550: 5.2.2 ...") or the end of the line; optionally an
// enhanced status of the same class, which may open a quote of the server's text (group 3):
// Amazon SES writes "550-'5.7.1 <...>... Access denied' (delivery attempts: 0)". A code after a
// quote glued to a word is part of a token (IronPort's X-IronPort-AV field: d="scan'208";a=...).
const REPLY =
  /(?<![\w.:/+-])(?<!\w['"])([2-5][0-5]\d)(?:([ -]|: )(?:(['"]?)#?([2-5])\.(\d{1,3})\.(\d{1,3})(?![\d.]\d))?|(?=$|[\s'"),;\]]))/gm;
// An enhanced status code on its own: "Status: 5.1.1", "#5.1.1", "(5.7.1)"; never an IP.
const STATUS = /(?<![\w.-])([245])\.(\d{1,3})\.(\d{1,3})(?![\w-]|\.\d)/g;

/** No real bounce holds more replies; a bound keeps hostile input linear. */
const MAX_REPLIES = 1000;

const REPLY_AT_START = /^\s*[2-5]\d\d[ -]/;

/** Where the text that follows a reply code ends: at a blank line or at most this far. */
const MAX_REPLY_CHARS = 1200;

// Line limits are looked for within a bounded window so that one huge line full of codes
// costs linear time, not quadratic.
// Both search their window natively (lastIndexOf/indexOf over a slice of it, a view, not a
// copy): a loop over the window's characters cost more. The slice keeps the search bounded.
function lineStartNear(text: string, pos: number): number {
  const limit = Math.max(0, pos - 200);
  if (pos <= limit) return limit;
  const i = text.slice(limit, pos).lastIndexOf("\n");
  return i === -1 ? limit : limit + i + 1;
}

function lineEndNear(text: string, pos: number): number {
  const limit = Math.min(text.length, pos + MAX_REPLY_CHARS);
  if (pos >= limit) return limit;
  const i = text.slice(pos, limit).indexOf("\n");
  return i === -1 ? limit : pos + i;
}

/** How far back a URL's start is looked for: a link longer than this is rare, and the bound keeps the scan linear. */
const MAX_URL_LOOKBACK = 400;
/** The start of a link: a scheme ("https://") or a bare "www." host. */
const URL_START = /^(?:[a-z][a-z0-9+.-]{0,30}:\/\/|www\.)/i;

/** Characters that end a link's token when looking back: white space, an opening bracket or quote. */
function breaksToken(c: number): boolean {
  return c <= 32 || c === 60 /* < */ || c === 40 /* ( */ || c === 34 || c === 39 || c === 91;
}

/**
 * True when the digits at pos are part of a link ("https://host/docs/DOC-1369#550"): a reply
 * code is never inside a URL (RFC 3986 has no white space in one), so the token that holds the
 * digits, back to the last space or opening bracket or quote, must not start as a URL does.
 * `memo` carries the last answer, so that many codes in one long token cost one scan.
 */
function insideUrl(text: string, pos: number, memo: { pos: number; url: boolean }): boolean {
  const limit = Math.max(0, pos - MAX_URL_LOOKBACK);
  let i = pos;
  let url: boolean | null = null;
  while (i > limit && !breaksToken(text.charCodeAt(i - 1))) {
    // Same token as the last code looked at: same answer.
    if (i === memo.pos) {
      url = memo.url;
      break;
    }
    i--;
  }
  url ??= i < pos && URL_START.test(text.slice(i, Math.min(pos, i + 40)));
  memo.pos = pos;
  memo.url = url;
  return url;
}

/**
 * A token the answering server writes before its reply code on the same line: a tag that holds
 * a letter and a digit or an underscore, such as the greeting's continuation mark and host tag in
 * "220-laposte 421 4.2.1 Service refuse." (Postfix quoting La Poste, "refused to talk to me:
 * 220-laposte 421 4.2.1 ...", sisimai/set-of-emails rhost-franceptt-11.eml) or a provider's own
 * code ("ELNK_105", "OXSUS0001_403": Vade's platforms number their replies,
 * lib/knowledge/providers/vade.ts). The reporting MTA's wrappers never pass: they end with a colon
 * ("said:", "<addr>:", "[192.0.2.1]:"), a semicolon ("smtp;"), a quote or a bracket, or are words
 * without a digit ("Error", "ResponseCode", "<<<").
 */
const LEAD_TOKEN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;
/** At most this many tags before a code: a provider code and a host tag. */
const MAX_LEAD_TOKENS = 3;
const MAX_LEAD_TOKEN = 63;

function isLeadToken(token: string): boolean {
  return LEAD_TOKEN.test(token) && /[A-Za-z]/.test(token) && /[\d_]/.test(token);
}

function isBlankChar(c: number): boolean {
  return c === 32 || c === 9;
}

/** Where a lead's token starts: after a blank or an opening quote. */
function breaksLead(c: number): boolean {
  return c === 32 || c === 9 || c === 39 /* ' */ || c === 34; /* " */
}

/**
 * Where the server's own words start on the line of a code at `codeStart`: at the first of the
 * tags (isLeadToken) that stand right before it, separated by blanks; the code's start when none
 * does. Bounded: at most MAX_LEAD_TOKENS tokens of MAX_LEAD_TOKEN characters are looked at.
 */
function serverLead(text: string, lineStart: number, codeStart: number): number {
  let leadStart = codeStart;
  let i = codeStart;
  for (let n = 0; n < MAX_LEAD_TOKENS; n++) {
    if (i <= lineStart || !isBlankChar(text.charCodeAt(i - 1))) break;
    let end = i;
    while (end > lineStart && isBlankChar(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (
      start > lineStart &&
      end - start <= MAX_LEAD_TOKEN &&
      !breaksLead(text.charCodeAt(start - 1))
    )
      start--;
    if (start === end || !isLeadToken(text.slice(start, end))) break;
    leadStart = start;
    // A quote opens the server's text ("Remote Server returned 'ELNK_105 550 ..."): nothing
    // before it is the server's.
    if (start > lineStart && !isBlankChar(text.charCodeAt(start - 1))) break;
    i = start;
  }
  return leadStart;
}

/**
 * A reply code that the writer set in brackets after its own words on the line, as a note on
 * them: "<user@example.com>: Requested action not taken: mailbox unavailable. [SMTP Error Code
 * 550]" (Road Runner's notice, flufl.bounce tests/data/bounce_02.txt), "RELAYING NOT ALLOWED (550
 * Relay Disabled)". The words before the bracket are the refusal; read from the code on, the
 * reply would keep only the code. The bracket opens after a blank and holds, before the code, at
 * most a short label ("SMTP Error Code", "error:").
 */
const CODE_NOTE_LABEL = /^(?:[A-Za-z]{1,12}[ \t]{1,3}){0,4}(?:[A-Za-z]{1,12}[ \t]*[:#=]?[ \t]*)?$/;
/** The recipient's address that opens such a line ("<user@...>:", "user@... ..."): not the refusal's words. */
const ADDRESS_PREFIX =
  /^[ \t]*<?[^\s<>@]{1,256}@[^\s<>@]{1,256}?>?(?:[ \t]*\([^()\n]{0,300}\))?[ \t]*(?::|\.\.\.)?[ \t]+/;
/** Words that are a reply of their own, a transcript's arrows or a header field: no note's words. */
const NOT_NOTE_WORDS =
  /(?<![\w.])[2-5]\d\d(?![\w.])|<<<|>>>|^[ \t]*[A-Za-z][A-Za-z0-9-]{0,60}:[ \t]/;

/**
 * Where the words that a bracketed code notes start and end (at the bracket) on its line (see
 * CODE_NOTE_LABEL), or null when the code opens no such note. `before` is the line up to the code.
 */
function codeNote(before: string): { start: number; end: number } | null {
  const open = Math.max(before.lastIndexOf("("), before.lastIndexOf("["));
  if (open < 1 || !isBlankChar(before.charCodeAt(open - 1))) return null;
  if (!CODE_NOTE_LABEL.test(before.slice(open + 1))) return null;
  const prefix = ADDRESS_PREFIX.exec(before.slice(0, open));
  const start = prefix ? prefix[0].length : before.length - before.trimStart().length;
  const words = before.slice(start, open);
  // At least two words, and none that is a reply, a transcript or a field of its own. Words that
  // end with a colon introduce the bracket, which then holds the reply itself: "refused to accept
  // your message (DATA), with the following error: [554 5.4.6 Hop count exceeded - possible mail
  // loop]" (sisimai/set-of-emails lhost-x6-01.eml).
  if (!/[A-Za-z]{2,}[^A-Za-z]+[A-Za-z]{2,}/.test(words) || NOT_NOTE_WORDS.test(words)) return null;
  if (/:[ \t]*$/.test(words)) return null;
  return { start, end: open };
}

/**
 * Sendmail's "(reason: " before a reply code, on the code's line: "gone@example.net\n    (reason:
 * 553 Sender Policy Framework (SPF) fail)" in its list of failed addresses.
 */
const REASON_INTRO_BEFORE = /^[ \t]{0,12}\(reason:[ \t]{0,4}$/;

function isContinuation(line: string, code: number): boolean {
  return line.startsWith(`${code}-`) || line.startsWith(`${code} `);
}

/**
 * A line followed by more text at its column was soft-wrapped by a mail client when the next
 * line's first word would have made it longer than this (clients wrap at 72 to 78 columns).
 */
const SOFT_WRAP_MIN = 66;
/** A header or report field ("Last-Attempt-Date: ..."): never a wrapped reply's continuation. */
const FIELD_LINE =
  /^(?:[A-Za-z]{1,30}-[A-Za-z0-9-]{1,40}|Received|From|To|Cc|Subject|Date|Status|Action):/;

/**
 * A field of a report laid out as a table, its value set off by a run of blanks (Microsoft 365's
 * NDR as displayed: "DSN generated by:    host"): never a wrapped reply's continuation.
 */
const TABLE_FIELD_LINE = /^[A-Za-z][A-Za-z-]{0,30}(?: [A-Za-z-]{1,30}){0,4}:[ \t]{2,}\S/;

/**
 * A line of a session transcript (Sendmail's "While talking to host:", ">>> RCPT To:<a@b>",
 * "<<< 550 ..."): the start of another exchange, never a wrapped reply's continuation.
 */
const TRANSCRIPT_LINE = /^(?:while talking to |>>> |<<< )/i;

/** The envelope Postfix's smtpd log writes after a refusal: "; from=<...>" or "; to=<...>". */
const POSTFIX_LOG_ENVELOPE = /; (?:from|to)=<[^<>\n]{0,300}>/;

/** What stands before a reply's code on a transcript's line: "<<< " alone (blanks around it). */
const TRANSCRIPT_REPLY_MARK = /^[ \t]*<<<[ \t]*$/;

const BRACKETS: readonly [string, string][] = [
  ["[", "]"],
  ["(", ")"],
];

/** Where `text` first closes a bracket it did not open, or -1. */
function unmatchedClose(text: string, open: string, close: string): number {
  const o = open.charCodeAt(0);
  const c = close.charCodeAt(0);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    if (k === o) depth++;
    else if (k === c && --depth < 0) return i;
  }
  return -1;
}

/** Brackets opened in `text` and not closed there (negative: closed more than opened). */
function balance(text: string, open: string, close: string): number {
  // By char code: a string's iterator makes a string of every character.
  const o = open.charCodeAt(0);
  const c = close.charCodeAt(0);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    if (k === o) n++;
    else if (k === c) n--;
  }
  return n;
}

/**
 * A JSON key and the opening quote of its string value, then at most a short prefix ("smtp; ")
 * before a reply: group 1 is the backslash when the JSON is itself escaped inside a string
 * (\"diagnosticCode\":\"smtp; 550 ...\", an SNS notification quoting the event).
 */
const JSON_STRING_OPEN = /(\\?)"[ \t]*:[ \t]*\\?"[^"\n]{0,60}$/;

/** Where the JSON string that `text` starts inside of ends: its closing quote, or the end. */
function jsonStringEnd(text: string, escaped: boolean): number {
  if (escaped) {
    const i = text.indexOf('\\"');
    return i === -1 ? text.length : i;
  }
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) {
    let slashes = 0;
    while (i - 1 - slashes >= 0 && text[i - 1 - slashes] === "\\") slashes++;
    if (slashes % 2 === 0) return i;
  }
  return text.length;
}

/** At most this many blank lines between a reply's line and the rest of its words. */
const MAX_BLANKS_BEFORE_WORDS = 2;

/**
 * Words that point on to what follows them: a reply that ends so ("... - See:", "blocked. Please
 * see") has not ended, whatever blank lines a copy from a web page or a mail client put after it.
 */
const POINTS_ON = /(?::|\b(?:see|visit))[ \t]*$/i;

/** True when the reply's words so far await more: none yet (a bare code or status), or a pointer. */
function awaitsWords(body: string): boolean {
  return body.trim() === "" || POINTS_ON.test(body);
}

/**
 * Where a reply's words resume when they await more (awaitsWords): the first line after at most
 * MAX_BLANKS_BEFORE_WORDS blank lines, if it is indented at all (a paragraph at the margin is the
 * writer's own text again) and is no field, transcript line or reply of its own; -1 when none.
 */
function wordsBelow(region: string, next: number): number {
  let at = next;
  for (let blanks = 0; blanks <= MAX_BLANKS_BEFORE_WORDS && at < region.length; blanks++) {
    const lineEnd = lineEndNear(region, at);
    const line = region.slice(at, lineEnd);
    const words = line.trimStart();
    if (words !== "") {
      const resumes =
        words.length < line.length &&
        !REPLY_AT_START.test(line) &&
        !FIELD_LINE.test(words) &&
        !TRANSCRIPT_LINE.test(words);
      return resumes ? at : -1;
    }
    at = lineEnd + 1;
  }
  return -1;
}

/** True when the three digits at `pos` stand alone inside "(...)" or "[...]". */
function enclosed(region: string, pos: number): boolean {
  // -1 where charCodeAt would read outside the region (NaN, which equals no character either):
  // a read out of bounds made V8 throw away findSmtpReplies' optimised code, which inlines this.
  const before = pos > 0 ? region.charCodeAt(pos - 1) : -1;
  const after = pos + 3 < region.length ? region.charCodeAt(pos + 3) : -1;
  return (before === 40 && after === 41) || (before === 91 && after === 93);
}

/**
 * Finds SMTP replies in text[from, to). A reply's text runs to the end of its line; with
 * "550-" continuation lines, the following lines of the same code are joined to it.
 */
export function findSmtpReplies(text: string, from = 0, to = text.length): SmtpReply[] {
  const replies: SmtpReply[] = [];
  const region = text.slice(from, to);
  REPLY.lastIndex = 0;
  let m: RegExpExecArray | null;
  let skipUntil = -1;
  let skipLineEnd = -1;
  let skipCode = 0;
  const urlMemo = { pos: -1, url: false };
  while ((m = REPLY.exec(region)) !== null && replies.length < MAX_REPLIES) {
    // Lines already joined to a "550-" reply are not replies of their own; another code on the
    // first line is ("220-laposte 421 4.2.1 Service refuse...": the greeting's continuation mark,
    // then the refusal, joined onto one line; Sisimai set-of-emails rhost-franceptt-11.eml).
    if (m.index < skipUntil && (m.index >= skipLineEnd || Number(m[1]) === skipCode)) continue;
    if (insideUrl(region, m.index, urlMemo)) continue;
    // A code alone in parentheses is a mention inside the words, not a reply of its own: Trend
    // Micro's ERS refusal "450 Temporary denial of connection (450) for Zombie matches (ERS)"
    // (lib/knowledge/providers/trend-micro.ts), or a telephone number's "(480)".
    // A code alone in square brackets is a provider's tag on its own words, not a reply either:
    // Orange's "5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]" (the reply code is
    // the first thing of a reply line, RFC 5321 section 4.2; lib/knowledge/providers/orange.ts).
    if (enclosed(region, m.index)) continue;
    const replyCode = Number(m[1]);
    const codeStart = m.index;
    const hasStatus = m[4] !== undefined;
    const status = hasStatus ? `${m[4]}.${Number(m[5])}.${Number(m[6])}` : null;
    const statusStart = hasStatus ? region.indexOf(`${m[4]}.${m[5]}.${m[6]}`, codeStart + 3) : -1;
    const quote = m[3] || null;
    const lineStart = lineStartNear(region, codeStart);
    const before = region.slice(Math.max(lineStart, codeStart - 40), codeStart);
    const note = codeNote(region.slice(lineStart, codeStart));
    const leadStart =
      note === null ? serverLead(region, lineStart, codeStart) : lineStart + note.start;
    const leadEnd = note === null ? codeStart : lineStart + note.end;
    const marked = TRANSCRIPT_REPLY_MARK.test(region.slice(lineStart, codeStart));
    let strength = 1;
    if (hasStatus && m[4] === m[1]![0]) strength = 3;
    else if (
      leadStart === lineStart ||
      /(?:[:;'"(]|said|returned|error|reply|response|answer)\s*$/i.test(before)
    )
      strength = 2;
    else if (replyCode < 400) strength = 0;

    // The reply text: the rest of this line, plus continuation lines of the same code.
    let end = lineEndNear(region, codeStart);
    let body = region.slice(m.index + m[0].length, end);
    if (m[2] === "-") {
      skipLineEnd = end;
      skipCode = replyCode;
      // A reply quoted in a session transcript carries the transcript's mark on each of its
      // lines (Sendmail's usersmtp.c logs each reply line as "<<< 550-5.7.1 ..."): its
      // continuation lines are read past the same mark.
      let next = end + 1;
      while (next < region.length && next - codeStart < MAX_REPLY_CHARS * 4) {
        const lineEnd = lineEndNear(region, next);
        let line = region.slice(next, lineEnd).replace(/^[ \t]+/, "");
        if (marked && line.startsWith("<<<")) line = line.slice(3).replace(/^[ \t]+/, "");
        if (!isContinuation(line, replyCode)) break;
        body += " " + stripReplyPrefix(line, replyCode, status);
        end = lineEnd;
        next = lineEnd + 1;
      }
      skipUntil = end;
    }
    // A reply the MTA wrapped continues on lines indented at least as deep (Postfix: 4 spaces).
    let indent = Math.max(
      4,
      codeStart - lineStart - region.slice(lineStart, codeStart).trimStart().length,
    );
    // A reply at the start of its line that a mail client soft-wrapped (a forwarded or quoted
    // copy, wrapped near 72 columns) continues on the next line at the same column.
    let lastLength = end - lineStart;
    const atColumnZero = !/[ \t]/.test(region[lineStart] ?? " ");
    for (let next = end + 1; next < region.length && body.length < MAX_REPLY_CHARS;) {
      // Words that await more continue on the next indented line, across blank lines and at any
      // depth: a copy from a web page or a mail client that spaced the paragraphs ("said:
      // 553\n\n    Your IP is BLACKLISTED at UCEPROTECT-LEVEL 1 - See:\n\n    [http://...]",
      // lib/knowledge/providers/uceprotect.ts) or indented them by hand ("said: 550 5.7.0\n
      // Blocked - see\n   https://...", lib/knowledge/providers/apple.ts).
      if (awaitsWords(body)) {
        const below = wordsBelow(region, next);
        if (below !== -1) {
          next = below;
          indent = Math.min(
            indent,
            lineEndNear(region, below) -
              below -
              region.slice(below, lineEndNear(region, below)).trimStart().length,
          );
        }
      }
      const lineEnd = lineEndNear(region, next);
      const line = region.slice(next, lineEnd);
      const lead = line.length - line.trimStart().length;
      // Soft-wrapped: the next line's first word would not have fitted on this line.
      const space = line.indexOf(" ");
      const firstWord = lead === 0 ? (space === -1 ? line : line.slice(0, space)) : "";
      const softWrapped =
        atColumnZero &&
        lead === 0 &&
        lastLength + 1 + firstWord.length > SOFT_WRAP_MIN &&
        !FIELD_LINE.test(line) &&
        !TABLE_FIELD_LINE.test(line) &&
        !TRANSCRIPT_LINE.test(line);
      if (line.trim() === "" || (lead < indent && !softWrapped)) break;
      // Another reply starts here, unless it is this multi-line reply's next line, wrapped by
      // the reporting MTA ("said: 550-5.1.1\n    The email account ... Please try\n    550-5.1.1
      // double-checking ...": Postfix quoting Gmail, crisp-oss/email-bounce-parser
      // 550_5_1_1_no_such_recipient_variant_1.txt).
      const continued = m[2] === "-" && isContinuation(line.trimStart(), replyCode);
      if (REPLY_AT_START.test(line) && !continued) break;
      lastLength = lineEnd - next;
      const words = line.trim();
      body +=
        " " +
        (continued ? stripReplyPrefix(words, replyCode, status) : withoutOwnStatus(words, status));
      end = lineEnd;
      next = lineEnd + 1;
    }
    if (m[2] === "-") skipUntil = end;
    // Postfix's smtpd logs the envelope after the reply it refused with ("...; from=<a@b>
    // to=<c@d> proto=ESMTP helo=<host>", smtpd_check.c log_whatsup): the log's, not the server's.
    const trailer = body.indexOf("; ") === -1 ? null : POSTFIX_LOG_ENVELOPE.exec(body);
    if (trailer) body = body.slice(0, trailer.index);
    // A reply inside a JSON string ("diagnosticCode":"smtp; 550 5.1.1 user unknown"}],...: a
    // sending service's bounce event) ends where the string does.
    const json = JSON_STRING_OPEN.exec(
      region.slice(Math.max(lineStart, codeStart - 80), codeStart),
    );
    if (json) {
      const escaped = json[1] === "\\";
      body = body.slice(0, jsonStringEnd(body, escaped));
      if (!escaped) body = body.replace(/\\(["\\/])/g, "$1");
    }
    body = stripReplyPrefix(collapseWhitespace(body).trim(), replyCode, status);
    // "Remote Server returned '550 ...'": the closing quote is not the server's.
    const opener = region[leadStart - 1];
    if ((opener === "'" || opener === '"') && body.endsWith(opener)) body = body.slice(0, -1);
    // A bracket opened before the reply on its line closes after it ("[554 5.4.6 Hop count
    // exceeded - possible mail loop]", "[Status: Error, ..., ResponseCode 421, , Host not
    // reachable.]"): the writer's, not the server's.
    // Indexed, without destructuring: no iterator per reply (Maglev, the CLI's top tier, keeps
    // the iterator protocol's calls).
    for (let b = 0; b < BRACKETS.length; b++) {
      const open = BRACKETS[b]![0];
      const close = BRACKETS[b]![1];
      if (balance(region.slice(lineStart, codeStart), open, close) <= 0) continue;
      // Where the bracket closes, the writer's words resume, on this line or on a line the
      // reply's wrapping took in: Sendmail's "(reason: 553 ... fail)\n    (expanded from: <...>)".
      const closeAt = unmatchedClose(body, open, close);
      if (closeAt !== -1) body = body.slice(0, closeAt).trimEnd();
    }
    // A quote opened before the status ends the server's text where it closes.
    if (quote && body.lastIndexOf(quote) > 0) body = body.slice(0, body.lastIndexOf(quote)).trim();
    replies.push({
      replyCode,
      status,
      text: body.slice(0, MAX_REPLY_CHARS),
      lead: leadStart < leadEnd ? collapseWhitespace(region.slice(leadStart, leadEnd)).trim() : "",
      leadStart: from + leadStart,
      codeSpan: { start: from + codeStart, end: from + codeStart + 3 },
      statusSpan:
        statusStart === -1 || !status
          ? null
          : {
              start: from + statusStart,
              end: from + statusStart + m[4]!.length + m[5]!.length + m[6]!.length + 2,
            },
      span: { start: from + codeStart, end: from + end },
      strength,
      ...(REASON_INTRO_BEFORE.test(before) ? { reasonLine: true } : {}),
      ...(marked ? { transcript: true } : {}),
    });
  }
  return replies;
}

/**
 * A wrapped line of a reply without the reply's own status before its words: a client that keeps
 * a multi-line reply as one message cuts each line's code but not its status (Go's
 * net/textproto Reader.ReadResponse joins "5.7.1 line one\n5.7.1 line two" after "550 "), so the
 * status stands between the reply's sentences.
 */
function withoutOwnStatus(words: string, status: string | null): string {
  return status !== null && words.startsWith(`${status} `)
    ? words.slice(status.length + 1).trimStart()
    : words;
}

/** Removes "550-5.7.1 " / "550 " prefixes that mark continuation lines inside a joined reply. */
function stripReplyPrefix(body: string, code: number, status: string | null): string {
  let out = body;
  // Every prefix starts with the code: a body without it (most of them, the code is before the
  // body) has none to remove, and the lists and splits below are not built.
  if (!out.includes(String(code))) {
    if (status && out.startsWith(`${status} `)) out = out.slice(status.length + 1);
    return out.trim();
  }
  const prefixes = status
    ? [`${code}-${status} `, `${code} ${status} `, `${code}-#${status} `, `${code}-`, `${code} `]
    : [`${code}-`, `${code} `];
  // Indexed loops: a for-of loop's iterator is allocated and stepped by calls under Maglev (the
  // command line's top tier), once per reply here.
  for (let k = 0; k < prefixes.length; k++) {
    const p = prefixes[k]!;
    if (out.startsWith(p)) {
      out = out.slice(p.length);
      break;
    }
  }
  // Prefixes repeated inside one unwrapped line ("... 550-5.7.1 more words").
  for (let k = 0; k < prefixes.length && k < 3; k++) {
    const p = ` ${prefixes[k]!}`;
    if (out.includes(p)) out = out.split(p).join(" ");
  }
  if (status && out.startsWith(`${status} `)) out = out.slice(status.length + 1);
  return out.trim();
}

/**
 * A multi-line reply that a report field carries unwrapped onto one line keeps each line's
 * prefix: "550-5.1.1 The email account that you tried to reach does not exist. Please try
 * 550-5.1.1 double-checking ... 550 5.1.1 https://support.google.com/..." (Gmail, RFC 5321
 * section 4.2.1). Only a reply written with a continuation mark ("550-") has them: its first
 * prefix is kept (as "550 5.1.1"), the ones after it removed. Anything before the reply (a
 * wrapper such as "host X said:") is kept as it is.
 */
export function joinReplyLines(words: string, code: number, status: string | null): string {
  const mark = `${code}-`;
  const first = words.indexOf(mark);
  if (first === -1 || (first > 0 && !/\s/.test(words[first - 1]!))) return words;
  let headEnd = first + mark.length;
  let head = `${code} `;
  if (status !== null && words.startsWith(`${status} `, headEnd)) {
    headEnd += status.length + 1;
    head += `${status} `;
  }
  let rest = words.slice(headEnd);
  const prefixes = status
    ? [` ${code}-${status} `, ` ${code} ${status} `, ` ${code}-#${status} `]
    : [` ${code}-`, ` ${code} `];
  for (let k = 0; k < prefixes.length; k++) {
    const p = prefixes[k]!;
    if (rest.includes(p)) rest = rest.split(p).join(" ");
  }
  return words.slice(0, first) + head + rest;
}

export function findStatusCodes(text: string, from = 0, to = text.length): StatusMention[] {
  const out: StatusMention[] = [];
  const region = text.slice(from, to);
  STATUS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STATUS.exec(region)) !== null) {
    out.push({
      status: `${m[1]}.${Number(m[2])}.${Number(m[3])}`,
      span: { start: from + m.index, end: from + m.index + m[0].length },
    });
  }
  return out;
}

/** A 4xx or 5xx reply: the only kind that explains a bounce. */
export function isFailure(reply: SmtpReply): boolean {
  return reply.replyCode >= 400;
}

/** How well a reply explains a bounce: any failure above any other reply, then by strength. */
export function replyRank(reply: SmtpReply): number {
  return (isFailure(reply) ? 10 : 0) + reply.strength;
}

/**
 * The best reply of a list: a failure (4xx/5xx) before a success or intermediate reply (a
 * transcript's "250 2.1.0 Ok" explains no bounce, RFC 5321 section 4.2.1), then the strongest,
 * the first among equals.
 */
export function bestReply(replies: SmtpReply[], minStrength = 1): SmtpReply | null {
  let best: SmtpReply | null = null;
  let bestRank = -1;
  for (let k = 0; k < replies.length; k++) {
    const r = replies[k]!;
    if (r.strength < minStrength) continue;
    const rank = replyRank(r);
    if (rank > bestRank) {
      best = r;
      bestRank = rank;
    }
  }
  return best;
}
