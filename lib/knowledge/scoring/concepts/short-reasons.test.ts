// Short replies that name their reason in a few words (probe 8's documented strings, session 15),
// read through the concepts rather than a provider's table: the paraphrases below are in no table,
// so each passes only if the concept generalises. Beside each, a misleading neighbour the concept
// must leave alone (a sending quota is no full mailbox, a login locked is no closed mailbox).
import { describe, expect, it } from "vitest";
import { readFirst } from "@/lib/classify/test-reading";

describe("short reasons read by concept, not by a provider's table", () => {
  it.each([
    // concept.account-inactive: a user locked, suspended or administratively disabled.
    ["550 5.2.1 User account is locked", "mailbox-disabled", "concept.account-inactive"],
    ["550 User is disabled", "mailbox-disabled", "concept.account-inactive"],
    [
      "550 5.1.1 <bob@example.com>: user administratively disabled",
      "mailbox-disabled",
      "concept.account-inactive",
    ],
    // concept.sending-quota: a send limit, or a most-messages-per-session limit.
    ["451 Daily send limit exceeded", "rate-limited", "concept.sending-quota"],
    ["550 max messages per connection", "rate-limited", "concept.sending-quota"],
    ["550 SMTP quota exceeded", "rate-limited", "concept.sending-quota"],
    ["550 Outgoing quota exceeded", "rate-limited", "concept.sending-quota"],
    // concept.sent-too-many
    [
      "550 You have sent too many emails today, try again tomorrow",
      "rate-limited",
      "concept.sent-too-many",
    ],
    // concept.restricted-for-usage
    [
      "550 Your IP has been restricted due to excessive usage",
      "rate-limited",
      "concept.restricted-for-usage",
    ],
    // concept.relay-check-failed
    ["553 relay check fail", "relay-denied", "concept.relay-check-failed"],
    ["550 Server denies relay", "relay-denied", "concept.relay-check-failed"],
    // concept.relay-access-denied: relay refusals a 553's usual causes rank only third.
    [
      "553 sorry, relay is not permitted without authentication",
      "relay-denied",
      "concept.relay-access-denied",
    ],
    ["553 Relay access rejected", "relay-denied", "concept.relay-access-denied"],
    // concept.sender-refused-by-site
    ["550 Server denies sender", "sender-policy", "concept.sender-refused-by-site"],
    // concept.unsolicited-from-sender: the sender's own account, not this message's content.
    [
      "550 5.7.1 Our system has detected an unusual amount of unsolicited email originating from your account",
      "bad-reputation",
      "concept.unsolicited-from-sender",
    ],
    // concept.login-required: the SMTP AUTH a POP-before-SMTP host asks for.
    [
      "550 Please turn on SMTP authentication in your mail client",
      "relay-denied",
      "concept.login-required",
    ],
    // concept.sender-stated-invalid
    ["550 Invalid MAIL FROM address", "sender-address-invalid", "concept.sender-stated-invalid"],
    ["550 sender is invalid", "sender-address-invalid", "concept.sender-stated-invalid"],
    // concept.sender-address-blocked: the sender's domain banned by the receiver.
    ["550 Your domain has been banned", "sender-policy", "concept.sender-address-blocked"],
  ])("%s reads %s (%s)", async (reply, cause, concept) => {
    const r = await readFirst(reply);
    expect(r.cause).toBe(cause);
    expect(r.evidence).toContain(concept);
  });

  it.each([
    // A quota of sending, in a provider's policy words, is no full mailbox (DreamHost).
    ["Policy Rejection- Quota Exceeded", "concept.mailbox-full"],
    // A login locked at AUTH is the sender's own account, no closed mailbox.
    ["535 5.7.8 Authentication failed: user is locked", "concept.account-inactive"],
    // Too many messages to addresses that do not exist is a reputation, not a volume limit.
    ["550 You sent too many messages to invalid recipients", "concept.sent-too-many"],
    // An open-relay listing names the sending host (ip-blocklisted), not a relay refusal.
    ["554 openrelay check. relay check fail", "concept.relay-check-failed"],
    // The command's syntax, the recipient's address and SPF are other refusals.
    ["501 5.1.7 Invalid MAIL FROM syntax", "concept.sender-stated-invalid"],
    ["550 5.7.1 Sender address invalid, SPF fail", "concept.sender-stated-invalid"],
    ["550 Invalid recipient address (sender bob@example.com)", "concept.sender-stated-invalid"],
    // A domain named on a public domain list is domain-blocklisted, not the site's own ban.
    [
      "554 Your domain is listed on a domain blocklist (dbl.spamhaus.org)",
      "concept.sender-address-blocked",
    ],
  ])("%s does not fire %s", async (reply, concept) => {
    expect((await readFirst(reply)).evidence).not.toContain(concept);
  });

  it("keeps a storage quota a full mailbox", async () => {
    expect((await readFirst("552 5.2.2 Mailbox quota exceeded")).cause).toBe("mailbox-full");
    expect((await readFirst("550 Quota exceeded")).cause).toBe("mailbox-full");
  });

  it("names no full mailbox for a policy server's quota", async () => {
    // PolicyD v2's refusal (cbp/modules/Quotas.pm): a quota on what a sender may pass.
    const r = await readFirst("554 5.7.1 Policy rejection; Message count quota exceeded");
    expect(r.cause).not.toBe("mailbox-full");
  });
});
