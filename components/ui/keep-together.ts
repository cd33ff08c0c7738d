// Where a finding's text must not wrap. Browsers break lines at spaces and after hyphens, so on
// a 390 px phone a null MX read "(MX 0" on one line and ".)" on the next, an SPF record's
// "-all" became "-" and "all", and "null-mx.test" split at its hyphen. Pure: the component
// (keep-together-text.tsx) puts each kept segment in a no-wrap span.

export interface TextSegment {
  text: string;
  /** Whether the segment must stay on one line. */
  keep: boolean;
  /** A line may break just before it (between the labels of a long name). */
  breakBefore?: boolean;
}

/** A null MX as prose writes it: "MX 0 ." or "MX ." (RFC 7505). Bounded: no backtracking. */
const NULL_MX = /\bMX (?:0 )?\.(?![\w-])/g;

/**
 * Longest word kept whole: about 230 px of 14 px text, which fits the narrowest card. A longer
 * word (a DKIM key, a long host name) may still break rather than run off the screen.
 */
export const MAX_KEPT_WORD = 32;

/**
 * A name cut after each dot and "@", the places a line may break inside a host name or an
 * address ("postmaster@" "mail." "example.com" -> "postmaster@", "mail.", "example.", "com").
 * Pure; joined again the pieces give the name unchanged.
 */
export function nameLabels(name: string): string[] {
  const labels: string[] = [];
  let start = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if ((c === "." || c === "@") && i + 1 < name.length) {
      labels.push(name.slice(start, i + 1));
      start = i + 1;
    }
  }
  labels.push(name.slice(start));
  return labels.filter(Boolean);
}

/**
 * A longer name ("SELECTOR._domainkey.dmarc-none.test", "postmaster@mailmagazine.example.com")
 * may break after its dots and its "@", never at a hyphen: each label is kept whole. Browsers
 * break neither at a dot nor at "@", so without this a 35-character address ran 5 px off a
 * 390 px phone's card. Undefined when a label is itself too long to keep, so the word breaks
 * as the browser likes.
 */
function labelsOf(word: string): TextSegment[] | undefined {
  const labels = nameLabels(word);
  if (labels.length < 2 || labels.some((l) => l.length > MAX_KEPT_WORD)) return undefined;
  return labels.map((text, i) => ({ text, keep: true, ...(i > 0 ? { breakBefore: true } : {}) }));
}

function keepHyphenatedWords(text: string, out: TextSegment[]) {
  // Split on whitespace, keeping the separators: each word with a hyphen is kept whole.
  for (const part of text.split(/(\s+)/)) {
    if (part === "") continue;
    const hyphenated = part.includes("-") && part.length > 1;
    if (part.length > MAX_KEPT_WORD) {
      const labels = labelsOf(part);
      if (labels) {
        out.push(...labels);
        continue;
      }
    }
    const keep = hyphenated && part.length <= MAX_KEPT_WORD;
    const last = out[out.length - 1];
    if (!keep && last && !last.keep) last.text += part;
    else out.push({ text: part, keep });
  }
}

/** The text cut into segments, in order; joined again they give the text unchanged. */
export function keepTogetherSegments(text: string): TextSegment[] {
  const out: TextSegment[] = [];
  let at = 0;
  for (const m of text.matchAll(NULL_MX)) {
    keepHyphenatedWords(text.slice(at, m.index), out);
    out.push({ text: m[0], keep: true });
    at = m.index + m[0].length;
  }
  keepHyphenatedWords(text.slice(at), out);
  return out;
}
