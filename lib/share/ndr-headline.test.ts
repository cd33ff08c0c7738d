import { describe, expect, it } from "vitest";
import { followsNdrHeadline } from "./ndr-headline";
import { maskLocalParts } from "./redact";

describe("the line under a newer NDR's headline", () => {
  it("masks a plain-word local part that stands there for the headline's address", () => {
    const text = [
      "Your message to hiking@example.com couldn't be delivered.",
      "",
      "The group hiking only accepts messages from people in its organization or on its allowed senders list, and your email address isn't on the list.",
      "",
      "Go hiking instead.",
    ].join("\n");
    const out = maskLocalParts(text);
    expect(out).toContain("Your message to h***@example.com couldn't be delivered.");
    expect(out).toContain("The group h*** only accepts messages");
    // Further down the word is the notice's own word again.
    expect(out).toContain("Go hiking instead.");
  });

  it("reads only the line right under the headline of an address of that domain", () => {
    const lower = [
      "your message to h***@example.com couldn't be delivered.",
      "",
      "the group hiking only accepts messages",
      "hiking again",
    ].join("\n");
    const at = (s: string) => lower.indexOf(s);
    expect(followsNdrHeadline(lower, at("hiking only"), "example.com")).toBe(true);
    expect(followsNdrHeadline(lower, at("hiking only"), "example.org")).toBe(false);
    expect(followsNdrHeadline(lower, at("hiking again"), "example.com")).toBe(false);
    expect(followsNdrHeadline("hiking", 0, "example.com")).toBe(false);
  });

  it("stays linear on a long line", () => {
    const text = `Your message to hiking@example.com couldn't be delivered.\n${"hiking ".repeat(200_000)}`;
    const t0 = performance.now();
    maskLocalParts(text);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
