// The reason a writer gives around a recipient's address rather than under it: in the sentence
// that introduces its list of failed addresses, or in the sentence that names the address.
import type { Line } from "./human-recipients";
import {
  BARE_LIST_INTRO,
  hasDelayWording,
  LIST_INTRO,
  NO_REASON_LIST_INTRO,
  NO_REASON_SENTENCES,
} from "./mta-formats";
import { collapseWhitespace, hasNonBlankIn } from "./blank";
import type { Span } from "./types";

/** At most this many lines make one paragraph of an introduction. */
const MAX_PARAGRAPH_LINES = 4;
/** How many lines (other addresses of the list, blanks) may stand between an address and its intro. */
const MAX_LIST_LINES = 200;
/** A line drawn as a rule ("=====", "-----"): a frame around the text, not words. */
const RULE = /^[ \t]*[=_*-]{5,}[ \t]*$/;

/**
 * A heading drawn between rules: Sendmail's "----- Transcript of session follows -----",
 * Biglobe's "----- Non-delivered information -----". It names what follows; it is none of it.
 */
export const FRAMED_HEADING = /^[ \t]*[-=*]{3,}[ \t]+[^\n]{1,200}?[ \t]+[-=*]{3,}[ \t]*$/;

/** A line's words without the rules that frame a heading ("----- X -----" -> "X"). */
function unframed(line: string): string {
  return FRAMED_HEADING.test(line)
    ? line.replace(/^[ \t]*[-=*]+|[-=*]+[ \t]*$/g, "").trim()
    : line.trim();
}

/** The non-blank lines ending at `last`, upwards to a blank line, rules left out. */
function paragraphEndingAt(lines: readonly Line[], last: number): Line[] {
  const out: Line[] = [];
  for (let i = last; i >= 0 && out.length < MAX_PARAGRAPH_LINES; i--) {
    const line = lines[i]!;
    if (!hasNonBlankIn(line.source, line.start, line.textEnd)) break;
    if (!RULE.test(line.text)) out.unshift(line);
  }
  return out;
}

/** The index of the first non-blank line at or above `i` that `skip` does not leave out, or -1. */
function lineAbove(lines: readonly Line[], i: number, skip: (l: Line) => boolean): number {
  for (let n = 0; i >= 0 && n < MAX_LIST_LINES; i--, n++) {
    const line = lines[i]!;
    // In place: a blank line's text is not cut out (Line.text).
    if (hasNonBlankIn(line.source, line.start, line.textEnd) && !skip(line)) return i;
  }
  return -1;
}

/**
 * The introduction above the address on `lines[index]`: the paragraph above the list (other
 * addresses of the list, `listLines`, are passed over) when it names "the following recipients";
 * when it says only that, the paragraph above it too.
 */
export function listIntroReason(
  lines: readonly Line[],
  index: number,
  listLines: ReadonlySet<number>,
): { text: string; span: Span } | null {
  const introEnd = lineAbove(lines, index - 1, (l) => listLines.has(l.start));
  if (introEnd === -1) return null;
  let paragraph = paragraphEndingAt(lines, introEnd);
  // An address of the list above, with no blank line under it, is not part of this intro.
  while (paragraph.length > 1 && listLines.has(paragraph[0]!.start)) paragraph = paragraph.slice(1);
  if (paragraph.length === 0 || !LIST_INTRO.test(paragraph.map((l) => l.text).join(" ")))
    return null;
  if (paragraph.length === 1 && BARE_LIST_INTRO.test(paragraph[0]!.text)) {
    // Passed over: rules, and the lists (with their own bare intros) of the addresses above,
    // when the writer gives each address its own intro under one reason (Netscape Messaging
    // Server: the reason, then "The following recipients did not receive your message:" over
    // each address, flufl.bounce netscape_01.txt).
    const aboveEnd = lineAbove(
      lines,
      introEnd - paragraph.length,
      (l) => RULE.test(l.text) || listLines.has(l.start) || BARE_LIST_INTRO.test(l.text),
    );
    if (aboveEnd !== -1) paragraph = [...paragraphEndingAt(lines, aboveEnd), ...paragraph];
  }
  const text = collapseWhitespace(paragraph.map((l) => unframed(l.text)).join(" ")).trim();
  // A delay notice's intro ("Delivery to the following recipients has been delayed.") says that
  // the report is a warning, which the parser reads from the whole text, not why delivery failed.
  // Nor does one that says only that delivery failed: it gives no reason.
  if (!text || hasDelayWording(text) || NO_REASON_LIST_INTRO.test(unruled(text))) return null;
  if (onlyPreamble(text)) return null;
  return { text, span: { start: paragraph[0]!.start, end: paragraph[paragraph.length - 1]!.end } };
}

