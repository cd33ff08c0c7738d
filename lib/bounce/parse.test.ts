import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readMessage } from "./mime";
import { parseBounce } from "./parse";
import type { ParsedBounce, Span } from "./types";

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));
const at = (p: ParsedBounce, span: Span | undefined) =>
  span ? p.text.slice(span.start, span.end) : undefined;

describe("parseBounce: SMTP reply lines", () => {
  it("reads one reply line", async () => {
    const p = await parseBounce(
      "550 5.7.1 Service unavailable; client [192.0.2.1] blocked using bl.spamcop.net",
    );
    expect(p.format).toBe("smtp-reply");
    expect(p.recipients).toHaveLength(1);
    expect(p.recipients[0]).toMatchObject({ address: null, replyCode: 550, status: "5.7.1" });
    expect(p.blocklistZones).toEqual(["bl.spamcop.net"]);
    expect(p.ips).toEqual(["192.0.2.1"]);
    expect(at(p, p.recipients[0]!.spans.status)).toBe("5.7.1");
  });

  it("joins 550- continuation lines and finds Gmail's gsmtp tail", async () => {
    const p = await parseBounce(fixture("gmail-multiline.txt").toString("utf8"));
    const r = p.recipients[0]!;
    expect(r.replyCode).toBe(550);
    expect(r.status).toBe("5.7.1");
    expect(r.diagnostic).toContain("likely unsolicited mail. To reduce the amount of spam");
    expect(r.diagnostic).not.toContain("550-5.7.1");
    expect(p.providerCodes.map((c) => c.code)).toContain("gsmtp");
    expect(p.ips).toContain("203.0.113.7");
  });

  it("reads CR and CRLF line ends like LF", async () => {
    const lf = "550-5.7.1 first part\n550 5.7.1 second part\n";
    for (const text of [lf, lf.replace(/\n/g, "\r\n"), lf.replace(/\n/g, "\r")]) {
      const p = await parseBounce(text);
      expect(p.recipients[0]?.diagnostic).toBe("550 5.7.1 first part second part");
    }
  });

  it("reads the reporting host from an intro in any case, and none from a text without one", async () => {
    const intro =
      "THIS IS THE MAIL SYSTEM AT HOST Mx.Example.ORG.\n\n<a@example.net>: 550 5.1.1 no";
    expect((await parseBounce(intro)).reportingMta).toBe("mx.example.org");
    const long = `${intro}\n${"filler line\n".repeat(700)}`;
    expect((await parseBounce(long)).reportingMta).toBe("mx.example.org");
    expect((await parseBounce("<a@example.net>: 550 5.1.1 no such user")).reportingMta).toBeNull();
  });

  it("does not take IP addresses or version numbers for status codes", async () => {
    const p = await parseBounce("Connection to 5.1.1.4 failed; software 4.2.1.5 says hello");
    expect(p.recipients).toEqual([]);
    expect(p.format).toBe("text");
  });
});

