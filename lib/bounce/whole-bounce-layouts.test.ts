// Layouts of whole real bounces kept as other bounce parsers' test data (flufl.bounce
// tests/data, Mail-DeliveryStatus-BounceParser t/corpus) where the parser read nothing, or read
// the writer's boilerplate as the reason, or kept only the code of a reply. Each test is a
// minimal message written for it in that layout; none is a copy of those files.
import { describe, expect, it } from "vitest";
import { parseBounce } from "./parse";
import { extractIps } from "./extract";
import { findSmtpReplies } from "./smtp-reply";

const notice = (body: string[]) =>
  [
    "From: MAILER-DAEMON@mx.example.net",
    "To: sender@example.org",
    "Subject: Returned mail",
    "",
    ...body,
    "",
  ].join("\n");

describe("a reply code set in brackets after the refusal's words", () => {
  it("keeps the words before '[SMTP Error Code 550]' (Road Runner's notice)", async () => {
    const parsed = await parseBounce(
      notice([
        "------ Failed Recipients ------",
        "<gone@example.net>: Requested action not taken: mailbox unavailable. [SMTP Error Code 550]",
        "-------- Returned Mail --------",
        "Received: from relay.example.org by mx.example.net; Wed, 20 Nov 2002 19:58:47 -0500",
      ]),
    );
    expect(parsed.recipients).toHaveLength(1);
    const [r] = parsed.recipients;
    expect(r!.address).toBe("gone@example.net");
    expect(r!.replyCode).toBe(550);
    expect(r!.diagnostic).toBe("Requested action not taken: mailbox unavailable. 550");
  });

  it("keeps the words before '(550 Relay Disabled)'", () => {
    const [reply] = findSmtpReplies("RELAYING NOT ALLOWED (550 Relay Disabled)");
    expect(reply!.lead).toBe("RELAYING NOT ALLOWED");
    expect(reply!.text).toBe("Relay Disabled");
  });

  it("does not take words that introduce the bracket, nor a reporting MTA's wrapper, as the reply's", () => {
    const [intro] = findSmtpReplies("It responded as follows: [550 5.1.1 User unknown]");
    expect(intro!.lead).toBe("");
    const [said] = findSmtpReplies(
      "host mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)",
    );
    expect(said!.lead).toBe("");
    // A code alone in brackets stays a mention, not a reply (smtp-reply.ts, enclosed()).
    expect(findSmtpReplies("Mailbox full (552)")).toHaveLength(0);
  });
});

describe("a list's boilerplate is not a recipient's reason", () => {
  it("reads no reason from qmail-send's preamble over an address with no words under it", async () => {
    const parsed = await parseBounce(
      notice([
        "Hi. This is the qmail-send program at mx.example.net.",
        "I'm afraid I wasn't able to deliver your message to the following addresses.",
        "This is a permanent error; I've given up. Sorry it didn't work out.",
        "",
        "<gone@example.net>:",
        "",
        "--- Below this line is a copy of the message.",
        "",
        "Return-Path: <sender@example.org>",
      ]),
    );
    expect(parsed.recipients).toHaveLength(1);
    expect(parsed.recipients[0]!.address).toBe("gone@example.net");
    expect(parsed.recipients[0]!.diagnostic).toBeNull();
  });

  it("still reads qmail's reason under the address, across a blank line", async () => {
    const parsed = await parseBounce(
      notice([
        "Hi. This is the qmail-send program at mx.example.net.",
        "I'm afraid I wasn't able to deliver your message to the following addresses.",
        "This is a permanent error; I've given up. Sorry it didn't work out.",
        "",
        "<list@example.net>:",
        "",
        "ezmlm-reject: fatal: Sorry, I don't accept message with empty Subject (#5.7.0)",
        "",
        "--- Below this line is a copy of the message.",
      ]),
    );
    expect(parsed.recipients[0]!.diagnostic).toContain("empty Subject");
  });

  it("keeps an intro whose sentences give a reason besides the preamble", async () => {
    const parsed = await parseBounce(
      notice([
        "Hi. This is the qmail-send program at mx.example.net.",
        "I'm afraid I wasn't able to deliver your message to the following addresses.",
        "The remote host refused the connection.",
        "",
        "<gone@example.net>:",
        "",
        "--- Below this line is a copy of the message.",
      ]),
    );
    expect(parsed.recipients[0]!.diagnostic).toContain("refused the connection");
  });

  it("reads no reason from a label that names the list or the field", async () => {
    const listed = await parseBounce(
      notice(["Did not reach the following recipient: gone@example.net", ""]),
    );
    expect(listed.recipients[0]!.address).toBe("gone@example.net");
    expect(listed.recipients[0]!.diagnostic).toBeNull();
    const intended = await parseBounce(
      notice([
        "Intended recipient: gone@example.net",
        "",
        "The message could not be delivered because the mailbox is full.",
      ]),
    );
    expect(intended.recipients[0]!.diagnostic).toBe(
      "The message could not be delivered because the mailbox is full.",
    );
  });

  it("reads no reason from a ruled 'Message not delivered to the following addresses:'", async () => {
    const parsed = await parseBounce(
      notice([
        " --------Message not delivered to the following addresses:",
        "            gone@example.net",
        " --------Error Detail:",
      ]),
    );
    expect(parsed.recipients[0]!.address).toBe("gone@example.net");
    expect(parsed.recipients[0]!.diagnostic).toBeNull();
  });
});

