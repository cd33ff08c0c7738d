// Refusals whose words say less than the provider's page does: Forpsi's 5.1.0 "policy
// violation" replies, told apart by the support article each links to; Gandi's "policy reason"
// rule numbers; RU-CENTER's "prohibited" full quota; and the readings that hold only where the
// provider's own server answered (Forpsi's and Netfabric's "sender rejected", @nifty's "no
// account here").
import { describe, expect, it } from "vitest";
import { postfixBounce, readFirst } from "@/lib/classify/test-reading";

const OTHER_HOST = "mx.unrelated.example";

describe("a provider's page decides what its own code means", () => {
  it.each([
    // support.forpsi.com/kb/a3904: the server's sending limits per minute, hour and day.
    ["a3900", "rate-limited"],
    // konto.pl a2765: over 100 messages an hour from the IP, half of them undeliverable.
    ["a4081", "rate-limited"],
    // support.forpsi.com/kb/a4656: mail to addresses like spam recipients, the whole domain blocked.
    ["a4656", "bad-reputation"],
  ])("Forpsi's policy violation linking kb/%s reads %s", async (article, cause) => {
    const reply = `550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/${article}`;
    expect((await readFirst(reply)).cause).toBe(cause);
  });

  it.each([
    ["RULE1_1", "content-virus"],
    ["RULE2_1", "content-spam"],
    ["RULE3_2", "content-spam"],
  ])("Gandi's 'Reject for policy reason %s' reads %s", async (rule, cause) => {
    // The reply as it reaches senders (github.com/dyve-agency/zeitkit issue 64 quotes RULE3_2).
    const reply = `550 5.7.1 Reject for policy reason ${rule}. See http://postmaster.gandi.net`;
    expect(
      (await readFirst(postfixBounce("spool.mail.gandi.net", reply, "end of DATA"))).cause,
    ).toBe(cause);
  });

  it("RU-CENTER's 'prohibited. Disk quota exceeded' is a full mailbox, not a policy refusal", async () => {
    const reading = await readFirst(
      postfixBounce("mx01.nicmail.ru", "451 example.ru prohibited. Disk quota exceeded"),
    );
    expect(reading.cause).toBe("mailbox-full");
  });

  it("Forpsi's incoming '5.1.1 <address> sender is blacklisted' is the recipient's own list", async () => {
    const reading = await readFirst(
      postfixBounce("mxavas.forpsi.com", "550 5.1.1 <alice@sender.example> sender is blacklisted"),
    );
    expect(reading.cause).toBe("sender-policy");
  });
});

describe("readings that hold only where the provider's server answered", () => {
  it.each([
    // support.forpsi.sk/kb/a3902: the sender's domain has no hosting at Forpsi.
    [
      "smtp.forpsi.com",
      "550 5.1.0 <alice@sender.example> sender rejected",
      "sender-address-invalid",
    ],
    // faq.support.nifty.com/?p=4076: the account is not on the server the program logs in to.
    ["mbb.nifty.ne.jp", "550 you have no account here", "relay-denied"],
    // Netfabric's sending-issues article: most of the last hour's mail failed, a 4-hour block.
    ["authsmtp.securemail.pro", "550 sender rejected", "rate-limited"],
  ])("%s: '%s' reads %s", async (host, reply, cause) => {
    expect((await readFirst(postfixBounce(host, reply))).cause).toBe(cause);
    const other = await readFirst(postfixBounce(OTHER_HOST, reply));
    expect(other.evidence.join(" ")).not.toMatch(/\b(?:forpsi|nifty|securemail)\./);
  });
});
