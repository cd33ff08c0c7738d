import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFieldByCharacter, readStructuredField } from "./structured-field";

const piece = fc.constantFrom(
  "multipart/report",
  "Text/Plain",
  ";",
  "; ",
  " ",
  "\t",
  "\r",
  "=",
  '"',
  "a",
  "B c",
  "charset",
  "boundary",
  "report-type=delivery-status",
  '"=_x;y"',
  "(",
  ")",
  "\\",
  "*0",
);

describe("readStructuredField", () => {
  it("reads every field as readFieldByCharacter does", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const field = pieces.join("");
        const fast = readStructuredField(field);
        const slow = readFieldByCharacter(field);
        expect(fast.value).toBe(slow.value);
        expect([...fast.params]).toEqual([...slow.params]);
      }),
      { numRuns: 20_000 },
    );
  });

  it("takes a quoted parameter's value as written", () => {
    const field = readStructuredField(
      'multipart/report; report-type=delivery-status;\tboundary = "a b;c" ',
    );
    expect(field.value).toBe("multipart/report");
    expect(field.params.get("boundary")).toBe("a b;c");
    expect(field.params.get("report-type")).toBe("delivery-status");
  });
});
