// Finding a marker's places in normalised words, and whether every place of some words lies
// inside given spans: what the readers of lists of examples (enumeration.ts) and of advice to
// the sender (advice.ts) both do before they read their spans differently.
import type { Span } from "@/lib/bounce/types";

/** At most this many places of one marker, or of one matched text, are looked at. */
export const MAX_PLACES = 8;

/** Lower-case letters and digits (the words are normalised to lower case). */
export function isLetterOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * Where `words` stands in `hay` with no letter or digit joined to either end, among its first
 * MAX_PLACES occurrences.
 */
export function markerPlaces(hay: string, words: string): number[] {
  const out: number[] = [];
  let from = 0;
  for (let n = 0; n < MAX_PLACES; n++) {
    const at = hay.indexOf(words, from);
    if (at < 0) break;
    from = at + words.length;
    if (at > 0 && isLetterOrDigit(hay.charCodeAt(at - 1))) continue;
    if (isLetterOrDigit(hay.charCodeAt(from))) continue;
    out.push(at);
  }
  return out;
}

/**
 * The places of `words` in `hay` (up to MAX_PLACES), each with the span that holds it (or, with
 * `overlap`, that it reaches into); null when one place lies in none of the spans.
 */
export function placesInside<S extends Span>(
  hay: string,
  words: string,
  spans: readonly S[],
  overlap: boolean,
): { at: number; span: S }[] | null {
  const out: { at: number; span: S }[] = [];
  let from = 0;
  for (let n = 0; n < MAX_PLACES; n++) {
    const at = hay.indexOf(words, from);
    if (at < 0) break;
    const end = at + words.length;
    const span = spans.find((s) =>
      overlap ? at < s.end && end > s.start : at >= s.start && end <= s.end,
    );
    if (!span) return null;
    out.push({ at, span });
    from = at + 1;
  }
  return out;
}
