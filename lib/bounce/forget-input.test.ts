// Dropping the memos of the last text read: nothing of the paste stays in the parse's probe, and
// reading the same text again gives the same diagnosis.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { forgetLastInput } from "./forget-input";
import { parseBounce, textGramsOf } from "./parse";

const BOUNCE = [
  "From: MAILER-DAEMON@mx.example.org",
  "Subject: Undelivered Mail Returned to Sender",
  "",
  "<bob@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <bob@example.com>:",
  "    Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO",
  "    command)",
].join("\n");

describe("forgetLastInput", () => {
  it("leaves no probe of the last parse", async () => {
    const parsed = await parseBounce(BOUNCE);
    expect(textGramsOf(parsed, BOUNCE.length)).not.toBeNull();
    forgetLastInput();
    expect(textGramsOf(parsed, BOUNCE.length)).toBeNull();
  });

  it("changes no answer: the same text reads the same after it", async () => {
    const before = JSON.stringify(await diagnose(BOUNCE));
    forgetLastInput();
    expect(JSON.stringify(await diagnose(BOUNCE))).toBe(before);
  });
});
