// ./challenge-notices.ts: a challenge-response filter's notice (the message is held) reads
// not-a-bounce with the challenge reading; a refusal until the sending server is confirmed reads
// sender-policy; refusals that only name an allow-list read neither.
import { describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { NOT_A_BOUNCE_READINGS } from "@/lib/knowledge/not-a-bounce-readings";
import { CHALLENGE_NOTICE_CONCEPTS } from "./challenge-notices";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const HELD = "concept.challenge-held";
const SERVER = "concept.server-confirmation-required";

describe("challenge-response notices", () => {
  it.each(CHALLENGE_NOTICE_CONCEPTS.flatMap((c) => c.examples.map((e) => [c.id, e.text])))(
    "%s reads its own example: %s",
    (id, text) => {
      expect(ids(text)).toContain(id);
    },
  );

  it.each([
    // A refusal by an allow-list, with no challenge to answer.
    "550 5.7.1 Sender not on the recipient's allowed list, click here to request access",
    "554 5.7.1 Rejected: sender not pre-approved by recipient",
    // A SASL challenge-response login is the sender's own login.
    "535 5.7.8 Authentication failed: CRAM-MD5 challenge response did not verify",
    // A reply that asks for nothing to be confirmed.
    "550 5.7.1 Recipient requires confirmation of sender",
  ])("reads no held challenge in: %s", (text) => {
    expect(ids(text)).not.toContain(HELD);
    expect(ids(text)).not.toContain(SERVER);
  });

  it("reads a Bluebottle notice as a held challenge, with the challenge reading's step", async () => {
    const notice = [
      "From: someone@bluebottle.com",
      "To: sender@example.com",
      "Subject: RE: Quarterly report",
      "",
      "Your message was received at Thu, 20 Aug 2009 12:15:39 +0000:",
      "To: someone@bluebottle.com",
      "Subject: Quarterly report",
      "",
      "This account is protected by Bluebottle.  Please click on the",
      "following link to have your address added to the recipient's allowed",
      "list and to ensure delivery of your email.",
      "http://www.bluebottle.com/verification/1234",
    ].join("\n");
    const d = await diagnose(notice);
    const lead = d.recipients[0] ?? d.overall;
    expect(lead.cause).toBe("not-a-bounce");
    expect(lead.evidence.map((e) => e.ruleId)).toContain(HELD);
    const reading = NOT_A_BOUNCE_READINGS.find((r) => r.id === "challenge-response");
    expect(reading?.ruleIds).toContain(HELD);
  });

  it("reads a refusal until the sending server is confirmed as sender-policy", async () => {
    const d = await diagnose(
      "550 Your server requires confirmation. Visit http://mail.example.net/Whitelist.aspx?IP=192.0.2.7 to confirm this mail server.",
    );
    const lead = d.recipients[0] ?? d.overall;
    expect(lead.cause).toBe("sender-policy");
    expect(lead.evidence.map((e) => e.ruleId)).toContain(SERVER);
  });
});
