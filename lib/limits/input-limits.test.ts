import { describe, expect, it } from "vitest";
import {
  manyParts,
  manyRecipients,
  manyShortLinesPart,
  oneLongLine,
} from "@/lib/testing/hostile-shapes";
import { checkInputLimits, INPUT_LIMITS, MAX_DIAGNOSED_RECIPIENTS } from "./input-limits";

describe("checkInputLimits", () => {
  it("passes an ordinary bounce", () => {
    expect(checkInputLimits(manyRecipients(2_000))).toEqual({ ok: true });
    expect(checkInputLimits(oneLongLine(1_000_000))).toEqual({ ok: true });
  });

  it.each([
    ["lines", manyShortLinesPart(1_000_000), /more than 60,000 lines \(500,0\d\d counted\)/],
    ["parts", manyParts(1_000_000), /more than 500 MIME parts/],
    ["recipients", manyRecipients(1_000_000), /more than 1,000 recipients/],
  ] as const)("refuses too many %s with a plain message", (limit, text, message) => {
    const result = checkInputLimits(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.limit).toBe(limit);
    expect(result.count).toBeGreaterThan(INPUT_LIMITS[limit]);
    expect(result.message).toMatch(message);
  });

  it("counts parts of declared boundaries only, and recipients in any case", () => {
    const undeclared = "--b1\n".repeat(INPUT_LIMITS.parts + 5);
    expect(checkInputLimits(undeclared)).toEqual({ ok: true });
    const lower = "final-recipient: rfc822; a@example.com\n".repeat(INPUT_LIMITS.recipients + 1);
    expect(checkInputLimits(lower)).toMatchObject({ ok: false, limit: "recipients" });
  });
});

describe("recipients diagnosed", () => {
  it("diagnoses the first MAX_DIAGNOSED_RECIPIENTS and says how many there were", async () => {
    const { diagnose } = await import("@/lib/diagnosis/diagnose");
    const text = Array.from(
      { length: 150 },
      (_, i) => `<u${i}@example.com>: 550 5.1.1 Recipient address rejected: User unknown`,
    ).join("\n");
    const d = await diagnose(text);
    expect(d.recipients).toHaveLength(MAX_DIAGNOSED_RECIPIENTS);
    expect(d.messages).toContain("This bounce names 150 recipients; the first 100 are diagnosed.");
  });
});
