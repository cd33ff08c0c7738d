import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import {
  ONE_RECIPIENT_BOUNCE,
  TWO_RECIPIENTS_BOUNCE,
  walkDontKnow,
} from "@/lib/rules/test-factories";
import { buildConclusionChecklist } from "./build";
import { outlineChecklist } from "./outline";

async function conclude(text: string) {
  const { steps, facts } = walkDontKnow({
    diagnosis: await diagnose(text),
    checks: {},
    answers: {},
  });
  const end = steps[steps.length - 1];
  if (end?.kind !== "conclusion") throw new Error("no conclusion");
  return buildConclusionChecklist(facts, end.causes);
}

describe("the checklist of a bounce whose recipients were refused for different reasons (rev23 M2)", () => {
  it("has a section per distinct recipient cause, each naming its addresses", async () => {
    const list = await conclude(TWO_RECIPIENTS_BOUNCE);
    const lead = list.causes.find((s) => s.cause === "recipient-unknown");
    const full = list.causes.find((s) => s.cause === "mailbox-full");
    expect(lead?.recipients).toEqual(["bob@remote.test"]);
    expect(lead?.title).toBe("The address does not exist (bob@remote.test)");
    expect(lead?.otherRecipients).toBeUndefined();
    expect(full?.recipients).toEqual(["carol@remote.test"]);
    expect(full?.otherRecipients).toBe(true);
    expect(full?.title).toBe("The recipient's mailbox is full (carol@remote.test)");
    // Its steps speak of its own recipient, not of the walked one.
    const message = full?.items.find((i) => i.message)?.message?.body ?? "";
    expect(message).toContain("carol@remote.test");
    expect(message).not.toContain("bob@");
  });

  it("lists other recipients' section as a fix of its own, never as a possible cause of the lead", async () => {
    const outline = outlineChecklist(await conclude(TWO_RECIPIENTS_BOUNCE));
    const full = outline.fixes.find((s) => s.cause === "mailbox-full");
    expect(full?.otherRecipients).toBe(true);
    expect(
      outline.notSettled?.steps.some((s) => s.item.id.startsWith("mailbox-full.")) ?? false,
    ).toBe(false);
  });

  it("leaves a bounce with one recipient as it was", async () => {
    const list = await conclude(ONE_RECIPIENT_BOUNCE);
    expect(list.causes.some((s) => s.recipients || s.otherRecipients)).toBe(false);
    expect(list.causes.map((s) => s.title)).not.toContain(
      "The recipient's mailbox is full (carol@remote.test)",
    );
  });
});
