// Where the bounce's copy of the original message starts and ends, so it can be left out of a
// shared link. Two ways, as the bounce parser (lib/bounce) reads it too:
// - MIME: the part typed message/rfc822, message/global, text/rfc822-headers or
//   message/(rfc822|global)-headers (RFC 3462/6522 §3, RFC 6532 §3.7), up to the next boundary;
// - text: a marker line such as "--- Below this line is a copy of the message." (the parser's
//   ORIGINAL_MESSAGE_MARKERS, one list for both), up to the next MIME boundary or the end.
import { ORIGINAL_MESSAGE_MARKERS } from "@/lib/bounce/mta-formats";
import type { Span } from "@/lib/bounce/types";

const ORIGINAL_PART_TYPE =
  /^content-type:[ \t]*(?:message\/(?:rfc822|global)(?:-headers)?|text\/rfc822-headers)\b/i;
const MAX_LINE = 1_000;
const NESTED_REPORT =
  /^content-type:[ \t]*(?:message\/(?:global-)?delivery-status|multipart\/report)/im;

interface Line {
  start: number;
  end: number; // index of the "\n" (or text end)
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    // Bounded: markers and headers are short; a long line is only ever compared by its head.
    const raw = text.slice(start, Math.min(end, start + MAX_LINE));
    lines.push({ start, end, text: raw.endsWith("\r") ? raw.slice(0, -1) : raw });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

/** The boundaries the text declares (boundary="..." parameters, RFC 2046 §5.1.1). */
export function declaredBoundaries(text: string): Set<string> {
  const found = new Set<string>();
  const re = /boundary[ \t]*=[ \t]*"?([^";\s]{1,70})/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) found.add(m[1]!);
  return found;
}

// Without declared boundaries (a pasted fragment of a message), a delimiter is recognised by its
// shape: "--" and 1-70 boundary characters (RFC 2046 §5.1.1 bchars), not only dashes.
const DELIMITER_SHAPE = /^--[A-Za-z0-9'()+_,./:=?-]{1,70}$/;

function delimiterTest(boundaries: Set<string>): (line: string) => boolean {
  if (boundaries.size === 0) return (line) => DELIMITER_SHAPE.test(line) && !/^-+$/.test(line);
  return (line) => {
    if (!line.startsWith("--")) return false;
    const t = line.trimEnd();
    const inner = t.endsWith("--") && !boundaries.has(t.slice(2)) ? t.slice(2, -2) : t.slice(2);
    return boundaries.has(inner);
  };
}

/**
 * Next line at or after `from` that closes the part: its own delimiter (or closing form), or a
 * delimiter of any multipart declared before the part (an enclosing one ending first). Boundaries
 * declared inside the part belong to the original message and do not end it. -1 when none.
 */
function nextDelimiter(
  text: string,
  lines: Line[],
  from: number,
  partStart: number,
  delimiter: string | null,
): number {
  const enclosing = declaredBoundaries(text.slice(0, partStart));
  const isEnclosing = enclosing.size > 0 ? delimiterTest(enclosing) : () => false;
  for (let i = from; i < lines.length; i++) {
    const t = lines[i]!.text.trimEnd();
    if ((delimiter !== null && (t === delimiter || t === `${delimiter}--`)) || isEnclosing(t))
      return i;
  }
  return -1;
}

/**
 * Spans of `text` holding the original message (headers and body), in order, not overlapping.
 * Empty when the text carries no copy of the original.
 */
export function findOriginalMessage(text: string): Span[] {
  const lines = splitLines(text);
  const isDelimiter = delimiterTest(declaredBoundaries(text));
  const spans: Span[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (ORIGINAL_PART_TYPE.test(line.text)) {
      // The part starts at its delimiter line: walk back over the part's own header lines.
      let d = i - 1;
      while (d >= 0 && lines[d]!.text !== "" && !isDelimiter(lines[d]!.text)) d--;
      const delimiter = d >= 0 && isDelimiter(lines[d]!.text) ? lines[d]!.text.trimEnd() : null;
      const partStart = delimiter ? lines[d]!.start : line.start;
      const close = nextDelimiter(text, lines, i + 1, partStart, delimiter);
      const partEnd = close >= 0 ? lines[close]!.start : text.length;
      // Some gateways forward the real bounce as a message/rfc822 part: that is no original
      // message but the report itself. Look inside it instead (its own original goes).
      if (NESTED_REPORT.test(text.slice(line.end, partEnd))) {
        i++;
        continue;
      }
      spans.push({ start: partStart, end: partEnd });
      if (close < 0) break;
      i = close;
      continue;
    }
    if (ORIGINAL_MESSAGE_MARKERS.some((m) => m.test(line.text))) {
      // Keep the marker line (it tells the reader, and the parser, what followed); drop the rest
      // up to the enclosing MIME part's next boundary.
      let enclosing: string | null = null;
      for (let d = i - 1; d >= 0; d--) {
        if (isDelimiter(lines[d]!.text)) {
          enclosing = lines[d]!.text.trimEnd();
          break;
        }
      }
      const cutStart = Math.min(line.end + 1, text.length);
      const close = nextDelimiter(text, lines, i + 1, cutStart, enclosing);
      const cutEnd = close >= 0 ? lines[close]!.start : text.length;
      if (cutEnd > cutStart) spans.push({ start: cutStart, end: cutEnd });
      if (close < 0) break;
      i = close;
      continue;
    }
    i++;
  }
  return spans;
}
