// A header block (RFC 5322 section 2.2): "Name: value" lines up to the first blank line, a line
// that starts with a blank continuing the field above it (folding, section 2.2.3). One reading
// for the bounce's own headers when it is a simple message (mime.ts) and for the original
// message's headers (original-headers.ts).
import type { HeaderLine } from "./mime";

/**
 * The characters of a header field's name after its first letter. RFC 5322 section 3.6.8 allows
 * any printable character but the colon; real names use letters, digits, hyphens, underscores
 * and dots ("X-Authenticated_ID:" in a Gmail delay notice, osandum/bounce-parser
 * src/test/resources/gmail-delayed-sample.eml). The rest (brackets, quotes, slashes) would let
 * a line of prose with a colon pass for a field.
 */
export const FIELD_NAME_TAIL = "A-Za-z0-9_.-";

/** Where the header block of `message` ends: the index of the line break before its first blank line, or -1. */
export function headerBlockEnd(message: string): number {
  // message.search(/\n[ \t]*\n/) as a loop over the line breaks (indexOf, native): measured
  // about twice as fast on the dev corpus's messages. Each blank is read once, after its line
  // break, so a long run of them stays linear.
  // Past the end a character reads as -1, as charCodeAt's NaN equals no character: a read out
  // of bounds made V8 throw away the optimised code of this and what inlines it.
  const n = message.length;
  for (let i = message.indexOf("\n"); i !== -1; i = message.indexOf("\n", i + 1)) {
    let j = i + 1;
    let c = j < n ? message.charCodeAt(j) : -1;
    while (c === 0x20 || c === 0x09) c = ++j < n ? message.charCodeAt(j) : -1;
    if (c === 0x0a) return i;
  }
  return -1;
}

/**
 * The fields of a header block, unfolded: names lower-cased, values trimmed, continuation lines
 * joined with one space. `isName` says whether the text before a line's first colon is a field
 * name; a line that is not a field is skipped, and a continuation after it still joins the
 * field above.
 */
export function unfoldFields(block: string, isName: (name: string) => boolean): HeaderLine[] {
  return unfoldSomeFields(block, isName, null).fields;
}

/**
 * unfoldFields, with only the fields whose lower-case name `keep` holds built (all of them for
 * null), and the number of fields of every name: a reader that wants a few fields of a copied
 * message does not join and trim the continuation lines of its Received and DKIM fields.
 */
export function unfoldSomeFields(
  block: string,
  isName: (name: string) => boolean,
  keep: ReadonlySet<string> | null,
): { fields: HeaderLine[]; count: number } {
  const fields: HeaderLine[] = [];
  let count = 0;
  // The field that continuation lines join; null for a field that is not kept (they are skipped).
  let last: HeaderLine | null = null;
  // The lines of block.split("\n"), read in place: a continuation line of a field that is not
  // kept (most of a copied message's Received and DKIM fields) is never copied out.
  // A line's colon is found without the line sliced out: `colonAt` is the first colon at or
  // after the line being read (-1: none left), looked for again only once the lines have passed
  // it (every search covers new text; the whole stays linear).
  const n = block.length;
  let colonAt = -2;
  for (let pos = 0, end = 0; pos <= n; pos = end + 1) {
    end = block.indexOf("\n", pos);
    if (end === -1) end = n;
    const first = block.charCodeAt(pos);
    if (count > 0 && (first === 0x20 || first === 0x09)) {
      if (last) last.value = `${last.value} ${block.slice(pos, end).trim()}`;
      continue;
    }
    if (colonAt !== -1 && colonAt < pos) colonAt = block.indexOf(":", pos);
    if (colonAt === -1 || colonAt >= end || colonAt === pos) continue;
    const name = block.slice(pos, colonAt);
    if (!isName(name)) continue;
    count++;
    const key = name.trim().toLowerCase();
    if (keep && !keep.has(key)) {
      last = null;
      continue;
    }
    last = { key, value: block.slice(colonAt + 1, end).trim() };
    fields.push(last);
  }
  return { fields, count };
}

/** The longest field name a copied message's header block is read with (a longer one is prose). */
export const MAX_FIELD_NAME = 76;

/** Whether c is a character of FIELD_NAME_TAIL: a letter, a digit, "_", "." or "-". */
export function isNameTail(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === 0x2e ||
    c === 0x2d
  );
}

