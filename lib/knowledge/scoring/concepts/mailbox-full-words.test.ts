// A full mailbox said without the apostrophe ("The recipients inbox is full.") is still a full
// mailbox: the concept's exclusions name limits on a count of recipients, not the plural word.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";

const causeOf = async (text: string) => {
  const d = await diagnose(text);
  return (d.recipients[0] ?? d.overall).cause;
};

describe("a full mailbox in plain words", () => {
  it.each(["The recipients inbox is full.", "The recipient's inbox is full."])(
    "reads %s as a full mailbox",
    async (text) => expect(await causeOf(text)).toBe("mailbox-full"),
  );

  it("still reads a quota on the number of recipients as no full mailbox", async () => {
    expect(await causeOf("452 4.5.3 Too many recipients, quota exceeded")).not.toBe("mailbox-full");
  });
});