describe("a list of account names without a domain", () => {
  const aol = (reason: string) =>
    notice([
      `Your mail to the following recipients could not be delivered because they are ${reason}:`,
      "\tsomescreenname",
      "",
    ]);

  it("reads the intro's reason for one recipient with no address", async () => {
    const parsed = await parseBounce(aol("not accepting mail with attachments or embedded images"));
    expect(parsed.recipients).toHaveLength(1);
    expect(parsed.recipients[0]!.address).toBeNull();
    expect(parsed.recipients[0]!.action).toBe("failed");
    expect(parsed.recipients[0]!.diagnostic).toContain("not accepting mail with attachments");
  });

  it("makes no recipient from an indented name under a text that is no list's intro", async () => {
    const parsed = await parseBounce(notice(["Here are the notes from today:", "\tagenda", ""]));
    expect(parsed.recipients).toHaveLength(0);
  });
});

/** An Exim bounce as its test suite's messages are laid out: text part, DSN part, original. */
const eximReport = (listed: string[], dsn: string[]) =>
  [
    "From: Mail Delivery System <Mailer-Daemon@mx.example.net>",
    "To: sender@example.org",
    "Subject: Mail delivery failed: returning message to sender",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="x1"',
    "",
    "--x1",
    "Content-type: text/plain; charset=us-ascii",
    "",
    "This message was created automatically by mail delivery software.",
    "",
    "A message that you sent could not be delivered to one or more of its",
    "recipients. This is a permanent error. The following address(es) failed:",
    "",
    ...listed,
    "",
    "--x1",
    "Content-type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.net",
    "",
    ...dsn,
    "",
    "--x1--",
    "",
  ].join("\n");

describe("Exim's own text", () => {
  it("reads no reason from Exim's preamble over an address with no words under it", async () => {
    const parsed = await parseBounce(
      eximReport(
        ["  gone@example.net"],
        ["Action: failed", "Final-Recipient: rfc822;gone@example.net", "Status: 5.0.0"],
      ),
    );
    expect(parsed.recipients).toHaveLength(1);
    expect(parsed.recipients[0]!.diagnostic).toBeNull();
  });

  it("gives the DSN's recipient the reason under the address it was generated from, up to the next item", async () => {
    const parsed = await parseBounce(
      eximReport(
        [
          "  target@example.net",
          "    (generated from alias@example.org)",
          "    Unrouteable address",
          "  an undisclosed address",
          "    (generated from hidden@example.org)",
        ],
        [
          "Action: failed",
          "Final-Recipient: rfc822;hidden@example.org",
          "Status: 5.0.0",
          "",
          "Action: failed",
          "Final-Recipient: rfc822;alias@example.org",
          "Status: 5.0.0",
        ],
      ),
    );
    const byAddress = new Map(parsed.recipients.map((r) => [r.address, r.diagnostic]));
    expect(byAddress.get("alias@example.org")).toBe("Unrouteable address");
    expect(byAddress.get("hidden@example.org")).toBeNull();
  });
});

