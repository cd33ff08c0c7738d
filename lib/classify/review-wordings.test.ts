// Real refusals other helpers' reviews found misread (session 11), each through the whole
// pipeline: the words decide where they name a cause, and a registry default or a loose
// keyword does not.
import { describe, expect, it } from "vitest";
import { readFirst } from "./test-reading";

describe("DNSBL wordings", () => {
  it("reads 'Blocked using' with no DNS zone after it as no list", async () => {
    // rjbs/Mail-DeliveryStatus-BounceParser t/corpus/spam-rejection9.msg (Diagnostic-Code).
    const r = await readFirst(
      "553 Blocked using spam pattern, your message may contain the spam contents",
    );
    expect(r.evidence).not.toContain("dnsbl.lookup-refused");
    expect(r.cause).not.toBe("ip-blocklisted");
  });

  it("still reads Postfix's 'blocked using <zone>' as a listing", async () => {
    const r = await readFirst(
      "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.example.org",
    );
    expect(r.cause).toBe("ip-blocklisted");
  });

  it("reads a list that names itself a DNSBL as a listing", async () => {
    // crazy-max/CwsMailBounceHandler tests/emls/bounce_571_003.eml.
    const r = await readFirst(
      "550 5.7.1 Your message (sent through 209.85.132.244) was blocked by ROTA DNSBL. If you are not a spammer, open http://www.rota.lv/DNSBL and follow instructions or call +371 7019029, or send an e-mail message from another address to dz@ROTA.lv with the blocked sender e-mail name.",
    );
    expect(r.cause).toBe("ip-blocklisted");
  });
});

describe("recipient wordings that leave its state open", () => {
  it.each([
    // crisp-oss/email-bounce-parser test/fixtures/550_no_such_recipient_variant_3.txt
    "550 invalid mailbox (call fwd)",
    // rjbs/Mail-DeliveryStatus-BounceParser t/corpus/user-unknown-not-active.msg
    "550-recipient@example.net is not an active address at this host (invalid FreeUK 550 username)",
  ])("ranks recipient-unknown first for: %s", async (text) => {
    const r = await readFirst(text);
    expect(r.cause).toBe("unknown");
    expect(r.possible[0]).toBe("recipient-unknown");
  });
});

describe("status codes servers reuse", () => {
  it("names no cause from X.7.3 alone (a catch-all in practice)", async () => {
    const r = await readFirst("553 5.7.3 Rejected");
    expect(r.cause).toBe("unknown");
  });

  it("reads DSPAM's content refusal under 5.7.3 as content-spam", async () => {
    // rjbs/Mail-DeliveryStatus-BounceParser t/corpus/spam-rejection25.msg (Diagnostic-Code).
    const r = await readFirst(
      "553 5.7.3 CONTENT REJECT:192.168.95.162.2011101001.XXYIvtHf:dspam check:4:http://mail.test.com/info/policy/12",
    );
    expect(r.cause).toBe("content-spam");
  });
});

describe("a bare 421", () => {
  it("keeps a receiver's own IP blocklist among the possibilities", async () => {
    // RFC 5321 4.2.3's text alone; the sources in reply-possibilities.ts send 421 from a
    // receiver's temporary IP blocklist too.
    const r = await readFirst("421 Service not available, closing transmission channel");
    expect(r.cause).toBe("unknown");
    expect(r.possible).toContain("ip-blocklisted");
  });
});
