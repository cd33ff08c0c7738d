// Whether text.toLowerCase() may contain one of some lower-case ASCII phrases, asked of the text
// itself: one case-insensitive scan instead of a lower-cased copy of the text (kilobytes, per
// message) and a search per phrase. Most texts hold none of the phrases, and then the copy is
// never made; when the gate holds, the caller reads the lower-cased text as before.
//
// Exact as a gate: a /i pattern without the u flag matches an ASCII letter only to the same
// letter in either case (ECMA-262 Canonicalize never maps a character of U+0080 or above to
// one below). toLowerCase() maps exactly two characters of U+0080 or above to ASCII: U+0130
// (to "i" and U+0307) and U+212A KELVIN SIGN (to "k"); the pattern holds wherever one of them
// occurs, so a text it says no to lower-cases to a string that contains none of the phrases.

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
  return new RegExp(literalAlternation([...phrases, ...LOWERS_TO_ASCII]), "i");
}
