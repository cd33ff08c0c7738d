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

/** Part headers (and marker lines) looked at before the rest is taken as original: a real
 *  bounce has one or two, nested forwards a few; thousands are an attack on the scan. */
export const MAX_ORIGINAL_PART_CANDIDATES = 16;

interface Declaration {
  at: number;
  boundary: string;
}

function boundaryDeclarations(text: string): Declaration[] {
  const found: Declaration[] = [];
  const re = /boundary[ \t]*=[ \t]*"?([^";\s]{1,70})/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) found.push({ at: m.index, boundary: m[1]! });
  return found;
}

/**
 * Next line at or after `from` that closes the part: its own delimiter (or closing form), or a
 * delimiter of any multipart declared before the part (an enclosing one ending first). Boundaries
 * declared inside the part belong to the original message and do not end it. -1 when none.
 * Only lines starting with "--" can close a part: `dashLines` lists them, in order.
 */
function nextDelimiter(
  lines: Line[],
  dashLines: number[],
  from: number,
  enclosing: Set<string>,
  delimiter: string | null,
): number {
  const isEnclosing = enclosing.size > 0 ? delimiterTest(enclosing) : () => false;
  let k = firstAtOrAfter(dashLines, from);
  for (; k < dashLines.length; k++) {
    const i = dashLines[k]!;
    const t = lines[i]!.text.trimEnd();
    if ((delimiter !== null && (t === delimiter || t === `${delimiter}--`)) || isEnclosing(t))
      return i;
  }
  return -1;
}

/** Index of the first entry >= value in a sorted array (binary search). */
function firstAtOrAfter(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Spans of `text` holding the original message (headers and body), in order, not overlapping.
 * Empty when the text carries no copy of the original.
 *
 * Linear in the text: the lines are read once, the walk back to a part's delimiter and to the
 * enclosing delimiter come from tables built in that pass, and at most
 * MAX_ORIGINAL_PART_CANDIDATES part headers or marker lines are followed to their end (past
 * that, the rest of the text is taken as original: dropping too much is the safe side).
 */
export function findOriginalMessage(text: string): Span[] {
  const lines = splitLines(text);
  const declarations = boundaryDeclarations(text);
  const isDelimiter = delimiterTest(new Set(declarations.map((d) => d.boundary)));
  // For each line: the nearest line before it that is blank or a delimiter (where a part's
  // header block starts), and the nearest delimiter before it; -1 when none.
  const headerStop = new Int32Array(lines.length);
  const previousDelimiter = new Int32Array(lines.length);
  const dashLines: number[] = [];
  let stop = -1;
  let delimiterLine = -1;
  for (let i = 0; i < lines.length; i++) {
    headerStop[i] = stop;
    previousDelimiter[i] = delimiterLine;
    const t = lines[i]!.text;
    if (t.startsWith("--")) dashLines.push(i);
    const delimiter = t.startsWith("--") && isDelimiter(t);
    if (delimiter) delimiterLine = i;
    if (delimiter || t === "") stop = i;
  }
  const enclosingAt = (position: number) =>
    new Set(declarations.filter((d) => d.at < position).map((d) => d.boundary));

  const spans: Span[] = [];
  let candidates = 0;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const partType = ORIGINAL_PART_TYPE.test(line.text);
    if (!partType && !ORIGINAL_MESSAGE_MARKERS.some((m) => m.test(line.text))) {
      i++;
      continue;
    }
    if (++candidates > MAX_ORIGINAL_PART_CANDIDATES) {
      spans.push({ start: line.start, end: text.length });
      break;
    }
    if (partType) {
      // The part starts at its delimiter line: back over the part's own header lines.
      const d = headerStop[i]!;
      const delimiter = d >= 0 && isDelimiter(lines[d]!.text) ? lines[d]!.text.trimEnd() : null;
      const partStart = delimiter ? lines[d]!.start : line.start;
      const close = nextDelimiter(lines, dashLines, i + 1, enclosingAt(partStart), delimiter);
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
    // A marker line: keep it (it tells the reader, and the parser, what followed); drop the rest
    // up to the enclosing MIME part's next boundary.
    const d = previousDelimiter[i]!;
    const enclosing = d >= 0 ? lines[d]!.text.trimEnd() : null;
    const cutStart = Math.min(line.end + 1, text.length);
    const close = nextDelimiter(lines, dashLines, i + 1, enclosingAt(cutStart), enclosing);
    const cutEnd = close >= 0 ? lines[close]!.start : text.length;
    if (cutEnd > cutStart) spans.push({ start: cutStart, end: cutEnd });
    if (close < 0) break;
    i = close;
  }
  return spans;
}
