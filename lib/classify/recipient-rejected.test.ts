// "Recipient rejected" leaves its reason to the words after it (possibility-wordings.ts
// recipient.rejected-without-reason): alone it ranks an unknown user first; with a reason after
// it, the reason decides (scoring/concepts/recipient.ts concept.no-such-recipient reads "No account by that name").
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";

async function verdict(text: string) {
  const d = await diagnose(text);
  return d.recipients[0] ?? d.overall;
}

describe("recipient rejected", () => {
  it("alone is unknown with an unknown user ranked first", async () => {
    // Mailgun's inbound server at RCPT TO (crisp-oss/email-bounce-parser's fixture).
    const v = await verdict("550 5.0.1 Recipient rejected");
    expect(v.cause).toBe("unknown");
    expect(v.possible?.map((p) => p.cause).slice(0, 3)).toEqual([
      "recipient-unknown",
      "sender-policy",
      "mailbox-full",
    ]);
  });

  it("with 'No account by that name here' after it is an unknown user", async () => {
    // everyone.net (Mail-DeliveryStatus-BounceParser t/corpus/non-autoreply.msg).
    const v = await verdict("550 Recipient Rejected: No account by that name here");
    expect(v.cause).toBe("recipient-unknown");
  });

  it("with a quota after it is a full mailbox", async () => {
    // Comcast (ActiveCampaign/smtp-field-manual data/codes/552.json).
    const v = await verdict(
      "552 5.1.1 <example@comcast.net> recipient rejected - extended quota violation",
    );
    expect(v.cause).toBe("mailbox-full");
  });

  it("is not an unknown user where an authentication answer has no account", async () => {
    const v = await verdict("535 5.7.8 Authentication failed: no account for that user");
    expect(v.cause).not.toBe("recipient-unknown");
  });
});