/** A line's words without the rule that opens it ("--------Message not delivered to ..."). */
function unruled(text: string): string {
  return text.replace(/^[-=*]{3,}[ \t]*/, "");
}

/** Whether every sentence of `text` is a writer's preamble that gives no reason (NO_REASON_SENTENCES). */
function onlyPreamble(text: string): boolean {
  const sentences = text.split(/(?<=[.!?])[ \t]+/);
  for (let k = 0; k < sentences.length; k++) {
    const sentence = sentences[k]!;
    if (!NO_REASON_SENTENCES.some((re) => re.test(sentence))) return false;
  }
  return true;
}

/** At least this many words besides the address make its line a sentence, not a label or a list item. */
const MIN_SENTENCE_WORDS = 4;
const WORD = /[A-Za-z]{2,}/g;

/**
 * The line that names the address in a sentence: "Unable to deliver message to <user@example.org>
 * (and other recipients in the same domain). Please check if address is correct." (Trend Micro
 * InterScan, sisimai/set-of-emails maildir/bsd/lhost-trendmicro-02.eml). Not a field ("To:
 * <user@...>") nor an address alone.
 */
export function sentenceReason(line: Line, address: Span): { text: string; span: Span } | null {
  const before = line.text.slice(0, address.start - line.start);
  if (/:[ \t<"]*$/.test(before)) return null;
  const rest = before + " " + line.text.slice(address.end - line.start);
  if ((rest.match(WORD)?.length ?? 0) < MIN_SENTENCE_WORDS) return null;
  const text = collapseWhitespace(line.text).trim();
  if (hasDelayWording(text)) return null;
  return { text, span: { start: line.start, end: line.end } };
}

/**
 * The lines just above an address written alone on its line, in its paragraph, when that
 * paragraph sits under a heading framed by rules: Lotus Notes writes "------- Failure Reasons
 * --------", a blank line, the reason, then the address ("User not listed in public Name &
 * Address Book" over "user@example.com", sisimai/set-of-emails lhost-notes-03.eml). Not lines of a
 * list under a heading that only introduces it (Sendmail's "----- The following addresses had
 * permanent fatal errors -----" over the addresses).
 */
export function reasonAboveUnderHeading(
  lines: readonly Line[],
  index: number,
): { text: string; span: Span } | null {
  if (/\s/.test(lines[index]!.text.trim())) return null;
  const paragraph = paragraphEndingAt(lines, index - 1);
  if (paragraph.length === 0 || paragraph.length >= MAX_PARAGRAPH_LINES) return null;
  if (paragraph.some((l) => l.text.includes("@") || FRAMED_HEADING.test(l.text))) return null;
  const first = lines.indexOf(paragraph[0]!);
  const heading = lineAbove(lines, first - 1, () => false);
  if (heading === -1 || !FRAMED_HEADING.test(lines[heading]!.text)) return null;
  const text = collapseWhitespace(paragraph.map((l) => l.text.trim()).join(" ")).trim();
  if (!text || hasDelayWording(text)) return null;
  return { text, span: { start: paragraph[0]!.start, end: paragraph[paragraph.length - 1]!.end } };
}

/**
 * A line that says the reason follows: Netscape Messaging Server's "This Message was
 * undeliverable due to the following reason:" (and the servers built on it, Road Runner's and
 * others': the reason's paragraph, then the address, LoneStarInternet/mail_manager
 * bounce-over-quota.txt; "... then 'The following recipients did not receive your message:'",
 * flufl.bounce netscape_01.txt).
 */
const REASON_INTRO = /\b(?:due to|for|because of) the following reasons?:[ \t]*$/i;
/** At most this many lines between a reason's intro and the address under it. */
const MAX_REASON_LINES = 12;

/**
 * The paragraphs between a REASON_INTRO line and the address on `lines[index]` (blank lines and
 * rules left out): the reason the writer gave above the address, when it gave none beside or
 * under it. Null when no such intro stands within MAX_REASON_LINES above, or a line between is
 * another address or a list's own intro.
 */
export function reasonUnderReasonIntro(
  lines: readonly Line[],
  index: number,
): { text: string; span: Span } | null {
  const between: Line[] = [];
  for (let i = index - 1; i >= 0 && index - i <= MAX_REASON_LINES; i--) {
    const line = lines[i]!;
    if (REASON_INTRO.test(line.text)) {
      if (between.length === 0) return null;
      const text = collapseWhitespace(between.map((l) => l.text.trim()).join(" ")).trim();
      if (!text || hasDelayWording(text)) return null;
      return { text, span: { start: between[0]!.start, end: between[between.length - 1]!.end } };
    }
    if (!hasNonBlankIn(line.source, line.start, line.textEnd) || RULE.test(line.text)) continue;
    if (line.text.includes("@") || BARE_LIST_INTRO.test(line.text)) return null;
    between.unshift(line);
  }
  return null;
}

/** An expansion note in a sentence: "(generated from user@...)", "(expanded from <user@...>)". */
const EXPANSION_NOTE_IN =
  /\((?:expanded from|generated from|ultimately generated from)[^()]{0,300}\)/gi;

/** How many characters of a paragraph around an address are read for its sentence. */
const MAX_PARAGRAPH_CHARS = 1000;

/**
 * The sentence of text[from, to) that names `address`, when it says more than the address
 * (MIN_SENTENCE_WORDS, as sentenceReason counts them): "The address to which your message was
 * addressed, user@example.org, did not exactly match an LLNL email address." (flufl.bounce
 * llnl_01.txt); "Your message to user@example.org has reached our local address
 * user@example.org, but this email address is wrong or no longer valid." (simple_26.txt).
 * Sentences end at ".", "!" or "?" before white space and a capital; a paragraph ends at a blank
 * line. Not in a header field or a list of addresses.
 */
export function sentenceNamingAddress(
  text: string,
  from: number,
  to: number,
  address: string,
): { text: string; span: Span } | null {
  const region = text.slice(from, to);
  const lower = address.toLowerCase();
  const at = region.toLowerCase().indexOf(lower);
  if (at === -1) return null;
  const prev = region.lastIndexOf("\n\n", at);
  const paraStart = Math.max(prev === -1 ? 0 : prev + 2, at - MAX_PARAGRAPH_CHARS);
  const next = region.indexOf("\n\n", at);
  const paraEnd = Math.min(next === -1 ? region.length : next, at + MAX_PARAGRAPH_CHARS);
  const paragraph = region.slice(paraStart, paraEnd);
  // Not a header field or a list of addresses: a sentence names one address and gives words.
  if (/^[ \t]*[A-Za-z-]{1,40}:[ \t]/m.test(paragraph.slice(0, at - paraStart + 1))) return null;
  const sentences = paragraph.split(/(?<=[.!?])[ \t\n]+(?=[A-Z])/);
  let offset = 0;
  for (let k = 0; k < sentences.length; k++) {
    const sentence = sentences[k]!;
    const start = paragraph.indexOf(sentence, offset);
    offset = start + sentence.length;
    if (!sentence.toLowerCase().includes(lower)) continue;
    // An expansion note ("(generated from user@...)") says where the address came from, no reason.
    const flat = collapseWhitespace(sentence.replace(EXPANSION_NOTE_IN, " ")).trim();
    const words = flat.toLowerCase().split(lower).join(" ").match(WORD)?.length ?? 0;
    if (words < MIN_SENTENCE_WORDS || hasDelayWording(flat) || flat.split("@").length > 3)
      return null;
    return {
      text: flat,
      span: { start: from + paraStart + start, end: from + paraStart + start + sentence.length },
    };
  }
  return null;
}
