import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseWhitespace, hasNonBlank } from "./blank";

// Every kind of white space ECMAScript's \s takes, with letters between.
const SPACES = [" ", "\t", "\n", "\r", "\f", "\v", "\u00a0", "\u2028", "\u3000", "\ufeff"];
const piece = fc.oneof(fc.constantFrom(...SPACES), fc.constantFrom("a", "b", "é", "-", "."));

describe("collapseWhitespace", () => {
  it("gives what replace(/\\s+/g, ' ') gives", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, " "));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps single spaces and collapses the rest", () => {
    expect(collapseWhitespace("a b\n\nc\td  e")).toBe("a b c d e");
  });
});

describe("hasNonBlank", () => {
  it("finds a character past white space only", () => {
    expect(hasNonBlank(" \n\t")).toBe(false);
    expect(hasNonBlank(" x ", 1)).toBe(true);
    expect(hasNonBlank(" x ", 2)).toBe(false);
  });

  it("takes as white space exactly the code units \\s takes", () => {
    // Every UTF-16 code unit, alone and after a space: the loop and \S must agree on each.
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      expect(hasNonBlank(ch)).toBe(/\S/.test(ch));
      expect(hasNonBlank(` ${ch}`, 1)).toBe(/\S/.test(ch));
    }
  });
});
