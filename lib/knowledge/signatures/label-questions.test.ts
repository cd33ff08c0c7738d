// Issue 8's label questions, each decided from the RFC or the program's source (the entries
// hold the reasons): the readings they settled, read through the whole pipeline.
import { describe, expect, it } from "vitest";
import { readFirst } from "@/lib/classify/test-reading";

const read = readFirst;

describe("a message that loops (RFC 3463 X.4.6, routing loop)", () => {
  it.each([
    // Postfix cleanup_strerror.c (hopcount_limit), Sendmail deliver.c (MaxHopCount),
    // qmail-smtpd.c: the receiving side's routing or forwarding, a server that was reached.
    "554 5.4.0 Error: too many hops",
    "554 5.4.6 Too many hops 26 (25 max): from <bounce@example.net> via mx.example.com, to <bob@example.com>",
    "554 too many hops, this message is looping (#5.4.6)",
    // Exim: "Too many \"Received\" headers - suspected mail loop".
    '550 Too many "Received" headers - suspected mail loop',
    "550 5.4.6 Routing loop detected",
  ])("reads %s as the receiving side's fault, not as unreachable", async (text) => {
    expect((await read(text)).cause).toBe("remote-server-error");
  });
});

describe("Postfix's DNS lookup results (dns_strerror.c)", () => {
  it("reads HOST_NOT_FOUND as a domain that does not exist", async () => {
    const r = await read(
      "Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found",
    );
    expect(r.cause).toBe("recipient-domain-invalid");
  });

  it("does not read TRY_AGAIN, a lookup that failed for now, as an invalid domain", async () => {
    for (const text of [
      "Host or domain name not found. Name service error for name=example.net type=MX: Host not found, try again",
      "delivery temporarily suspended: Host or domain name not found. Name service error for name=example.net type=MX: Host not found, try again",
    ]) {
      const r = await read(text);
      expect(r.cause).not.toBe("recipient-domain-invalid");
      expect(r.cause).toBe("remote-unreachable");
    }
  });
});

describe("Postfix's access(5) REJECT without text on the sender", () => {
  it("ranks the site's block of the sender and a relay's refusal of its domain, names neither", async () => {
    // smtpd_check.c check_table_result; Trend Micro HES answers an unregistered sender domain
    // on its outbound relay with the same words (providers/trend-micro.ts).
    const r = await read("554 5.7.1 <bounce@example.net>: Sender address rejected: Access denied");
    expect(r.cause).toBe("unknown");
    expect(r.possible.slice(0, 2)).toEqual(["sender-policy", "relay-denied"]);
  });
});

describe("a refusal for policy reasons that gives none", () => {
  it.each([
    // maddy (Rspamd's reject, any milter), MIMEDefang's action_bounce default, Proxmox Mail
    // Gateway (any blocking rule): the servers' own words for any of their rules.
    "550 5.7.0 Message rejected due to local policy (msg ID = 5f1e0c2a)",
    "554 5.7.1 Forbidden for policy reasons",
    "554 5.7.1 Rejected for policy reasons (5F3A1B2C4D)",
  ])("ranks the rules it may stand for and names none: %s", async (text) => {
    const r = await read(text);
    expect(r.cause).toBe("unknown");
    expect(r.possible[0]).toBe("sender-policy");
    expect(r.possible.slice(0, 3)).toContain("content-spam");
  });

  it("reads it at MAIL FROM, where only the sender is known, as a block of the sender", async () => {
    const r = await read(
      "<bob@example.com>: host mx.example.com[192.0.2.2] said: 554 Mail from bounce@example.net rejected for policy reasons. (in reply to MAIL FROM command)",
    );
    expect(r.cause).toBe("sender-policy");
  });

  it("lets the reason that follows decide", async () => {
    const r = await read("550 5.7.1 Message rejected due to local policy: SPF check failed");
    expect(r.cause).toBe("authentication-failure");
  });
});

describe("Postfix's 'delivery temporarily suspended' (qmgr_defer.c)", () => {
  it("reads the reason after the prefix, not the prefix", async () => {
    // The queue manager's prefix to why it marked the site dead: an unreachable server there.
    for (const text of [
      "delivery temporarily suspended: connect to mx.example.com[192.0.2.1]:25: Connection refused",
      "delivery temporarily suspended: connect to mx.example.com[192.0.2.1]:25: Connection timed out",
    ])
      expect((await read(text)).cause).toBe("remote-unreachable");
    // The server answered its greeting with 421 and gave no reason: not an unreachable server.
    for (const text of [
      "delivery temporarily suspended: connect to mx.example.com[192.0.2.1]: server refused to talk to me: 421 Service not available, closing transmission channel",
      // Postfix's delivery status, the reply's code at the end of a wrapped line.
      [
        "Reporting-MTA: dns; mail.example.net",
        "",
        "Final-Recipient: rfc822; bob@example.com",
        "Action: failed",
        "Status: 4.0.0",
        "Diagnostic-Code: X-Postfix; delivery temporarily suspended: connect to",
        "    mx.example.com[192.0.2.1]: server refused to talk to me: 421",
        "    Service not available, closing transmission channel",
        "",
      ].join("\n"),
    ])
      expect((await read(text)).cause).not.toBe("remote-unreachable");
  });
});
