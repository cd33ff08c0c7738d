// The generic reply words as data: each word is in its group's own examples (quoted from the
// cited sources), but for the group of English grammar words; no word twice.
import { describe, expect, it } from "vitest";
import { GENERIC_REPLY_WORDS, GENERIC_REPLY_WORD_SET } from "./generic-reply-words";

/** The words of a text as unreadWords splits them (letters, apostrophes, hyphens). */
function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}'-]+/u));
}

describe("GENERIC_REPLY_WORDS", () => {
  it("quotes every word in its group's examples, each group with a source", () => {
    const unattested: string[] = [];
    for (const group of GENERIC_REPLY_WORDS) {
      expect(group.source.length).toBeGreaterThan(10);
      if (group.examples.length === 0) continue;
      const seen = wordsOf(group.examples.join(" "));
      for (const w of group.words) if (!seen.has(w)) unattested.push(w);
    }
    expect(unattested).toEqual([]);
  });

  it("keeps the words no example holds to two groups (grammar, and the frame's rest) that do not grow", () => {
    const bare = GENERIC_REPLY_WORDS.filter((g) => g.examples.length === 0);
    expect(bare).toHaveLength(2);
    // Grammar (15 words) and the frame's words no example holds yet (19): a new word comes with
    // an example of its own, or goes unread.
    expect(bare.map((g) => g.words.length)).toEqual([19, 15]);
    const all = GENERIC_REPLY_WORDS.flatMap((g) => g.words);
    expect(GENERIC_REPLY_WORD_SET.size).toBe(all.length);
  });
});