describe("parseBounce: whole messages", () => {
  it("reads an RFC 3464 report: per-recipient fields, folded lines, original headers", async () => {
    const p = await parseBounce(fixture("postfix-blocklist.eml"));
    expect(p.format).toBe("dsn");
    expect(p.generator).toBe("postfix");
    expect(p.reportingMta).toBe("mail.sender.example");
    expect(
      p.recipients.map((r) => [r.address, r.action, r.replyCode, r.status, r.remoteMta]),
    ).toEqual([
      ["carol@receiver.example", "failed", 554, "5.7.1", "mx.receiver.example"],
      ["dave@receiver.example", "failed", 550, "5.1.1", "mx.receiver.example"],
    ]);
    // The folded Diagnostic-Code is unfolded onto one line.
    expect(p.recipients[0]!.diagnostic).toContain(
      "Client host [198.51.100.25] blocked using zen.spamhaus.org;",
    );
    expect(at(p, p.recipients[1]!.spans.address)).toBe("dave@receiver.example");
    expect(p.blocklistZones).toEqual(["zen.spamhaus.org"]);
    expect(p.ips).toEqual(expect.arrayContaining(["198.51.100.25", "192.0.2.10"]));
    expect(p.original).toMatchObject({
      from: "bob@sender.example",
      returnPath: "bob@sender.example",
      subject: "Réunion",
      messageId: "<m1@sender.example>",
      dkimSignatures: [{ domain: "sender.example", selector: "mail2025" }],
    });
  });

  it("decodes quoted-printable, base64 and a Latin-1 report part", async () => {
    const p = await parseBounce(fixture("qp-base64-latin1.eml"));
    expect(p.text).toContain("Votre message n'a pas pu être distribué à <gérard@receiver.example>");
    expect(p.recipients[0]).toMatchObject({
      address: "gérard@receiver.example",
      replyCode: 552,
      status: "5.2.2",
    });
    expect(p.recipients[0]!.diagnostic).toContain("Boîte pleine");
  });

  it("reads a message whose header block has a field name with an underscore", async () => {
    // RFC 5322 3.6.8 allows it; Gmail's own notices carry "X-Authenticated_ID:". Rejecting the
    // name made the whole message plain text: its DSN part and its recipient were lost.
    const message = [
      "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
      "To: bob@sender.example",
      "X-Authenticated_ID: 1234",
      "Subject: Delivery Status Notification (Failure)",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain",
      "Content-Transfer-Encoding: base64",
      "",
      "WW91ciBtZXNzYWdlIHdhc24ndCBkZWxpdmVyZWQgdG8gY2Fyb2xAcmVjZWl2ZXIuZXhhbXBsZSBiZWNhdXNlIHRoZSBhZGRyZXNzIGNvdWxkbid0IGJlIGZvdW5kLg==",
      "--b1",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; googlemail.com",
      "",
      "Final-Recipient: rfc822; carol@receiver.example",
      "Action: failed",
      "Status: 5.1.1",
      "Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.",
      "--b1--",
      "",
    ].join("\n");
    const p = await parseBounce(message);
    expect(p.format).toBe("dsn");
    expect(p.recipients.map((r) => [r.address, r.status])).toEqual([
      ["carol@receiver.example", "5.1.1"],
    ]);
    // Read as MIME: the base64 part is decoded, the boundaries are gone.
    expect(p.text).toContain("because the address couldn't be found");
    expect(p.text).not.toContain("--b1");
  });

  it("reads a report part written in ISO-2022-JP with no charset (Lotus Domino)", async () => {
    const jis = (s: string) => new Uint8Array(new TextEncoder().encode(s));
    const diagnostic = Buffer.from(
      // "ESC $B" + JIS X 0208 for ディレクトリには見つかりません。 + "ESC (B"
      "1b244225472523256c252f2548256a244b244f382b2444242b246a245e243b247321231b2842",
      "hex",
    );
    const head = jis(
      [
        "From: Postmaster <postmaster@example.co.jp>",
        "To: sender@example.com",
        "Subject: DELIVERY FAILURE",
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
        "",
        "--b1",
        "Content-Type: text/plain",
        "",
        "Your message was not delivered.",
        "--b1",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; mail.example.co.jp",
        "",
        "Final-Recipient: rfc822; neko@example.co.jp",
        "Action: failed",
        "Status: 5.0.0",
        "Diagnostic-Code: X-Notes; Neko (neko@example.co.jp) ",
      ].join("\n"),
    );
    const tail = jis("\n--b1--\n");
    const bytes = new Uint8Array(head.length + diagnostic.length + tail.length);
    bytes.set(head);
    bytes.set(diagnostic, head.length);
    bytes.set(tail, head.length + diagnostic.length);
    const p = await parseBounce(bytes);
    expect(p.recipients[0]?.diagnostic).toContain("ディレクトリには見つかりません");
  });

  it("reads a message given as a string the same as given as bytes", async () => {
    const bytes = fixture("postfix-blocklist.eml");
    const fromText = await parseBounce(bytes.toString("utf8").replace(/\n/g, "\r\n"));
    const fromBytes = await parseBounce(bytes);
    expect(fromText.recipients).toEqual(fromBytes.recipients);
  });
});

