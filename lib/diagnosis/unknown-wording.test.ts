import { describe, expect, it } from "vitest";
import { diagnose } from "./diagnose";
import { unknownWording } from "./unknown-wording";

describe("unknownWording", () => {
  it("says plainly that a bare 550 does not say why, with the usual causes", async () => {
    const r = (await diagnose("550 mail refused")).recipients[0]!;
    const w = unknownWording(r.possible, r.recipient.replyCode);
    expect(w?.headline).toBe("This bounce does not say why.");
    expect(w?.lead).toBe(
      "These are the usual causes of a 550; the wizard will help you tell them apart.",
    );
    expect(w?.possible.map((p) => p.cause)).toContain("mailbox-full");
    // The API's JSON carries the same words.
    expect(r.explanation).toMatch(
      /^This bounce does not say why\. These are the usual causes of a 550/,
    );
    expect(r.explanation).toMatch(/5\. The recipient's mailbox is full\./);
  });

  it("has nothing to say for a named cause", () => {
    expect(unknownWording([], 550)).toBeNull();
  });
});
