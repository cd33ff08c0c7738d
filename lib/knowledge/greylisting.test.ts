// Every greylisting reply in the table, through the whole pipeline: one of the catalog entries
// it names reads it (so a renamed entry fails here, not silently in the checklist).
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { GREYLISTING_REPLIES } from "./greylisting";

describe.each(GREYLISTING_REPLIES.map((r) => [r.software, r] as const))("%s", (_name, r) => {
  it("is read by one of the entries it names", async () => {
    const d = await diagnose(r.example);
    const ids = d.overall.evidence.map((e) => e.ruleId);
    expect(
      ids.some((id) => r.ruleIds.includes(id)),
      ids.join(", "),
    ).toBe(true);
    expect(r.example).toMatch(/^4\d\d /);
  });
});
