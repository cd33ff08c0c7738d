// Knowledge written in a language's own letters, folded as the classifier folds the words it
// reads (lib/classify/text-index.ts: lower case, typographic quotes and dashes to ASCII, the
// Turkish dotless and dotted i to "i"). Needles taken whole from a program's message catalogs
// must meet pasted text after that folding; the catalogs keep their own spelling.
const FOLDS: readonly (readonly [RegExp, string])[] = [
  [/[\u2019\u2018]/g, "'"],
  [/[\u201c\u201d]/g, '"'],
  [/[\u2013\u2010\u2011]/g, "-"],
  [/\u00a0/g, " "],
  [/[\u0131\u0130]/g, "i"],
];

/** The words as the classifier's text index holds them (white space collapsed too). */
export function foldLikeText(words: string): string {
  let out = words.toLowerCase();
  for (const [re, to] of FOLDS) out = out.replace(re, to);
  return out.replace(/\s+/g, " ").trim();
}
