// Pasted words that say the mail was refused but quote no code get a refusal's usual causes
// (reply-possibilities.ts UNCODED_REFUSAL), ranked, deciding nothing; words that do not say a
// server refused (a failure, an undeliverable message) get none from it.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { REPLY_POSSIBILITIES, UNCODED_REFUSAL } from "@/lib/knowledge/scoring/reply-possibilities";

const five = REPLY_POSSIBILITIES.find((p) => p.code === UNCODED_REFUSAL)!.causes;

async function lead(text: string) {
  const d = await diagnose(text);
  return d.recipients[0] ?? d.overall;
}

describe("a refusal that quotes no code", () => {
  it.each([
    "Message rejected by the recipient's mail server.",
    "Error: message refused",
    "The email was blocked.",
    "Your message was not accepted.",
  ])("ranks a refusal's usual causes for: %s", async (text) => {
    const r = await lead(text);
    expect(r.cause).toBe("unknown");
    expect((r.possible ?? []).map((p) => p.cause)).toEqual([...five]);
    expect(r.usualCausesOf).toBe(UNCODED_REFUSAL);
  });

  it.each([
    // No word of refusal: nothing to rank from.
    "Your message to bob@example.com could not be delivered.",
    "Something went wrong, please try again.",
    // A word inside another word is no refusal ("unblocked").
    "The sender was unblocked yesterday.",
  ])("ranks none from the list for: %s", async (text) => {
    const r = await lead(text);
    expect(r.usualCausesOf).not.toBe(UNCODED_REFUSAL);
  });

  it("does not take the place of a code's own list", async () => {
    const r = await lead("550 mail refused");
    expect(r.usualCausesOf).toBe("550");
  });

  it("does not decide against words that give a reason", async () => {
    const r = await lead("Message rejected: the recipient's mailbox is full");
    expect(r.cause).toBe("mailbox-full");
  });
});
