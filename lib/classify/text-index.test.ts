import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { insideMaskedToken, normalizeString, offsetRuns, tokenRanges } from "./text-index";

const piece = fc.constantFrom(
  " ",
  "\t",
  "\n",
  "\r",
  "\f",
  "\v",
  "\u00a0",
  "\u2019",
  "\u2011",
  "A",
  "b",
  "-",
);

/** The definition: lower case, typographic characters folded, each white-space run one space, trimmed. */
function reference(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2010\u2011]/g, "-")
    .replace(/\u00a0/g, " ")
    .replace(/[ \t\n\r\f\v]+/g, " ");
  return s.replace(/^ /, "").replace(/ $/, "");
}

describe("normalizeString", () => {
  it("is lower case, folded, one space per white-space run, trimmed; and offsetRuns maps it back", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        const s = normalizeString(text);
        expect(s).toBe(reference(text));
        const runs = offsetRuns(text, text.length, s);
        // Each character maps back to its own in the original; a space to a blank of its run.
        expect(runs.length).toBe(s.length);
        for (let j = 0; j < s.length; j++) {
          if (j > 0) expect(runs.at(j)!).toBeGreaterThan(runs.at(j - 1)!);
          if (s[j] === " ") expect(text[runs.at(j)!]).toMatch(/[ \t\n\r\f\v\u00a0]/);
          else expect(normalizeString(text[runs.at(j)!]!)).toBe(s[j]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

/** The offset map by its definition, one character at a time: a run of blanks maps to its last. */
function referenceMap(text: string): number[] {
  const blank = (c: string) => /[ \t\n\r\f\v\u00a0]/.test(c);
  const map: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (!blank(text[i]!)) {
      map.push(i++);
      continue;
    }
    while (i < text.length && blank(text[i]!)) i++;
    // Blanks at either end are trimmed.
    if (map.length > 0 && i < text.length) map.push(i - 1);
  }
  return map;
}

/** Every offset offsetRuns gives for normalizeString(text, n), in order. */
function runsMap(text: string, n = text.length): number[] {
  const s = normalizeString(text, n);
  const runs = offsetRuns(text, n, s);
  return Array.from({ length: s.length }, (_, i) => runs.at(i)!);
}

describe("the offset map (offsetRuns)", () => {
  it("maps each character to itself and each collapsed run to its last blank, ends trimmed", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(45), (pieces, limit) => {
        const text = pieces.join("");
        expect(runsMap(text)).toEqual(referenceMap(text));
        const n = Math.min(limit, text.length);
        expect(runsMap(text, n)).toEqual(referenceMap(text.slice(0, n)));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a no-break space as a blank of the run it stands in", () => {
    // "a", then a space, a no-break space and a line feed: one space, at the line feed.
    expect(runsMap("a \u00a0\nb")).toEqual([0, 3, 4]);
    expect(runsMap("\u00a0a\u00a0")).toEqual([1]);
  });
});

describe("offsetRuns", () => {
  /** Every offset OffsetRuns gives, from before the first character to past the last. */
  function runsAsMap(text: string, n: number): (number | undefined)[] {
    const s = normalizeString(text, n);
    const runs = offsetRuns(text, n, s);
    expect(runs.length).toBe(s.length);
    const out: (number | undefined)[] = [];
    for (let i = -1; i <= s.length; i++) out.push(runs.at(i));
    return out;
  }

  /** The definition's map read the same way: undefined before and after it. */
  function mapRead(text: string, n: number): (number | undefined)[] {
    const map = referenceMap(text.slice(0, n));
    const out: (number | undefined)[] = [];
    for (let i = -1; i <= map.length; i++) out.push(map[i]);
    return out;
  }

  it("gives the definition's offset for every character, and none outside the text", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(45), (pieces, limit) => {
        const text = pieces.join("");
        expect(runsAsMap(text, text.length)).toEqual(mapRead(text, text.length));
        const n = Math.min(limit, text.length);
        expect(runsAsMap(text, n)).toEqual(mapRead(text, n));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps a bounce's lines as stretches: a run of blanks maps to its last blank", () => {
    const text = "  550 5.1.1  User\n\tunknown\u00a0 here ";
    expect(runsAsMap(text, text.length)).toEqual(mapRead(text, text.length));
    const runs = offsetRuns(text, text.length, normalizeString(text));
    // "550 5.1.1 user unknown here": the space before "user" is the second blank of its run.
    expect(runs.at(9)).toBe(12);
    expect(runs.at(10)).toBe(13);
  });
});

describe("tokenRanges", () => {
  /** The definition, token by token on copies (tokenRanges reads the text in place). */
  function reference(s: string): { all: number[]; identifiers: number[] } {
    const all: number[] = [];
    const identifiers: number[] = [];
    for (const m of s.matchAll(/[^\x00-\x20<>()[\]"',;]+/g)) {
      const token = m[0];
      const start = m.index;
      if (token.length < 4) continue;
      const at = token.indexOf("@");
      if (
        token.includes("://") ||
        token.startsWith("www.") ||
        (at > 0 && /^@[A-Za-z0-9-]/.test(token.slice(at)))
      ) {
        all.push(start, start + token.length);
        continue;
      }
      const host = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*/.exec(token)?.[0] ?? "";
      const labels = host.split(".");
      const last = labels[labels.length - 1]!;
      if (
        labels.length >= 2 &&
        /^[A-Za-z]{2,24}$/.test(last) &&
        (labels.length >= 3 || last.length <= 3)
      ) {
        all.push(start, start + host.length);
        continue;
      }
      const id = /^[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+/.exec(token)?.[0];
      if (id) {
        all.push(start, start + id.length);
        identifiers.push(start, start + id.length);
      }
    }
    return { all, identifiers };
  }
  const char = fc.constantFrom(
    "a",
    "B",
    "w",
    "1",
    "-",
    ".",
    "@",
    "_",
    ":",
    "/",
    " ",
    "<",
    ",",
    "é",
  );

  it("masks the addresses, host names, links and identifiers the definition names", () => {
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), (chars) => {
        const s = chars.join("");
        const r = tokenRanges(s);
        expect({ all: [...r.all], identifiers: [...r.identifiers] }).toEqual(reference(s));
      }),
      { numRuns: 3000 },
    );
    const r = tokenRanges("see https://x.example/a b@c.de mx.example.com dnsbl_and_uribl www.a");
    expect([...r.all]).toEqual([4, 23, 24, 30, 31, 45, 46, 61, 62, 67]);
    expect([...r.identifiers]).toEqual([46, 61]);
  });

  it("answers for one span as the whole text's ranges do (insideMaskedToken)", () => {
    const inside = (ranges: Int32Array, start: number, end: number) => {
      for (let k = 0; k < ranges.length; k += 2)
        if (ranges[k]! <= start && ranges[k + 1]! >= end) return true;
      return false;
    };
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), fc.nat(), fc.nat(), (chars, a, b) => {
        const s = chars.join("");
        const start = a % (s.length + 1);
        const end = start + 1 + (b % 8);
        const r = tokenRanges(s);
        expect(insideMaskedToken(s, start, end, false)).toBe(inside(r.all, start, end));
        expect(insideMaskedToken(s, start, end, true)).toBe(inside(r.identifiers, start, end));
      }),
      { numRuns: 5000 },
    );
  });
});