/**
 * Whether s[from, to) is a field name: a letter, then FIELD_NAME_TAIL's characters, at most
 * MAX_FIELD_NAME in all (what /^[A-Za-z][A-Za-z0-9_.-]*$/ and the length say of the name sliced
 * out), read in place.
 */
export function isFieldNameAt(s: string, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_FIELD_NAME) return false;
  const first = s.charCodeAt(from) | 0x20;
  if (first < 0x61 || first > 0x7a) return false;
  for (let i = from + 1; i < to; i++) if (!isNameTail(s.charCodeAt(i))) return false;
  return true;
}

/** For each set of kept names, the names it holds by their length (index: length). */
const KEPT_BY_LENGTH = new WeakMap<ReadonlySet<string>, (readonly string[] | undefined)[]>();

function keptByLength(keep: ReadonlySet<string>): (readonly string[] | undefined)[] {
  let byLength = KEPT_BY_LENGTH.get(keep);
  if (byLength === undefined) {
    byLength = [];
    for (let k = 0; k <= MAX_FIELD_NAME; k++) byLength.push(undefined);
    // Only a lower-case field name can be a line's name lower-cased.
    for (const name of keep)
      if (name === name.toLowerCase() && isFieldNameAt(name, 0, name.length))
        byLength[name.length] = [...(byLength[name.length] ?? []), name];
    KEPT_BY_LENGTH.set(keep, byLength);
  }
  return byLength;
}

/**
 * The name of `names` (lower case) that s[from, from + its length) spells in any case of ASCII
 * letters, or null. A kept name holds only what a field name may (FIELD_NAME_TAIL), so a name it
 * spells is one: what isFieldNameAt, slice and toLowerCase then a lookup said, read in place.
 */
function keptNameAt(s: string, from: number, names: readonly string[]): string | null {
  for (let k = 0; k < names.length; k++) {
    const name = names[k]!;
    let i = 0;
    for (; i < name.length; i++) {
      const want = name.charCodeAt(i);
      const c = s.charCodeAt(from + i);
      // A capital folds onto its letter (c | 0x20 gives a lower-case letter only for A-Z among
      // the characters that are not one already).
      if (c !== want && !(c >= 0x41 && c <= 0x5a && (c | 0x20) === want)) break;
    }
    if (i === name.length) return name;
  }
  return null;
}

/**
 * unfoldSomeFields(block, isFieldNameAt's names, keep), with each line's name read in place, and
 * whether the block has any field at all (`hasField`) rather than how many: its one reader
 * (readOriginalMessage) asks only that. The original message's header block is mostly Received,
 * DKIM and ARC fields that nobody reads (readOriginalMessage keeps six names): a line's name is
 * compared in place with the kept names of its length, and tested to be a name at all only where
 * the answer changes something: before the first field (hasField), and after a kept field, whose
 * value a continuation line would still join unless a field came between. Slicing, matching,
 * lower-casing and hashing each name, then testing every name character by character, were most
 * of the work of reading the block.
 */
export function unfoldKeptFields(
  block: string,
  keep: ReadonlySet<string>,
): { fields: HeaderLine[]; hasField: boolean } {
  const { fields, hasField } = unfoldKeptFieldsOf(block, keep, false);
  return { fields, hasField };
}

/**
 * unfoldKeptFields of a message's header block (up to headerBlockEnd), read in the message
 * itself: the block's end is found as its lines are read, instead of in a pass of its own
 * first. `blockEnd` is what headerBlockEnd(message) gives.
 */
export function unfoldKeptHeaderFields(
  message: string,
  keep: ReadonlySet<string>,
): { fields: HeaderLine[]; hasField: boolean; blockEnd: number } {
  return unfoldKeptFieldsOf(message, keep, true);
}

