import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GRAM_SLOTS, GramSet, gramHash, literalGrams } from "./gram-set";

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
  it("holds exactly the grams at each position, for texts of every length (odd and even)", () => {
    const set = new GramSet();
    for (let n = 0; n <= 13; n++) {
      const t = "Received: from mx.example".slice(0, n);
      set.load(t);
      const want = new Set<number>();
      for (let i = 0; i + 4 <= n; i++) want.add(gramHash(t, i));
      const held: number[] = [];
      for (let h = 0; h < GRAM_SLOTS; h++) if (set.has(h)) held.push(h);
      expect(held).toEqual([...want].sort((a, b) => a - b));
    }
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
  it("holds nothing before its first load", () => {
    expect(new GramSet().mayHold(literalGrams("spamhaus"))).toBe(false);
  });
  it("forgets every earlier text across many loads (its stamps wrap after 255)", () => {
    const set = new GramSet();
    const gramsOf = (k: number) => literalGrams(`text number ${k} here`);
    for (let k = 0; k < 700; k++) {
      set.load(`text number ${k} here`);
      expect(set.mayHold(gramsOf(k))).toBe(true);
      // An earlier text's own grams ("r 12 h", "r 3 he"...) are gone.
      if (k >= 10) expect(set.mayHold(gramsOf(k - 7))).toBe(false);
      // The text 255 loads back had the stamp this load has: the wrap must have cleared it.
      if (k >= 300) expect(set.mayHold(gramsOf(k - 255))).toBe(false);
    }
  });
});

describe("GramSet.loadForAsciiGates", () => {
  it("holds every ASCII substring of the loaded text, whatever characters surround it", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            "a",
            "B",
            "-",
            " ",
            "7",
            "\u012d",
            "\u00e9",
            "\u20ac",
            "\ud83d\ude00",
            "\ud800",
          ),
          {
            maxLength: 40,
          },
        ),
        (pieces) => {
          const text = pieces.join("");
          const set = new GramSet();
          set.loadForAsciiGates(text);
          for (let i = 0; i < text.length; i++)
            for (let j = i + 1; j <= text.length && j - i <= 12; j++) {
              const sub = text.slice(i, j);
              if (/^[\x00-\x7f]*$/.test(sub)) expect(set.mayHold(literalGrams(sub))).toBe(true);
            }
        },
      ),
      { numRuns: 1000 },
    );
  });
  it("holds the same ASCII grams as load(), for texts of every length", () => {
    const set = new GramSet();
    const bytes = new GramSet();
    for (let n = 0; n <= 13; n++) {
      const t = "Received: from mx.example".slice(0, n);
      set.load(t);
      bytes.loadForAsciiGates(t);
      const differ: number[] = [];
      for (let h = 0; h < GRAM_SLOTS; h++) if (bytes.has(h) !== set.has(h)) differ.push(h);
      expect(differ).toEqual([]);
    }
  });
  it("holds exactly the grams of the text's UTF-8 bytes, for texts of every length", () => {
    // Longest first: a shorter text is read after the bytes of a longer one were left behind.
    const long = "Received: from mx\u00e9.example.org ([192.0.2.1]) by \u4e2d mail; x".repeat(2);
    const set = new GramSet();
    for (let n = long.length; n >= 0; n--) {
      const t = long.slice(0, n);
      set.loadForAsciiGates(t);
      const bytes = String.fromCharCode(...new TextEncoder().encode(t));
      const want = new Set<number>();
      for (let i = 0; i + 4 <= bytes.length; i++) want.add(gramHash(bytes, i));
      const got: number[] = [];
      for (let h = 0; h < GRAM_SLOTS; h++) if (set.has(h)) got.push(h);
      expect(got).toEqual([...want].sort((x, y) => x - y));
    }
  });
  it("rules out literals the text lacks, and forgets the previous text", () => {
    const set = new GramSet();
    set.loadForAsciiGates("blocked using zen.spamhaus.org \u00e9");
    expect(set.mayHold(literalGrams("mailbox full"))).toBe(false);
    set.loadForAsciiGates("mailbox full");
    expect(set.mayHold(literalGrams("mailbox full"))).toBe(true);
    expect(set.mayHold(literalGrams("spamhaus"))).toBe(false);
  });
});
