import { describe, expect, it } from "vitest";
import { GramSet, literalGrams } from "./gram-set";

describe("GramSet", () => {
  const text =
    "550 5.7.1 Service unavailable; client host [192.0.2.1] blocked using zen.spamhaus.org";
  it("holds every substring of the loaded text", () => {
    const set = new GramSet();
    set.load(text);
    for (let i = 0; i < text.length; i++)
      for (let j = i; j <= text.length; j++)
        expect(set.mayHold(literalGrams(text.slice(i, j)))).toBe(true);
  });
  it("rules out literals the text lacks, and forgets the previous text", () => {
    const set = new GramSet();
    set.load(text);
    expect(set.mayHold(literalGrams("mailbox full"))).toBe(false);
    set.load("mailbox full");
    expect(set.mayHold(literalGrams("mailbox full"))).toBe(true);
    expect(set.mayHold(literalGrams("spamhaus"))).toBe(false);
  });
  it("gates nothing on a literal shorter than a gram, or on a text shorter than one", () => {
    const set = new GramSet();
    set.load("abc");
    expect(literalGrams("xyz")).toHaveLength(0);
    expect(set.mayHold(literalGrams("xyz"))).toBe(true);
  });
});
