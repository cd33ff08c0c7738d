// Replies that are another software's default text (RFC 5321's "Requested action not taken:
// mailbox unavailable", Postfix's access-table and reject_non_fqdn_recipient texts) mean a
// provider's documented cause only where that provider answered: pasted alone, the honest answer
// is unknown with the provider's cause among the first possibilities (or the software's own
// documented reading); from the provider's own host, the provider's cause. GoDaddy's and Proofpoint's full name of Cloudmark's list is that list.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";

/** A Postfix bounce whose remote server `host` answered `reply`. */
function fromHost(host: string, reply: string): string {
  return [
    "From: MAILER-DAEMON@mail.sender.example (Mail Delivery System)",
    "Subject: Undelivered Mail Returned to Sender",
    "",
    "This is the mail system at host mail.sender.example.",
    "",
    `<bob@recipient.example>: host ${host}[192.0.2.25] said: ${reply} (in reply to RCPT TO command)`,
    "",
  ].join("\n");
}

const CASES = [
  {
    reply: "550 <bob@web.de>: Requested action not taken: mailbox unavailable",
    host: "mx00.web.de",
    cause: "recipient-unknown",
    bare: "unknown",
  },
  {
    reply: "554 5.7.1 <alice@sender.example>: Sender address rejected: Access denied",
    host: "relay.hes.trendmicro.com",
    cause: "relay-denied",
    bare: "unknown",
  },
  {
    // Yandex's page gives the words without a code.
    reply: "550 <bob>: Recipient address rejected: need fully-qualified address",
    host: "mx.yandex.ru",
    cause: "recipient-unknown",
    // Elsewhere the words are Postfix's reject_non_fqdn_recipient (postconf(5)): the RCPT TO
    // address is not in the fully-qualified form the RFC requires.
    bare: "protocol-syntax",
  },
] as const;

describe("a default text read as a provider's documented cause", () => {
  for (const c of CASES) {
    it(`pasted alone, is not read as the provider's: ${c.reply}`, async () => {
      const d = await diagnose(c.reply);
      const r = d.recipients[0]!;
      expect(r.cause).toBe(c.bare);
      if (c.bare === "unknown")
        expect((r.possible ?? []).slice(0, 2).map((p) => p.cause)).toContain(c.cause);
    });

    it(`from the provider's host, names its cause: ${c.host}`, async () => {
      const d = await diagnose(fromHost(c.host, c.reply));
      expect(d.recipients[0]?.cause).toBe(c.cause);
    });
  }
});

describe("Cloudmark Sender Intelligence by its full name", () => {
  it("is the IP list's listing", async () => {
    const d = await diagnose("554 5.7.1 This IP is listed on Cloudmark Sender Intelligence.");
    expect(d.recipients[0]?.cause).toBe("ip-blocklisted");
  });
});
