// A bounce the user forwarded from their mail client: the client's divider line, the bounce's
// own header fields as the client lists them (From, Date or Sent, Subject, To), then the
// bounce's text. People forward bounces to IT; without this, the divider reads as "the original
// message starts here" (ORIGINAL_MESSAGE_MARKERS) and every line of the bounce below it is
// skipped. The divider and what the user wrote above it are taken off, so that the bounce is
// read as the message it is, its header block included.
import { hasNonBlank } from "./blank";
import { isBounceNotice } from "./header-recipients";
import { parseHeaderBlock } from "./original-headers";

/** The dividers mail clients write above a forwarded message's header fields. */
export const FORWARD_DIVIDERS: readonly { client: string; pattern: RegExp }[] = [
  // Gmail (web and apps): "---------- Forwarded message ---------"
  { client: "Gmail", pattern: /^-{5,} ?Forwarded message ?-{5,}[ \t]*$/i },
  // Thunderbird: "-------- Forwarded Message --------", and its header table follows
  { client: "Thunderbird", pattern: /^-{5,} ?Forwarded Message ?-{5,}[ \t]*$/i },
  // Apple Mail: "Begin forwarded message:"
  { client: "Apple Mail", pattern: /^Begin forwarded message:[ \t]*$/i },
  // Outlook (desktop, older): "-----Original Message-----"
  { client: "Outlook", pattern: /^-{3,} ?Original Message ?-{3,}[ \t]*$/i },
  // Outlook in German: "-----Ursprüngliche Nachricht-----" above "Von:", "Gesendet:", "An:",
  // "Betreff:" (a reply archived from the linux-media list, 14 Oct 2011, Message-ID
  // <101260B451BFC64699575BAC372B3DEE0138889E@mx1.pctvsystems.com>)
  { client: "Outlook (German)", pattern: /^-{3,} ?Urspr\u00fcngliche Nachricht ?-{3,}[ \t]*$/i },
  // Outlook (desktop and web, newer): a rule of underscores above "From: ... Sent: ..."
  { client: "Outlook", pattern: /^_{20,}[ \t]*$/ },
];

/**
 * The forwarded header fields as a client writes them in another language, by the name the
 * bounce's own field has: isBounceNotice reads From and Subject. Outlook in German writes "Von:"
 * and "Betreff:" (the same archived reply as its divider above).
 */
const FORWARDED_FIELD_NAMES: Readonly<Record<string, string>> = {
  von: "from",
  betreff: "subject",
};

/** What the user may write above the divider, at most (a note to IT, not a bounce). */
const MAX_NOTE_CHARS = 2_000;
/** A reply or status code in the note means the bounce itself is above: nothing to unwrap. */
const REPLY_IN_NOTE = /(?:^|\s)[245]\d\d[ -]|\b[245]\.\d{1,3}\.\d{1,3}\b/;

/**
 * A divider's pattern without its anchors and trailing blanks: the one pattern below adds them
 * once (two runs of the same blanks side by side would let the engine split them every way).
 */
function bare(pattern: RegExp): string {
  return pattern.source.replace(/^\^/, "").replace(/(?:\[ \\t\]\*)?\$$/, "");
}

/**
 * Any divider on a line of its own (blanks around it allowed), as one pattern: a single pass
 * over the top of every paste, instead of each divider tried on each line.
 */
const ANY_DIVIDER = new RegExp(
  `^[ \\t]*(?:${FORWARD_DIVIDERS.map((d) => bare(d.pattern)).join("|")})[ \\t]*$`,
  "im",
);

/**
 * The dividers' pattern tried at one line's start (sticky): the line search below hands it only
 * the lines that hold one of DIVIDER_LITERALS.
 */
const DIVIDER_AT = new RegExp(ANY_DIVIDER.source, "imy");

/**
 * One literal of each divider: "---" (every dash rule), twenty underscores, the words of Apple
 * Mail's (in any case: the pattern is case-insensitive). A line with none of them is no
 * divider; most pastes have few such lines.
 */
const DIVIDER_LITERALS = ["---", "_".repeat(20), "begin forwarded message:"];

