// "<domain> does not exist" is about whoever owns the domain (lib/classify/named-domain.ts): the
// sender's domain (the returned message's Return-Path or From) is sender-address-invalid, the
// recipient's is recipient-domain-invalid, and a domain the bounce does not place leaves both
// possible. Bounces made up here in Exim's shape (its "SMTP error from remote mail server"
// report and returned copy); the wordings are lib/knowledge/scoring/named-domain-wordings.ts'.
import { describe, expect, it } from "vitest";
import { readFirst } from "@/lib/classify/test-reading";
import { NAMED_DOMAIN_WORDINGS } from "@/lib/knowledge/scoring/named-domain-wordings";
import { namedDomainIn } from "./named-domain";
import { normalizeString } from "./text-index";

function eximBounce(reply: string, recipient: string, returnPath: string): string {
  return [
    "From: Mail Delivery System <Mailer-Daemon@mail.example.org>",
    "To: " + returnPath,
    "Subject: Mail delivery failed: returning message to sender",
    "",
    "This message was created automatically by mail delivery software.",
    "",
    "A message that you sent could not be delivered to one or more of its",
    "recipients. This is a permanent error. The following address(es) failed:",
    "",
    `  ${recipient}`,
    "    host mx.example.net [192.0.2.25]",
    "    SMTP error from remote mail server after end of data:",
    `    ${reply}`,
    "",
    "------ This is a copy of the message, including all the headers. ------",
    "",
    `Return-path: <${returnPath}>`,
    `From: Alice <${returnPath}>`,
    `To: ${recipient}`,
    "Subject: hello",
    "",
    "hello",
    "",
  ].join("\n");
}

describe("a named domain that does not exist", () => {
  it("reads the sender's own domain as the sender's address failing the receiver's check", async () => {
    const r = await readFirst(
      eximBounce(
        "553 mail.example.org does not exist",
        "bob@example.net",
        "alice@mail.example.org",
      ),
    );
    expect(r.cause).toBe("sender-address-invalid");
    expect(r.evidence).toContain("domain.named-sender-domain-not-found");
  });

  it("reads the recipient's domain as the recipient's domain", async () => {
    const r = await readFirst(
      eximBounce("553 example.net does not exist", "bob@example.net", "alice@mail.example.org"),
    );
    expect(r.cause).toBe("recipient-domain-invalid");
  });

  it("leaves a domain the paste does not place to both, the recipient's first", async () => {
    for (const line of [
      "553 neko.example.com does not exist",
      "550 Domain example.net does not exist",
    ]) {
      const r = await readFirst(line);
      expect(r.cause).toBe("unknown");
      expect(r.possible.slice(0, 2)).toEqual([
        "recipient-domain-invalid",
        "sender-address-invalid",
      ]);
    }
  });

  it("reads a mailbox that does not exist as no domain", async () => {
    expect(namedDomainIn(normalizeString("550 User bob@example.net does not exist"))).toBeNull();
    expect(namedDomainIn(normalizeString("550 192.0.2.1 does not exist"))).toBeNull();
    expect((await readFirst("550 User bob@example.net does not exist")).cause).toBe(
      "recipient-unknown",
    );
  });

  it("finds the named domain in each wording's cited examples", () => {
    for (const w of NAMED_DOMAIN_WORDINGS)
      for (const e of w.examples) {
        const hay = normalizeString(e.text);
        // The Sendmail and MailProtect examples say "sender address": their own entries read them.
        if (hay.includes("sender address")) expect(namedDomainIn(hay), e.text).toBeNull();
        else expect(namedDomainIn(hay), e.text).toMatch(/\./);
      }
  });
});
