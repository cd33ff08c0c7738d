// Matching text: lower-cased, whitespace collapsed, typographic quotes folded, with a map
// back to offsets in the original string so evidence can be highlighted where it was pasted.
// Lower-casing is done once per string (not per character) and runs of non-space text are
// copied as slices: this is on the classifier's hot path.

/** Typographic characters folded to ASCII; each maps one UTF-16 unit to one. */
const FOLD: Readonly<Record<string, string>> = {
  "\u2019": "'",
  "\u2018": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u2013": "-",
  // The hyphen and the non-breaking hyphen: Google's German help writes "E\u2011Mails" with
  // the second, where replies and the knowledge write "E-Mails".
  "\u2010": "-",
  "\u2011": "-",
  "\u00a0": " ",
  // Turkish dotless and dotted i, read as i: lower-casing is not Turkish-aware ("ALICI" gives
  // "alici", never "alıcı"; "İ" gives two units and stays as it was), so a Turkish reply in
  // capitals and one in small letters fold alike. Knowledge tokens fold the same (foldToken).
  "\u0131": "i",
  "\u0130": "i",
};
const FOLD_RE = /[\u2019\u2018\u201c\u201d\u2013\u2010\u2011\u00a0\u0131\u0130]/g;

/**
 * A knowledge token (lower case already) folded as the words it is looked for in are, so that
 * a token written with the language's own letters ("alıcı") meets them.
 */
export function foldToken(token: string): string {
  return token.replace(FOLD_RE, (c) => FOLD[c] ?? c);
}
// Runs of two or more of these white-space characters, or one that is not a plain space: the
// runs that collapsing changes (matching every single space, as /[ \t\n\r\f\v]+/g did, made
// the replace copy each one; this halved the time of normalizeString on bounce texts).
const SPACE_RUN = /[ \t\n\r\f\v]{2,}|[\t\n\r\f\v]/g;

/** Lower-cased and folded, same length as the input (characters whose lower case is longer stay as they are). */
function lowerFolded(src: string): string {
  let lower = src.toLowerCase();
  if (lower.length !== src.length) {
    // Rare: a character such as U+0130 lower-cases to two units; keep those as they were.
    const out: string[] = [];
    for (const ch of src) {
      const l = ch.toLowerCase();
      out.push(l.length === ch.length ? l : ch);
    }
    lower = out.join("");
  }
  return lower.replace(FOLD_RE, (c) => FOLD[c] ?? c);
}

/** Blanks as normalizing reads them: white space, and a no-break space (folded to a space). */
function isBlank(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
}

/**
 * The offset map of normalizeString(original, n), kept as its stretches instead of one entry per
 * character. Normalizing maps
 * every character to itself except where a run of blanks collapses: the run's space maps to the
 * run's last blank, and the characters after it follow on from there. So the map is a few
 * stretches of consecutive offsets, one from the text's first kept character and one from each
 * collapsed run, each written as where it starts in the normalised text and in the original.
 * A bounce's whole text (the classifier's text index) has one stretch a line or so: the map of
 * every character (an array of thousands of numbers, grown by push) was a twentieth of all
 * that diagnose() allocated.
 */
export class OffsetRuns {
  /** The normalised text's length: offsets at or past it, or below 0, have none (undefined). */
  readonly length: number;
  /** Where each stretch starts in the normalised text, ascending (the first at 0). */
  private readonly from: number[];
  /** Where each stretch starts in the original. */
  private readonly original: number[];

  constructor(length: number, from: number[], original: number[]) {
    this.length = length;
    this.from = from;
    this.original = original;
  }

  /** The original offset of normalised character i, with blanks at either end trimmed and each collapsed run read as its last blank. */
  at(i: number): number | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    // The last stretch that starts at or before i.
    let lo = 0;
    let hi = this.from.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.from[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.original[lo]! + (i - this.from[lo]!);
  }
}

/**
 * The offset map of s = normalizeString(original, n), as OffsetRuns: blanks trimmed at either
 * end, each run that collapses (two or more blanks, or one that is not a plain space; read
 * before the fold, as SPACE_RUN is: a no-break space is a blank there) mapped to its last
 * blank, every other character to itself. The runs are found in one pass over the characters.
 */
