// The whole-text fallback (a recipient whose diagnostic says nothing) reads the notice's own
// text, never the returned original message: a word in the sender's own mail ("mailbox is full",
// "virus", "blocked") is no server's reason (lib/bounce/notice-text.ts, ParsedBounce.originalSpans).
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { noticeText } from "@/lib/bounce/notice-text";
import { classify } from "./classify";

/** The sender's own mail, long enough that the bounce is no short paste. */
const ORIGINAL_BODY = [
  "Hi Anna,",
  "",
  "My old mailbox is full, so please write to me at this address from now on.",
  "Our IT people said the last attachment was blocked by their virus scanner and the",
  "sender was blacklisted for a day, so I am sending the report as a link instead.",
  "If you would rather not get these updates, just reply with unsubscribe.",
  "",
  ...Array.from(
    { length: 24 },
    (_, i) => `Item ${i + 1}: the quarterly figures for region ${i + 1} are in the shared folder.`,
  ),
  "",
  "Best, Sam",
].join("\n");

/**
 * Exim's layout (its bounce text, as lib/classify/invariance.ts writes it) for a recipient it
 * names without a reason of its own, then the copy of the message below Exim's own marker.
 */
const EXIM_INLINE = [
  "From: Mail Delivery System <Mailer-Daemon@mail.example.net>",
  "To: sam@example.net",
  "Subject: Mail delivery failed: returning message to sender",
  "",
  "This message was created automatically by mail delivery software.",
  "",
  "A message that you sent could not be delivered to one or more of its",
  "recipients. This is a permanent error. The following address(es) failed:",
  "",
  "  anna@example.com",
  "",
  "------ This is a copy of the message, including all the headers. ------",
  "",
  "From: Sam <sam@example.net>",
  "To: anna@example.com",
  "Subject: Re: your mailbox is full - unsubscribe?",
  "",
  ORIGINAL_BODY,
  "",
].join("\n");

/** Trace and signature fields a real message carries, enough to make the report long. */
const TRACE = [
  ...Array.from({ length: 6 }, (_, i) =>
    [
      `Received: from relay${i + 1}.example.net (relay${i + 1}.example.net [192.0.2.${10 + i}])`,
      `\tby mail.example.net (Postfix) with ESMTPS id 4Q${i}XyZ0abc${i}`,
      `\tfor <anna@example.com>; Fri, 4 Dec 2026 10:0${i}:00 +0000 (UTC)`,
    ].join("\n"),
  ),
  "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.net; s=mail;",
  "\th=from:to:subject:date:message-id; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;",
  ...Array.from({ length: 6 }, () => `\tb=${"dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZQ".repeat(2)}`),
].join("\n");

/** An RFC 3464 report whose status says nothing specific, the original attached. */
const dsnAttached = (trace: string) =>
  [
    "From: MAILER-DAEMON@mail.example.net (Mail Delivery System)",
    "To: sam@example.net",
    "Subject: Undelivered Mail Returned to Sender",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
    "",
    "--B1",
    "Content-Type: text/plain; charset=us-ascii",
    "",
    "This is the mail system at host mail.example.net.",
    "",
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients. It's attached below.",
    "",
    "                   The mail system",
    "",
    "<anna@example.com>",
    "",
    "--B1",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mail.example.net",
    "",
    "Final-Recipient: rfc822; anna@example.com",
    "Action: failed",
    "Status: 5.0.0",
    "",
    "--B1",
    "Content-Type: message/rfc822",
    "",
    ...(trace ? [trace] : []),
    "From: Sam <sam@example.net>",
    "To: anna@example.com",
    "Subject: Re: your mailbox is full - message blocked by virus scanner?",
    "",
    ORIGINAL_BODY,
    "",
    "--B1--",
    "",
  ].join("\n");
const DSN_ATTACHED = dsnAttached("");
const DSN_ATTACHED_LONG = dsnAttached(TRACE);

const SENDERS_WORDS = /mailbox is full|virus|blocked|blacklisted|unsubscribe/i;

describe("the whole-text fallback reads the notice, not the returned original", () => {
  // The inline copy makes a long text (the fallback proper); the attached original's body is
  // left out by the parser, a short text whose words are the paste (the short-paste reading).
  for (const [name, text, long] of [
    ["Exim's inline copy", EXIM_INLINE, true],
    ["an attached message/rfc822", DSN_ATTACHED, false],
    ["an attached message/rfc822 with its trace fields", DSN_ATTACHED_LONG, true],
  ] as const)
    it(`takes no cause from the sender's own words in ${name}`, async () => {
      const parsed = await parseBounce(text);
      expect(parsed.text.length > 2000).toBe(long);
      expect(parsed.originalSpans?.length).toBeGreaterThan(0);
      // The sender's words are in the text, and only in the original.
      expect(parsed.text).toMatch(SENDERS_WORDS);
      expect(noticeText(parsed)).not.toMatch(SENDERS_WORDS);
      const d = classify(parsed);
      const r = d.recipients[0]!;
      expect(r.recipient.address).toBe("anna@example.com");
      for (const cause of ["mailbox-full", "content-virus", "ip-blocklisted", "content-spam"])
        expect(r.cause, cause).not.toBe(cause);
      for (const e of r.evidence)
        for (const s of e.spans)
          expect(parsed.originalSpans!.some((o) => s.start >= o.start && s.start < o.end)).toBe(
            false,
          );
    });

  it("still reads the notice's own words when they give the reason", async () => {
    const text = EXIM_INLINE.replace(
      "  anna@example.com\n",
      "  anna@example.com\n    mailbox is full: retry timeout exceeded\n",
    );
    const d = classify(await parseBounce(text));
    expect(d.recipients[0]!.cause).toBe("mailbox-full");
  });
});