describe("a reason written above the address", () => {
  it("reads the paragraph under 'due to the following reason:', not the footer under the address", async () => {
    const parsed = await parseBounce(
      notice([
        "This Message was undeliverable due to the following reason:",
        "",
        "The user(s) account is temporarily over quota.",
        "",
        "<gone@example.net>",
        "",
        "The following websites may contain more information to assist you:",
        "",
        "http://help.example.net/mail",
        "",
        "Please do not reply to this message, as it will go to an unread",
        "mailbox",
      ]),
    );
    expect(parsed.recipients).toHaveLength(1);
    expect(parsed.recipients[0]!.diagnostic).toBe("The user(s) account is temporarily over quota.");
  });

  it("keeps the words under the address when they give the reason", async () => {
    const parsed = await parseBounce(
      notice([
        "This Message was undeliverable due to the following reason:",
        "",
        "Each of the following recipients was rejected by a remote mail server.",
        "",
        "    Recipient: <gone@example.net>",
        "    Reason:    Address rejected",
      ]),
    );
    expect(parsed.recipients[0]!.diagnostic).toContain("Address rejected");
  });
});

describe("Sendmail's DSN that copies only a reply's first line", () => {
  const sendmail = (diagnostic: string) =>
    [
      "From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.org>",
      "To: sender@example.org",
      "Subject: Returned mail: see transcript for details",
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="s1"',
      "",
      "--s1",
      "",
      "   ----- The following addresses had permanent fatal errors -----",
      "<gone@example.net>",
      "    (reason: 550-5.7.1 This message was refused because it looks like)",
      "",
      "   ----- Transcript of session follows -----",
      "... while talking to mx.example.net.:",
      ">>> DATA",
      "<<< 550-5.7.1 This message was refused because it looks like",
      "<<< 550-5.7.1 unsolicited bulk mail. Please see",
      "<<< 550 5.7.1 https://mx.example.net/policy for more.",
      "554 5.0.0 Service unavailable",
      "",
      "--s1",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; relay.example.org",
      "",
      "Final-Recipient: RFC822; gone@example.net",
      "Action: failed",
      "Status: 5.7.1",
      "Remote-MTA: DNS; mx.example.net",
      `Diagnostic-Code: SMTP; ${diagnostic}`,
      "",
      "--s1--",
      "",
    ].join("\n");

  it("reads the whole reply from the transcript", async () => {
    const parsed = await parseBounce(
      sendmail("550-5.7.1 This message was refused because it looks like"),
    );
    expect(parsed.recipients[0]!.diagnostic).toBe(
      "550 5.7.1 This message was refused because it looks like unsolicited bulk mail. Please see https://mx.example.net/policy for more.",
    );
  });

  it("keeps a Diagnostic-Code that holds the whole reply", async () => {
    const parsed = await parseBounce(sendmail("550 5.7.1 Refused by local policy"));
    expect(parsed.recipients[0]!.diagnostic).toBe("550 5.7.1 Refused by local policy");
  });
});

describe("where the returned message starts", () => {
  it("ends the reason at Demon's 'Here is a copy of the first part of the message'", async () => {
    const parsed = await parseBounce(
      notice([
        "The following message, addressed to 'gone@example.net',",
        "failed because it has not been collected after 30 days",
        "",
        "Here is a copy of the first part of the message, including",
        "all headers.",
        "",
        "---- START OF RETURNED MESSAGE ----",
        "Received: from relay.example.org by mailstore.example.net",
      ]),
    );
    expect(parsed.recipients[0]!.address).toBe("gone@example.net");
    expect(parsed.recipients[0]!.diagnostic).toBe(
      "failed because it has not been collected after 30 days",
    );
  });

  it("reads qmail's preamble without its host as no reason either", async () => {
    const parsed = await parseBounce(
      notice([
        "Hi. This is the qmail-send program.",
        "I'm afraid I wasn't able to deliver your message to the following addresses.",
        "This is a permanent error; I've given up. Sorry it didn't work out.",
        "",
        "<gone@example.net>:",
        "",
        "--- Below this line is a copy of the message.",
      ]),
    );
    expect(parsed.recipients[0]!.diagnostic).toBeNull();
  });
});