export function offsetRuns(original: string, n: number, s: string): OffsetRuns {
  // Nothing changed but the case: one stretch, every character its own.
  if (s.length === n) return new OffsetRuns(n, [0], [0]);
  let start = 0;
  while (start < n && isBlank(original.charCodeAt(start))) start++;
  let end = n;
  while (end > start && isBlank(original.charCodeAt(end - 1))) end--;
  const from: number[] = [0];
  const at: number[] = [start];
  // Characters of the normalised text so far, and the original offset the next one reads.
  let length = 0;
  let i = start;
  // The runs, read character by character (a pattern made a match array per run): each
  // whole run of blanks that starts before `end`, save a lone plain space.
  for (let p = start; p < end; p++) {
    const c = original.charCodeAt(p);
    if (!isBlank(c)) continue;
    let q = p + 1;
    while (q < original.length && isBlank(original.charCodeAt(q))) q++;
    if (q - p === 1 && c === 32) continue;
    length += p - i;
    i = q;
    // The run's space (its last blank) and what follows it: a new stretch, unless the run is
    // one blank that stays where it is (a lone tab or line feed, read as one space).
    if (q - p > 1) {
      from.push(length);
      at.push(i - 1);
    }
    length++;
    p = q - 1;
  }
  length += end > i ? end - i : 0;
  return new OffsetRuns(length, from, at);
}

/** Lower-cased, folded and collapsed: the text the classifier matches (offsetRuns maps it back). */
export function normalizeString(original: string, limit = original.length): string {
  return collapsed(lowerFolded(limit < original.length ? original.slice(0, limit) : original));
}

/** Lower-cased, folded text with each white-space run as one space, trimmed. */
function collapsed(lower: string): string {
  const s = lower.replace(SPACE_RUN, " ");
  const start = s.charCodeAt(0) === 32 ? 1 : 0;
  const end = s.length > start && s.charCodeAt(s.length - 1) === 32 ? s.length - 1 : s.length;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/**
 * SMTP multi-line replies repeat "550-5.7.1" at every line; inside a diagnostic these
 * prefixes break phrases apart. Removes every "NNN-" / "NNN-X.Y.Z" run, and a
 * "NNN X.Y.Z" run that is not at the start, from an already normalised string.
 */
const CONTINUATION = /(^|\s)[245]\d\d-(?:[245]\.\d{1,3}\.\d{1,3}\s?)?/g;
const LAST_LINE = /\s[245]\d\d [245]\.\d{1,3}\.\d{1,3}(?=\s)/g;

export function stripContinuations(s: string): string {
  return s.replace(CONTINUATION, "$1").replace(LAST_LINE, "");
}

/** Characters that end a token when looking for addresses, host names and links. */
function endsToken(c: number): boolean {
  return (
    c <= 32 ||
    c === 60 /* < */ ||
    c === 62 /* > */ ||
    c === 40 /* ( */ ||
    c === 41 /* ) */ ||
    c === 91 /* [ */ ||
    c === 93 /* ] */ ||
    c === 34 /* " */ ||
    c === 39 /* ' */ ||
    c === 44 /* , */ ||
    c === 59 /* ; */
  );
}

function isLabelCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || (c >= 65 && c <= 90);
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isAlnumCode(c: number): boolean {
  return isLetterCode(c) || (c >= 48 && c <= 57);
}

/**
 * The length of the host name that starts the token s[start, end): two or more dot-separated
 * labels, the last one 2 to 24 letters, and either three labels or more or a last label of 2
 * or 3 letters (so that "full.please", a missing space after a full stop, is not taken for
 * one). 0 if none. Read in place: the token is not copied.
 */
function hostLength(s: string, start: number, end: number): number {
  let labels = 0;
  let labelStart = start;
  let i = start;
  for (; i <= end; i++) {
    const c = i < end ? s.charCodeAt(i) : 0;
    if (i < end && isLabelCode(c)) continue;
    if (i === labelStart) break;
    labels++;
    if (c !== 46 /* . */ || i + 1 >= end || !isLabelCode(s.charCodeAt(i + 1))) break;
    labelStart = i + 1;
  }
  if (labels < 2) return 0;
  const last = i - labelStart;
  if (last < 2 || last > 24) return 0;
  for (let k = labelStart; k < i; k++) if (!isLetterCode(s.charCodeAt(k))) return 0;
  return labels >= 3 || last <= 3 ? i - start : 0;
}

/**
 * The length of the identifier that starts the token s[start, end): letters and digits joined
 * by underscores, at least one underscore ("dkim_adsp_nxdomain", a spam filter's rule name;
 * "forbidden_file_extension", an rspamd map). 0 if none. A rule's name is not the server's
 * sentence: SpamAssassin lists every rule that scored, whatever the verdict.
 */
function identifierLength(s: string, start: number, end: number): number {
  let i = start;
  let underscores = 0;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (isAlnumCode(c)) continue;
    // An underscore joins two runs of letters and digits.
    if (c !== 95 /* _ */ || i === start || i + 1 >= end || !isAlnumCode(s.charCodeAt(i + 1))) break;
    underscores++;
  }
  return underscores > 0 ? i - start : 0;
}

