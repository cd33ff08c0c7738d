// Plesk's refusal over a mailbox's or domain's hourly limit, as real programs met it at hosts
// other than the one whose page the table cites: the sender's own hosting limits its rate.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { senderProviderBlock } from "@/lib/knowledge/sender-provider-blocks";

async function reading(text: string) {
  const d = await diagnose(text);
  const r = d.recipients[0] ?? d.overall;
  return { cause: r.cause, rules: r.evidence.map((e) => e.ruleId) };
}

describe("Plesk outgoing mail control", () => {
  it("reads the limit on outgoing messages as a rate limit of the sender's own host", async () => {
    // Python's smtplib quoting the reply of Ouvaton's server (pytition/Pytition#28).
    const r = await reading(
      "smtplib.SMTPDataError: (554, b'5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded. Try again later.')",
    );
    expect(r.cause).toBe("rate-limited");
    expect(senderProviderBlock("rate-limited", r.rules)?.provider).toBe("Plesk hosting");
  });

  it("is not a block by the receiver, whatever the 5.7.0 beside it", async () => {
    const r = await reading(
      'Expected response code 250 but got code "554", with message "554 5.7.0 Your message could not be sent.\nThe limit on the number of allowed outgoing messages was exceeded. Try again later. "',
    );
    expect(r.cause).toBe("rate-limited");
  });
});
