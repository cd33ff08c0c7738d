// Rules that read the SMTP stage of a refusal, through the real parser and classifier.
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "./classify";

const EXIM_HEAD =
  "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  someone@example.com\n";

describe("classify: refusals at the connection", () => {
  it("reads a vague refusal of the connection itself as a refusal of the sending IP", async () => {
    const text = `${EXIM_HEAD}    host mx.example.com [192.0.2.1]\n    SMTP error from remote mail server after initial connection:\n    550 Access denied\n`;
    const d = classify(await parseBounce(text));
    expect(d.recipients[0]?.cause).toBe("ip-blocklisted");
    expect(d.recipients[0]?.evidence[0]?.ruleId).toBe("smtp.refused-at-connection");
  });

  it("keeps a specific wording at the connection (a missing PTR) and a vague one at RCPT TO", async () => {
    const ptr = `${EXIM_HEAD}    host mx.example.com [192.0.2.1]\n    SMTP error from remote mail server after initial connection:\n    554 5.7.1 Missing reverse DNS for 192.0.2.9\n`;
    expect(classify(await parseBounce(ptr)).recipients[0]?.cause).toBe("reverse-dns");
    const rcpt = `${EXIM_HEAD}    host mx.example.com [192.0.2.1]\n    SMTP error from remote mail server after RCPT TO:<someone@example.com>:\n    550 Access denied\n`;
    expect(classify(await parseBounce(rcpt)).recipients[0]?.cause).not.toBe("ip-blocklisted");
  });
});

describe("classify: stage shifts (lib/knowledge/scoring/stage-shifts.ts)", () => {
  const postfix = (reply: string, command: string) =>
    `Final-Recipient: rfc822; someone@example.com\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; host mx.example.com[192.0.2.1] said: ${reply} (in reply to ${command} command)\n`;

  it("reads an unknown user after DATA as a filter, and at RCPT TO as a missing mailbox", async () => {
    const data = classify(await parseBounce(postfix("550 User unknown", "end of DATA")));
    expect(data.recipients[0]?.cause).toBe("sender-policy");
    expect(data.recipients[0]?.evidence[0]?.ruleId).toBe("smtp.unknown-user-after-data");
    const rcpt = classify(await parseBounce(postfix("550 User unknown", "RCPT TO")));
    expect(rcpt.recipients[0]?.cause).toBe("recipient-unknown");
  });

  it("keeps a provider's documented wording whatever the stage", async () => {
    const d = classify(
      await parseBounce(
        postfix(
          "550-5.1.1 The email account that you tried to reach does not exist. a1si1 - gsmtp",
          "end of DATA",
        ),
      ),
    );
    expect(d.recipients[0]?.cause).toBe("recipient-unknown");
  });

  it("reads a domain refusal at MAIL FROM as a refusal of the sender address", async () => {
    const d = classify(
      await parseBounce(
        postfix(
          "553 5.1.8 <bounce@example.net>: Sender address rejected: Domain not found",
          "MAIL FROM",
        ),
      ),
    );
    expect(d.recipients[0]?.cause).toBe("sender-address-invalid");
  });

  it("ranks the sender's two causes for a bare 'Sender rejected by policy' at MAIL FROM", async () => {
    const d = classify(
      await parseBounce(postfix("553 5.7.1 Sender rejected by policy", "MAIL FROM")),
    );
    expect(d.recipients[0]?.cause).toBe("unknown");
    expect(d.recipients[0]?.possible?.slice(0, 2).map((p) => p.cause)).toEqual([
      "sender-address-invalid",
      "sender-policy",
    ]);
  });
});
