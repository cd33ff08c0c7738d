// Matching text: lower-cased, whitespace collapsed, typographic quotes folded, with a map
// back to offsets in the original string so evidence can be highlighted where it was pasted.

export interface NormalizedText {
  /** The normalised text. */
  s: string;
  /** map[i] = offset in the original of normalised character i. */
  map: Int32Array;
}

const FOLD: Readonly<Record<string, string>> = { "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u00a0": " " };

export function normalize(original: string, limit = original.length): NormalizedText {
  const n = Math.min(original.length, limit);
  const out: string[] = [];
  const map = new Int32Array(n + 1);
  let k = 0;
  let pendingSpace = false;
  for (let i = 0; i < n; i++) {
    let ch = original[i] ?? "";
    ch = FOLD[ch] ?? ch;
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\f" || ch === "\v") {
      pendingSpace = k > 0;
      continue;
    }
    if (pendingSpace) {
      out.push(" ");
      map[k++] = i - 1;
      pendingSpace = false;
    }
    out.push(ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch);
    map[k++] = i;
  }
  return { s: out.join(""), map: map.subarray(0, k) };
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
