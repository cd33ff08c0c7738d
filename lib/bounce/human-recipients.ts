// Recipients of a human-readable bounce: lines that introduce an address (RECIPIENT_LINES)
// cut the text into one segment per recipient; each segment's SMTP reply gives its codes.
import {
  BARE_LIST_INTRO,
  LIST_LABEL,
  LABELLED_DIAGNOSTICS,
  LABELLED_REPLY_CODES,
  NON_REASON_LABELS,
  JSON_RECIPIENT_KEY,
  ORIGINAL_ADDRESS_LABEL,
  ORIGINAL_MESSAGE_MARKERS,
  RECIPIENT_LINES,
  SENDER_INTROS,
  SENDER_LABELS,
  type RecipientLine,
} from "./mta-formats";
import {
  bestReply,
  findSmtpReplies,
  findStatusCodes,
  isFailure,
  replyRank,
  type SmtpReply,
} from "./smtp-reply";
import type { RecipientReport, Span } from "./types";
import {
  FRAMED_HEADING,
  listIntroReason,
  reasonAboveUnderHeading,
  reasonUnderReasonIntro,
  sentenceReason,
} from "./list-intro";
import { collapseWhitespace, hasNonBlank, hasNonBlankIn } from "./blank";
import { topLevelBranches } from "./literal-gate";
import { escapeForPattern, NDR_HEADLINES } from "@/lib/knowledge/ndr-headlines";

/** Lines longer than this are tested on their first part only (keeps line patterns cheap). */
const MAX_LINE = 2000;
export const MAX_DIAGNOSTIC = 1000;

/**
 * A line of a text, text[start, end), its text (the first MAX_LINE characters) cut out only
 * when read: most lines of a bounce are looked at by their first characters (the marker
 * search, in place) or not at all (findHits reads the lines with an "@"). A slice per line,
 * read or not, cost an allocation for each (the dev corpus: 21 lines a message, text read
 * for a few).
 */
export class Line {
  /** Where the line's text ends: the line's end, or MAX_LINE characters in. */
  readonly textEnd: number;
  private cut: string | null = null;

  constructor(
    readonly source: string,
    readonly start: number,
    readonly end: number,
  ) {
    // A comparison, not Math.min: Maglev (the command line's top tier) calls Math.min as a
    // builtin, once per line here.
    const cut = start + MAX_LINE;
    this.textEnd = end < cut ? end : cut;
  }

  get text(): string {
    return (this.cut ??= this.source.slice(this.start, this.textEnd));
  }
}

export function splitLines(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let pos = from;
  while (pos <= to) {
    let end = text.indexOf("\n", pos);
    if (end === -1 || end > to) end = to;
    lines.push(new Line(text, pos, end));
    pos = end + 1;
  }
  return lines;
}

/**
 * The markers as one pattern after the line's leading blanks: one test per line instead of one
 * per marker. Every marker is anchored (^) and case-insensitive, which mta-formats.test.ts holds.
 */
const ANY_MARKER = new RegExp(
  `^[ \\t]*(?:${ORIGINAL_MESSAGE_MARKERS.map((re) => `(?:${re.source.replace(/^\^/, "")})`).join("|")})`,
  "i",
);

/**
 * The characters a marker can start with (after the line's blanks), both cases: a line that
 * starts with another one is not tested. Null when a marker starts with a pattern construct
 * rather than a plain character (then every line is tested).
 */
const MARKER_STARTS: ReadonlySet<number> | null = (() => {
  const starts = new Set<number>();
  for (const re of ORIGINAL_MESSAGE_MARKERS) {
    const source = re.source.replace(/^\^/, "");
    // An escaped punctuation character (as in "^\\|---") stands for itself.
    const first = /^\\[^A-Za-z0-9]/.test(source) ? source[1]! : (source[0] ?? "");
    if (!/^[A-Za-z|-]$/.test(first)) return null;
    starts.add(first.toLowerCase().charCodeAt(0));
    starts.add(first.toUpperCase().charCodeAt(0));
  }
  return starts;
})();

/** Whether the line's text may start a marker: read in place, without the text cut out. */
function mayStartMarker(line: Line): boolean {
  if (!MARKER_STARTS) return true;
  const source = line.source;
  const end = line.textEnd;
  let i = line.start;
  while (i < end && (source.charCodeAt(i) === 0x20 || source.charCodeAt(i) === 0x09)) i++;
  return i < end && MARKER_STARTS.has(source.charCodeAt(i));
}

/** Where the quoted original message starts within [from, to), or `to`. */
export function originalMessageStart(lines: Line[], to: number): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (mayStartMarker(line) && ANY_MARKER.test(line.text)) return line.start;
  }
  return to;
}

interface Hit {
  address: string;
  span: Span;
  lineStart: number;
  /** Blanks before the line's first character. */
  indent: number;
  /** The words of the hit's line besides the address, when its pattern says they are the reason. */
  reason: string | null;
  /** Found by a JSON event's recipient key (JSON_RECIPIENT_KEY), not by a line of the notice. */
  jsonKey: boolean;
}

// Wrapping characters trimmed off an address: a leading run of LEADING, then a trailing run of
// TRAILING (what /^[<("'[]+|[>)"'\].,;:]+$/g removed, by index rather than by a pattern that is
// retried at every position of the address).
const LEADING = new Set(["<", "(", '"', "'", "["]);
const TRAILING = new Set([">", ")", '"', "'", "]", ".", ",", ";", ":"]);

/** "[192.0.2.1]" → "192.0.2.1", "MX.Example.COM." → "mx.example.com": a host as the text names it, lower case, without the root dot. */
export function normalizeHost(host: string): string {
  return (
    host
      // A comment after the name: Gmail's "Remote-MTA: dns; mx1.example.net. (192.0.2.1, the server
      // for the domain example.net.)" (postalsys/emailengine test/fixtures/bounces/gmail.eml).
      .replace(/[ \t]{0,8}\([^()\n]{0,300}\)[ \t]*$/, "")
      .replace(/^\[|\]$/g, "")
      .replace(/\.$/, "")
      .toLowerCase()
  );
}

export function normalizeAddress(address: string): string {
  let from = 0;
  let to = address.length;
  while (from < to && LEADING.has(address[from]!)) from++;
  while (to > from && TRAILING.has(address[to - 1]!)) to--;
  // A quoted local part keeps its opening quote ('"a b"@example.org', RFC 5321 section 4.1.2):
  // the closing one stands before the "@".
  if (from > 0 && address[from - 1] === '"') {
    const at = address.lastIndexOf("@", to - 1);
    if (at > from && address[at - 1] === '"') from--;
  }
  const clean = from === 0 && to === address.length ? address : address.slice(from, to);
  const at = clean.lastIndexOf("@");
  if (at < 1) return clean;
  return clean.slice(0, at) + "@" + clean.slice(at + 1).toLowerCase();
}

