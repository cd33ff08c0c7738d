import { describe, expect, it } from "vitest";
import { highlightSegments } from "./highlight-segments";

describe("highlightSegments", () => {
  it("cuts around one span", () => {
    expect(highlightSegments("550 5.1.1 no such user", [{ start: 4, end: 9 }])).toEqual([
      { text: "550 ", highlighted: false, start: 0 },
      { text: "5.1.1", highlighted: true, start: 4 },
      { text: " no such user", highlighted: false, start: 9 },
    ]);
  });

  it("merges overlapping and unsorted spans and clamps out-of-range ones", () => {
    const segments = highlightSegments("abcdefghij", [
      { start: 6, end: 99 },
      { start: 1, end: 3 },
      { start: 2, end: 4 },
      { start: 5, end: 5 },
    ]);
    expect(segments.map((s) => [s.text, s.highlighted])).toEqual([
      ["a", false],
      ["bcd", true],
      ["ef", false],
      ["ghij", true],
    ]);
  });

  it("keeps the whole text when there is no span", () => {
    expect(highlightSegments("plain", [])).toEqual([
      { text: "plain", highlighted: false, start: 0 },
    ]);
    expect(highlightSegments("", [])).toEqual([{ text: "", highlighted: false, start: 0 }]);
  });

  it("rejoins to the original text", () => {
    const text = "x".repeat(50);
    const segments = highlightSegments(text, [
      { start: 10, end: 20 },
      { start: 15, end: 30 },
      { start: 40, end: 45 },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });
});
