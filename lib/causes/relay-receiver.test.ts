// Who gave a relay refusal (review 30, finding 3).
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { causeInfoFor, evidenceRuleIds } from "./connection-variants";
import { DESTINATION_RELAY_RULES, anyRelayRefusedByNextServer } from "./relay-receiver";
import { EXIM_REMOTE_RELAY, QMAIL_REMOTE_RELAY } from "./relay-test-bounces";

async function reading(text: string) {
  const d = await diagnose(text);
  return { d, ids: evidenceRuleIds(d) };
}

describe("the rule ids of a refusal to relay to the recipient's domain", () => {
  // Each id with a reply it reads (the entries' own examples or the MTAs' wordings): an id the
  // knowledge renames would leave the set silently short.
  it.each([
    ["concept.relay-access-denied", "554 5.7.1 <bob@example.org>: Relay access denied"],
    ["concept.relaying-refused", "550 5.7.1 <ann@example.com>... Relaying denied"],
    ["generic.relay-denied.relay-denied", "550 5.7.1 Relay denied"],
    ["generic.relay-denied.relay-not-allowed", "550 5.7.1 relay not allowed"],
    ["generic.relay-denied.not-permitted-to-relay", "550 not permitted to relay"],
    [
      "generic.relay-denied.unable-to-relay",
      "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain",
    ],
    [
      "generic.relay-denied.as-a-relay",
      "550 5.7.1 You are trying to use me as a relay, but I have not been configured to let you do this",
    ],
    [
      "generic.relay-denied.this-system-is-not-configured-to-relay-mail",
      "501 Rcpt-To validation failed: 5.7.1 This system is not configured to relay mail",
    ],
    [
      "generic.relay-denied.i-cannot-deliver-mail-for",
      "550 I cannot deliver mail for bob@example.com",
    ],
    [
      "generic.relay-denied.not-accepting-email-for",
      "550 5.1.1 not accepting email for example.com",
    ],
    ["microsoft.5.7.1-unable-to-relay", "550 5.7.1 Unable to relay"],
    ["hmailserver.delivery-not-allowed", "550 Delivery is not allowed to this address."],
    ["kerio.relaying-is-denied", "550 relaying is denied"],
    ["hostpoint.mx-not-pointing-here", "550 No such address here (MX do not point to us)"],
    ["spectrum.rr-recipient-not-local", "550 5.1.2 - Recipient address not local. Relaying denied"],
    [
      "sparkpost.class-54-relaying-denied",
      "550 Blocked by the receiver because relaying is not allowed",
    ],
  ])("%s", async (id, reply) => {
    expect(DESTINATION_RELAY_RULES).toContain(id);
    expect((await reading(reply)).ids).toContain(id);
  });
});

describe("a relay refusal quoted by the sender's own mail server (finding 3)", () => {
  it.each([
    ["qmail's Remote host said", QMAIL_REMOTE_RELAY],
    ["Exim's SMTP error from remote mail server", EXIM_REMOTE_RELAY],
    [
      "Postfix's host X said, in reply to RCPT TO",
      `<ann@example.com>: host mx.example.com[192.0.2.25] said: 554 5.7.1 <ann@example.com>: Relay access denied (in reply to RCPT TO command)`,
    ],
  ])("is the next server's: %s", async (_, text) => {
    const { d, ids } = await reading(text);
    expect(d.recipients[0]?.cause).toBe("relay-denied");
    expect(anyRelayRefusedByNextServer(d.parsed, ids)).toBe(true);
    const info = causeInfoFor("relay-denied", d.parsed, ids);
    expect(info.actor).toBe("recipient-admin");
    expect(info.summary).not.toMatch(/authentication or configuration is missing/);
  });

  it.each([
    // The mail program's own outgoing server, as the program shows its reply.
    "554 5.7.1 <bob@example.org>: Relay access denied",
    // PHPMailer's debug output of the same reply: a program's report, no mail server's bounce.
    "SMTP ERROR: RCPT TO command failed: 554 5.7.1 <bob@example.com>: Relay access denied",
    // The server's words name the sender's login: its own relay's whoever quoted them.
    `<ann@example.com>: host mail.smtp2go.example[192.0.2.25] said: 554 5.7.1 <ann@example.com>: Relay access denied - please authenticate (in reply to RCPT TO command)`,
    // Exchange Online's connector code: the sending organisation's own relay through it.
    `<ann@example.com>: host example-com.mail.protection.outlook.com[192.0.2.25] said: 550 5.7.64 TenantAttribution; Relay Access Denied (in reply to RCPT TO command)`,
    // Refused at MAIL FROM: the sender, not the recipient's domain.
    `<ann@example.com>: host mx.example.com[192.0.2.25] said: 554 5.7.1 Relay access denied (in reply to MAIL FROM command)`,
  ])("is not: %s", async (text) => {
    const { d, ids } = await reading(text);
    expect(d.recipients[0]?.cause).toBe("relay-denied");
    expect(anyRelayRefusedByNextServer(d.parsed, ids)).toBe(false);
    expect(causeInfoFor("relay-denied", d.parsed, ids).actor).not.toBe("recipient-admin");
  });
});
