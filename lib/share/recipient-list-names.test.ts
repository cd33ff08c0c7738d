import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { maskRecipientListNames } from "./recipient-list-names";
import { redactText } from "./redact";

// Exchange 5.5's notice as ronbeltran/bounce_email tests/bounces/tt_bounce_11.eml has it (its
// names and domains our own): a directory entry's display name stands where the address would.
const BY_NAME = [
  "Your message",
  "",
  "  To:      jane.roe@example.org",
  "  Subject: the lecture",
  "  Sent:    Fri, 14 Sep 2007 18:52:08 +0300",
  "",
  "did not reach the following recipient(s):",
  "",
  "Mārtiņa Ozoliņa on Fri, 14 Sep 2007 18:52:54 +0300",
  "    The recipient was unavailable to take delivery of the message",
  "\tThe MTS-ID of the original message is: c=us;a= ;p=example;l=EXAMPLE0709141552S7ZB4DDP",
  "    MSEXCH:MSExchangeMTA:EXAMPLE:EXAMPLEEXC",
  "",
].join("\n");

// The same notice with an address there (flufl.bounce tests/data/microsoft_02.txt's shape).
const BY_ADDRESS = BY_NAME.replace("Mārtiņa Ozoliņa on", "MOZOLINA@EXAMPLE.NET on");

describe("maskRecipientListNames", () => {
  it("masks a display name in the list and leaves the reasons below it", () => {
    const out = maskRecipientListNames(BY_NAME);
    expect(out).toContain("M*** on Fri, 14 Sep 2007 18:52:54 +0300");
    expect(out).not.toContain("Ozoliņa");
    expect(out).toContain("    The recipient was unavailable to take delivery of the message");
  });

  it("leaves an address (the address masker's) and a text without the list as they are", () => {
    expect(maskRecipientListNames(BY_ADDRESS)).toBe(BY_ADDRESS);
    const plain = "Delivery failed on Mon, 1 Jan 2024: 550 5.1.1 User unknown";
    expect(maskRecipientListNames(plain)).toBe(plain);
  });

  it("is masked in a shared text, whose diagnosis stays the sender's", async () => {
    const shared = redactText(BY_NAME, { maskLocalParts: true, dropOriginalMessage: true });
    expect(shared).not.toContain("Ozoliņa");
    expect(shared).not.toContain("jane.roe");
    const [before, after] = await Promise.all([diagnose(BY_NAME), diagnose(shared)]);
    expect(after.overall.cause).toBe(before.overall.cause);
    expect(after.recipients.map((r) => r.cause)).toEqual(before.recipients.map((r) => r.cause));
  });

  it("reads a long hostile list in linear time", () => {
    const hostile = `did not reach the following recipient(s):\n${`${"x".repeat(5000)} on\n`.repeat(2000)}`;
    const started = performance.now();
    maskRecipientListNames(hostile);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
