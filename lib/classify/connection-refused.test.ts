// "Connection refused" means two things (issue 8, honesty). Without a reply code it is the
// sending MTA's own TCP error: no server answered, the receiving server was not reached. In a
// server's own reply, under its code, a server that was reached refused the sending server's
// connection, for a reason the words do not give: the causes the pages that print that reply
// give remain possible, ranked, and none is named.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { readFirst as read } from "./test-reading";
import { GENERIC_SIGNATURES } from "@/lib/knowledge/signatures/generic";
import { POSSIBILITY_WORDINGS } from "@/lib/knowledge/scoring/possibility-wordings";

describe("'Connection refused' without a reply code: the sending MTA's TCP error", () => {
  it("is held to words with no reply code, as data on the generic wording", () => {
    const entry = GENERIC_SIGNATURES.find(
      (s) => s.cause === "remote-unreachable" && s.match.includes("connection refused"),
    );
    expect(entry?.replyCode).toBe("none");
  });

  it.each([
    // Postfix smtp_connect.c, smtp_connect_sock: "connect to %s[%s]:%d: %m"
    // (source-replies/postfix.ts, connection-refused).
    "connect to mx.example.com[192.0.2.25]:25: Connection refused",
    // Sendmail's errstring, "Connection refused by " with the host name
    // (source-replies/sendmail.ts, connection-refused).
    "Deferred: Connection refused by mx.example.com.",
    // Exchange Online's NDR table: https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online
    "4.4.316 Connection refused [Message=Socket error code 10061]",
  ])("reads %s as remote-unreachable", async (text) => {
    expect((await read(text)).cause).toBe("remote-unreachable");
  });
});

describe("'Connection refused' in a server's own reply, under its code", () => {
  it("reads Vade's bare '550 5.7.1 Connection refused' as unknown, a blocklist first", async () => {
    // https://postmaster-earthlink.vadesecure.com/inbound_error_codes: the reply line of _101
    // (Vade Threat Network List), _105 (reverse DNS) and _108 (FCrDNS); OXSUS and OXSEU alike.
    const r = await read("550 5.7.1 Connection refused");
    expect(r.cause).toBe("unknown");
    expect(r.possible.slice(0, 2)).toEqual(["ip-blocklisted", "reverse-dns"]);
    expect(r.possible).toContain("bad-reputation");
    expect(r.possible).toContain("sender-policy");
    expect(r.possible).not.toContain("remote-unreachable");
  });

  it("reads the transient form as unknown, too many connections first", async () => {
    // https://postmaster-oxsus.vadesecure.com/: the reply line of _110, _139 and _140.
    const r = await read("421 4.2.1 Connection refused");
    expect(r.cause).toBe("unknown");
    expect(r.possible.slice(0, 2)).toEqual(["rate-limited", "bad-reputation"]);
    expect(r.possible).not.toContain("remote-unreachable");
    expect(r.possible).not.toContain("mailbox-disabled");
  });

  it("holds each of its wordings to a reply code of one class", () => {
    const refused = POSSIBILITY_WORDINGS.filter((w) => w.match.includes("connection refused"));
    expect(refused.map((w) => w.replyCode).sort()).toEqual(["4xx", "5xx"]);
  });

  it.each([
    // The page's explanation after its reply line (EarthLink inbound _105 and _108).
    ["550 5.7.1 Connection refused Please check your reverse DNS configuration.", "reverse-dns"],
    ["550 5.7.1 Connection refused Please check your FCrDNS configuration.", "reverse-dns"],
    // https://postmaster-oxseu.vadesecure.com/inbound_error_codes, _101.
    ["550 5.7.1 Connection refused - [IP_ADDRESS] blocked by Vade Threat List", "ip-blocklisted"],
    // https://postmaster-oxsus.vadesecure.com/, _110 with its explanation.
    [
      "421 4.2.1 Connection refused We could not accept your email because the email provider has opened too many connections from a single IP address.",
      "rate-limited",
    ],
    // https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685, IB104 and IB007.
    [
      "554 Connection refused. This IP address is listed on the Spamhaus Block List (SBL). IB104",
      "ip-blocklisted",
    ],
    [
      "421 Connection refused, too many sessions from This IP. Lower the number of concurrent sessions. IB007",
      "rate-limited",
    ],
    // https://oliveit.tistory.com/39 (Daum's list): the spam centre's temporary block.
    ["421 4.4.5 CCRT IP ADDRESS: Connection refused. Server is busy(RT)", "bad-reputation"],
  ])("still reads the reason the words give: %s", async (text, cause) => {
    expect((await read(text)).cause).toBe(cause);
  });
});

describe("the other transport wordings, with and without a reply code", () => {
  const entry = (needle: string) =>
    GENERIC_SIGNATURES.find((s) => s.cause === "remote-unreachable" && s.match.includes(needle));

  it("holds the resolver's TRY_AGAIN to words with no reply code, as data", () => {
    // Postfix dns_strerror.c: "Host not found, try again" (generic-sources.ts).
    expect(entry("host not found, try again")?.replyCode).toBe("none");
  });

  it("reads the sending MTA's own 'Host not found, try again' as unreachable", async () => {
    expect((await read("Host not found, try again")).cause).toBe("remote-unreachable");
  });

  it("reads an answering server's own lookup failure without the unreachable wording", async () => {
    // Postfix smtpd_check.c (source-replies/postfix.ts, mx-lookup-failed): the server was reached.
    const d = await diagnose(
      "450 4.4.4 <bob@example.com>: Recipient address rejected: Unable to look up host mx.example.com as mail exchanger: Host not found, try again",
    );
    const r = d.recipients[0]!;
    expect(r.cause).toBe("remote-server-error");
    expect(r.evidence.map((e) => e.ruleId)).not.toContain(
      "generic.remote-unreachable.host-not-found-try-again",
    );
  });

  it.each([
    "connection reset",
    "timeout",
    "timed out",
    "no route to host",
    "network is unreachable",
  ])(
    "keeps '%s' free of a reply-code constraint: its sources write it under a code for the same condition",
    (needle) => {
      expect(entry(needle)).toBeDefined();
      expect(entry(needle)?.replyCode).toBeUndefined();
    },
  );

  it.each([
    // Sendmail's SMTP client, its own code before the OS's words (usersmtp.c; generic-sources.ts).
    "421 4.4.1 Connection reset by mx.example.com",
    // qmail-smtpd's own timeout (source-replies/qmail.ts).
    "451 timeout (#4.4.2)",
  ])("reads %s as unreachable, code and all", async (text) => {
    expect((await read(text)).cause).toBe("remote-unreachable");
  });

  it("reads Postfix's 'refused to talk to me' by the server's reply it wraps, never as unreachable", async () => {
    // smtp_proto.c: "host %s refused to talk to me: %s" for a greeting (or HELO/EHLO) that was
    // not 2xx; the reply is RFC 5321 section 4.2.3's 421 "<domain> Service not available,
    // closing transmission channel": the server was reached and refused the session.
    const reply = "421 mx.example.com Service not available, closing transmission channel";
    const wrapped = await diagnose(
      `<a@example.org>: host mx.example.com[192.0.2.25] refused to talk to me: ${reply}`,
    );
    const r = wrapped.recipients[0]!;
    expect(r.refusal?.words).toBe(reply);
    expect(r.cause).toBe((await read(reply)).cause);
    expect(r.cause).not.toBe("remote-unreachable");
    expect((r.possible ?? []).map((p) => p.cause)).not.toContain("remote-unreachable");
  });
});
