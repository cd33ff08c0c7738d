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

  // Review 26 finding 1: each of these named another party's server, and the checklist asked
  // the user to set PTR, HELO and SNDS for it.
  it.each([
    [
      "Remote MTA (the receiver, in a DSN's text)",
      "Your message could not be delivered.\n    Remote MTA 198.51.100.70: SMTP diagnostic: 550 RCPT TO:<bob@example.net> max message size exceeded\n",
    ],
    [
      "Information MTA (the refusing gateway)",
      "Your message could not be delivered.\nInformation MTA '198.51.100.133' gives error message 5.7.1 Unable to relay for bob@example.net\n",
    ],
    [
      "X-Originating-IP of the returned message (the author's client)",
      "<bob@example.net>: 552 mailbox full\n\n--- Below this line is a copy of the message.\n\nX-Originating-IP: [198.51.100.49]\nFrom: anna@example.org\nTo: bob@example.net\nSubject: hi\n\nhello\n",
    ],
  ])("is none of the addresses a bounce names for others: %s", async (_name, body) => {
    const diagnosis = await diagnose(
      POSTFIX_USER_UNKNOWN.replace(/<bob@example\.net>: host[\s\S]*$/, body),
    );
    expect(diagnosis.parsed.ips.length).toBeGreaterThan(0);
    const context = buildContext(makeFacts({ diagnosis }));
    expect(context.sendingIp).toBeNull();
    expect(context.ipCheckId).toBeNull();
  });

  it("is the Received hop in which the recipient's domain took the message from outside", async () => {
    const diagnosis = await diagnose(
      POSTFIX_USER_UNKNOWN.replace(
        /<bob@example\.net>: host[\s\S]*$/,
        [
          "<bob@example.net>: 552 5.2.2 mailbox full",
          "",
          "--- Below this line is a copy of the message.",
          "",
          "Received: from mx2.example.net ([198.51.100.239]) by store.example.net with ESMTP",
          "Received: from mail.example.org ([203.0.113.111]) by mx2.example.net with ESMTP",
          "From: anna@example.org",
          "To: bob@example.net",
          "Subject: hi",
          "",
          "hello",
          "",
        ].join("\n"),
      ),
    );
    const context = buildContext(makeFacts({ diagnosis }));
    expect(context.sendingIp).toBe("203.0.113.111");
  });
});
