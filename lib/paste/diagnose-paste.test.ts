import { describe, expect, it } from "vitest";
import { CHECK_FIRST_CAUSES, CHECK_FIRST_PREFIX } from "@/lib/checklists/check-first";
import { manyRecipients } from "@/lib/testing/hostile-shapes";
import { diagnosePaste, FIRST_STEPS, type PasteStage } from "./diagnose-paste";

describe("diagnosePaste", () => {
  it("diagnoses a paste and gives each cause its first checklist steps, in stages", async () => {
    const stages: PasteStage[] = [];
    const result = await diagnosePaste(
      "550 5.1.1 <jon@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
      (stage) => stages.push(stage),
    );
    expect(stages).toEqual(["checking", "diagnosing", "first-steps"]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.diagnosis.recipients[0]?.cause).toBe("recipient-unknown");
    const first = result.firstSteps["recipient-unknown"];
    // A cause the bounce settles: the first of its fixes, none of them a "check first" step.
    expect(first?.notSettled).toBe(false);
    expect(first?.steps.length).toBeGreaterThan(0);
    expect(first?.steps.length).toBeLessThanOrEqual(FIRST_STEPS);
    expect(first?.steps.every((s) => s.tellsApart === null)).toBe(true);
  });

  it("a bounce that does not say why: the steps that tell its possible causes apart, in their order", async () => {
    const result = await diagnosePaste("550 mail refused");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const first = result.firstSteps.unknown;
    expect(first?.notSettled).toBe(true);
    const told = first?.steps.map((s) => s.tellsApart) ?? [];
    expect(told.length).toBe(CHECK_FIRST_CAUSES);
    const ranked = (result.diagnosis.overall.possible ?? []).map((p) => p.cause);
    expect(told).toEqual(ranked.filter((c) => told.includes(c)));
    expect(first?.steps.every((s) => s.id === `${CHECK_FIRST_PREFIX}${s.tellsApart}`)).toBe(true);
  });

  it("reads a dropped file's bytes", async () => {
    const bytes = new TextEncoder().encode("552 5.2.2 <carla@example.com>: Mailbox full");
    const result = await diagnosePaste(bytes);
    expect(result.ok && result.diagnosis.recipients[0]?.cause).toBe("mailbox-full");
  });

  it.each([
    ["an empty paste", "  \n ", /Paste a bounce message first/],
    ["a paste past the caps", manyRecipients(200_000), /more than 1,000 recipients/],
  ])("refuses %s with a plain message", async (_name, input, message) => {
    const result = await diagnosePaste(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
