import { describe, expect, it } from "vitest";
import { CAUSE_IDS, CAUSES } from "./causes";

describe("cause vocabulary", () => {
  it("describes every cause id", () => {
    for (const id of CAUSE_IDS) {
      expect(CAUSES[id].id).toBe(id);
      expect(CAUSES[id].title.length).toBeGreaterThan(5);
    }
  });
});