describe("parseBounce: human-readable bounces", () => {
  it("finds the recipient of a sending service's bounce event pasted as JSON", async () => {
    const ses = await parseBounce(
      '{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bouncedRecipients":[{"emailAddress":"jane@example.net","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 <jane@example.net>: Recipient address rejected: User unknown"}]},"mail":{"source":"john@contoso.example"}}',
    );
    expect(ses.recipients.map((r) => [r.address, r.replyCode, r.status])).toEqual([
      ["jane@example.net", 550, "5.1.1"],
    ]);
    const sendgrid = await parseBounce(
      '[{"email":"jane@example.net","event":"bounce","reason":"550 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org","status":"5.7.1"}]',
    );
    expect(sendgrid.recipients.map((r) => r.address)).toEqual(["jane@example.net"]);
  });

  it("takes no recipient from a JSON object inside prose, a reply or a bounce that names its own", async () => {
    // A JSON key names an event's recipient only on a line that is JSON.
    const inReply = await parseBounce(
      '550 5.7.1 Rejected by policy for {"email": "alice@example.com"}',
    );
    expect(inReply.recipients.map((r) => r.address)).toEqual([null]);
    const bounce = (payload: string) =>
      parseBounce(
        `<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown\n    (in reply to RCPT TO command)\n\n${payload}\n`,
      );
    // After words on its line, or alone on its line in a bounce whose own line names bob.
    for (const payload of [
      'Your form data: {"email":"alice@example.com","name":"Alice"}',
      '{"email":"alice@example.com","name":"Alice"}',
    ]) {
      const p = await bounce(payload);
      expect(p.recipients.map((r) => [r.address, r.replyCode])).toEqual([["bob@example.org", 550]]);
    }
    // Pretty-printed, a member per line, the key still counts.
    const pretty = await parseBounce(
      '[\n  {\n    "email": "jane@example.net",\n    "event": "bounce",\n    "reason": "550 5.1.1 User unknown"\n  }\n]',
    );
    expect(pretty.recipients.map((r) => r.address)).toEqual(["jane@example.net"]);
  });

  it("reads a sending service's complaint event as a feedback report naming the complainer", async () => {
    // Amazon SES's notificationType "Complaint", as mailed by SNS in sisimai/set-of-emails
    // maildir/bsd/lhost-amazonses-11.eml.
    const p = await parseBounce(
      '{"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":"jane@example.net"}],"complaintFeedbackType":"abuse"},"mail":{"source":"john@contoso.example","destination":["jane@example.net"]}}',
    );
    expect(p.format).toBe("arf");
    expect(p.recipients.map((r) => [r.address, r.action, r.diagnostic])).toEqual([
      ["jane@example.net", null, null],
    ]);
  });

  it("keeps the brackets of the reason and drops only the address's own", async () => {
    const p = await parseBounce(
      "<jane@example.net>: connect to mx.example.net[198.51.100.25]:25: Connection timed out\n\nkim@example.org [User unknown]\n",
    );
    expect(p.recipients.map((r) => r.diagnostic)).toEqual([
      "connect to mx.example.net[198.51.100.25]:25: Connection timed out",
      "User unknown",
    ]);
  });

  it("finds the recipient in Gmail's 'Message blocked' and 'Delivery incomplete' notices", async () => {
    const blocked = await parseBounce(`Message blocked

Your message to jane@example.net has been blocked. See technical details below for more information.

The response from the remote server was:
554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org
`);
    expect(blocked.recipients.map((r) => [r.address, r.action])).toEqual([
      ["jane@example.net", "failed"],
    ]);
    const delayed = await parseBounce(`Delivery incomplete

There was a temporary problem delivering your message to jane@example.net. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.

The response was:
421 4.7.0 Try again later, closing connection.
`);
    expect(delayed.recipients.map((r) => [r.address, r.action])).toEqual([
      ["jane@example.net", "delayed"],
    ]);
  });

  it("takes no header field of the original for a recipient, in any case (Messaging Server's list)", async () => {
    const p =
      await parseBounce(`This report relates to a message you sent with the following header fields:

  Message-id: <0123ABCD@mail.contoso.example>
  Date: Tue, 12 May 2026 09:14:02 +0200
  From: John <john@contoso.example>
  To: jane@example.net
  Subject: Quarterly numbers

Your message cannot be delivered to the following recipients:

  Recipient address: jane@example.net
  Reason: Remote SMTP server has rejected address
  Diagnostic code: smtp;550 5.1.1 <jane@example.net>... User unknown
`);
    expect(p.recipients.map((r) => r.address)).toEqual(["jane@example.net"]);
  });

  it("reads Microsoft 365's NDR as displayed and copied: the sender's address is no recipient", async () => {
    const p = await parseBounce(fixture("office365-ndr-as-displayed.txt").toString("utf8"));
    expect(p.recipients.map((r) => r.address)).toEqual(["jane.doe@example.com"]);
    expect(p.recipients[0]).toMatchObject({ replyCode: 550, status: "5.1.10" });
    // The table's next field ("DSN generated by:    host") is no continuation of the reply.
    expect(p.recipients[0]?.diagnostic).toBe(
      "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    );
  });

  it("reads the error of Microsoft 365's displayed NDR from 'Reported error:' when it has no code", async () => {
    const p = await parseBounce(
      "Original Message Details\nSender Address:    john@contoso.example\nRecipient Address:    jane@example.net\nSubject:    hello\n\nError Details\nReported error:    No MX found for domain\nDSN generated by:    AM0PR01MB1234.eurprd01.prod.exchangelabs.com\n",
    );
    expect(p.recipients.map((r) => [r.address, r.diagnostic])).toEqual([
      ["jane@example.net", "No MX found for domain"],
    ]);
  });

  it("reads a Microsoft 365 NDR with original headers", async () => {
    const p = await parseBounce(fixture("exchange-ndr.txt").toString("utf8"));
    expect(p.generator).toBe("exchange");
    expect(p.recipients).toHaveLength(1);
    expect(p.recipients[0]).toMatchObject({
      address: "alice@contoso.example",
      replyCode: 550,
      status: "5.1.10",
    });
    expect(p.recipients[0]!.diagnostic).toBe(
      "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    );
    expect(p.providerCodes.map((c) => c.code)).toContain("RESOLVER.ADR.RecipientNotFound");
    expect(p.original?.authenticationResults[0]).toContain("spf=pass");
    expect(p.original?.dkimSignatures).toEqual([{ domain: "sender.example", selector: "sel1" }]);
  });

  it("reads an Exim bounce copied with '>' quoting", async () => {
    const p = await parseBounce(fixture("exim-quoted.txt").toString("utf8"));
    expect(p.generator).toBe("exim");
    expect(p.recipients).toEqual([
      expect.objectContaining({
        address: "erin@receiver.example",
        replyCode: 552,
        status: "5.2.2",
        remoteMta: "mx1.receiver.example",
        smtpCommand: "DATA",
      }),
    ]);
    expect(at(p, p.recipients[0]!.spans.address)).toBe("erin@receiver.example");
  });

  it("reads a qmail bounce and the copy of the original below it", async () => {
    const p = await parseBounce(fixture("qmail-plain.txt").toString("utf8"));
    expect(p.generator).toBe("qmail");
    expect(p.reportingMta).toBe("mail.sender.example");
    expect(p.recipients[0]).toMatchObject({
      address: "frank@receiver.example",
      replyCode: 550,
      status: "5.1.1",
    });
    expect(p.original?.from).toBe("bob@sender.example");
  });

  it("reads a bounce pasted as HTML", async () => {
    const html = `<html><body><p>Delivery has failed to these recipients or groups:</p><p><a href="mailto:x@y.example">x@y.example</a></p>
      <p>Remote Server returned &#39;554 5.7.1 Access denied&#39;</p><script>var a = "<p>550 5.1.1</p>";</script></body></html>`;
    const p = await parseBounce(html);
    expect(p.text).not.toContain("<p>");
    expect(p.recipients[0]).toMatchObject({
      address: "x@y.example",
      replyCode: 554,
      status: "5.7.1",
      diagnostic: "554 5.7.1 Access denied",
    });
  });

  it("reads Postfix's wrapped reply as one diagnostic", async () => {
    const text = `<carol@receiver.example>: host mx.receiver.example[192.0.2.10] said: 550 5.7.1
    Message rejected because of unacceptable content (in reply to end of DATA
    command)`;
    const p = await parseBounce(text);
    expect(p.recipients[0]).toMatchObject({
      address: "carol@receiver.example",
      replyCode: 550,
      status: "5.7.1",
      smtpCommand: "DATA",
    });
    expect(p.recipients[0]!.diagnostic).toBe(
      "550 5.7.1 Message rejected because of unacceptable content (in reply to end of DATA command)",
    );
  });

  it("names provider codes of Microsoft, Yahoo and iCloud", async () => {
    const p = await parseBounce(
      "550 5.7.606 Access denied, banned sending IP [192.0.2.5]. (S3150)\n553 5.7.1 [TSS04] Messages from 192.0.2.5 temporarily deferred\n554 5.7.1 [CS01] Message rejected due to local policy",
    );
    expect(p.providerCodes.map((c) => `${c.provider}:${c.code}`)).toEqual([
      "microsoft:5.7.606",
      "microsoft:S3150",
      "yahoo:TSS04",
      "icloud:CS01",
    ]);
  });
});

describe("parseBounce: bad input", () => {
  it("treats empty and whitespace input as empty", async () => {
    for (const input of ["", "   \n\t  ", new Uint8Array(0)]) {
      const p = await parseBounce(input);
      expect(p.format).toBe("empty");
      expect(p.recipients).toEqual([]);
    }
  });

  it("treats binary input as text with a warning", async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const p = await parseBounce(bytes);
    expect(p.format).toBe("text");
    expect(p.warnings.join(" ")).toMatch(/binary/i);
  });

  it("reads a bounded prefix of a 10 MB paste, fast, with a warning", async () => {
    const line = "550 5.1.1 <nobody@example.com>: Recipient address rejected\n";
    const big = line + "x".repeat(10 * 1024 * 1024);
    const t0 = performance.now();
    const p = await parseBounce(big);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(p.warnings.join(" ")).toMatch(/very long/);
    expect(p.recipients[0]?.status).toBe("5.1.1");
  });

  it("reads an HTML page and text with no SMTP code without recipients", async () => {
    for (const input of [
      "<!doctype html><html><head><title>x</title></head><body><h1>Welcome</h1><p>Nothing here.</p></body></html>",
      "Hello, could you tell me why my email did not arrive?",
    ]) {
      const p = await parseBounce(input);
      expect(p.format).toBe("text");
      expect(p.recipients).toEqual([]);
    }
  });

  it("recognises an out-of-office reply", async () => {
    const p = await parseBounce(
      "From: a@example.com\nTo: b@example.com\nSubject: Out of office\nAuto-Submitted: auto-replied\nDate: Mon, 3 Mar 2025 10:00:00 +0000\n\nI am away until Monday.\n",
    );
    expect(p.format).toBe("auto-reply");
  });

  it("reads a non-UTF-8 paste as Windows-1252", async () => {
    const p = await parseBounce(
      Uint8Array.from([...Buffer.from("550 5.2.2 Bo"), 0xee, ...Buffer.from("te pleine")]),
    );
    expect(p.recipients[0]?.diagnostic).toBe("550 5.2.2 Boîte pleine");
    expect(p.warnings.join(" ")).toMatch(/Windows-1252/);
  });
});

describe("parseBounce: recipients named outside the text's reply lines", () => {
  const headers = (extra: string) =>
    `From: Mail Delivery System <mailer-daemon@mx.sender.example>\nTo: alice@sender.example\nDate: Mon, 3 Mar 2025 10:00:00 +0000\n${extra}`;

  it("names the auto-reply's sender as its recipient and keeps it an auto-reply", async () => {
    const p = await parseBounce(
      "From: Bob <bob@example.org>\nTo: a@example.com\nSubject: Out of office\nAuto-Submitted: auto-replied\nDate: Mon, 3 Mar 2025 10:00:00 +0000\n\nI am away until Monday.\n",
    );
    expect(p.format).toBe("auto-reply");
    expect(p.recipients.map((r) => [r.address, r.action])).toEqual([["bob@example.org", null]]);
  });

  it("does not take an address in an auto-reply's own words for a failed recipient", async () => {
    // Layout of sisimai/set-of-emails maildir/bsd/rfc3834-05.eml: a reply that gives a stand-in's
    // address in its body, with no reply code or status anywhere.
    const p = await parseBounce(
      "From: <bob@example.org>\nTo: a@example.com\nSubject: Re: your order\nAuto-Submitted: auto-replied\nDate: Mon, 3 Mar 2025 10:00:00 +0000\n\nIn future please write to\ncarol@example.net\n",
    );
    expect(p.format).toBe("auto-reply");
    expect(p.recipients.map((r) => [r.address, r.action])).toEqual([["bob@example.org", null]]);
  });

  it("reads a bounce marked Auto-Submitted: auto-replied (Exim, Google) as a bounce, recipients from X-Failed-Recipients", async () => {
    const p = await parseBounce(
      headers(
        "Subject: Delivery Status Notification (Failure)\nAuto-Submitted: auto-replied\nX-Failed-Recipients: team@groups.example\n\nThe group you tried to contact may not exist.\n",
      ),
    );
    expect(p.format).not.toBe("auto-reply");
    expect(p.recipients.map((r) => r.address)).toEqual(["team@groups.example"]);
  });

  it("keeps only the text's addresses that X-Failed-Recipients names", async () => {
    const p = await parseBounce(
      headers(
        "Subject: Mail delivery failed\nX-Failed-Recipients: carol@receiver.example\n\nThe following address(es) failed:\n\n  dave@forward.example\n    (generated from carol@receiver.example)\n  carol@receiver.example\n    retry timeout exceeded\n",
      ),
    );
    expect(p.recipients.map((r) => r.address)).toEqual(["carol@receiver.example"]);
  });

  it("lists every Original-Rcpt-To of a feedback report (RFC 5965)", async () => {
    const raw = [
      "From: fbl@isp.example",
      "To: abuse@sender.example",
      "Subject: Abuse Report",
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=feedback-report; boundary="b"',
      "",
      "--b",
      "Content-Type: text/plain",
      "",
      "A complaint.",
      "--b",
      "Content-Type: message/feedback-report",
      "",
      "Feedback-Type: abuse",
      "Version: 1",
      "Original-Rcpt-To: one@isp.example",
      "Original-Rcpt-To: two@isp.example",
      "",
      "--b--",
      "",
    ].join("\r\n");
    const p = await parseBounce(raw);
    expect(p.format).toBe("arf");
    expect(p.recipients.map((r) => [r.address, r.action])).toEqual([
      ["one@isp.example", null],
      ["two@isp.example", null],
    ]);
  });

  it("reads a complaint with no feedback part whose reported message names the complainer (JMRP)", async () => {
    // Microsoft's Junk Mail Reporting Program layout, as in sisimai/set-of-emails
    // maildir/bsd/arf-22.eml: multipart/mixed, the reported message attached, and in its header
    // X-HmXmrOriginalRecipient.
    const raw = [
      "From: staff@hotmail.com",
      "To: abuse@sender.example",
      "Subject: complaint about message from 192.0.2.1",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b"',
      "",
      "--b",
      "Content-Type: message/rfc822",
      "Content-Disposition: inline",
      "",
      "X-HmXmrOriginalRecipient: carol@hotmail.example",
      "From: news@sender.example",
      "To: list@sender.example",
      "Subject: Our news",
      "",
      "Hello.",
      "--b--",
      "",
    ].join("\r\n");
    const p = await parseBounce(raw);
    expect(p.format).toBe("arf");
    expect(p.recipients.map((r) => [r.address, r.action])).toEqual([
      ["carol@hotmail.example", null],
    ]);
  });

  it("reads a report whose MIME boundaries were stripped from its body as written", async () => {
    const p = await parseBounce(
      headers(
        'Subject: Returned mail\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="gone"\n\nReporting-MTA: dns; mx.sender.example\n\nFinal-Recipient: rfc822; carol@receiver.example\nAction: failed\nStatus: 5.1.1\n\nFinal-Recipient: rfc822; dave@receiver.example\nAction: failed\nStatus: 5.2.2\n',
      ),
    );
    expect(p.recipients.map((r) => [r.address, r.status])).toEqual([
      ["carol@receiver.example", "5.1.1"],
      ["dave@receiver.example", "5.2.2"],
    ]);
  });

  it("finds recipients in label lines, address-colon lines and 'delivered to:' wording, not in the original's headers", async () => {
    for (const [body, address] of [
      [
        "Unknown user: carol@receiver.example\nOriginal message follows.\nFrom: alice@sender.example\nTo: carol@receiver.example\n",
        "carol@receiver.example",
      ],
      [
        "    An error has occurred while attempting to deliver a message for\n    the following list of recipients:\n\ncarol@receiver.example: Domain does not exist\n",
        "carol@receiver.example",
      ],
      [
        "Your mail sent on: Thu, 29 Apr 2013 23:45:22 +0900\n     Could not be delivered to: <carol@receiver.example>\n     As their mailbox is full.\n",
        "carol@receiver.example",
      ],
      [
        "The following recipient(s) could not be reached:\n\n      carol@receiver.example on 4/29/01 11:34:45 PM\n            Recipient Not Found\n",
        "carol@receiver.example",
      ],
    ] as const) {
      const p = await parseBounce(headers(`Subject: Undeliverable Mail\n\n${body}`));
      expect(p.recipients.map((r) => r.address)).toEqual([address]);
    }
  });

  it("falls back to the original message's To when a bounce names nobody", async () => {
    const p = await parseBounce(
      headers(
        "Subject: Undeliverable Message\n\nMessage could not be delivered to mobile.\nError: No valid recipients\nOriginal Message:\nFrom: alice@sender.example\nTo: 5550100@mms.receiver.example\nSubject: hi\n\nhello\n",
      ),
    );
    expect(p.recipients.map((r) => r.address)).toEqual(["5550100@mms.receiver.example"]);
  });
});

describe("parseBounce: DSN and reply oddities", () => {
  it("keeps a Sendmail transcript's own '>>>' and '<<<' marks when the bounce is quoted in a reply", async () => {
    const bounce = `   ----- The following addresses had permanent fatal errors -----
<jane@example.net>
    (reason: 554 5.7.1 Message refused as spam)

   ----- Transcript of session follows -----
... while talking to mx.example.net.:
>>> DATA
<<< 554 5.7.1 Message refused as spam
554 5.7.1 <jane@example.net>... Message refused as spam
`;
    const quoted = bounce
      .split("\n")
      .map((l) => `> ${l}`)
      .join("\n");
    const [a, b] = await Promise.all([parseBounce(bounce), parseBounce(quoted)]);
    expect(b.recipients.map((r) => [r.address, r.smtpCommand, r.replyCode])).toEqual(
      a.recipients.map((r) => [r.address, r.smtpCommand, r.replyCode]),
    );
    expect(b.recipients[0]?.smtpCommand).toBe("DATA");
  });

  it.each(["postfix", "sendmail", "exim", "opensmtpd", "courier"])(
    "reads %s's delay warning as delayed from its own words when only its text is pasted",
    async (mta) => {
      const eml = readFileSync(
        new URL(`../knowledge/lab/fixtures/${mta}/delay-warning.eml`, import.meta.url),
      );
      const whole = await parseBounce(eml);
      expect(whole.recipients.every((r) => r.action === "delayed")).toBe(true);
      const shown = readMessage(new Uint8Array(eml)).text;
      const p = await parseBounce(shown);
      expect(p.recipients.length).toBeGreaterThan(0);
      expect(
        p.recipients.every((r) => r.action === "delayed"),
        mta,
      ).toBe(true);
    },
  );

  it("gives a refusal in a pipelined Sendmail transcript to RCPT TO, not to the DATA shown last", async () => {
    const transcript = (
      after: string,
    ) => `   ----- The following addresses had permanent fatal errors -----
<nobody@example.net>
    (reason: 550 5.1.1 <nobody@example.net>... User unknown)

   ----- Transcript of session follows -----
... while talking to mx.example.net.:
>>> DATA
<<< 550 5.1.1 <nobody@example.net>... User unknown
550 5.1.1 <nobody@example.net>... User unknown
${after}
`;
    const pipelined = await parseBounce(transcript("<<< 503 5.0.0 Need RCPT (recipient)"));
    expect(pipelined.recipients[0]?.smtpCommand).toBe("RCPT");
    // Without the 503 for want of a recipient, the reply did answer DATA.
    const data = await parseBounce(transcript(""));
    expect(data.recipients[0]?.smtpCommand).toBe("DATA");
  });

  it("splits per-recipient DSN groups that lack the blank line between them", async () => {
    const p = await parseBounce(
      "Reporting-MTA: dns; mx.sender.example\nFinal-Recipient: rfc822; carol@receiver.example\nAction: failed\nStatus: 5.2.2\nFinal-Recipient: rfc822; dave@receiver.example\nAction: failed\nStatus: 5.1.1\n",
    );
    expect(p.recipients.map((r) => [r.address, r.status])).toEqual([
      ["carol@receiver.example", "5.2.2"],
      ["dave@receiver.example", "5.1.1"],
    ]);
  });

  it('reads a reply code followed by a colon (Yahoo: "550: 5.2.2 ...")', async () => {
    const p = await parseBounce(
      "Sorry, we were unable to deliver your message to the following address.\n\n<carol@receiver.example>:\n550: 5.2.2 <carol@receiver.example>... Mailbox Full\n",
    );
    expect(p.recipients.map((r) => [r.address, r.replyCode, r.status])).toEqual([
      ["carol@receiver.example", 550, "5.2.2"],
    ]);
  });

  it("gives one recipient per Sendmail summary line of a transcript", async () => {
    const p = await parseBounce(
      "   ----- Transcript of session follows -----\nWhile talking to mx.receiver.example:\n>>> MAIL From:<alice@sender.example>\n<<< 501 <alice@sender.example>... refused\n554 <carol@receiver.example>... Remote protocol error\n550 <dave@receiver.example>... User unknown\n",
    );
    expect(p.recipients.map((r) => [r.address, r.replyCode])).toEqual([
      ["carol@receiver.example", 554],
      ["dave@receiver.example", 550],
    ]);
  });
});

describe("parseBounce: sending IP first", () => {
  it("puts the IP that the wording names as the sender's before the others", async () => {
    const p = await parseBounce(
      "Received: from relay.example ([203.0.113.9])\nFrom: MAILER-DAEMON@relay.example\nSubject: Undelivered Mail\n\n<carol@receiver.example>: host mx.receiver.example[198.51.100.7] said: 554 5.7.1\n    Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org\n",
    );
    expect(p.ips[0]).toBe("192.0.2.1");
    expect(p.ips).toEqual(["192.0.2.1", "198.51.100.7"]);
  });
});

describe("parseBounce: reasons without an SMTP reply", () => {
  it("takes the words on the recipient's own line, not the quoted original below", async () => {
    const text =
      "    This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\nsomeone@example.org: No MX found for domain\n\n    Please note that this is only a temporary failure report.\n";
    const p = await parseBounce(text);
    expect(p.recipients[0]).toMatchObject({
      address: "someone@example.org",
      diagnostic: "No MX found for domain",
    });
    expect(at(p, p.recipients[0]!.spans.diagnostic)).toContain("No MX found for domain");
  });

  it("takes a label before the address as the reason, but not a field name", async () => {
    const imail = await parseBounce(
      "Invalid final delivery userid: someone@example.org\n\n\nOriginal message follows.\n\nTo: someone@example.org\n",
    );
    expect(imail.recipients[0]).toMatchObject({
      address: "someone@example.org",
      diagnostic: "Invalid final delivery userid",
    });
    const field = await parseBounce(
      "Error: Invalid user address\n\nMessage details:\n  RCPT TO: someone@example.org\n  Size (in bytes): 222\n",
    );
    expect(field.recipients[0]?.diagnostic).not.toBe("RCPT TO");
  });

  it("reads a labelled reply code on the recipient's line (Zoho: ERROR_CODE :550)", async () => {
    const text =
      "This message was created automatically by mail delivery software.\n\nsomeone@example.org Invalid Address, ERROR_CODE :550, ERROR_CODE :Requested action not taken: mailbox unavailable\n\n\nReceived:from mail.example.com by mx.example.com\n";
    const p = await parseBounce(text);
    expect(p.recipients[0]).toMatchObject({ address: "someone@example.org", replyCode: 550 });
    expect(p.recipients[0]?.diagnostic).toContain("mailbox unavailable");
    expect(p.recipients[0]?.diagnostic).not.toContain("Received");
  });

  it("prefers a failure reply over a number in prose or a success reply", async () => {
    const verizon = await parseBounce(
      "Error: Invalid user address\n\nError message below:\n550 - Requested action not taken: no such user here\n\nMessage details:\n  RCPT TO: someone@vtext.example\n  Size (in bytes): 222\n",
    );
    expect(verizon.recipients[0]?.replyCode).toBe(550);
    const transcript = await parseBounce(
      "Transcript of session follows.\n\n Out: 220 mx.example.com ESMTP\n In:  MAIL\n     FROM:<bounce@example.net>\n Out: 250 2.1.0 Ok\n In:  RCPT TO:<someone@example.org>\n Out: 250 2.1.5 Ok\n In:  DATA\n Out: 354 End data with <CR><LF>.<CR><LF>\n Out: 451 4.3.0 Error: queue file write error\n In:  QUIT\n Out: 221 2.0.0 Bye\n",
    );
    expect(transcript.recipients).toHaveLength(1);
    expect(transcript.recipients[0]).toMatchObject({
      address: "someone@example.org",
      replyCode: 451,
      status: "4.3.0",
    });
  });
});

describe("parseBounce: a DSN pasted as text", () => {
  // The field is found in any case, in a short text (gated by the probe's grams) and a long one.
  const fields = "FINAL-recipient: rfc822; user@example.org\nAction: failed\nStatus: 5.1.1\n";
  for (const [label, text] of [
    ["short", `Reporting-MTA: dns; mx.example.net\n\n${fields}`],
    ["long", `${"Some words of the notice.\n".repeat(300)}\n${fields}`],
  ] as const)
    it(`reads its fields (${label})`, async () => {
      const parsed = await parseBounce(text);
      expect(parsed.format).toBe("dsn");
      expect(parsed.recipients.map((r) => [r.address, r.status])).toEqual([
        ["user@example.org", "5.1.1"],
      ]);
    });
});