const NON_REASON = new Set(NON_REASON_LABELS);

/** An expansion note inside a recipient's line ("(expanded from <list@example.org>)"). */
const EXPANSION_IN_LINE =
  /\((?:expanded from|generated from|ultimately generated from)[^()]{0,300}\)/gi;

/**
 * The words of a recipient line other than its address: "No MX found for domain" in
 * "user@example.org: No MX found for domain", "Unknown user" in "Unknown user: user@example.org".
 * Null when they only name the field ("RCPT TO:", "Recipient:") or are an expansion note.
 */
export function reasonOnLine(line: string, address: string): string | null {
  const at = line.indexOf(address);
  if (at === -1) return null;
  // Only the address's own wrapping goes ("<user@...>", "[user@...]", '"user@..."'): brackets in
  // the reason are the server's words ("connect to mx.example.net[192.0.2.1]:25").
  const before = line.slice(0, at).replace(/[<["]+$/, "");
  // A Markdown link's target after the address ("[<user@...>](mailto:user@...): ...") is the
  // page's markup, not the server's words.
  const after = line
    .slice(at + address.length)
    .replace(/^[>\]"]+/, "")
    .replace(/^\(mailto:[^()\s]{1,300}\)>?/, "");
  const joined = `${before} ${after}`;
  const words = collapseWhitespace(
    // Only words with a "(" can hold an expansion note: the others are not searched.
    joined.indexOf("(") === -1 ? joined : joined.replace(EXPANSION_IN_LINE, " "),
  )
    .trim()
    // MDaemon's "user@example.com - no such user here.": the dash is the format's.
    .replace(/^[-:.,;\s]+|[:.,;\s]+$/g, "")
    // X1's "user@example.com [User unknown]", GroupWise's "user@example.com (user not found)":
    // the brackets are the format's, around the reason.
    .replace(/^\[([^[\]]*)\]$|^\(([^()]*)\)$/, "$1$2");
  if (!/[A-Za-z]{2}/.test(words)) return null;
  // "Did not reach the following recipient: user@...": the list's label, no reason.
  if (LIST_LABEL.test(words)) return null;
  return NON_REASON.has(words.toLowerCase()) ? null : words;
}

/** The reason a log line quotes where its format puts it (RecipientLine.reasonAt), or null. */
function reasonAt(line: string, at: RegExp): string | null {
  const words = at.exec(line)?.[1];
  if (words === undefined) return null;
  const reason = collapseWhitespace(words).trim();
  return /[A-Za-z]{2}/.test(reason) ? reason : null;
}

/**
 * The text of the last line above lines[i] with a non-blank character, or "". Looked up only for
 * a line with an "@" (few), instead of kept up to date on every line: the walk back stops at
 * the latest line with an "@" at the furthest, as that line is not blank, so all the walks
 * together read each line at most once more.
 */
function lineAbove(lines: Line[], i: number): string {
  for (let k = i - 1; k >= 0; k--) {
    const line = lines[k]!;
    // In place: a blank line's text is not cut out.
    if (hasNonBlankIn(line.source, line.start, line.textEnd)) return line.text;
  }
  return "";
}

/** Whether any of the patterns matches `text` (an indexed loop: no closure per call). */
function anyTest(patterns: readonly RegExp[], text: string): boolean {
  for (let k = 0; k < patterns.length; k++) if (patterns[k]!.test(text)) return true;
  return false;
}

/**
 * A list of recipient line patterns as one test per set of flags: the alternation of the
 * patterns that share the flags (each in a group of its own, none has a back-reference or the g
 * or y flag: mta-formats.test.ts holds that) matches a line exactly when one of them does. Most
 * lines with an "@" are no recipient's: one search of the line rules them all out, instead of
 * one per pattern (about thirty): 0.45 us a line instead of 1.0 for the dev corpus's lines
 * with an "@" (half of them are no recipient's). A line it passes takes its pattern and match
 * from the same search (firstLineMatch).
 */
interface LineGate {
  tests: RegExp[];
  /** The same alternations, each with what tells which of its patterns a match is of. */
  groups: GateGroup[];
}

interface GateGroup {
  /** The alternation of the group's patterns, each in a group of its own. */
  re: RegExp;
  /** The patterns' places in the list, in order. */
  members: number[];
  /** For each member, the number of its group 1 in the alternation's match. */
  firstGroup: number[];
  /**
   * For each member, whether every match of it starts at the line's start: each of its top-level
   * branches starts with "^", and no m flag lets "^" match after a line terminator in the line.
   */
  anchored: boolean[];
}

/** Gates of the fixed pattern lists (RECIPIENT_LINES, a writer's own), built once each. */
const GATES = new WeakMap<readonly RecipientLine[], LineGate>();

/** How many capturing groups a pattern has (what its match array holds besides the whole). */
function groupCount(pattern: RegExp): number {
  return new RegExp(`(?:${pattern.source})|`, pattern.flags).exec("")!.length - 1;
}

function lineGate(patterns: readonly RecipientLine[]): LineGate {
  let gate = GATES.get(patterns);
  if (gate) return gate;
  const byFlags = new Map<string, number[]>();
  patterns.forEach(({ pattern }, k) => {
    const members = byFlags.get(pattern.flags) ?? [];
    members.push(k);
    byFlags.set(pattern.flags, members);
  });
  const groups: GateGroup[] = [];
  for (const [flags, members] of byFlags) {
    const firstGroup: number[] = [];
    let next = 1;
    for (const k of members) {
      firstGroup.push(next);
      next += groupCount(patterns[k]!.pattern);
    }
    const sources = members.map((k) => `(?:${patterns[k]!.pattern.source})`);
    groups.push({
      re: new RegExp(sources.join("|"), flags),
      members,
      firstGroup,
      anchored: members.map((k) => {
        const { source, multiline } = patterns[k]!.pattern;
        return !multiline && topLevelBranches(source).every((b) => b.startsWith("^"));
      }),
    });
  }
  gate = { tests: groups.map((g) => g.re), groups };
  GATES.set(patterns, gate);
  return gate;
}

/** Whether one of the patterns matches the line, by its gate's tests. */
export function passesLineGate(patterns: readonly RecipientLine[], line: string): boolean {
  return anyTest(lineGate(patterns).tests, line);
}

/** The first pattern of a list that matches a line: its place, its group 1 and where its match starts. */
export interface LineMatch {
  index: number;
  raw: string;
  at: number;
}

/**
 * What trying the patterns one by one gives (the first in the list that matches the line, and its
 * match), read from the gate's alternations instead: each one's match is its leftmost, of the
 * first of its patterns that matches there, so no pattern before that one matches at or before
 * that place, and an anchored one nowhere. Only a pattern before it that may match further on
 * (unanchored) is tried on its own. Besides the pattern loop per line, each pattern's own copy was
 * compiled once per process: with the gate, the list was compiled twice (callgrind: 30M
 * instructions for the patterns one by one, 25M for the gate, in every command-line run).
 */
export function firstLineMatch(patterns: readonly RecipientLine[], line: string): LineMatch | null {
  const groups = lineGate(patterns).groups;
  let best: LineMatch | null = null;
  // Unanchored patterns before a group's match: they may still match further on.
  let unsettled: number[] | null = null;
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const m = group.re.exec(line);
    if (m === null) continue;
    let k = 0;
    while (k < group.members.length && m[group.firstGroup[k]!] === undefined) k++;
    // Every pattern captures its address (mta-formats.test.ts): not found, no shortcut is taken.
    if (k === group.members.length) return firstLineMatchOneByOne(patterns, line);
    const index = group.members[k]!;
    if (best === null || index < best.index)
      best = { index, raw: m[group.firstGroup[k]!]!, at: m.index };
    for (let i = 0; i < k; i++) if (!group.anchored[i]) (unsettled ??= []).push(group.members[i]!);
  }
  if (best === null || unsettled === null) return best;
  unsettled.sort((a, b) => a - b);
  for (let u = 0; u < unsettled.length && unsettled[u]! < best.index; u++) {
    const m = patterns[unsettled[u]!]!.pattern.exec(line);
    if (m) return { index: unsettled[u]!, raw: m[1]!, at: m.index };
  }
  return best;
}

/** The patterns tried one by one: what firstLineMatch gives. */
export function firstLineMatchOneByOne(
  patterns: readonly RecipientLine[],
  line: string,
): LineMatch | null {
  for (let k = 0; k < patterns.length; k++) {
    const m = patterns[k]!.pattern.exec(line);
    if (m) return { index: k, raw: m[1]!, at: m.index };
  }
  return null;
}

/** Whether the non-blank line above lines[i] is the line of the last hit. */
function underLastHit(lines: Line[], i: number, hits: readonly Hit[]): boolean {
  if (hits.length === 0) return false;
  for (let k = i - 1; k >= 0; k--) {
    const line = lines[k]!;
    if (hasNonBlankIn(line.source, line.start, line.textEnd))
      return line.start === hits[hits.length - 1]!.lineStart;
  }
  return false;
}

/** `lines` are splitLines' lines of `text`, in order: each one's text is a slice of it. */
function findHits(text: string, lines: Line[], patterns: readonly RecipientLine[]): Hit[] {
  const hits: Hit[] = [];
  // Every recipient pattern captures an address with its "@" (mta-formats.test.ts holds that).
  // The text's next "@" (indexOf, native) says which lines hold one, instead of a search of
  // every line: most lines of a bounce have none.
  let at = lines.length > 0 ? text.indexOf("@", lines[0]!.start) : -1;
  for (let i = 0; i < lines.length && at !== -1; i++) {
    const line = lines[i]!;
    if (at < line.start) at = text.indexOf("@", line.start);
    // None in the line's text (a long line's text is its first MAX_LINE characters).
    if (at === -1 || at >= line.textEnd) continue;
    const found = firstLineMatch(patterns, line.text);
    if (found === null) continue;
    if (anyTest(SENDER_INTROS, lineAbove(lines, i))) continue;
    if (anyTest(SENDER_LABELS, line.text)) continue;
    if (ORIGINAL_ADDRESS_LABEL.test(line.text) && underLastHit(lines, i, hits)) continue;
    const p = patterns[found.index]!;
    const raw = found.raw;
    const start = line.start + line.text.indexOf(raw, found.at);
    const reason = p.reasonAt
      ? reasonAt(line.text, p.reasonAt)
      : p.reasonOnLine
        ? reasonOnLine(line.text, raw)
        : null;
    hits.push({
      address: normalizeAddress(raw),
      span: { start, end: start + raw.length },
      lineStart: line.start,
      indent: line.text.length - line.text.trimStart().length,
      reason,
      jsonKey: p.id === JSON_RECIPIENT_KEY,
    });
  }
  return withoutJsonPayloads(hits);
}

/**
 * A JSON key names the recipient only of an event pasted or mailed alone (Amazon SES over SNS,
 * SendGrid, Mailgun): in a bounce whose own lines name its recipients, a JSON object is content
 * (a form's or a webhook's payload quoted in the notice), and its "email" is nobody's refusal.
 */
function withoutJsonPayloads(hits: Hit[]): Hit[] {
  let json = 0;
  for (let k = 0; k < hits.length; k++) if (hits[k]!.jsonKey) json++;
  if (json === 0 || json === hits.length) return hits;
  return hits.filter((hit) => !hit.jsonKey);
}

// Exim's main log names the command an ACL refused: "H=host [ip] F=<a> rejected RCPT <b>: ...",
// "temporarily rejected MAIL <a>: ..." (acl.c; the lab's exim/*.receiving.log).
const COMMAND =
  /(?:after|in reply to|in response to|while sending|for|during)\s+(?:the\s+)?(RCPT TO|RCPT|MAIL FROM|MAIL|DATA|end of data|HELO|EHLO|STARTTLS|AUTH|BDAT|connect|CONNECT)\b|\[(RCPT_TO|MAIL_FROM|DATA)\]|>>> (RCPT|MAIL|DATA|HELO|EHLO)\b|\brejected (RCPT|MAIL) </i;

/**
 * A transcript line after ">>> DATA" where the server answers DATA with 503 for want of a
 * recipient ("<<< 503 5.0.0 Need RCPT (recipient)", "<<< 503-All RCPT commands were rejected").
 * With PIPELINING (RFC 2920 section 3.1) the client sends RCPT TO and DATA together and Sendmail's
 * transcript shows ">>> DATA" last, above the replies to both in order: the refusal above such a
 * 503 answered RCPT TO, and DATA failed only because no recipient was left (RFC 5321 3.3).
 */
const DATA_WITHOUT_RECIPIENT = /\n<<< 503[ -][^\n]{0,120}\bRCPT\b/i;

export function smtpCommandIn(text: string): string | null {
  const m = COMMAND.exec(text.slice(0, 4000));
  if (!m) return null;
  const raw = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? "").toUpperCase();
  if (m[3] && raw === "DATA") {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 800);
    if (DATA_WITHOUT_RECIPIENT.test(after)) return "RCPT";
  }
  if (raw.startsWith("RCPT")) return "RCPT";
  if (raw.startsWith("MAIL")) return "MAIL";
  if (raw === "DATA" || raw === "END OF DATA" || raw === "BDAT") return "DATA";
  if (raw === "CONNECT") return "CONN";
  return raw;
}

// "(?:\s*:)?\s+" rather than "\s*:?\s+" (the same blanks in two runs side by side): see ZONE_WORDING in extract.ts.
// Postfix smtp(8) names the host it failed to reach as "connect to X[ip]:25: ...", "lost connection
// with X[ip] while ...", "conversation with X[ip] timed out while ..."; Microsoft 365's NDR
// "Message rejected by: X". Host names in the wild hold underscores ("balancer_haproxy.example.com").
// Not Postfix's "Client host [192.0.2.45] blocked using ..." (smtpd_check.c): that host is the
// sending client the answering server names, not the server that answered.
const REMOTE_HOST =
  /(?:(?<!client )\bhost|Remote[- ]MTA|Generating server|remote server|server at|talking to|\bconnect to|connection with|conversation with|Message rejected by)(?:\s*:)?\s+([A-Za-z0-9_][A-Za-z0-9_.-]{0,252}\.[A-Za-z]{2,24}|\[?\d{1,3}(?:\.\d{1,3}){3}\]?)/i;

export function remoteMtaIn(text: string, from: number): { host: string; span: Span } | null {
  const m = REMOTE_HOST.exec(text.slice(0, 4000));
  if (!m) return null;
  const host = normalizeHost(m[1]!);
  const start = from + m.index + m[0].lastIndexOf(m[1]!);
  return { host, span: { start, end: start + m[1]!.length } };
}

/** Words just before a number that make it a software version, not a status ("X-Mailman-Version: 2.1.5"). */
const VERSION_BEFORE = /(?:version|\bver\.?|\bv|\brelease|\brev\.?)[ \t]*[:=]?[ \t]*$/i;

/**
 * A status code found loose in a recipient's text (no reply carries it): the first that names a
 * failure (class 4 or 5, RFC 3463 section 3.1; a 2.x.x explains no bounce) and is no software
 * version. Beside a reply it must be of the reply's class: "550 unknown user" is no 2.1.5.
 */
function looseStatus(
  text: string,
  from: number,
  to: number,
  reply: SmtpReply | null,
): { status: string; span: Span } | null {
  const found = findStatusCodes(text, from, to);
  for (let k = 0; k < found.length; k++) {
    const m = found[k]!;
    if (m.status[0] === "2") continue;
    if (reply && String(reply.replyCode)[0] !== m.status[0]) continue;
    const lineStart = Math.max(text.lastIndexOf("\n", m.span.start - 1) + 1, m.span.start - 60);
    if (VERSION_BEFORE.test(text.slice(lineStart, m.span.start))) continue;
    return m;
  }
  return null;
}

function unwrap(text: string): string {
  return collapseWhitespace(text).trim().slice(0, MAX_DIAGNOSTIC);
}

/**
 * A line where a bounce's own prose ends and something else begins: a header field of the
 * quoted original ("Received: from ...", "From: ..."), or a separator rule ("-----", "=====").
 */
const PROSE_END =
  /^(?:(?:Received|Return-Path|Message-I[Dd]|Date|From|To|Subject|Content-Type|MIME-Version|Delivered-To|X-[A-Za-z0-9-]{1,60})[ \t]*:|[ \t]*[-=_*]{5,}[ \t]*$)/i;

/**
 * A line that a rule begins and nothing closes: where the bounce's words end. qmail's separator
 * in any language ("--- Below this line is a copy of the message.", "--- Mensaje original
 * adjunto."), a MIME boundary read as text ("--" and its token), a signature's "-- ", a footer
 * under a line of underscores (Outlook's separator, a virus scanner's notice).
 */
const DIVIDER = /^[ \t]*(?:--[ \t]*$|-{2,}[^-\s]|-{3,}[ \t]|_{3,})/;

/**
 * A line that only tells the reader whom to write to, the writer's closing: "Please reply to
 * Postmaster@example.com" over "if you feel this message to be in error." (Netscape Messaging
 * Server, flufl.bounce netscape_01.txt). It ends a recipient's prose; it gives no reason.
 */
const REPLY_TO_LINE =
  /^[ \t]{0,12}(?:please[ \t]{1,4})?(?:reply|write)[ \t]{1,4}to[ \t]{1,4}<?[^\s<>@]{1,64}@[^\s<>]{1,255}>?[ \t]*$/i;

/**
 * A footer line of the writer's: where to read more, and not to reply. It ends a recipient's
 * prose, and gives no reason: "The following websites may contain more information to assist
 * you:" and "Please do not reply to this message, as it will go to an unread mailbox" under the
 * address in Road Runner's notice (LoneStarInternet/mail_manager spec/test_app/spec/support/files
 * bounce-over-quota.txt), whose reason stands above the address.
 */
const FOOTER_LINE =
  /^[ \t]{0,12}(?:the following (?:web ?sites?|links?|pages?) (?:may|might|will) (?:contain|provide|give|have) more information|please do not reply to this (?:message|e-?mail|notice))/i;

/** A time of day alone on a line, with its zone or AM/PM: "17:12:28 -0400", "11:34:45 PM". */
const TIME_REMNANT =
  /^[ \t]{0,12}\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]{1,4}(?:[AaPp][Mm]|[+-]\d{4}|\(?[A-Z]{2,5}\)?)){0,2}[ \t]*$/;

