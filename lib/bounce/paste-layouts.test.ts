// Layouts met in real bounces from outside the dev corpus (other bounce parsers' test sets):
// each test is a minimal message written for it, in the layout that was misread.
import { describe, expect, it } from "vitest";
import { parseBounce } from "./parse";

const bytes = (s: string) => new TextEncoder().encode(s.replace(/\n/g, "\r\n"));

/** A multipart report whose human part names the recipient and whose DSN gives only a status. */
const REPORT = [
  "From: postmaster@relay.example",
  "To: sender@example.net",
  "Subject: Delivery Status Notification (Failure)",
  "MIME-Version: 1.0",
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
  "",
  "--b1",
  "Content-Type: text/plain",
  "",
  "Delivery to the following recipients failed.",
  "",
  "       gone@example.org",
  "",
  "--b1",
  "Content-Type: message/delivery-status",
  "",
  "Reporting-MTA: dns;relay.example",
  "",
  "Final-Recipient: rfc822;gone@example.org",
  "Action: failed",
  "Status: 5.1.1",
  "",
  "--b1--",
  "",
].join("\n");

describe("parseBounce: white space before the header block", () => {
  it("reads the MIME structure of a message saved with a blank line and a line of spaces first", async () => {
    const plain = await parseBounce(bytes(REPORT));
    const padded = await parseBounce(bytes("\n" + " ".repeat(40) + "\n" + REPORT));
    expect(padded.recipients).toHaveLength(1);
    expect(padded.recipients[0]!.diagnostic).toBe(plain.recipients[0]!.diagnostic);
    // Read as one body, the boundary line under the address was taken for its words.
    expect(padded.recipients[0]!.diagnostic ?? "").not.toMatch(/^--/);
  });
});

describe("parseBounce: where a recipient's words end", () => {
  it("stops at a qmail-style separator written in another language", async () => {
    const p = await parseBounce(
      [
        "Hi. This is the qmail-send program at mx.example.org.",
        "I'm afraid I wasn't able to deliver your message to the following addresses.",
        "",
        "<full@example.org>:",
        "Mailbox quota usage exceeded. Espacio agotado.",
        "",
        "--- Mensaje original adjunto.",
        "",
      ].join("\n"),
    );
    expect(p.recipients[0]!.diagnostic).toBe("Mailbox quota usage exceeded. Espacio agotado.");
  });

  it("leaves out a Sendmail-style heading framed by rules, keeping the words under it", async () => {
    const p = await parseBounce(
      [
        "   ----- The following addresses had delivery problems -----",
        "someone@example.org",
        "",
        "   ----- Non-delivered information -----",
        "The number of messages in recipient's mailbox exceeded the local limit.",
        "",
      ].join("\n"),
    );
    expect(p.recipients[0]!.diagnostic).toBe(
      "The number of messages in recipient's mailbox exceeded the local limit.",
    );
  });

  it("takes no closing banner framed by asterisks for the words (Trend Micro InterScan)", async () => {
    const p = await parseBounce(
      [
        "From: imss@mail.example.org",
        "To: sender@example.net",
        "Subject: Mail could not be delivered",
        "",
        "****** Message from InterScan Messaging Security Suite ******",
        "",
        "Unable to deliver message to <gone@example.org>.",
        "",
        "************************     End of message     **********************",
        "",
      ].join("\n"),
    );
    expect(p.recipients.map((r) => [r.address, r.diagnostic])).toEqual([
      ["gone@example.org", "Unable to deliver message to <gone@example.org>."],
    ]);
  });

  it("takes no footer a gateway appended after a run of blank lines for the words", async () => {
    const p = await parseBounce(
      [
        "Delivery to the following recipients failed.",
        "",
        "       someone@example.org",
        "",
        "",
        "",
        "",
        "Working together, for you.(sm)",
        "",
      ].join("\n"),
    );
    // The intro says only that delivery failed (NO_REASON_LIST_INTRO): no words at all.
    expect(p.recipients[0]!.diagnostic).toBeNull();
  });

  it("takes no virus scanner's footer under a line of underscores for the words", async () => {
    const p = await parseBounce(
      [
        "Delivery to the following recipients failed.",
        "",
        "       someone@example.org",
        "",
        "",
        "__________ Scanned by ExampleScan, version 1.2 __________",
        "",
        "This message was scanned by the ExampleScan antivirus system",
        "",
      ].join("\n"),
    );
    // The intro says only that delivery failed (NO_REASON_LIST_INTRO): no words at all.
    expect(p.recipients[0]!.diagnostic).toBeNull();
  });
});

