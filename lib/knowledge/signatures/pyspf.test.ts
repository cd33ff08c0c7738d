import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";

// A notice quoting a policyd-spf refusal of a softfail (Automattic/jetpack#42544's shape, with
// no reply code), and a delivered message's header carrying the same words.
const NOTICE = [
  "This is a system-generated message to inform you that your email could not be delivered to one or more recipients. Details of the email and the error are as follows:",
  "",
  "Recipient address rejected: Message rejected due to: domain owner discourages use of this host.",
  "",
].join("\n");

describe("pyspf's softfail explanation", () => {
  it("reads policyd-spf's refusal of a softfail as the sender's SPF record", async () => {
    expect((await diagnose(NOTICE)).overall.cause).toBe("authentication-failure");
    const coded = await diagnose(
      "550 5.7.23 <kim@example.org>: Recipient address rejected: Message rejected due to: domain owner discourages use of this host. Please see http://www.openspf.net/Why?s=mfrom;id=alice@example.net;ip=192.0.2.1;r=<UNKNOWN>",
    );
    expect(coded.recipients[0]?.cause ?? coded.overall.cause).toBe("authentication-failure");
  });

  it("is not a refusal where a returned message's Received-SPF field carries it", async () => {
    const bounce = [
      "From: MAILER-DAEMON@relay.example.net (Mail Delivery System)",
      "To: alice@example.net",
      "Subject: Undelivered Mail Returned to Sender",
      "",
      "<kim@example.org>: host mx.example.org[192.0.2.9] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)",
      "",
      "------ This is a copy of the message, including all the headers. ------",
      "Received-SPF: Softfail (domain owner discourages use of this host) identity=mailfrom; client-ip=192.0.2.1",
      "From: alice@example.net",
      "Subject: hello",
      "",
    ].join("\n");
    expect((await diagnose(bounce)).recipients[0]?.cause).toBe("mailbox-full");
  });
});