describe("message/global-delivery-status (RFC 6533)", () => {
  const globalDsn = (fields: string[]) =>
    [
      "From: Mail Delivery System <postmaster@mx.example.net>",
      "To: <sender@example.org>",
      "Subject: Mail delivery failed: returning message to sender",
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="g1"',
      "",
      "--g1",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Delivery of your message to the following recipient(s) failed permanently:",
      "",
      "  - list@example.net",
      "",
      "--g1",
      "Content-Type: message/global-delivery-status",
      "",
      "Reporting-MTA: dns; mx.example.net",
      "",
      ...fields,
      "",
      "--g1--",
      "",
    ].join("\n");

  it("reads a utf-8 typed Final-Recipient as an address, as an rfc822 one is", async () => {
    const parsed = await parseBounce(
      globalDsn([
        "Original-Recipient: rfc822; alias@example.org",
        "Final-Recipient: utf-8; list@example.net",
        "Action: failed",
        "Status: 5.0.0",
        "Diagnostic-Code: smtp; exit status 1",
      ]),
    );
    // The sender's address leads (RFC 3464 §2.3.1); the utf-8 final one is read and kept.
    expect(parsed.recipients.map((r) => [r.address, r.finalAddress])).toEqual([
      ["alias@example.org", "list@example.net"],
    ]);
  });

  it("takes Original-Recipient's address over a Final-Recipient that names a local program", async () => {
    const parsed = await parseBounce(
      globalDsn([
        "Original-Recipient: utf-8; list@example.net",
        "Final-Recipient: utf-8; false",
        "Action: failed",
        "Status: 5.0.0",
        "Diagnostic-Code: smtp; exit status 1",
      ]),
    );
    expect(parsed.recipients.map((r) => r.address)).toEqual(["list@example.net"]);
  });
});

describe("DSN fields as Gmail and Zoho write them", () => {
  const dsn = (fields: string[]) =>
    [
      "From: Mail Delivery Subsystem <mailer-daemon@mx.example.org>",
      "To: sender@example.org",
      "Subject: Delivery Status Notification (Failure)",
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="d1"',
      "",
      "--d1",
      "Content-Type: text/plain",
      "",
      "Your message wasn't delivered.",
      "",
      "--d1",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; mx.example.org",
      "",
      ...fields,
      "",
      "--d1--",
      "",
    ].join("\n");

  it("reads the host of a Remote-MTA that a comment follows", async () => {
    const parsed = await parseBounce(
      dsn([
        "Final-Recipient: rfc822; gone@example.net",
        "Action: failed",
        "Status: 5.1.1",
        "Remote-MTA: dns; mx1.example.net. (192.0.2.1, the server for the domain example.net.)",
        "Diagnostic-Code: smtp; 550 5.1.1 <gone@example.net>: User unknown",
      ]),
    );
    expect(parsed.recipients[0]!.remoteMta).toBe("mx1.example.net");
  });

  it("drops the status a folded status-first Diagnostic-Code repeats on each line", async () => {
    const parsed = await parseBounce(
      dsn([
        "Final-Recipient: rfc822; gone@example.net",
        "Action: failed",
        "Status: 5.2.1",
        "Diagnostic-Code: 5.2.1 The account that you tried to reach is disabled. Learn more at",
        "\t\t\t5.2.1  https://help.example.net/disabled",
      ]),
    );
    expect(parsed.recipients[0]!.diagnostic).toBe(
      "5.2.1 The account that you tried to reach is disabled. Learn more at https://help.example.net/disabled",
    );
  });
});

describe("software versions in Received fields", () => {
  it("are no IP addresses", () => {
    expect(extractIps("\tby relay.example.net (ecelerity 2.2.3.46 r()) with ESMTP")).toEqual([]);
    expect(extractIps("(ecelerity 3.5.1.37854 r(Momo-dev:3.5.1.0)) with ESMTP")).toEqual([]);
    expect(
      extractIps(
        "from a.example.org (192.0.2.25) by b.example.org with Microsoft SMTP Server (TLS) id 14.3.123.3;",
      ),
    ).toEqual(["192.0.2.25"]);
  });

  it("leave an address after other words alone", () => {
    expect(
      extractIps("Received: from mx.example.org (mx.example.org [192.0.2.7]) by relay id 4Xk2"),
    ).toEqual(["192.0.2.7"]);
    expect(extractIps("designates 192.0.2.8 as permitted sender")).toEqual(["192.0.2.8"]);
  });
});

