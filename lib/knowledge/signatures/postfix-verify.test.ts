// Postfix's address verification (smtpd_check.c reject_unverified_address, verify.c) and its
// default DNS blocklist reply (default_rbl_reply), read as the source writes them: the words
// after "unverified address:" are the probe's own result and decide; a probe that has not
// finished says nothing of the address; "Service unavailable;" before "blocked using" is the
// blocklist reply's preamble, not a server failure.
import { afterEach, describe, expect, it } from "vitest";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { diagnose } from "@/lib/diagnosis/diagnose";

async function read(text: string) {
  const d = await diagnose(text);
  const r = d.recipients[0] ?? d.overall;
  return {
    cause: r.cause,
    possible: (r.possible ?? []).map((p) => p.cause),
    alternatives: d.recipients[0]?.alternatives ?? [],
  };
}

afterEach(() => leaveOutProvidersForEvaluation([]));

describe("reject_unverified_recipient", () => {
  it("leaves a probe still under way unknown, the unknown address first among the possible", async () => {
    const r = await read(
      "450 4.1.1 <bob@example.com>: Recipient address rejected: unverified address: Address verification in progress",
    );
    expect(r.cause).toBe("unknown");
    expect(r.possible[0]).toBe("recipient-unknown");
    expect(r.possible).toContain("remote-unreachable");
  });

  it("ranks an unreachable domain first for a probe whose DNS lookup failed for now", async () => {
    const r = await read(
      "450 4.1.1 <bob@example.com>: Recipient address rejected: unverified address: Host or domain name not found. Name service error for name=example.com type=MX: Host not found, try again",
    );
    expect(r.cause).toBe("unknown");
    expect(r.possible[0]).toBe("remote-unreachable");
  });

  it("reads the probe's own refusal when it bounced (default 450 reject code)", async () => {
    const r = await read(
      "450 4.1.1 <bob@example.com>: Recipient address rejected: unverified address: host mx.example.com[192.0.2.25] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)",
    );
    expect(r.cause).toBe("recipient-unknown");
  });

  it.each([
    [
      "450 4.1.1 <bob@example.com>: Recipient address rejected: unverified address: connect to mx.example.com[192.0.2.25]:25: Connection timed out",
      "remote-unreachable",
    ],
    [
      "450 4.1.1 <bob@example.com>: Recipient address rejected: unverified address: Address verification status unavailable",
      "remote-server-error",
    ],
    [
      "450 4.1.1 <bob@example.com>: Recipient address rejected: address verification problem",
      "remote-server-error",
    ],
    [
      "550 5.1.1 <bob@example.com>: Recipient address rejected: undeliverable address: host mx.example.com[192.0.2.25] said: 552 5.2.2 <bob@example.com> Quota exceeded (in reply to RCPT TO command)",
      "mailbox-full",
    ],
  ])(
    "reads a probe that did not find the address unknown by its result: %s",
    async (text, cause) => {
      expect((await read(text)).cause).toBe(cause);
    },
  );
});

describe("reject_unverified_sender", () => {
  // GEN's FAQ reads "Sender address rejected: unverified address..." as an invalid sender
  // wherever the words appear (providers/gen-uk.ts, scope "any"), which decides the first two
  // readings below on its own: left out here, so that Postfix's own reading is what is tested
  // (reported: the entry would read right scoped to GEN's own servers).
  it("leaves a sender probe still under way unknown, the sender address first among the possible", async () => {
    leaveOutProvidersForEvaluation(["gen-uk"]);
    const r = await read(
      "450 4.1.7 <bounce@example.net>: Sender address rejected: unverified address: Address verification in progress",
    );
    expect(r.cause).toBe("unknown");
    expect(r.possible[0]).toBe("sender-address-invalid");
  });

  // The probe's failed connection or lookup is the receiver's attempt to reach the SENDER's
  // domain: the receiving server answered, so it is no unreachable receiver and no missing
  // recipient domain (rev24: it read "The receiving server could not be reached" with the
  // recipient's DNS and port-25 steps).
  it.each([
    "450 4.1.7 <bounce@example.net>: Sender address rejected: unverified address: connect to mx.example.net[192.0.2.25]:25: Connection timed out",
    "450 4.1.7 <bounce@example.net>: Sender address rejected: unverified address: connect to mx.example.net[192.0.2.25]:25: Connection refused",
    "450 4.1.7 <bounce@example.net>: Sender address rejected: unverified address: Host or domain name not found. Name service error for name=example.net type=MX: Host not found",
  ])("reads a probe that could not reach the sender's domain as the sender's: %s", async (text) => {
    leaveOutProvidersForEvaluation(["gen-uk"]);
    const r = await read(text);
    expect(r.cause).toBe("sender-address-invalid");
    expect(r.alternatives.map((a) => a.cause)).not.toContain("remote-unreachable");
    expect(r.alternatives.map((a) => a.cause)).not.toContain("recipient-domain-invalid");
  });

  it.each([
    "450 4.1.7 <bounce@example.net>: Sender address rejected: unverified address: host mx.example.net[192.0.2.25] said: 550 5.1.1 <bounce@example.net>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)",
    '550 5.1.7 <bounce@example.net>: Sender address rejected: undeliverable address: unknown user: "bounce"',
  ])("reads a sender probe that bounced as an invalid sender: %s", async (text) => {
    leaveOutProvidersForEvaluation(["gen-uk"]);
    expect((await read(text)).cause).toBe("sender-address-invalid");
  });

  it("reads the receiver's own verify(8) failure as its own", async () => {
    const r = await read(
      "450 4.1.7 <bounce@example.net>: Sender address rejected: address verification problem",
    );
    expect(r.cause).toBe("remote-server-error");
  });
});

describe("default_rbl_reply's preamble", () => {
  const serverError = (alts: { cause: string; confidence: number }[]) =>
    alts.find((a) => a.cause === "remote-server-error")?.confidence ?? 0;

  it.each([
    [
      "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1",
      "ip-blocklisted",
    ],
    [
      "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
      "ip-blocklisted",
    ],
    [
      "554 5.7.1 Service unavailable; Sender address [bounce@example.net] blocked using dbl.spamhaus.org",
      "domain-blocklisted",
    ],
    // postscreen's own DNSBL refusal (postscreen_early.c), as the MTA lab recorded it.
    [
      "550 5.7.1 Service unavailable; client [203.0.113.160] blocked using zen.spamhaus.org",
      "ip-blocklisted",
    ],
  ])("reads no server failure in the listing's opening words: %s", async (text, cause) => {
    const r = await read(text);
    expect(r.cause).toBe(cause);
    expect(serverError(r.alternatives)).toBeLessThan(0.05);
  });

  it("still reads 'Service unavailable' alone as a possible server failure", async () => {
    const r = await read("554 5.5.0 Service unavailable");
    expect([r.cause, ...r.possible, ...r.alternatives.map((a) => a.cause)]).toContain(
      "remote-server-error",
    );
  });

  it.each([
    // Sendmail's FEATURE(dnsbl) default (cf/feature/dnsbl.m4, _DNSBL_MSG_).
    "550 5.7.1 Rejected: 192.0.2.1 listed at zen.spamhaus.org",
    // Exim's configure.default example for a dnslists ACL.
    "550 rejected because 192.0.2.1 is in a black list at zen.spamhaus.org",
  ])("reads Sendmail's and Exim's default listing texts alike: %s", async (text) => {
    const r = await read(text);
    expect(r.cause).toBe("ip-blocklisted");
    expect(serverError(r.alternatives)).toBeLessThan(0.05);
  });
});
