// A header block (RFC 5322 section 2.2): "Name: value" lines up to the first blank line, a line
// that starts with a blank continuing the field above it (folding, section 2.2.3). One reading
// for the bounce's own headers when it is a simple message (mime.ts) and for the original
// message's headers (original-headers.ts).
import type { HeaderLine } from "./mime";

/** Where the header block of `message` ends: the index of the line break before its first blank line, or -1. */
export function headerBlockEnd(message: string): number {
  return message.search(/\n[ \t]*\n/);
}

/**
 * The fields of a header block, unfolded: names lower-cased, values trimmed, continuation lines
 * joined with one space. `isName` says whether the text before a line's first colon is a field
 * name; a line that is not a field is skipped, and a continuation after it still joins the
 * field above.
 */
export function unfoldFields(block: string, isName: (name: string) => boolean): HeaderLine[] {
  const fields: HeaderLine[] = [];
  for (const line of block.split("\n")) {
    const last = fields[fields.length - 1];
    if (last && (line.startsWith(" ") || line.startsWith("\t"))) {
      last.value = `${last.value} ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(":");
    if (colon < 1) continue;
    const name = line.slice(0, colon);
    if (!isName(name)) continue;
    fields.push({ key: name.trim().toLowerCase(), value: line.slice(colon + 1).trim() });
  }
  return fields;
}
