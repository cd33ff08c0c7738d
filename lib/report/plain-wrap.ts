// Plain text for an email client: lines of at most PLAIN_WIDTH characters, continued under their
// first word's indent. Many mail clients wrap (or break) longer lines on their own, which loses a
// list's indent; a word longer than the width (a URL, a DNS record) stays whole on its own line,
// since a broken URL or record no longer works when copied.
import { stripControls } from "./markdown-escape";

export const PLAIN_WIDTH = 72;

/**
 * `text` on one or more lines: the first starts with `first`, the rest with `rest` (usually
 * spaces as wide as `first`). Whitespace runs and control characters collapse.
 */
export function wrapPlain(
  text: string,
  first = "",
  rest = " ".repeat(first.length),
  width = PLAIN_WIDTH,
): string[] {
  const words = stripControls(text).split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest;
      empty = true;
    }
    line += (empty ? "" : " ") + word;
    empty = false;
  }
  lines.push(line.trimEnd());
  return lines;
}
