// What names a person besides the address itself, masked with it before sharing (review 26: a
// masked link still showed them):
// - the display name before an address ("Jane Doe <jane.doe@...>", '"Jane Doe" <...>',
//   "Jane Doe (jane.doe@...)": RFC 5322 §3.4 name-addr, and the "Name (address)" form Exchange
//   writes in its NDRs' recipient list);
// - the local part written alone: Microsoft 365's NDR says "jane.doe wasn't found at
//   contoso.com." (every RecipientNotFound NDR), and other notices repeat the mailbox name.
// Only names that go with an address masked already are touched: a role address's name ("Mail
// Delivery System <MAILER-DAEMON@...>") says what the bounce is, and stays.
import { isLocalChar } from "./email-addresses";
import { followsNdrHeadline } from "./ndr-headline";

// (\u2019, the typographic apostrophe, written as an escape: a wide character in the bundle's
// source makes V8 keep all of it at two bytes a character, scripts/latin1-source.mjs.)
/** A display name's words: a capital first, then letters and the marks names use. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'\u2019.\-]{0,30}`;
/** In a header field, any letters (a mail program may write "jane doe <...>"). */
const HEADER_NAME_WORD = String.raw`\p{L}[\p{L}\p{M}'\u2019.\-]{0,30}`;

/**
 * Header fields whose addresses may carry a display name. "Comments:" too: a list server or a
 * gateway writes the fields it rewrote there ("Comments: Resent-From: Jane Roe <...>",
 * "Comments: Originally-From: ... (Jane Roe)", flufl.bounce tests/data/postfix_04.txt); and the
 * "X-Original-" fields a forwarder keeps.
 */
const ADDRESS_FIELD = String.raw`(?:To|From|Cc|Bcc|Reply-To|Sender|Resent-To|Resent-From|Resent-Cc|Resent-Sender|Comments|X-Original-(?:From|To|Sender))`;

/** A header field line that may name a person: its name and colon at the line's start. */
const ADDRESS_FIELD_LINE = new RegExp(String.raw`^[ \t]*${ADDRESS_FIELD}:`, "i");

/**
 * The comment after an address that holds a name, RFC 5322 §3.2.2 and the obsolete "addr (Name)"
 * form of §4.4 that old mail programs still write ("From: jane@example.com (Jane Roe)"): group 1
 * what stands before the name, group 2 the name. Read only on a header field line: in a notice's
 * prose the words in brackets after an address are as often the reason ("(Mailbox Full)").
 */
const NAME_AFTER = new RegExp(
  String.raw`^(>?[ \t]{0,8}\([ \t]{0,4})(${HEADER_NAME_WORD}(?:[ \t]{1,4}${HEADER_NAME_WORD}){0,3})[ \t]{0,4}\)`,
  "u",
);

/**
 * The display name at the end of the text before an address: group 1 what stays before it,
 * group 2 the name. Only the last line is looked at (and at most its last 300 characters), so
 * each test is bounded whatever the text.
 */
const NAME_BEFORE: readonly RegExp[] = [
  // '"Jane Doe" <' anywhere: a quoted display name is one whatever its words.
  /^(.*")([^"\n]{1,80})"[ \t]*<$/u,
  // A header field's name-addr, first or after a comma: "To: Jane Doe <", "Cc: a <a@x>, Bob L <".
  new RegExp(
    String.raw`^([ \t]*${ADDRESS_FIELD}:[^\n]*?(?:[ \t]|,[ \t]*))(${HEADER_NAME_WORD}(?:[ \t]+${HEADER_NAME_WORD}){0,3})[ \t]*[<(]$`,
    "iu",
  ),
  // A line that starts with a name: "Jane Doe (jane.doe@...)", "Gail Windy <...>". Two words at
  // least: one capitalised word before "<" is as often a label ("Recipient <...>").
  new RegExp(String.raw`^([ \t]*)(${NAME_WORD}(?:[ \t]+${NAME_WORD}){1,3})[ \t]*[<(]$`, "u"),
];

/**
 * Where the display name before the address at `addressStart` lies ([start, end)), or null when
 * there is none. `from`: no name starts before it (the previous address's end). The line up to
 * the address is read (at most its last 300 characters), so each test is bounded.
 */
export function displayNameBefore(
  text: string,
  addressStart: number,
  from: number,
): [number, number] | null {
  const window = Math.max(0, addressStart - 300);
  // Searched in the window only: a megabyte-long line must not be scanned once per address.
  const newline = text.slice(window, addressStart).lastIndexOf("\n");
  const lineStart = window + newline + 1;
  const line = text.slice(lineStart, addressStart);
  // The header and line-start forms need the line's real start; the quoted form does not.
  const patterns = newline === -1 && window > 0 ? NAME_BEFORE.slice(0, 1) : NAME_BEFORE;
  for (const pattern of patterns) {
    const m = pattern.exec(line);
    if (!m) continue;
    const start = lineStart + m[1]!.length;
    if (start < from) return null;
    return [start, start + m[2]!.length];
  }
  return null;
}