/** This many blank lines in a row end a recipient's prose. */
const MAX_BLANK_RUN = 3;

/** A line that only notes the address a recipient was expanded from (Exim, Postfix). */
const EXPANSION_NOTE =
  /^[ \t]*\((?:expanded from|generated from|ultimately generated from)[^()\n]{0,300}\)[ \t]*$/i;

/**
 * The words that explain a recipient with no SMTP reply: the reason on its own line, then the
 * lines that continue it up to a blank line; with no reason on the line, the text below it
 * up to the quoted original's headers or a separator. Spans are kept for the evidence.
 */
function proseDiagnostic(
  hitReason: string | null,
  segText: string,
  segStart: number,
): { text: string; span: Span } | null {
  const firstEnd = segText.indexOf("\n");
  const lines = firstEnd === -1 ? [] : segText.slice(firstEnd + 1).split("\n");
  const parts: string[] = hitReason ? [hitReason] : [];
  let pos = firstEnd + 1;
  let bodyStart = -1;
  let bodyEnd = -1;
  // The indentation of the reason's first line, and whether a blank line has come since.
  let reasonIndent = -1;
  const addressIndent = segText.length - segText.trimStart().length;
  let afterBlank = false;
  let blankRun = 0;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const blank = !hasNonBlank(line);
    if (PROSE_END.test(line)) break;
    if (FRAMED_HEADING.test(line)) {
      pos += line.length + 1;
      continue;
    }
    // The time of the address line's date, wrapped onto the next line: Exchange 5.5's
    // "c=US;...;dda:SMTP=user@example.com; on Fri, 4 Oct 2002\n17:12:28 -0400" (flufl.bounce
    // microsoft_01.txt). It belongs to the date, not to the reason under it.
    if (k === 0 && TIME_REMNANT.test(line) && /\b\d{4}[ \t]*$/.test(segText.slice(0, firstEnd))) {
      pos += line.length + 1;
      continue;
    }
    if (DIVIDER.test(line)) break;
    // The next list's introduction: a writer that gives each address its own "The following
    // recipients did not receive your message:" (Netscape Messaging Server, flufl.bounce
    // netscape_01.txt) starts another recipient's list there, not this recipient's words.
    if (BARE_LIST_INTRO.test(line) || REPLY_TO_LINE.test(line) || FOOTER_LINE.test(line)) break;
    // A run of blank lines sets off what a gateway appended (a company's footer, a scanner's
    // notice) from the bounce's own text: flufl.bounce dsn_13.txt has six, then "Working
    // together. For life.(sm)".
    blankRun = blank ? blankRun + 1 : 0;
    if (blankRun >= MAX_BLANK_RUN) break;
    if (blank && (hitReason !== null || parts.length > 0)) {
      // A reason on the address line ends at its paragraph; prose below a bare address may run on.
      if (hitReason !== null) break;
      afterBlank = true;
    }
    // ... but not out of its indentation: Exim indents the reason under the address, and what
    // follows a blank line at the margin is the writer's own text again (Mail.Ru's advice to check
    // the addresses, under "an MX or SRV record indicated no SMTP service").
    const indent = blank ? -1 : line.length - line.trimStart().length;
    if (afterBlank && reasonIndent > 0 && indent !== -1 && indent < reasonIndent) break;
    // Nor back to the address's own indentation under a reason indented deeper: the list's next
    // item, which may be no address at all (Exim's "an undisclosed address" for a recipient it
    // hides, under "  user@example.org\n    Unrouteable address": Exim's test suite, test/mail/0224).
    // Only at that very column: a line further out is a wrapped part of the reason (Exchange 2003
    // breaks its "The MTS-ID of the original message is: c=...;a= ;p=...\n;l=..." at the margin).
    if (reasonIndent > addressIndent && addressIndent > 0 && indent === addressIndent) break;
    // Exim's "(generated from alias@...)" and PMDF's "Original address: ..." under the address
    // say where it came from, not why it failed.
    const note = EXPANSION_NOTE.test(line) || ORIGINAL_ADDRESS_LABEL.test(line);
    if (reasonIndent === -1 && indent !== -1 && !note) reasonIndent = indent;
    if (!blank && !note) {
      parts.push(line.trim());
      if (bodyStart === -1) bodyStart = pos;
      bodyEnd = pos + line.length;
    }
    pos += line.length + 1;
    if (parts.join(" ").length > MAX_DIAGNOSTIC) break;
  }
  if (parts.length === 0) return null;
  const start = hitReason !== null ? segStart : segStart + bodyStart;
  const end =
    bodyEnd === -1 ? segStart + (firstEnd === -1 ? segText.length : firstEnd) : segStart + bodyEnd;
  return { text: unwrap(parts.join(" ")), span: { start, end } };
}

