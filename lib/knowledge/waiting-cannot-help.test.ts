import { describe, expect, it } from "vitest";
import { CAUSES } from "@/lib/causes/causes";
import { RECEIVER_FAULTS } from "./receiver-faults";
import { WAITING_CANNOT_HELP } from "./waiting-cannot-help";

describe("WAITING_CANNOT_HELP", () => {
  it("has unique ids, and each row a reason and a source with an address", () => {
    expect(new Set(WAITING_CANNOT_HELP.map((w) => w.id)).size).toBe(WAITING_CANNOT_HELP.length);
    for (const w of WAITING_CANNOT_HELP) {
      expect(w.reason.length).toBeGreaterThan(40);
      expect(w.source).toMatch(/https:\/\/\S+/);
    }
  });

  it("holds one evidence row per lasting fault on the receiving side, on the fault's own rule ids", () => {
    for (const f of RECEIVER_FAULTS) {
      const row = WAITING_CANNOT_HELP.find((w) => w.id === `receiver-fault.${f.id}`);
      expect(row?.trigger).toEqual({ kind: "evidence", ruleIds: f.ruleIds });
    }
  });

  it("never offers waiting as what to do instead", () => {
    for (const w of WAITING_CANNOT_HELP)
      if ("instead" in w)
        expect(`${w.instead.title} ${w.instead.detail}`).not.toMatch(
          /try again later|wait (?:for|a)/i,
        );
  });

  it("names only real causes as passing with time, and a permanent reply's code", () => {
    for (const w of WAITING_CANNOT_HELP)
      if (w.trigger.kind === "lasting-reply") {
        expect(w.trigger.minReplyCode).toBeGreaterThanOrEqual(500);
        for (const c of w.trigger.unlessCause) expect(CAUSES[c]).toBeDefined();
      }
  });
});