describe("parseBounce: a sentence that gives the reason beside the address", () => {
  const notice = (intro: string) =>
    [
      "From: Mail Delivery Subsystem <mailer-daemon@mail.example>",
      "To: sender@example.net",
      "Subject: Delivery Status Notification (Failure)",
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b2"',
      "",
      "--b2",
      "Content-Type: text/plain; charset=UTF-8",
      "",
      "** Address not found **",
      "",
      intro,
      "",
      "Learn more here: https://help.mail.example/nosuchuser",
      "",
      "--b2",
      "Content-Type: message/delivery-status",
      "",
      "Final-Recipient: rfc822; gone@example.org",
      "Action: failed",
      "Status: 5.0.0",
      "",
      "--b2--",
      "",
    ].join("\n");

  it("keeps the sentence as the words when no reply is quoted (Gmail's 'Address not found')", async () => {
    const p = await parseBounce(
      notice(
        "Your message wasn't delivered to gone@example.org because the address couldn't be found, or is unable to receive mail.",
      ),
    );
    expect(p.recipients[0]!.diagnostic).toMatch(
      /^Your message wasn't delivered to gone@example\.org because the address couldn't be found/,
    );
  });

  it("takes the prose below a sentence that only names the address", async () => {
    const p = await parseBounce(
      notice("There was an error delivering your mail to <gone@example.org>."),
    );
    expect(p.recipients[0]!.diagnostic).toBe(
      "Learn more here: https://help.mail.example/nosuchuser",
    );
  });
});

describe("parseBounce: delay warnings in the words of older or unnamed writers", () => {
  it.each([
    "A message that you sent has not yet been delivered to all its\nrecipients after more than 24 hours on the queue.\n\n  later@example.org\n",
    "Your message to:\n\tlater@example.org\nhas not yet been delivered because the recipient server did not respond.\nThis is just a warning, you do not need to take any action.\n",
    "Your message could not be delivered to the following recipients:\nlater@example.org\n\nDelivery attempts will continue to be made for 3 day(s).\n",
    'Delivery of email to this address\n"later@example.org"\nhas been postponed.\nWe will continue to try to deliver your message over the next few days.\n',
  ])("reads the recipient as delayed: %#", async (text) => {
    const p = await parseBounce(text);
    expect(p.recipients.map((r) => [r.address, r.action])).toEqual([
      ["later@example.org", "delayed"],
    ]);
  });
});

describe("parseBounce: a copy of the original under a rule", () => {
  it("takes the recipient from the copy's To when a line of dashes stands between the marker and the copy", async () => {
    const p = await parseBounce(
      [
        "From: Campus Mailserver <MAILER-DAEMON@mail.example>",
        "To: sender@example.net",
        "Subject: Your message could not be delivered.",
        "Content-Type: text/plain",
        "",
        "Your message has reached our server, but this address is no longer valid.",
        "",
        "A summary of the undelivered message you sent follows:",
        "--------------",
        "Subject: Hello",
        "From: sender@example.net",
        "To: gone@example.org",
        "Date: Sat, 22 Apr 2006 10:16:00 -0700",
        "",
      ].join("\n"),
    );
    expect(p.recipients.map((r) => r.address)).toEqual(["gone@example.org"]);
  });
});

describe("parseBounce: a sending service's bounce event in JSON", () => {
  const event =
    '{"notificationType":"Bounce","bounce":{"bouncedRecipients":[{"emailAddress":"jane@example.net","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 <jane@example.net>: User \\"jane\\" unknown"}],"timestamp":"2016-10-21T00:06:40.502Z"},"mail":{"source":"john@example.org"}}';

  it("ends the reply where its JSON string ends, its escapes undone", async () => {
    const p = await parseBounce(event);
    expect(p.recipients.map((r) => [r.address, r.diagnostic])).toEqual([
      ["jane@example.net", '550 5.1.1 <jane@example.net>: User "jane" unknown'],
    ]);
  });

  it("reads the event quoted inside another JSON string (an SNS notification's Message)", async () => {
    const p = await parseBounce(`{"Type":"Notification","Message":${JSON.stringify(event)}}`);
    expect(p.recipients.map((r) => r.address)).toEqual(["jane@example.net"]);
    expect(p.recipients[0]!.diagnostic).toMatch(/^550 5\.1\.1 <jane@example\.net>: User /);
    expect(p.recipients[0]!.diagnostic).not.toContain("timestamp");
  });
});

