// Whether a refusal's own words say more than a bare refusal: any word that is not a generic
// reply word (lib/knowledge/generic-reply-words.ts) once codes, addresses, host names, links and
// identifiers are set aside. When nothing in the knowledge read such a reply, the page says it
// could not read the words, not that the bounce gave no reason ("550 Unknown mailbox" names one).
import { GENERIC_REPLY_WORD_SET } from "@/lib/knowledge/generic-reply-words";

/** Only the start of a long reply is read: the reason comes first, and the page stays quick. */
const READ_LIMIT = 2000;

// Set aside before the words are split (each bounded, none nested): links, addresses, host
// names and dotted numbers, anything in angle brackets or square brackets, and a time zone's
// comment in a date ("+0100 (CET)").
const SET_ASIDE =
  /(?:https?:\/\/|www\.)[^\s<>"]{0,500}|[^\s<>@"]{1,256}@[^\s<>"]{1,256}|<[^<>\n]{0,300}>|\[[^[\]\n]{0,300}\]|\([A-Za-z]{2,5}\)|[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,10}/gu;

const WORD_SPLIT = /[^\p{L}\p{N}'-]+/u;
const HAS_DIGIT = /\p{N}/u;
const LETTERS_ONLY = /^[\p{L}'-]+$/u;

/**
 * The words of a reply that name something beyond a bare refusal (distinct, lower case, in
 * order, at most `max`): empty when the reply is only codes and generic words.
 */
export function unreadWords(words: string, max = 5): string[] {
  const text = words.slice(0, READ_LIMIT).toLowerCase().replace(SET_ASIDE, " ");
  const out: string[] = [];
  for (const raw of text.split(WORD_SPLIT)) {
    const token = raw.replace(/^['-]+|['-]+$/g, "");
    // One letter, numbers and identifiers (letters with digits: queue ids, codes) say nothing.
    if (token.length < 2 || HAS_DIGIT.test(token) || !LETTERS_ONLY.test(token)) continue;
    // A header field's own name ("X-Postfix-Sender:" in a report) is the writer's, not the reply's.
    if (token.startsWith("x-")) continue;
    if (GENERIC_REPLY_WORD_SET.has(token) || out.includes(token)) continue;
    out.push(token);
    if (out.length >= max) break;
  }
  return out;
}

/** True when the reply has words that are not a bare refusal's. */
export function saysMoreThanARefusal(words: string): boolean {
  return unreadWords(words, 1).length > 0;
}