describe("Sendmail's '(reason: ...)' under a failed address", () => {
  const sendmailText = (reason: string, summary: string) =>
    notice([
      "   ----- The following addresses had permanent fatal errors -----",
      "gone@example.net",
      `    (reason: ${reason})`,
      "    (expanded from: <Gone@example.org>)",
      "",
      "   ----- Transcript of session follows -----",
      "... while talking to mx.example.net.:",
      ">>> DATA",
      `<<< ${reason}`,
      summary,
      "<<< 503 RCPT first (#5.5.1)",
    ]);

  it("outranks Sendmail's summary line of another code, and ends at its bracket", async () => {
    const parsed = await parseBounce(
      sendmailText(
        "553 Sender Policy Framework (SPF) fail",
        "550 5.1.1 gone@example.net... User unknown",
      ),
    );
    expect(parsed.recipients).toHaveLength(1);
    expect(parsed.recipients[0]!.replyCode).toBe(553);
    expect(parsed.recipients[0]!.diagnostic).toBe("553 Sender Policy Framework (SPF) fail");
  });

  it("gives way to a reply of the same code that adds a status", async () => {
    const parsed = await parseBounce(
      sendmailText("550 Host unknown", "550 5.1.2 gone@example.net... Host unknown"),
    );
    expect(parsed.recipients[0]!.status).toBe("5.1.2");
  });
});

describe("Exchange 5.5's recipient line", () => {
  it("keeps the time of a wrapped date out of the reason", async () => {
    const parsed = await parseBounce(
      notice([
        "did not reach the following recipient(s):",
        "",
        "c=US;a= ;p=Example;o=Site;dda:SMTP=gone@example.net; on Fri, 4 Oct 2002",
        "17:12:28 -0400",
        "    The recipient name is not recognized",
        "",
      ]),
    );
    expect(parsed.recipients[0]!.address).toBe("gone@example.net");
    expect(parsed.recipients[0]!.diagnostic).toBe("The recipient name is not recognized");
  });
});

describe("Exim's text from a local delivery, given once for several addresses", () => {
  it("gives the text to every address named over it", async () => {
    const parsed = await parseBounce(
      notice([
        "This message was created automatically by mail delivery software.",
        "",
        "A message that you sent could not be delivered to one or more of its",
        "recipients. This is a permanent error. The following address(es) failed:",
        "",
        "  first@example.net",
        "  second@example.net",
        "  third@example.net",
        "",
        "The following text was generated during the delivery attempts:",
        "",
        "------ first@example.net ------",
        "",
        "filter: mailbox over its size limit",
        "",
        "------ second@example.net ------",
        "------ third@example.net ------",
        "",
        "filter: no such list",
        "",
      ]),
    );
    expect(parsed.recipients.map((r) => [r.address, r.diagnostic])).toEqual([
      ["first@example.net", "filter: mailbox over its size limit"],
      ["second@example.net", "filter: no such list"],
      ["third@example.net", "filter: no such list"],
    ]);
  });
});

describe("a recipient that only the returned message names", () => {
  const withOriginal = (body: string[]) =>
    notice([
      ...body,
      "",
      "Original message as received is as follows:",
      "Received: from relay.example.org by mx.example.net; Sun, 27 May 2001 14:21:25 -0700",
      "From: sender@example.org",
      "To: gone@example.net",
      "Subject: hello",
    ]).replace("Subject: Returned mail", "Subject: Returned mail: User unknown");

  it("reads the sentence of the notice that names its address", async () => {
    const parsed = await parseBounce(
      withOriginal([
        "The address to which your message was addressed, gone@example.net, did not",
        "match any address of this site. Please check it.",
      ]),
    );
    expect(parsed.recipients.map((r) => r.address)).toEqual(["gone@example.net"]);
    expect(parsed.recipients[0]!.diagnostic).toBe(
      "The address to which your message was addressed, gone@example.net, did not match any address of this site.",
    );
  });

  it("reads no reason from a line that only names the address and where it came from", async () => {
    const parsed = await parseBounce(
      withOriginal(["  an undisclosed address", "    (generated from gone@example.net)"]),
    );
    expect(parsed.recipients.map((r) => r.address)).toEqual(["gone@example.net"]);
    expect(parsed.recipients[0]!.diagnostic).toBeNull();
  });
});
