// A search for a fixed string of seven or more characters through a whole text, as indexOf
// finds it, made cheaper. V8 searches for a pattern that long with a set-up per call (its
// Boyer-Moore tables) and a linear search that gives way to it when the pattern's first
// character is frequent; a pattern of at most six characters gets the linear search alone, its
// first character found natively (memchr), and costs little when that character is rare in the
// text. So six characters of the literal that start with its least frequent character (the
// "head") are looked for, and the whole literal checked where they occur. Over the dev corpus's
// messages (a few kilobytes each, most without the literal), a text: "/Remote_host_said:_"
// 0.37 us with includes against 0.11 for its head "_host_" (0.33 for "/Remot"), "/Giving_up_on_"
// 0.50 against 0.11 ("_up_on"), ": deferral: " 1.30 against 0.75 ("ferral"); a head that starts
// with a frequent letter or a blank was as slow as includes or slower ("e serv" 2.19, " serve"
// 2.49).

/** The most characters V8 searches for without its Boyer-Moore set-up (kBMMinPatternLength - 1). */
const HEAD_CHARS = 6;

/**
 * How often a character starts a search's candidate in mail text, coarsely: 3 the blank, the
 * commonest English letters and the punctuation of header fields and prose; 2 other lower-case
 * letters and "/" (web addresses, MIME types, dates); 0 "_", rare outside identifiers; 1 the
 * rest (capitals, digits, "@", "<"...).
 */
function frequency(c: number): number {
  if (c === 0x20 || c === 0x0a || c === 0x3a || c === 0x2e || c === 0x2c || c === 0x2d) return 3;
  if (c >= 0x61 && c <= 0x7a) return "etaoinsrhld".includes(String.fromCharCode(c)) ? 3 : 2;
  if (c === 0x2f) return 2;
  return c === 0x5f ? 0 : 1;
}

/** A literal prepared for indexOfLiteral: its head and where the head starts in it. */
export interface Literal {
  readonly text: string;
  readonly head: string;
  readonly offset: number;
}

export function literal(text: string): Literal {
  if (text.length <= HEAD_CHARS) return { text, head: text, offset: 0 };
  let offset = 0;
  for (let k = 1; k + HEAD_CHARS <= text.length; k++)
    if (frequency(text.charCodeAt(k)) < frequency(text.charCodeAt(offset))) offset = k;
  return { text, head: text.slice(offset, offset + HEAD_CHARS), offset };
}

/**
 * text.indexOf(lit.text, from): the first place at or after `from` where the literal's head
 * occurs at its offset and the whole literal is there. Linear in the text times the literal's
 * length at worst (a head found at every character), and literals are short constants.
 */
export function indexOfLiteral(text: string, lit: Literal, from = 0): number {
  const whole = lit.text;
  if (whole.length <= HEAD_CHARS) return text.indexOf(whole, from);
  const { head, offset } = lit;
  const start = Math.max(from, 0);
  for (let at = text.indexOf(head, start + offset); at !== -1; at = text.indexOf(head, at + 1))
    if (text.startsWith(whole, at - offset)) return at - offset;
  return -1;
}

/** text.includes(lit.text). */
export function holdsLiteral(text: string, lit: Literal): boolean {
  return indexOfLiteral(text, lit) !== -1;
}
