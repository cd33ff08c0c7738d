import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { buildContext } from "./context";
import { makeFacts } from "./test-factories";

// A Postfix bounce names the receiving server's address ("host mx...[ip] said"); the wizard must
// not check that address as the sender's (its PTR, its listings are the receiver's business).
const POSTFIX_USER_UNKNOWN = `From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: anna@example.org

This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<bob@example.net>: host mx1.example.net[192.0.2.25] said: 550 5.1.1 <bob@example.net>:
    Recipient address rejected: User unknown in virtual mailbox table (in reply to
    RCPT TO command)
`;

describe("the sending IP the wizard checks", () => {
  it("is not the receiving server's address a Postfix bounce names", async () => {
    const diagnosis = await diagnose(POSTFIX_USER_UNKNOWN);
    expect(diagnosis.parsed.ips).toContain("192.0.2.25");
    const context = buildContext(makeFacts({ diagnosis }));
    expect(context.sendingIp).toBeNull();
  });

  it("is the client address the receiver names ('Client host [ip] blocked')", async () => {
    const diagnosis = await diagnose(
      POSTFIX_USER_UNKNOWN.replace(
        /550 5\.1\.1[\s\S]*$/,
        "554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org (in reply to RCPT TO command)\n",
      ),
    );
    const context = buildContext(makeFacts({ diagnosis }));
    expect(context.sendingIp).toBe("203.0.113.9");
    expect(context.sendingIpSource).toBe("bounce");
  });
});
