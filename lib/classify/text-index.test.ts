import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize, normalizeString } from "./text-index";

const piece = fc.constantFrom(" ", "\t", "\n", "\r", "\f", "\v", "\u00a0", "\u2019", "A", "b", "-");

/** The definition: lower case, typographic characters folded, each white-space run one space, trimmed. */
function reference(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u2013/g, "-")
    .replace(/\u00a0/g, " ")
    .replace(/[ \t\n\r\f\v]+/g, " ");
  return s.replace(/^ /, "").replace(/ $/, "");
}

describe("normalizeString", () => {
  it("is lower case, folded, one space per white-space run, trimmed; and normalize's text", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        expect(normalizeString(text)).toBe(reference(text));
        expect(normalize(text).s).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});