/**
 * Where the name in a comment after the address ending at `addressEnd` lies ([start, end)), or
 * null: "From: jane@example.com (Jane Roe)", on a header field line only (NAME_AFTER). The line's
 * head and the comment are each read within a bounded window.
 */
export function displayNameAfter(text: string, addressEnd: number): [number, number] | null {
  const window = Math.max(0, addressEnd - 300);
  const newline = text.slice(window, addressEnd).lastIndexOf("\n");
  if (newline === -1 && window > 0) return null;
  if (!ADDRESS_FIELD_LINE.test(text.slice(window + newline + 1, addressEnd))) return null;
  const m = NAME_AFTER.exec(text.slice(addressEnd, addressEnd + 200));
  if (!m) return null;
  const start = addressEnd + m[1]!.length;
  return [start, start + m[2]!.length];
}

/** The masked form of a display name: its first letter and the mark ("J***"). */
export function maskName(name: string): string {
  return `${String.fromCodePoint(name.codePointAt(0)!)}***`;
}

/** Whether the character at `i` is a local-part character (false past either end). */
function localCharAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isLocalChar(text.charCodeAt(i));
}

/**
 * Local parts no ordinary word spells: with a dot, a digit or one of "_-+". Those are masked
 * wherever they stand alone; a local part that is a plain word ("jane", "office") only on a line
 * that also names its domain ("jane wasn't found at example.com."), where it stands for the
 * address, or in double quotes (`unknown user: "jane"`): masked everywhere, "mail" or "test"
 * would garble the bounce's own words.
 */
function isDistinctive(local: string): boolean {
  return local.length >= 3 && /[0-9._+\-]/.test(local);
}

/**
 * The text with each local part of `masks` (local part -> its mask, with the domain it went
 * with) masked where it is written alone.
 */
export function maskLoneLocalParts(
  text: string,
  masks: ReadonlyMap<string, { mask: string; domain: string }>,
): string {
  if (masks.size === 0) return text;
  const lower = text.toLowerCase();
  // Each place to mask: [start, end, mask], in the order found, then applied left to right.
  const spans: [number, number, string][] = [];
  for (const [local, { mask, domain }] of masks) {
    if (local.length < 3) continue;
    const distinctive = isDistinctive(local);
    const namesDomain = lineNamesDomain(lower, domain);
    for (let at = lower.indexOf(local); at !== -1; at = lower.indexOf(local, at + local.length)) {
      const end = at + local.length;
      // Whole tokens only, and not an address's own local part (masked already or a role's).
      if (localCharAt(text, at - 1) || localCharAt(text, end) || text[end] === "@") continue;
      if (
        !distinctive &&
        !quoted(text, at, end) &&
        !namesDomain(at) &&
        !followsNdrHeadline(lower, at, domain)
      )
        continue;
      spans.push([at, end, mask]);
    }
  }
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  return replaceSpans(text, spans);
}

/**
 * `text` with each span ([start, end, replacement], in order of start) replaced; a span that
 * overlaps one replaced before it is skipped (the earlier, outer one already masked it).
 */
export function replaceSpans(
  text: string,
  spans: readonly (readonly [number, number, string])[],
): string {
  let out = "";
  let last = 0;
  for (const [start, end, replacement] of spans) {
    if (start < last) continue;
    out += text.slice(last, start) + replacement;
    last = end;
  }
  return out + text.slice(last);
}

/**
 * Whether the local part stands in double quotes: Postfix's local delivery names the user it did
 * not find that way, without the domain (src/local/unknown.c: `unknown user: "jane"`). A known
 * local part quoted on its own stands for its address.
 */
function quoted(text: string, at: number, end: number): boolean {
  return text[at - 1] === '"' && text[end] === '"';
}

/**
 * Whether the line around a place also names `domain` (lower case) on its own, not as the domain
 * of an address ("... wasn't found at example.org.", not "mail@example.org: mail delivery
 * failed"). The places asked about come in order, so each line's answer is kept for the next
 * place on it: a long line holding a local part many times is read once, not once a place.
 */
function lineNamesDomain(lower: string, domain: string): (at: number) => boolean {
  let lineStart = -1;
  let lineEnd = -1;
  let names = false;
  return (at) => {
    if (at >= lineStart && at < lineEnd) return names;
    lineStart = lower.lastIndexOf("\n", at) + 1;
    lineEnd = lower.indexOf("\n", at);
    if (lineEnd === -1) lineEnd = lower.length;
    const line = lower.slice(lineStart, lineEnd);
    names = false;
    for (let i = line.indexOf(domain); i !== -1 && !names; i = line.indexOf(domain, i + 1))
      if (line[i - 1] !== "@" && !localCharAt(line, i - 1)) names = true;
    return names;
  };
}
