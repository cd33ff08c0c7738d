import { describe, expect, it } from "vitest";
import { fixLabel } from "./fix-label";

describe("fixLabel", () => {
  it("says Change: where a finding cost points", () => {
    expect(fixLabel([{ tone: "bad" }])).toBe("Change:");
    expect(fixLabel([{ tone: "info" }, { tone: "bad" }])).toBe("Change:");
  });

  it("says Worth doing: where none did", () => {
    expect(fixLabel([{ tone: "info" }])).toBe("Worth doing:");
    expect(fixLabel([])).toBe("Worth doing:");
  });
});
