// Rewriting parts of a pasted MIME message in place (bulky-parts.ts turns an HTML part into its
// text, decoded-parts.ts writes an encoded part out as its text): the edits, applied left to
// right, and what every rewritten part must respect.
import type { MimeEntity } from "./mime-tree";

export interface PartEdit {
  start: number;
  end: number;
  replacement: string;
}

/**
 * Whether `body`, written into the part, would hold a line an enclosing multipart reads as its
 * delimiter: the rewritten text would break the message's structure.
 */
export function holdsDelimiter(entity: MimeEntity, body: string): boolean {
  const lines = `\n${body}`;
  return entity.enclosingBoundaries.some((b) => lines.includes(`\n--${b}`));
}

/** The part's header fields as written, but `dropped` (lower-case names), each ending a line. */
export function keptHeaders(entity: MimeEntity, eol: string, dropped: readonly string[]): string {
  return entity.headers
    .filter((h) => !dropped.includes(h.name))
    .map((h) => (h.raw.endsWith("\n") ? h.raw : h.raw + eol))
    .join("");
}

/** The text with `edits` (in order, not overlapping) applied. */
export function applyPartEdits(text: string, edits: readonly PartEdit[]): string {
  if (edits.length === 0) return text;
  let out = "";
  let last = 0;
  for (const edit of edits) {
    out += text.slice(last, edit.start) + edit.replacement;
    last = edit.end;
  }
  return out + text.slice(last);
}