/** A writer's field that gives the error as its value (LABELLED_DIAGNOSTICS), in a recipient's segment. */
function labelledDiagnostic(
  segText: string,
  segStart: number,
): { text: string; span: Span } | null {
  for (let k = 0; k < LABELLED_DIAGNOSTICS.length; k++) {
    const { literal, pattern } = LABELLED_DIAGNOSTICS[k]!;
    if (!segText.includes(literal)) continue;
    const m = pattern.exec(segText);
    if (!m?.[1]) continue;
    const start = segStart + m.index + m[0].length - m[1].length;
    return { text: unwrap(m[1]), span: { start, end: start + m[1].length } };
  }
  return null;
}

/** A reply code written as a labelled field ("ERROR_CODE :550") in a recipient's reason. */
function labelledReplyCode(reason: string | null): number | null {
  if (!reason) return null;
  for (let k = 0; k < LABELLED_REPLY_CODES.length; k++) {
    const m = LABELLED_REPLY_CODES[k]!.exec(reason);
    if (m?.[1]) return Number(m[1]);
  }
  return null;
}

function reportFrom(
  address: string | null,
  addressSpan: Span | null,
  reply: SmtpReply | null,
  segText: string,
  segStart: number,
  statusOnly: { status: string; span: Span } | null,
  hitReason: string | null = null,
): RecipientReport {
  const spans: RecipientReport["spans"] = {};
  if (addressSpan) spans.address = addressSpan;
  let diagnostic: string | null = null;
  let replyCode: number | null = reply ? reply.replyCode : null;
  if (reply) {
    spans.replyCode = reply.codeSpan;
    if (reply.statusSpan) spans.status = reply.statusSpan;
    // The server's own words: what it wrote before its code on the same line ("220-laposte"),
    // its codes, its text.
    diagnostic = unwrap(
      `${reply.lead} ${reply.replyCode}${reply.status ? ` ${reply.status}` : ""} ${reply.text}`,
    );
    spans.diagnostic = { start: reply.leadStart, end: reply.span.end };
  } else if (statusOnly) {
    spans.status = statusOnly.span;
  }
  if (!diagnostic) {
    const labelled = labelledDiagnostic(segText, segStart);
    const prose = labelled ?? proseDiagnostic(hitReason, segText, segStart);
    if (prose) {
      diagnostic = prose.text;
      spans.diagnostic = prose.span;
      replyCode ??= labelledReplyCode(hitReason);
    }
  }
  const remote = remoteMtaIn(segText, segStart);
  if (remote) spans.remoteMta = remote.span;
  return {
    address,
    action: "failed",
    replyCode,
    status: reply?.status ?? statusOnly?.status ?? null,
    diagnostic,
    remoteMta: remote?.host ?? null,
    smtpCommand: smtpCommandIn(segText),
    spans,
  };
}