function unfoldKeptFieldsOf(
  block: string,
  keep: ReadonlySet<string>,
  untilBlankLine: boolean,
): { fields: HeaderLine[]; hasField: boolean; blockEnd: number } {
  const byLength = keptByLength(keep);
  const fields: HeaderLine[] = [];
  let hasField = false;
  let last: HeaderLine | null = null;
  const n = block.length;
  let colonAt = -2;
  for (let pos = 0, end = 0; pos <= n; pos = end + 1) {
    const newline = block.indexOf("\n", pos);
    end = newline === -1 ? n : newline;
    // (-1 past the end, not charCodeAt's NaN: an out-of-bounds read deoptimises; both equal no
    // character.)
    const first = pos < n ? block.charCodeAt(pos) : -1;
    // headerBlockEnd's end: a line break, blanks only, a line break (never the first line).
    if (
      untilBlankLine &&
      pos > 0 &&
      newline !== -1 &&
      (first === 0x0a || first === 0x20 || first === 0x09)
    ) {
      let j = pos;
      while (block.charCodeAt(j) === 0x20 || block.charCodeAt(j) === 0x09) j++;
      if (j === end) return { fields, hasField, blockEnd: pos - 1 };
    }
    if (hasField && (first === 0x20 || first === 0x09)) {
      if (last) last.value = `${last.value} ${block.slice(pos, end).trim()}`;
      continue;
    }
    if (colonAt !== -1 && colonAt < pos) colonAt = block.indexOf(":", pos);
    if (colonAt === -1 || colonAt >= end || colonAt === pos) continue;
    const length = colonAt - pos;
    const names = length <= MAX_FIELD_NAME ? byLength[length] : undefined;
    const key = names === undefined ? null : keptNameAt(block, pos, names);
    if (key !== null) {
      hasField = true;
      last = { key, value: block.slice(colonAt + 1, end).trim() };
      fields.push(last);
      continue;
    }
    // Another name: it matters only as the first field, or as the field that ends a kept one.
    if ((!hasField || last !== null) && isFieldNameAt(block, pos, colonAt)) {
      hasField = true;
      last = null;
    }
  }
  return { fields, hasField, blockEnd: -1 };
}

/**
 * The value of the first field named `key` (lower case) in a header block, as
 * unfoldFields(block, () => true) gives it, or null: one field looked for without the others
 * read, for a block that is often given up after a glance at one or two fields.
 */
export function firstFieldValue(block: string, key: string): string | null {
  return firstValue(block, key, false);
}

/**
 * firstFieldValue of the message's header block (up to headerBlockEnd), read in the message
 * itself: the block's end is found as its lines are read, without a pass over them to find it
 * first (most messages are given up after Content-Type, read before the end of the block).
 */
export function firstHeaderValue(message: string, key: string): string | null {
  return firstValue(message, key, true);
}

/** firstFieldValue; with `untilBlankLine`, the lines end at a line of blanks after a line break. */
function firstValue(block: string, key: string, untilBlankLine: boolean): string | null {
  // Whether a field line was seen: before one, a line that starts with a blank is not a continuation.
  let fieldSeen = false;
  let value: string | null = null;
  // The lines are read in place, not sliced out: only the field looked for is. `colonAt` is the
  // first colon at or after the line being read (-1: none left), looked for again only once the
  // lines have passed it, so that every search covers new text and the whole stays linear.
  let colonAt = -2;
  let pos = 0;
  while (pos <= block.length) {
    const start = pos;
    const newline = block.indexOf("\n", start);
    const end = newline === -1 ? block.length : newline;
    pos = end + 1;
    const first = block.charCodeAt(start);
    if (untilBlankLine && start > 0 && newline !== -1) {
      // headerBlockEnd: a line break, blanks only, a line break.
      let j = start;
      while (block.charCodeAt(j) === 0x20 || block.charCodeAt(j) === 0x09) j++;
      if (j === end) return value;
    }
    if (fieldSeen && (first === 0x20 || first === 0x09)) {
      if (value !== null) value = `${value} ${block.slice(start, end).trim()}`;
      continue;
    }
    if (colonAt !== -1 && colonAt < start) colonAt = block.indexOf(":", start);
    const colon = colonAt === -1 || colonAt >= end ? -1 : colonAt - start;
    if (colon < 1) continue;
    // The next field ends the one found.
    if (value !== null) return value;
    fieldSeen = true;
    // A name as long as the key at least, that starts with its letter in either case (or with
    // something other than a letter, a blank for one): only such a name is trimmed, lower-cased
    // and compared. Most fields of a block are other fields.
    const c = first | 0x20;
    if (colon < key.length || (c !== key.charCodeAt(0) && c >= 0x61 && c <= 0x7a)) continue;
    if (block.slice(start, colonAt).trim().toLowerCase() === key)
      value = block.slice(colonAt + 1, end).trim();
  }
  return value;
}