/**
 * The masked length of the token s[start, end) (a maximal run of characters that do not end
 * one): the whole token for an address or a link, its host name's or identifier's length
 * otherwise, negative for an identifier, 0 for none. Read in place: the token is not copied.
 */
function tokenMask(s: string, start: number, end: number): number {
  if (end - start < 4) return 0;
  // Its first at sign, and whether it holds "://".
  let at = -1;
  let link = false;
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c === 64 /* @ */) {
      if (at < 0) at = k;
    } else if (
      c === 58 /* : */ &&
      k + 2 < end &&
      s.charCodeAt(k + 1) === 47 &&
      s.charCodeAt(k + 2) === 47
    )
      link = true;
  }
  if (
    link ||
    s.startsWith("www.", start) ||
    (at > start && at < end - 1 && isLabelCode(s.charCodeAt(at + 1)))
  )
    return end - start;
  const host = hostLength(s, start, end);
  if (host > 0) return host;
  return -identifierLength(s, start, end);
}

/**
 * The token that holds offset `at`, found by looking both ways from it: writes its start, its
 * end and its tokenMask to `out` and returns true, or returns false when `at` holds no token.
 */
export function maskedTokenAt(s: string, at: number, out: Int32Array): boolean {
  if (at >= s.length || endsToken(s.charCodeAt(at))) return false;
  let from = at;
  while (from > 0 && !endsToken(s.charCodeAt(from - 1))) from--;
  let to = at + 1;
  while (to < s.length && !endsToken(s.charCodeAt(to))) to++;
  out[0] = from;
  out[1] = to;
  out[2] = tokenMask(s, from, to);
  return true;
}

/**
 * Whether a token's mask (out of maskedTokenAt) covers the non-empty span [start, end) that
 * starts inside it: every range of tokenRanges begins at its token's start and ends inside it.
 */
export function maskCovers(token: Int32Array, end: number, identifiersOnly: boolean): boolean {
  const mask = token[2]!;
  if (mask === 0 || (identifiersOnly && mask > 0)) return false;
  return token[0]! + Math.abs(mask) >= end;
}

/**
 * Whether the non-empty span [start, end) lies inside one of tokenRanges(s)'s ranges (only its
 * identifiers when `identifiersOnly`), read from the one token that holds `start`.
 */
export function insideMaskedToken(
  s: string,
  start: number,
  end: number,
  identifiersOnly: boolean,
): boolean {
  const token = new Int32Array(3);
  return maskedTokenAt(s, start, token) && maskCovers(token, end, identifiersOnly);
}

export interface MaskedRanges {
  /** Addresses, host names, links and identifiers, in order: not a keyword catalog's wording. */
  all: Int32Array;
  /** Identifiers only: not anyone's wording, a provider's own entries' included. */
  identifiers: Int32Array;
}

/**
 * The addresses, host names, links and identifiers of a (normalised) text, as [start, end)
 * pairs in order: words inside them ("filtered@", "spam.over.port25.me", ".../DOC-1369#550",
 * "dnsbl_and_uribl") are not the server's wording. One linear pass over tokens; offsets are
 * the text's own.
 */
export function tokenRanges(s: string): MaskedRanges {
  const out: number[] = [];
  const ids: number[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && endsToken(s.charCodeAt(i))) i++;
    const start = i;
    while (i < n && !endsToken(s.charCodeAt(i))) i++;
    const mask = tokenMask(s, start, i);
    if (mask > 0) out.push(start, start + mask);
    else if (mask < 0) {
      out.push(start, start - mask);
      ids.push(start, start - mask);
    }
  }
  return { all: Int32Array.from(out), identifiers: Int32Array.from(ids) };
}
