// A 421 is about the session, not a mailbox (issue 8, honesty). RFC 5321 section 4.2.3: "421
// <domain> Service not available, closing transmission channel", which section 3.8 lets a
// server send to any command when it must shut the session down: every recipient of it fails
// alike. An address (X.1.x) or mailbox (X.2.x) status beside it says nothing about one address
// or mailbox, so the registry's reading of that status ("X.2.1 mailbox disabled") decides
// nothing; the reply code's own usual causes rank, and words that give a reason still decide.
import { describe, expect, it } from "vitest";
import { readFirst as read } from "./test-reading";
import { lookupReplyCode } from "@/lib/knowledge/reply-codes";
import { REPLY_POSSIBILITIES } from "@/lib/knowledge/scoring/reply-possibilities";

const CAUSES_OF_421 = REPLY_POSSIBILITIES.find((p) => p.code === "421")!.causes;

describe("a 421 with an address or mailbox status", () => {
  it("is marked as data: the reply-code table names the subjects a 421 says nothing about", () => {
    expect(lookupReplyCode(421)?.sessionWide?.subjects).toEqual(["1", "2"]);
    // A refusal of one recipient's mailbox keeps its status's reading.
    expect(lookupReplyCode(550)?.sessionWide).toBeUndefined();
    expect(lookupReplyCode(452)?.sessionWide).toBeUndefined();
  });

  it("reads Vade's '421 4.2.1 Connection deferred' as unknown, the 421's causes ranked", async () => {
    // https://postmaster-earthlink.vadesecure.com/inbound_error_codes: the reply line of _103
    // (server temporarily unavailable), _110 (concurrent connections) and _130 (unacceptable
    // messages); OXSUS _102 and OXSEU _103 and _110 alike. It read mailbox-disabled (X.2.1).
    const r = await read("421 4.2.1 Connection deferred");
    expect(r.cause).toBe("unknown");
    expect(r.possible).toEqual([...CAUSES_OF_421]);
    expect(r.possible).not.toContain("mailbox-disabled");
  });

  it.each([
    // The page's explanations after the same reply line (EarthLink inbound _110 and _130).
    [
      "421 4.2.1 Connection deferred This error is returned when the sending IP address exceeds the concurrent connections limit.",
      "rate-limited",
    ],
    [
      "421 4.2.1 Connection deferred Your server is the source of unacceptable messages.",
      "bad-reputation",
    ],
    // Yahoo's deferral as a FortiMail log shows it (providers/yahoo.ts, tss04-complaints).
    [
      "421 4.7.0 [TSS05] Messages from x.x.x.x temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
      "bad-reputation",
    ],
  ])("still reads the reason the words give: %s", async (text, cause) => {
    expect((await read(text)).cause).toBe(cause);
  });

  it.each([
    // haraka-dsn's DSN.mbox_disabled() text, as WildDuck sends it (source-replies/wildduck.ts).
    ["550 5.2.1 Mailbox disabled, not accepting messages", "mailbox-disabled"],
    // Titan's page (providers/titan.ts): a 5xx keeps the mailbox status beside its words.
    [
      "550 5.2.1 <user@example.com>: Recipient address rejected: Incoming suspended due to abuse",
      "mailbox-disabled",
    ],
  ])("leaves a mailbox status under another code to read: %s", async (text, cause) => {
    expect((await read(text)).cause).toBe(cause);
  });
});
