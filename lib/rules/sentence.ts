// Sentences built from findings often start with a domain, an address or an IP
// ("dmarc-none.test's records ..."): those are names, written as their owner writes them.

/** Whether a word is a name (a domain, an e-mail address, an IPv6 address), not prose. */
function isName(word: string): boolean {
  // A dot, @ or colon inside the word (not a trailing full stop or colon) marks a name.
  return /[.@:][^\s]/.test(word);
}

/** A sentence's opening written to follow other words: "Read the reports" -> "read the reports". */
export function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Starts a sentence with a capital, unless it starts with a name. */
export function capitalise(s: string): string {
  const space = s.search(/\s/);
  const first = space === -1 ? s : s.slice(0, space);
  if (isName(first)) return s;
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Words that open a finding's title as a sentence ("The reverse DNS of …", "No SPF record") and
 * read in lower case once the title is a clause inside another sentence. Only these: a title
 * that opens with a name ("Spamhaus ZEN …", "SPF softfail …", "Gmail …") keeps its capital.
 */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  "A",
  "An",
  "The",
  "No",
  "None",
  "More",
  "Only",
  "One",
  "This",
  "Its",
  "Your",
  "Could",
  "Not",
]);

/** A sentence written to go inside another ("… found: the reverse DNS of 192.0.2.99 is …"). */
export function asClause(s: string): string {
  const space = s.search(/\s/);
  const first = space === -1 ? s : s.slice(0, space);
  return SENTENCE_OPENERS.has(first) ? lowerFirst(s) : s;
}
