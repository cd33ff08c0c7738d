import { describe, expect, it } from "vitest";
import { statusComment } from "./status-comment";

describe("statusComment", () => {
  const at = (text: string) => {
    const start = text.indexOf("4.0.0");
    return statusComment(text, { start, end: start + 5 });
  };

  it("reads the comment right after the code", () => {
    expect(at("Status: 4.0.0 (cat.example.net: host name lookup failure)\n")).toBe(
      "cat.example.net: host name lookup failure",
    );
  });

  it("reads nothing without a comment, on the next line, or without a span", () => {
    expect(at("Status: 4.0.0\n")).toBeNull();
    expect(at("Status: 4.0.0\n(next line)\n")).toBeNull();
    expect(statusComment("Status: 4.0.0 (x y z)", undefined)).toBeNull();
  });

  it("stays linear on a long unclosed comment", () => {
    const text = `Status: 4.0.0 (${"a(".repeat(50_000)}`;
    const t0 = performance.now();
    expect(at(text)).toBeNull();
    expect(performance.now() - t0).toBeLessThan(50);
  });
});
