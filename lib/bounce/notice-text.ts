// The notice's own text: what the bounce's writer and the refusing server wrote, without the
// returned original message (ParsedBounce.originalSpans), whose headers and body are the
// sender's own words ("unsubscribe", "virus", "blocked" in a subject are no server's reason).
import type { ParsedBounce, Span } from "./types";

type Noticed = Pick<ParsedBounce, "text" | "originalSpans">;

const JOIN = "\n\n\u0000\n\n";

/**
 * `text` without the returned original, at most `max` characters. Its pieces are joined by
 * `join`, by default a NUL between blank lines, which no wording holds: no phrase is read across
 * the cut (words shown to a person are joined by a blank line instead).
 */
export function noticeText(parsed: Noticed, max = Number.POSITIVE_INFINITY, join = JOIN): string {
  const spans = parsed.originalSpans;
  const text = parsed.text;
  if (!spans || spans.length === 0) return text.length > max ? text.slice(0, max) : text;
  let out = "";
  let at = 0;
  for (let k = 0; k < spans.length && out.length < max; k++) {
    const s = spans[k]!;
    if (s.start > at) out += (out === "" ? "" : join) + text.slice(at, s.start);
    at = Math.max(at, s.end);
  }
  if (at < text.length && out.length < max) out += (out === "" ? "" : join) + text.slice(at);
  return out.length > max ? out.slice(0, max) : out;
}

/** Whether the character at `pos` of the text is part of the returned original. */
export function inOriginal(parsed: Noticed, pos: number): boolean {
  const spans = parsed.originalSpans;
  if (!spans) return false;
  for (let k = 0; k < spans.length; k++)
    if (pos >= spans[k]!.start && pos < spans[k]!.end) return true;
  return false;
}

/** Where the notice's own text ends before the first original (the text's length when none). */
export function noticeEnd(parsed: Noticed): number {
  const first: Span | undefined = parsed.originalSpans?.[0];
  return first ? first.start : parsed.text.length;
}
