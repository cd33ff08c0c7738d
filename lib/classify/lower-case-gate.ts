// Whether text.toLowerCase() may contain one of some lower-case ASCII phrases, asked of the text
// itself: one case-insensitive scan instead of a lower-cased copy of the text (kilobytes, per
// message) and a search per phrase. Most texts hold none of the phrases, and then the copy is
// never made; when the gate holds, the caller reads the lower-cased text as before.
//
// Exact as a gate: a /i pattern without the u flag matches an ASCII letter only to the same
// letter in either case (ECMA-262 Canonicalize never maps a character of U+0080 or above to
// one below). toLowerCase() maps exactly two characters of U+0080 or above to ASCII: U+0130
// (to "i" and U+0307) and U+212A KELVIN SIGN (to "k"); the pattern holds wherever one of them
// occurs that could make part of a phrase (reachesPhrase: the Kelvin sign for a phrase with a
// "k", U+0130 for one that ends in "i", as U+0307 follows), so a text it says no to
// lower-cases to a string that contains none of the phrases. (Each alternative costs the scan:
// irregexp reads a case-insensitive alternation position by position.)

import { literalAlternation } from "./literal-alternation";

/** Characters outside ASCII that lower-case to ASCII letters (checked in lower-case-gate.test.ts). */
export const LOWERS_TO_ASCII = "\u0130\u212a";

/**
 * A pattern that holds for every text whose toLowerCase() contains one of `phrases`, or null
 * when no pattern can say so (a phrase that is empty, not ASCII, or has an upper-case letter,
 * which no lower-cased text contains but the pattern would find).
 */
export function lowerCaseGate(phrases: readonly string[]): RegExp | null {
  if (phrases.some((p) => p === "" || !/^[\x00-\x7f]*$/.test(p) || p !== p.toLowerCase()))
    return null;
  const reaching = [...LOWERS_TO_ASCII].filter((ch) => phrases.some((p) => reachesPhrase(ch, p)));
  return new RegExp(literalAlternation([...fewest(phrases), ...reaching]), "i");
}

/**
 * The phrases less those that another one (or an earlier copy of the same) lies inside: a text
 * that holds a phrase holds every phrase inside it, so the pattern holds for exactly the same
 * texts, and each alternative left out is one less tried at every position of the scan (the
 * whole-text signatures' pieces named "expected" four times and "properties" twice).
 */
function fewest(phrases: readonly string[]): string[] {
  return phrases.filter((p, i) =>
    phrases.every((q, j) => j === i || !p.includes(q) || (q === p && j > i)),
  );
}

/**
 * Whether the lower case of `ch` (a character outside ASCII) can give characters of an
 * occurrence of the ASCII `phrase` in a lower-cased text: some ASCII run of it, or part of one,
 * lines up with the phrase, where the phrase goes on past the run only at an end of the lower
 * case (into the text around it), never into its characters outside ASCII.
 */
export function reachesPhrase(ch: string, phrase: string): boolean {
  const lower = ch.toLowerCase();
  for (let from = 0; from < lower.length;) {
    let to = from;
    while (to < lower.length && lower.charCodeAt(to) < 0x80) to++;
    if (to > from && runReaches(lower.slice(from, to), from === 0, to === lower.length, phrase))
      return true;
    from = to + 1;
  }
  return false;
}

/** Whether seg[i, j) can stand at some offset of the phrase, with open ends as given. */
function runReaches(seg: string, leftOpen: boolean, rightOpen: boolean, phrase: string): boolean {
  for (let i = 0; i < seg.length; i++)
    for (let j = i + 1; j <= seg.length; j++)
      for (let o = 0; o + (j - i) <= phrase.length; o++) {
        if (phrase.slice(o, o + j - i) !== seg.slice(i, j)) continue;
        const startOk = o === 0 || (i === 0 && leftOpen);
        const endOk = o + (j - i) === phrase.length || (j === seg.length && rightOpen);
        if (startOk && endOk) return true;
      }
  return false;
}