describe("parseBounce: a reason written above the address, under a heading", () => {
  it("takes the lines above an address under a framed 'Failure Reasons' heading (Lotus Notes)", async () => {
    const p = await parseBounce(
      [
        "------- Failure Reasons  --------",
        "",
        "User  not listed in the address book",
        "gone@example.org",
        "",
        "",
        "------- Returned Message --------",
        "From: sender@example.net",
        "To: gone@example.org",
        "",
      ].join("\n"),
    );
    expect(p.recipients.map((r) => [r.address, r.diagnostic])).toEqual([
      ["gone@example.org", "User not listed in the address book"],
    ]);
  });

  it("reads a heading that introduces the list as the list's intro, without its rules", async () => {
    const p = await parseBounce(
      "   ----- The following addresses had permanent fatal errors -----\ngone@example.org\n",
    );
    expect(p.recipients[0]!.diagnostic).toBe("The following addresses had permanent fatal errors");
  });
});

describe("parseBounce: a Diagnostic-Code with no words", () => {
  it("takes no reply code from an exit status that reads like one", async () => {
    const p = await parseBounce(
      [
        "554 5.3.0 unknown mailer error 255",
        "",
        "Final-Recipient: RFC822; gone@example.jp",
        "Action: failed",
        "Status: 5.0.0",
        "Diagnostic-Code: X-Unix; 255",
        "",
      ].join("\n"),
    );
    expect(p.recipients.map((r) => [r.replyCode, r.status])).toEqual([[554, "5.3.0"]]);
  });

  it("reads the human part's reply in place of a delivery program's exit status", async () => {
    const p = await parseBounce(
      bytes(
        [
          "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.jp>",
          "To: sender@example.net",
          "Subject: Warning: could not send message for past 4 hours",
          "MIME-Version: 1.0",
          'Content-Type: multipart/report; report-type=delivery-status; boundary="b3"',
          "",
          "--b3",
          "",
          "   ----- Transcript of session follows -----",
          "451 4.0.0 Operating system error",
          "",
          "--b3",
          "Content-Type: message/delivery-status",
          "",
          "Final-Recipient: RFC822; later@example.jp",
          "Action: delayed",
          "Status: 4.5.0",
          "Diagnostic-Code: X-Unix; 71",
          "",
          "--b3--",
          "",
        ].join("\n"),
      ),
    );
    expect(p.recipients.map((r) => [r.address, r.replyCode, r.diagnostic])).toEqual([
      ["later@example.jp", 451, "451 4.0.0 Operating system error"],
    ]);
  });
});

describe("parseBounce: a reply that names no address", () => {
  it("takes the recipient from the copy of the original a mail system's notice carries", async () => {
    const p = await parseBounce(
      [
        "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.com>",
        "To: sender@example.co.jp",
        "Subject: Returned mail: Deferred: Connection timed out",
        "",
        "   ----- Transcript of session follows -----",
        "421 example.com (smtp)... Deferred: Connection timed out during user open with example.com",
        "",
        "   ----- Unsent message follows -----",
        "From: sender@example.co.jp",
        "To: later@example.com",
        "Subject: Hello",
        "",
        "Hello",
        "",
      ].join("\n"),
    );
    expect(p.recipients.map((r) => [r.address, r.replyCode])).toEqual([["later@example.com", 421]]);
  });
});

describe("parseBounce: the address named again in a sentence below its list", () => {
  const notice = (details: string) =>
    [
      "      This is an automatically generated Delivery Status Notification.",
      "",
      "Delivery to the following recipients was aborted after 5.0 hour(s):",
      "",
      "  * gone@example.org",
      "",
      "=========================================================",
      "                   Technical details:",
      "",
      details,
      "",
      "=========================================================",
      "",
    ].join("\n");

  it("adds the sentence to the list's intro", async () => {
    const p = await parseBounce(notice("Routing: Could not find a gateway for gone@example.org"));
    expect(p.recipients[0]!.diagnostic).toBe(
      "Delivery to the following recipients was aborted after 5.0 hour(s): Routing: Could not find a gateway for gone@example.org",
    );
  });

  it("takes no header field or list of addresses for such a sentence", async () => {
    const p = await parseBounce(notice("To: other@example.org, gone@example.org"));
    expect(p.recipients[0]!.diagnostic).toBe(
      "Delivery to the following recipients was aborted after 5.0 hour(s):",
    );
  });
});

