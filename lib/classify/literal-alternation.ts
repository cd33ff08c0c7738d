// Literal phrases as one pattern source: each phrase's pattern characters escaped to stand for
// themselves, the phrases joined as alternatives. For gates that ask, in one native scan, whether
// any of many phrases occurs.

/** Characters with a meaning in a pattern. */
const PATTERN_CHARS = /[.*+?^${}()|[\]\\/]/g;

/** The source of a pattern that matches exactly where one of `phrases` occurs (flags aside). */
export function literalAlternation(phrases: readonly string[]): string {
  return phrases.map((p) => p.replace(PATTERN_CHARS, "\\$&")).join("|");
}
