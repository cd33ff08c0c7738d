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
  /** Span of the reply code, of the status, and of the whole reply in the scanned text. */
  codeSpan: Span;
  statusSpan: Span | null;
  span: Span;
  /** How sure we are that this is a reply and not a number in prose (3 = code + matching status). */
  strength: number;
}

export interface StatusMention {
  status: string;
  span: Span;
}

// A reply code: 2xx-5xx, not glued to other digits, dots or letters, followed by a space,
// a dash, a colon and a space (Yahoo: "550: 5.2.2 ...") or the end of the line; optionally an enhanced status of the same class.
const REPLY =
  /(?<![\w.:/+-])([2-5][0-5]\d)(?:([ -]|: )(?:#?([2-5])\.(\d{1,3})\.(\d{1,3})(?![\d.]\d))?|(?=$|[\s'"),;\]]))/gm;
// An enhanced status code on its own: "Status: 5.1.1", "#5.1.1", "(5.7.1)"; never an IP.
const STATUS = /(?<![\w.-])([245])\.(\d{1,3})\.(\d{1,3})(?![\w-]|\.\d)/g;

/** No real bounce holds more replies; a bound keeps hostile input linear. */
const MAX_REPLIES = 1000;

const REPLY_AT_START = /^\s*[2-5]\d\d[ -]/;

/** Where the text that follows a reply code ends: at a blank line or at most this far. */
const MAX_REPLY_CHARS = 1200;

// Line limits are looked for within a bounded window so that one huge line full of codes
// costs linear time, not quadratic.
function lineStartNear(text: string, pos: number): number {
  const limit = Math.max(0, pos - 200);
  for (let i = pos - 1; i >= limit; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return limit;
}

function lineEndNear(text: string, pos: number): number {
  const limit = Math.min(text.length, pos + MAX_REPLY_CHARS);
  for (let i = pos; i < limit; i++) if (text.charCodeAt(i) === 10) return i;
  return limit;
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
 * A line of a session transcript (Sendmail's "While talking to host:", ">>> RCPT To:<a@b>",
 * "<<< 550 ..."): the start of another exchange, never a wrapped reply's continuation.
 */
const TRANSCRIPT_LINE = /^(?:while talking to |>>> |<<< )/i;

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
  const urlMemo = { pos: -1, url: false };
  while ((m = REPLY.exec(region)) !== null && replies.length < MAX_REPLIES) {
    // Lines already joined to a "550-" reply are not replies of their own.
    if (m.index < skipUntil) continue;
    if (insideUrl(region, m.index, urlMemo)) continue;
    const replyCode = Number(m[1]);
    const codeStart = m.index;
    const hasStatus = m[3] !== undefined;
    const status = hasStatus ? `${m[3]}.${Number(m[4])}.${Number(m[5])}` : null;
    const statusStart = hasStatus ? region.indexOf(`${m[3]}.${m[4]}.${m[5]}`, codeStart + 3) : -1;
    const lineStart = lineStartNear(region, codeStart);
    const before = region.slice(Math.max(lineStart, codeStart - 40), codeStart);
    let strength = 1;
    if (hasStatus && m[3] === m[1]![0]) strength = 3;
    else if (
      codeStart === lineStart ||
      /(?:[:;'"(]|said|returned|error|reply|response|answer)\s*$/i.test(before)
    )
      strength = 2;
    else if (replyCode < 400) strength = 0;

    // The reply text: the rest of this line, plus continuation lines of the same code.
    let end = lineEndNear(region, codeStart);
    let body = region.slice(m.index + m[0].length, end);
    if (m[2] === "-") {
      let next = end + 1;
      while (next < region.length && next - codeStart < MAX_REPLY_CHARS * 4) {
        const lineEnd = lineEndNear(region, next);
        const line = region.slice(next, lineEnd).replace(/^[ \t]+/, "");
        if (!isContinuation(line, replyCode)) break;
        body += " " + stripReplyPrefix(line, replyCode, status);
        end = lineEnd;
        next = lineEnd + 1;
      }
      skipUntil = end;
    }
    // A reply the MTA wrapped continues on lines indented at least as deep (Postfix: 4 spaces).
    const indent = Math.max(
      4,
      codeStart - lineStart - region.slice(lineStart, codeStart).trimStart().length,
    );
    // A reply at the start of its line that a mail client soft-wrapped (a forwarded or quoted
    // copy, wrapped near 72 columns) continues on the next line at the same column.
    let lastLength = end - lineStart;
    const atColumnZero = !/[ \t]/.test(region[lineStart] ?? " ");
    for (let next = end + 1; next < region.length && body.length < MAX_REPLY_CHARS;) {
      const lineEnd = lineEndNear(region, next);
      const line = region.slice(next, lineEnd);
      const lead = line.length - line.trimStart().length;
      // Soft-wrapped: the next line's first word would not have fitted on this line.
      const firstWord = line.length - line.trimStart().length === 0 ? line.split(" ", 1)[0]! : "";
      const softWrapped =
        atColumnZero &&
        lead === 0 &&
        lastLength + 1 + firstWord.length > SOFT_WRAP_MIN &&
        !FIELD_LINE.test(line) &&
        !TRANSCRIPT_LINE.test(line);
      if (line.trim() === "" || (lead < indent && !softWrapped) || REPLY_AT_START.test(line)) break;
      lastLength = lineEnd - next;
      body += " " + line.trim();
      end = lineEnd;
      next = lineEnd + 1;
    }
    body = stripReplyPrefix(collapseWhitespace(body).trim(), replyCode, status);
    // "Remote Server returned '550 ...'": the closing quote is not the server's.
    const opener = region[codeStart - 1];
    if ((opener === "'" || opener === '"') && body.endsWith(opener)) body = body.slice(0, -1);
    replies.push({
      replyCode,
      status,
      text: body.slice(0, MAX_REPLY_CHARS),
      codeSpan: { start: from + codeStart, end: from + codeStart + 3 },
      statusSpan:
        statusStart === -1 || !status
          ? null
          : {
              start: from + statusStart,
              end: from + statusStart + m[3]!.length + m[4]!.length + m[5]!.length + 2,
            },
      span: { start: from + codeStart, end: from + end },
      strength,
    });
  }
  return replies;
}

/** Removes "550-5.7.1 " / "550 " prefixes that mark continuation lines inside a joined reply. */
function stripReplyPrefix(body: string, code: number, status: string | null): string {
  let out = body;
  const prefixes = status
    ? [`${code}-${status} `, `${code} ${status} `, `${code}-#${status} `, `${code}-`, `${code} `]
    : [`${code}-`, `${code} `];
  for (const p of prefixes) {
    if (out.startsWith(p)) {
      out = out.slice(p.length);
      break;
    }
  }
  // Prefixes repeated inside one unwrapped line ("... 550-5.7.1 more words").
  for (const p of prefixes.slice(0, 3)) out = out.split(` ${p}`).join(" ");
  if (status && out.startsWith(`${status} `)) out = out.slice(status.length + 1);
  return out.trim();
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
  for (const r of replies) {
    if (r.strength < minStrength) continue;
    const rank = replyRank(r);
    if (rank > bestRank) {
      best = r;
      bestRank = rank;
    }
  }
  return best;
}
