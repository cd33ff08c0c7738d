// Recipient layouts met in real bounces from other parsers' test data (flufl.bounce, Perl
// Mail-DeliveryStatus-BounceParser, PHP-Bounce-Handler, bounce_email), each written here as a
// minimal message of our own in the same layout.
import { describe, expect, it } from "vitest";
import { parseBounce } from "./parse";

/** A multipart/report with one per-recipient group made of `fields`. */
function dsn(fields: string, human = "Your message could not be delivered."): string {
  return [
    "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>",
    "To: sender@example.com",
    "Subject: Undelivered Mail Returned to Sender",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    "",
    "--b1",
    "Content-Type: text/plain",
    "",
    human,
    "",
    "--b1",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.net",
    "",
    fields,
    "",
    "--b1--",
    "",
  ].join("\n");
}

describe("DSN recipient fields that are no Internet address", () => {
  it("takes Original-Recipient when Final-Recipient is an X.400 name", async () => {
    const p = await parseBounce(
      dsn(
        [
          "Original-Recipient: rfc822; user@example.org",
          "Final-Recipient: x400; /S=user/OU=mail/O=example/ADMD= /C=GB/",
          "Action: failed",
          "Status: 5.0.0",
        ].join("\n"),
      ),
    );
    expect(p.recipients.map((r) => r.address)).toEqual(["user@example.org"]);
    const span = p.recipients[0]!.spans.address!;
    expect(p.text.slice(span.start, span.end)).toBe("user@example.org");
  });

  it("takes Original-Recipient when Final-Recipient is empty or a dotless route name", async () => {
    for (const final of ["system;<>", "rfc822;user@internal-daemon"]) {
      const p = await parseBounce(
        dsn(
          `Original-Recipient: rfc822;<user@example.org>\nFinal-Recipient: ${final}\nAction: failed\nStatus: 5.0.0`,
        ),
      );
      expect(p.recipients.map((r) => r.address)).toEqual(["user@example.org"]);
    }
  });

  it("drops a source route in front of the mailbox", async () => {
    const p = await parseBounce(
      dsn(
        "Final-Recipient: rfc822;@relay.example.org:user@mail.example.org\nAction: failed\nStatus: 5.2.0",
      ),
    );
    expect(p.recipients.map((r) => r.address)).toEqual(["user@mail.example.org"]);
  });

  it("keeps Final-Recipient when it is a usable address", async () => {
    const p = await parseBounce(
      dsn(
        "Final-Recipient: rfc822; box@mail.example.org\nOriginal-Recipient: rfc822; user@example.org\nAction: failed\nStatus: 5.2.2",
      ),
    );
    expect(p.recipients.map((r) => r.address)).toEqual(["box@mail.example.org"]);
  });
});

describe("status codes loose in the text", () => {
  it("does not read a software version as a recipient's status", async () => {
    const p = await parseBounce(
      [
        "Your message could not be delivered to the following address:",
        "",
        "Failed recipient: user@example.org",
        "",
        "X-Mailer: Example Mail Version 5.1.1",
        "X-List-Version: 2.1.5",
      ].join("\n"),
    );
    expect(p.recipients.map((r) => [r.address, r.status])).toEqual([["user@example.org", null]]);
  });

  it("takes no success status for a failed recipient, nor one of another class than its reply", async () => {
    const p = await parseBounce(
      [
        "Could not deliver message to the following recipient(s):",
        "",
        "Failed Recipient: user@example.org",
        "Reason: Remote host said: 550 unknown user",
        "",
        "(listed at 2.1.5 on the list server)",
      ].join("\n"),
    );
    expect(p.recipients.map((r) => [r.address, r.replyCode, r.status])).toEqual([
      ["user@example.org", 550, null],
    ]);
  });
});

describe("where the quoted original message starts", () => {
  // A mailing-list digest below the marker: its addresses stand alone on their lines.
  const digest = [
    "Received: from lists.example.com by mx.example.org",
    "From: list-request@lists.example.com",
    "To: list@lists.example.com",
    "Subject: List digest, Vol 1 #2",
    "",
    "Send List mailing list submissions to",
    "\tlist@lists.example.com",
    "",
    "You can reach the person managing the list at",
    "\tlist-owner@lists.example.com",
  ].join("\n");

  for (const marker of [
    "---- START OF RETURNED MESSAGE ----",
    " --------Unsent Message below:",
    "   -- The header and top 20 lines of the message follows --",
    "|------------------------- Message text follows: ------------------------|",
    "Original message as received is as follows:",
    "The first 50 lines of your original message follow:",
    "A copy of the original message below this line:",
  ])
    it(`ends the bounce's own text at "${marker.trim()}"`, async () => {
      const p = await parseBounce(
        [
          "This message was created automatically by mail delivery software.",
          "",
          "Failed recipient: user@example.org",
          "Reason: Remote host said: 550 unknown user",
          "",
          marker,
          digest,
        ].join("\n"),
      );
      expect(p.recipients.map((r) => r.address)).toEqual(["user@example.org"]);
    });
});