/**
 * Drops a hit for an address the server quoted inside its own reply ("550 5.1.1 <b@x>... User
 * unknown") when a recipient named before it has no failure reply of its own: the reply is that
 * recipient's (an Exim or Gmail bounce names the recipient, then quotes the server, whose words
 * may name the address in another form).
 */
function withoutQuotedAddresses(hits: Hit[], replies: readonly SmtpReply[]): Hit[] {
  const out: Hit[] = [];
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    const before = out.length > 0 ? out[out.length - 1]! : null;
    // Only a hit for another address than the recipient named before can be dropped.
    if (before !== null && before.address !== hit.address) {
      // A reply that began on a line of the recipient named before and runs on, wrapped, over
      // this hit's line, indented deeper than that recipient's, is that recipient's: the address
      // is in the server's words (Postfix wraps "said: 550 5.1.1\n    <sender@...>: unauthorized
      // sender" under the recipient's line). A line as little indented as the recipient's names
      // another.
      if (
        hit.indent > before.indent &&
        failureBetween(replies, before.lineStart, hit.lineStart, hit.span.start)
      )
        continue;
      // A reply on this hit's line that holds the address, while the recipient before has no
      // failure reply of its own.
      if (
        failureBetween(replies, hit.lineStart, hit.span.start + 1, hit.span.start) &&
        !failureBetween(replies, before.lineStart, hit.lineStart, -1)
      )
        continue;
    }
    out.push(hit);
  }
  return out;
}

