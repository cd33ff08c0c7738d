// Whether a subject names an automatic reply (lib/knowledge/auto-reply-subjects.ts): each
// listed word or phrase as a whole word in a Latin script, or anywhere in a script written
// without spaces. Lower-cased once; the phrases are few, so indexOf over them is quick.
import { AUTO_REPLY_SUBJECTS } from "@/lib/knowledge/auto-reply-subjects";

const PHRASES: readonly string[] = AUTO_REPLY_SUBJECTS.flatMap((s) => s.words);

/** A letter or digit of a word in a Latin script (ASCII or Latin-1/Extended, Cyrillic): a word's edge is not. */
function isWordChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x400 && code <= 0x4ff)
  );
}

/** True when `subject` holds one of the auto-reply words, at word edges where the word is. */
export function isAutoReplySubject(subject: string): boolean {
  const s = subject.slice(0, 2000).toLowerCase();
  for (const phrase of PHRASES) {
    const first = phrase.charCodeAt(0);
    const last = phrase.charCodeAt(phrase.length - 1);
    for (let at = s.indexOf(phrase); at !== -1; at = s.indexOf(phrase, at + 1)) {
      const before = at > 0 ? s.charCodeAt(at - 1) : 0x20;
      const after = at + phrase.length < s.length ? s.charCodeAt(at + phrase.length) : 0x20;
      // An edge is needed only where the phrase itself starts or ends with a word character.
      const startOk = !isWordChar(first) || !isWordChar(before);
      const endOk = !isWordChar(last) || !isWordChar(after);
      if (startOk && endOk) return true;
    }
  }
  return false;
}
