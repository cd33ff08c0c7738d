import { describe, expect, it } from "vitest";
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
    const steps = result.firstSteps["recipient-unknown"] ?? [];
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.length).toBeLessThanOrEqual(FIRST_STEPS);
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