/** Whether a failure reply's code starts in [from, to) and the reply ends after `endsAfter`. */
function failureBetween(
  replies: readonly SmtpReply[],
  from: number,
  to: number,
  endsAfter: number,
): boolean {
  for (let k = 0; k < replies.length; k++) {
    const r = replies[k]!;
    if (r.codeSpan.start >= from && r.codeSpan.start < to && r.span.end > endsAfter && isFailure(r))
      return true;
  }
  return false;
}

/** A failure reply quoted in a session transcript ("<<< 550 ..."). */
function isTranscriptFailure(reply: SmtpReply): boolean {
  return reply.transcript === true && isFailure(reply);
}

/** The best reply (bestReply) among those whose code starts in [from, to). */
function bestReplyBetween(
  replies: readonly SmtpReply[],
  from: number,
  to: number,
): SmtpReply | null {
  const within: SmtpReply[] = [];
  for (let k = 0; k < replies.length; k++) {
    const r = replies[k]!;
    if (r.codeSpan.start >= from && r.codeSpan.start < to) within.push(r);
  }
  return bestReply(within);
}

/** The first reply in [from, to) that stands in Sendmail's "(reason: ...)" (SmtpReply.reasonLine). */
function reasonLineBetween(
  replies: readonly SmtpReply[],
  from: number,
  to: number,
): SmtpReply | null {
  for (let k = 0; k < replies.length; k++) {
    const r = replies[k]!;
    if (r.reasonLine && r.codeSpan.start >= from && r.codeSpan.start < to) return r;
  }
  return null;
}

/**
 * Where the words that introduce a reply begin: the start of the reply's line ("host X[ip]
 * said: 550 ..."), or of the line above when the reply starts its own line under an intro that
 * ends with a colon ("host X[ip] said:" then the reply, as pasted from a wrapped bounce). The
 * answering host and the stage are read from there, whatever else was pasted around them.
 */
function replyIntroStart(text: string, from: number, replyStart: number): number {
  const lineStart = Math.max(from, text.lastIndexOf("\n", replyStart - 1) + 1);
  if (hasNonBlank(text.slice(lineStart, replyStart)) || lineStart <= from) return lineStart;
  const above = text.slice(Math.max(from, lineStart - 400), lineStart - 1);
  const aboveStart = above.lastIndexOf("\n") + 1;
  return /:\s*$/.test(above.slice(aboveStart))
    ? lineStart - 1 - (above.length - aboveStart)
    : lineStart;
}

/** A header field that names addresses (RFC 5322 section 3.6.2-3.6.3). */
const ADDRESS_FIELD =
  /^[ \t]*(?:To|Cc|Bcc|From|Reply-To|Sender|Return-Path|Delivered-To|Envelope-To)[ \t]*:/i;

/** How many lines below its own an address named again is looked for. */
const MAX_LINES_TO_SENTENCE = 30;

/** A later line, not another recipient's, that names `address` in a sentence (sentenceReason). */
function sentenceNamingAgain(
  lines: readonly Line[],
  at: number,
  address: string,
): { text: string; span: Span } | null {
  const lower = address.toLowerCase();
  for (let i = at + 1; i < lines.length && i <= at + MAX_LINES_TO_SENTENCE; i++) {
    const line = lines[i]!;
    const k = line.text.toLowerCase().indexOf(lower);
    if (k === -1) continue;
    // A header field or a list of addresses names it, but gives no reason.
    if (ADDRESS_FIELD.test(line.text) || line.text.indexOf("@") !== line.text.lastIndexOf("@"))
      return null;
    const start = line.start + k;
    return sentenceReason(line, { start, end: start + address.length });
  }
  return null;
}

/** At least this many words after an address make its sentence give a reason. */
const MIN_REASON_WORDS = 4;

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf("\n", from);
  return nl === -1 ? text.length : nl;
}

/** The words (two letters or more) in text[from, to). */
function wordsAfter(text: string, from: number, to: number): number {
  return text.slice(from, Math.min(to, from + MAX_LINE)).match(/[A-Za-z]{2,}/g)?.length ?? 0;
}

/**
 * Exchange Online's enhanced NDR opens with "Your message to user@example.com couldn't be
 * delivered." (its wordings and sources: lib/knowledge/ndr-headlines.ts; microsoft-ndr.ts reads
 * the lines under it). RECIPIENT_LINES leaves it out because the whole NDR names the recipient
 * again in its details, where its own reply is; a user who copies only the NDR's top ("Your
 * message to ... couldn't be delivered. The group ... only accepts messages from people in its
 * organization ...") has no other line that names it, so it is read only when no recipient line
 * is found. The address may stand in angle brackets, after a colon, between runs of blanks.
 */
const NDR_HEADLINE: readonly RecipientLine[] = NDR_HEADLINES.map((h) => ({
  id: `ndr-headline.${h.id}`,
  pattern: new RegExp(
    `^[ \\t]*${escapeForPattern(h.before.trimEnd())}:?[ \\t]*<?([^\\s<>@:]{1,256}@[A-Za-z0-9.-]{1,253}[A-Za-z0-9])>?[ \\t]+${escapeForPattern(h.after.trimStart())}`,
    "i",
  ),
}));

/**
 * Recipients of the human-readable part text[from, to). Falls back to one recipient with
 * no address when the text holds an SMTP reply but names nobody. `lines` and `end` (where the
 * quoted original starts) may be passed in by a caller that has them already.
 */