describe("parseBounce: the charset warning of a message read part by part", () => {
  it("gives no 'not UTF-8' warning when each part was decoded in its own charset", async () => {
    const latin1 = new Uint8Array(
      [
        ...REPORT.replace(
          "Content-Type: text/plain",
          "Content-Type: text/plain; charset=iso-8859-1",
        ).replace(
          "Delivery to the following recipients failed.",
          "Remise impossible aux destinataires suivants (bo\u00eete pleine).",
        ),
      ].map((c) => c.charCodeAt(0)),
    );
    const p = await parseBounce(latin1);
    expect(p.text).toContain("bo\u00eete pleine");
    expect(p.warnings).toEqual([]);
  });
});

describe("parseBounce: a quoted local part", () => {
  it("keeps both quotes of the address", async () => {
    const p = await parseBounce(
      [
        'Final-Recipient: rfc822;"jo.. smith"@example.org',
        "Action: failed",
        "Status: 5.1.1",
        'Diagnostic-Code: smtp; 550 5.1.1 <"jo.. smith"@example.org>... User Unknown',
        "",
      ].join("\n"),
    );
    expect(p.recipients.map((r) => r.address)).toEqual(['"jo.. smith"@example.org']);
  });
});

describe("parseBounce: a delivery-status report's fields pasted alone", () => {
  // Postfix writes its queue id and sender (X-Postfix-Queue-ID, X-Postfix-Sender) among the
  // per-message fields (postfix/src/bounce/bounce_notify_util.c); pasted without the report's
  // blank lines, the block once read as a message header with no body, and no recipient.
  const FIELDS = [
    "Reporting-MTA: dns; smtp1.example.org",
    "X-Postfix-Queue-ID: EB5ED1398",
    "X-Postfix-Sender: rfc822; sender@example.org",
    "Arrival-Date: Wed, 24 Jan 2024 14:00:03 +0100 (CET)",
    "Final-Recipient: rfc822; someone@example.com",
    "Original-Recipient: rfc822;someone@example.com",
    "Action: failed",
    "Status: 5.7.1",
    "Remote-MTA: dns; mx.example.com",
    "Diagnostic-Code: smtp; 554 5.7.1 Spam message rejected",
  ];

  it("reads the recipient and its reply with or without the blank line between the groups", async () => {
    for (const text of [
      FIELDS.join("\n"),
      [...FIELDS.slice(0, 4), "", ...FIELDS.slice(4)].join("\n"),
    ]) {
      const parsed = await parseBounce(text);
      expect(parsed.recipients).toHaveLength(1);
      expect(parsed.recipients[0]).toMatchObject({
        address: "someone@example.com",
        status: "5.7.1",
      });
      expect(parsed.recipients[0]!.diagnostic).toContain("Spam message rejected");
    }
  });

  it("still reads a message whose header holds X- fields as a message", async () => {
    const parsed = await parseBounce(bytes(REPORT));
    expect(parsed.recipients[0]!.address).toBe("gone@example.org");
  });
});

describe("parseBounce: a report pasted as text and cut short after its first group", () => {
  // Review 27: a thread quoted a bounce whose notice names two refused recipients; the quote
  // ends before the report's second group. Both recipients stay.
  const notice = (report: string) =>
    [
      "Your message could not be delivered to the following recipients:",
      "",
      "<ann@example.org> (host 'mx.example.org' rejected command 'DATA' with code 550 'Service unavailable; Client host [192.0.2.9] blocked')",
      "<bob@example.org> (host 'mx.example.org' rejected command 'DATA' with code 550 'Service unavailable; Client host [192.0.2.9] blocked')",
      "",
      "Reporting-MTA: dns;mail.example.net",
      "",
      report,
    ].join("\n");
  const ann = [
    "Final-Recipient: rfc822;ann@example.org",
    "Action: failed",
    "Status: 5.5.0",
    "Diagnostic-Code: smtp;550 Service unavailable; Client host [192.0.2.9] blocked",
  ].join("\n");

  it("keeps the recipient the notice names refused and the cut report lacks", async () => {
    const p = await parseBounce(notice(ann));
    expect(p.recipients.map((r) => [r.address, r.replyCode])).toEqual([
      ["ann@example.org", 550],
      ["bob@example.org", 550],
    ]);
  });

  it("adds nothing when the report names both", async () => {
    const bob = ann.replace(/ann@/g, "bob@");
    const p = await parseBounce(notice(`${ann}\n\n${bob}`));
    expect(p.recipients.map((r) => r.address)).toEqual(["ann@example.org", "bob@example.org"]);
  });
});