/** Apple Mail's words before their colon, lower case: compared with ASCII case folded. */
const FORWARDED_WORDS = DIVIDER_LITERALS[2]!.slice(0, -1);

/**
 * Where Apple Mail's words ("begin forwarded message:", any case) next start in head at or after
 * `from`; -1 for nowhere. They end with the one colon they hold: each colon of the head (indexOf,
 * native; a header block's lines have one each) is checked to have the words before it. A
 * case-insensitive pattern searched the head's every character (1.5% of parseBounce on the dev
 * corpus). Without the u flag such a pattern matches an ASCII letter of its own only with the same
 * letter in either case (no other character folds to one), which the comparison below does.
 */
function forwardedWordsAt(head: string, from: number): number {
  const n = FORWARDED_WORDS.length;
  for (
    let colon = head.indexOf(":", from + n);
    colon !== -1;
    colon = head.indexOf(":", colon + 1)
  ) {
    const start = colon - n;
    let k = 0;
    for (; k < n; k++) {
      const want = FORWARDED_WORDS.charCodeAt(k);
      const c = head.charCodeAt(start + k);
      // A letter in either case (c | 0x20 folds only A-Z onto a-z among the codes it can give a
      // letter for: want is a lower-case letter or a space).
      if (c !== want && (want === 0x20 || c < 0x41 || c > 0x5a || (c | 0x20) !== want)) break;
    }
    if (k === n) return start;
  }
  return -1;
}

/** Where DIVIDER_LITERALS[k] next occurs in head at or after `from`; -1 for nowhere. */
function literalAt(head: string, k: number, from: number): number {
  return k < 2 ? head.indexOf(DIVIDER_LITERALS[k]!, from) : forwardedWordsAt(head, from);
}

/**
 * The first line of `head` that is a divider, as ANY_DIVIDER.exec(head) finds it: every match
 * starts where a line does and holds one of DIVIDER_LITERALS, so the lines are tried in order
 * from those literals' places, without the pattern being tried at every character of the head.
 */
export function findDivider(head: string): RegExpExecArray | null {
  // Each literal's next place at or after the lines already tried (-1: none left). Three
  // variables and indexed updates, not an array read by for-of: this runs for every paste.
  let dash = literalAt(head, 0, 0);
  let rule = literalAt(head, 1, 0);
  let words = literalAt(head, 2, 0);
  for (;;) {
    let at = dash;
    if (rule !== -1 && (at === -1 || rule < at)) at = rule;
    if (words !== -1 && (at === -1 || words < at)) at = words;
    if (at === -1) return null;
    const lineStart = head.lastIndexOf("\n", at) + 1;
    DIVIDER_AT.lastIndex = lineStart;
    const m = DIVIDER_AT.exec(head);
    if (m) return m;
    const lineEnd = head.indexOf("\n", at);
    if (lineEnd === -1) return null;
    if (dash !== -1 && dash <= lineEnd) dash = literalAt(head, 0, lineEnd);
    if (rule !== -1 && rule <= lineEnd) rule = literalAt(head, 1, lineEnd);
    if (words !== -1 && words <= lineEnd) words = literalAt(head, 2, lineEnd);
  }
}

/**
 * The forwarded bounce without the client's divider and the note above it, or the text as it
 * is when it is not a forwarded bounce: the divider must start within the first
 * MAX_NOTE_CHARS characters, before any reply code, and the header fields under it must say
 * that the mail system wrote the message (isBounceNotice), so that a bounce quoting its
 * original message under such a divider is left alone.
 */
export function unwrapForwarded(text: string): string {
  const m = findDivider(text.slice(0, MAX_NOTE_CHARS + 200));
  if (!m || m.index > MAX_NOTE_CHARS || REPLY_IN_NOTE.test(text.slice(0, m.index))) return text;
  const rest = text.slice(m.index + m[0].length + 1).replace(/^(?:[ \t]*\n)+/, "");
  const headers = parseHeaderBlock(rest).headers.map((h) => {
    const key = FORWARDED_FIELD_NAMES[h.key];
    return key ? { ...h, key } : h;
  });
  return headers.length >= 2 && isBounceNotice(headers) && hasNonBlank(rest) ? rest : text;
}