export function humanRecipients(
  text: string,
  from: number,
  to: number,
  lines: Line[] = splitLines(text, from, to),
  end: number = originalMessageStart(lines, to),
  patterns: readonly RecipientLine[] = RECIPIENT_LINES,
): RecipientReport[] {
  const bodyLines: Line[] = [];
  for (let k = 0; k < lines.length; k++) if (lines[k]!.start < end) bodyLines.push(lines[k]!);
  const allReplies = findSmtpReplies(text, from, end);
  let hits = withoutQuotedAddresses(findHits(text, bodyLines, patterns), allReplies);
  // Only the NDR's headline left to name the recipient: the top of the NDR copied alone.
  const headlineOnly = hits.length === 0 && patterns === RECIPIENT_LINES;
  if (headlineOnly)
    hits = withoutQuotedAddresses(findHits(text, bodyLines, NDR_HEADLINE), allReplies);

  // One segment per distinct address, from its first line to the next other address.
  const order: string[] = [];
  const segments = new Map<string, { hit: Hit; ranges: [number, number][] }>();
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    // The next hit for another address (not a copy of the rest of the list per hit).
    let j = i + 1;
    while (j < hits.length && hits[j]!.address === hit.address) j++;
    const segEnd = j < hits.length ? hits[j]!.lineStart : end;
    const seg = segments.get(hit.address);
    if (seg) seg.ranges.push([hit.lineStart, segEnd]);
    else {
      segments.set(hit.address, { hit, ranges: [[hit.lineStart, segEnd]] });
      order.push(hit.address);
    }
  }

  const out: RecipientReport[] = [];
  // Built only for a recipient with no words of its own under its address.
  let lineIndex: Map<number, number> | undefined;
  let listLines: Set<number> | undefined;
  for (let o = 0; o < order.length; o++) {
    const address = order[o]!;
    const seg = segments.get(address)!;
    let reply: SmtpReply | null = null;
    let status: { status: string; span: Span } | null = null;
    let segStart = seg.ranges[0]![0];
    let segEnd = seg.ranges[0]![1];
    for (let k = 0; k < seg.ranges.length; k++) {
      const s = seg.ranges[k]![0];
      const e = seg.ranges[k]![1];
      const r = bestReplyBetween(allReplies, s, e);
      if (r && (!reply || replyRank(r) > replyRank(reply))) {
        reply = r;
        segStart = s;
        segEnd = e;
      }
    }
    // Sendmail's "(reason: ...)" under the address is its pick of the remote reply for this
    // recipient: a reply of another code in the segment (its own summary line after the
    // transcript, "550 5.1.1 user@... User unknown" under "(reason: 553 ... SPF fail)") does not
    // outrank it. One of the same code, which may add a status, still does.
    if (reply && !reply.reasonLine && isFailure(reply)) {
      for (let k = 0; k < seg.ranges.length; k++) {
        const own = reasonLineBetween(allReplies, seg.ranges[k]![0], seg.ranges[k]![1]);
        if (own && isFailure(own) && own.replyCode !== reply.replyCode) {
          reply = own;
          segStart = seg.ranges[k]![0];
          segEnd = seg.ranges[k]![1];
          break;
        }
      }
    }
    // A transcript elsewhere may carry this recipient's reply ("<<< 550 5.1.1 <addr>..."). A
    // success reply (2xx, or a number in prose like "Size (in bytes): 222") explains no failure.
    if (!reply || !isFailure(reply)) {
      reply =
        allReplies.find(
          (r) =>
            r.strength >= 2 && isFailure(r) && r.text.toLowerCase().includes(address.toLowerCase()),
        ) ?? reply;
      if (order.length === 1 && (!reply || !isFailure(reply))) {
        const any = bestReply(allReplies, 2);
        if (any && (!reply || isFailure(any))) reply = any;
      }
      // Only a line's own reason explains a recipient whose segment holds no failure reply.
      if (reply && !isFailure(reply) && seg.hit.reason) reply = null;
    }
    const failure = reply && isFailure(reply) ? reply : null;
    for (let k = 0; k < seg.ranges.length && status === null; k++)
      status = looseStatus(text, seg.ranges[k]![0], seg.ranges[k]![1], failure);
    const report = reportFrom(
      address,
      seg.hit.span,
      reply,
      text.slice(segStart, segEnd),
      segStart,
      status,
      seg.hit.reason,
    );
    // With no reply, a sentence that goes on after the address to give a reason is the
    // writer's reason ("Your message wasn't delivered to X because the address couldn't be
    // found, or is unable to receive mail."), whatever prose its segment holds below it (Gmail's
    // "Learn more here: ..."). Not a sentence that only names the address ("There was an error
    // delivering your mail to <X>."), whose reason is the prose below.
    if (
      !failure &&
      report.diagnostic &&
      !seg.hit.reason &&
      report.spans.diagnostic &&
      wordsAfter(text, seg.hit.span.end, lineEnd(text, seg.hit.span.end)) >= MIN_REASON_WORDS
    ) {
      lineIndex ??= new Map(bodyLines.map((l, i) => [l.start, i]));
      const at = lineIndex.get(seg.hit.lineStart);
      const sentence = at === undefined ? null : sentenceReason(bodyLines[at]!, seg.hit.span);
      if (sentence && report.spans.diagnostic.start >= sentence.span.end) {
        report.diagnostic = unwrap(`${sentence.text} ${report.diagnostic}`);
        report.spans.diagnostic = { start: sentence.span.start, end: report.spans.diagnostic.end };
      }
    }
    // The NDR's lines under its headline are read with the headline (microsoft-ndr.ts's
    // "<local part> wasn't found at <domain>." names the headline's own address): it stays the
    // start of the words, as when the whole text was read for want of a recipient.
    if (headlineOnly && !failure && report.diagnostic && report.spans.diagnostic) {
      const headline = text.slice(seg.hit.lineStart, lineEnd(text, seg.hit.lineStart)).trim();
      report.diagnostic = unwrap(`${headline} ${report.diagnostic}`);
      report.spans.diagnostic = { start: seg.hit.lineStart, end: report.spans.diagnostic.end };
    }
    if (!report.diagnostic) {
      lineIndex ??= new Map(bodyLines.map((l, i) => [l.start, i]));
      listLines ??= new Set(hits.map((h) => h.lineStart));
      const at = lineIndex.get(seg.hit.lineStart);
      const intro =
        at === undefined
          ? null
          : (listIntroReason(bodyLines, at, listLines) ??
            sentenceReason(bodyLines[at]!, seg.hit.span) ??
            reasonAboveUnderHeading(bodyLines, at) ??
            reasonUnderReasonIntro(bodyLines, at));
      // The address named again in a sentence of its own further down ("Technical details:
      // Routing: Could not find a gateway for user@example.org" under "Delivery to the following
      // recipients was aborted after 5.0 hour(s):", sisimai/set-of-emails lhost-x3-02.eml).
      const again = at === undefined ? null : sentenceNamingAgain(bodyLines, at, address);
      const parts = [intro, again].filter((x): x is { text: string; span: Span } => x !== null);
      if (parts.length > 0) {
        report.diagnostic = parts.map((x) => x.text).join(" ");
        report.spans.diagnostic = { start: parts[0]!.span.start, end: parts.at(-1)!.span.end };
      }
    }
    out.push(report);
  }

  if (out.length > 0) withGeneratedText(text, from, end, out);

  if (out.length === 0) {
    // With no recipient line to tie a reply to, a transcript's quote of the server ("<<< 550
    // ...") is the server's own words: Sendmail's summary after it ("554 5.0.0 Service
    // unavailable") is its status for the whole failure, and says less.
    const reply =
      bestReply(allReplies.filter(isTranscriptFailure), 1) ??
      bestReply(allReplies, 2) ??
      bestReply(allReplies, 1);
    const status = reply ? null : looseStatus(text, from, end, null);
    if (reply || status) {
      const inReply = reply ? /<([^\s<>@]{1,256}@[^\s<>@]{1,256})>/.exec(reply.text) : null;
      let addressSpan: Span | null = null;
      if (inReply && reply) {
        const at = text.indexOf(inReply[1]!, reply.span.start);
        if (at !== -1) addressSpan = { start: at, end: at + inReply[1]!.length };
      }
      let segStart = reply ? replyIntroStart(text, from, reply.span.start) : from;
      // A reply written status first ("5.7.321 starttls-not-supported: ..."), its line wrapped:
      // the status's own line is the start of the words, and the lines under it continue them.
      let lead: string | null = null;
      if (!reply && status) {
        const lineStart = text.lastIndexOf("\n", status.span.start - 1) + 1;
        if (!hasNonBlank(text.slice(lineStart, status.span.start))) {
          const nl = text.indexOf("\n", status.span.start);
          lead = text.slice(status.span.start, nl === -1 || nl > end ? end : nl).trim();
          segStart = lineStart;
        }
      }
      out.push(
        reportFrom(
          inReply ? normalizeAddress(inReply[1]!) : null,
          addressSpan,
          reply,
          text.slice(segStart, end),
          segStart,
          status,
          lead,
        ),
      );
    } else {
      const listed = reasonOverNameList(bodyLines);
      if (listed)
        out.push({
          address: null,
          action: "failed",
          replyCode: null,
          status: null,
          diagnostic: listed.text,
          remoteMta: null,
          smtpCommand: null,
          spans: { diagnostic: listed.span },
        });
    }
  }
  return out;
}

/** Exim's heading over what a local delivery (a pipe, a filter) printed for its addresses. */
const GENERATED_TEXT_INTRO =
  /^The following text was generated during the delivery attempts?:[ \t]*$/m;
/** One of the lines that name the addresses a text is for: "------ user@example.com ------". */
const GENERATED_TEXT_HEADER = /^------ <?([^\s<>@]{1,256}@[^\s<>]{1,256}?)>? ------[ \t]*$/;

/**
 * Exim gives the text a local delivery printed once for all the addresses it is for, under a
 * line per address ("------ a@example.org ------\n------ b@example.org ------\n\nThe text."):
 * deliver.c's print_address_information over each address of a group, then the text (Exim's
 * test suite, test/mail/0194.CALLER). Each of those addresses gets the text, in place of no words
 * or of the heading's own words, which prose reading below the last address took in.
 */
function withGeneratedText(text: string, from: number, to: number, out: RecipientReport[]): void {
  const region = text.slice(from, to);
  // A native search first: the heading is in few bounces.
  if (!region.includes("The following text was generated")) return;
  const intro = GENERATED_TEXT_INTRO.exec(region);
  if (!intro) return;
  const lines = region.slice(intro.index + intro[0].length).split("\n");
  const introStart = from + intro.index;
  let pos = introStart + intro[0].length;
  let group: string[] = [];
  let body: string[] = [];
  let bodyStart = -1;
  let bodyEnd = -1;
  const assign = () => {
    if (group.length === 0 || body.length === 0) return;
    const words = collapseWhitespace(body.join(" ")).trim().slice(0, MAX_DIAGNOSTIC);
    for (let k = 0; k < out.length; k++) {
      const r = out[k]!;
      if (!r.address || !group.includes(r.address.toLowerCase())) continue;
      // Words read elsewhere stay; words read from this very block (its heading, as prose below
      // the last address, or another group's text, as the labelled field) give way.
      const read = r.spans.diagnostic;
      if (r.diagnostic && !(read && read.end > introStart)) continue;
      r.diagnostic = words;
      r.spans.diagnostic = { start: bodyStart, end: bodyEnd };
    }
  };
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const lineStart = pos + 1;
    pos += line.length + 1;
    const header = GENERATED_TEXT_HEADER.exec(line);
    if (header) {
      // A header after text starts the next group.
      if (body.length > 0) {
        assign();
        group = [];
        body = [];
      }
      group.push(normalizeAddress(header[1]!).toLowerCase());
      continue;
    }
    if (!hasNonBlank(line)) {
      if (body.length > 0) {
        assign();
        group = [];
        body = [];
      }
      continue;
    }
    if (group.length === 0) break;
    if (body.length === 0) bodyStart = lineStart;
    body.push(line.trim());
    bodyEnd = lineStart + line.length;
  }
  assign();
}

/**
 * A name alone on an indented line, with no domain: a provider's own account name in the list of
 * failed recipients, as AOL writes its members' screen names ("Your mail to the following
 * recipients could not be delivered because they are not accepting mail from user@example.com:\n
 * \tscreenname", flufl.bounce tests/data/aol_01.txt; "... because they are not accepting mail
 * with attachments or embedded images:", Mail-DeliveryStatus-BounceParser t/corpus/aol.attachment.msg).
 */
const LISTED_NAME = /^[ \t]{1,12}[A-Za-z0-9][A-Za-z0-9._-]{0,63}[ \t]*$/;

/**
 * For a notice that names no address: the reason its list's introduction gives, over a list of
 * names without a domain (LISTED_NAME), the intro ending with a colon. One recipient with no
 * address then carries it: the refusal is read, and no address is made up from a bare name.
 */
function reasonOverNameList(lines: Line[]): { text: string; span: Span } | null {
  for (let i = 1; i < lines.length; i++) {
    if (!LISTED_NAME.test(lines[i]!.text) || !/:[ \t]*$/.test(lineAbove(lines, i))) continue;
    const intro = listIntroReason(lines, i, new Set());
    if (intro) return intro;
  }
  return null;
}
