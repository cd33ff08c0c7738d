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

  it("names the recipient as the sender wrote it (Original-Recipient), the final address kept as a detail", async () => {
    // RFC 3464 §2.3.1: Original-Recipient is the address "as specified by the sender"; the
    // internal mailbox it was delivered to is no address the sender can act on (review 26).
    const p = await parseBounce(
      dsn(
        "Final-Recipient: rfc822; box@mail.example.org\nOriginal-Recipient: rfc822; user@example.org\nAction: failed\nStatus: 5.2.2",
      ),
    );
    expect(p.recipients.map((r) => [r.address, r.finalAddress])).toEqual([
      ["user@example.org", "box@mail.example.org"],
    ]);
    const span = p.recipients[0]!.spans.address!;
    expect(p.text.slice(span.start, span.end)).toBe("user@example.org");
  });

  it("keeps Final-Recipient when Original-Recipient names the same address or none usable", async () => {
    const same = await parseBounce(
      dsn(
        "Final-Recipient: rfc822; user@example.org\nOriginal-Recipient: rfc822; rfc822;user@example.org\nAction: failed\nStatus: 5.2.2",
      ),
    );
    expect(same.recipients.map((r) => [r.address, r.finalAddress])).toEqual([
      ["user@example.org", undefined],
    ]);
    const route = await parseBounce(
      dsn(
        "Final-Recipient: rfc822; user@example.org\nOriginal-Recipient: rfc822; user@sims-ms-daemon\nAction: failed\nStatus: 5.2.2",
      ),
    );
    expect(route.recipients.map((r) => r.address)).toEqual(["user@example.org"]);
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
    "--- Enclosed are the original headers of the message.",
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

describe("recipient lines of older and smaller writers", () => {
  const cases: [string, string[], string, string | null][] = [
    [
      "a bulleted indented address",
      ["Delivery to the following recipients failed permanently:", "", "   * user@example.org"],
      "user@example.org",
      null,
    ],
    [
      "an indented address with its reason in parentheses",
      [
        "The message that you sent was undeliverable to the following:",
        "\tuser@example.org (user not found)",
      ],
      "user@example.org",
      "user not found",
    ],
    [
      "an address ending its line with a colon, the reason below",
      ["The following addresses failed:", "", "user@example.org:", "  quota exceeded"],
      "user@example.org",
      "quota exceeded",
    ],
    [
      "an address, a dash and the reason",
      [
        "user@example.org - no such user here.",
        "",
        "There is no user by that name at this server.",
      ],
      "user@example.org",
      "no such user here",
    ],
    [
      "a quoted address alone on its line",
      ["Delivery of email to this address", "", '"user@example.org"', "", "has failed."],
      "user@example.org",
      null,
    ],
    [
      "a quoted display name and the address",
      [
        "The email below could not be delivered to the following user:",
        "",
        '"User" <user@example.org>',
      ],
      "user@example.org",
      null,
    ],
    [
      "'undeliverable to' and the address",
      ["undeliverable  to user@example.org", "", "", "Original message follows."],
      "user@example.org",
      null,
    ],
    [
      "'addressed to' and the address in quotes",
      [
        "The following message, addressed to 'user@example.org',",
        "failed because it has not been collected after 30 days",
      ],
      "user@example.org",
      null,
    ],
    [
      "'unable to deliver your message to' and the address",
      [
        "Sorry, unable to deliver your message to user@example.org for",
        "the following reason:",
        "",
        " 550 unknown user",
      ],
      "user@example.org",
      null,
    ],
    [
      "Mail.Ru's 'Local mailbox <address> is unavailable' line",
      [
        "A message that you sent was rejected by the local scanning code that",
        "checks incoming messages on this system. The following error was given:",
        "",
        "  Message was not accepted -- invalid mailbox.",
        " Local mailbox user@example.org is unavailable: user not found",
      ],
      "user@example.org",
      "Local mailbox is unavailable: user not found",
    ],
    [
      "Smail's address, a blank and the dots",
      ["Failed addresses follow:", " user@example.org ... unknown host"],
      "user@example.org",
      "unknown host",
    ],
  ];
  for (const [name, lines, address, diagnostic] of cases)
    it(`reads ${name}`, async () => {
      const p = await parseBounce(lines.join("\n"));
      expect(p.recipients.map((r) => r.address)).toEqual([address]);
      if (diagnostic) expect(p.recipients[0]!.diagnostic).toBe(diagnostic);
    });

  it("does not take a contact address under the failed one for a recipient", async () => {
    const p = await parseBounce(
      [
        "Undeliverable Address: user@example.org",
        "Reason: the recipient is over disk quota.",
        "System Contact: postmaster@example.org",
      ].join("\n"),
    );
    expect(p.recipients.map((r) => r.address)).toEqual(["user@example.org"]);
  });
});

describe("the sender's address in a bounce's own text", () => {
  it("is not a recipient when the line above says the message was sent by it", async () => {
    const p = await parseBounce(
      [
        "This message was created automatically by mail delivery software.",
        "",
        "A message sent by",
        "",
        "  <sender@example.com>",
        "",
        "could not be delivered to one or more of its recipients. The following",
        "address(es) failed:",
        "",
        "  user@example.org",
        "    all hosts have been failing for a long time",
      ].join("\n"),
    );
    expect(p.recipients.map((r) => r.address)).toEqual(["user@example.org"]);
  });
});

describe("a bounce that names its recipient only in the quoted original", () => {
  const bounce = (original: string[]) =>
    [
      "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>",
      "To: list-bounces@lists.example.com",
      "Subject: Returned mail",
      "",
      " --------Message not delivered to the following:",
      "",
      " user    No matches to nameserver query",
      "",
      " --------Unsent Message below:",
      "",
      ...original,
      "",
      "Body.",
    ].join("\n");

  it("takes a list copy's envelope recipient from its Received field, not the list in To", async () => {
    const p = await parseBounce(
      bounce([
        "Received: from lists.example.com by mx.example.org (8.8.8/8.8.8) with ESMTP id AA1",
        "\tfor <user@example.org>; Tue, 26 Dec 2000 13:26:17 -0500",
        "From: list-request@lists.example.com",
        "To: list@lists.example.com",
        "List-Id: The list <list.lists.example.com>",
        "Subject: List digest",
      ]),
    );
    expect(p.recipients.map((r) => r.address)).toEqual(["user@example.org"]);
  });

  it("names nobody rather than the list when no Received field names the recipient", async () => {
    const p = await parseBounce(
      bounce([
        "From: list-request@lists.example.com",
        "To: list@lists.example.com",
        "List-Post: <mailto:list@lists.example.com>",
      ]),
    );
    expect(p.recipients.map((r) => r.address)).toEqual([]);
  });

  it("still takes the To of a message that is no list's copy", async () => {
    const p = await parseBounce(bounce(["From: sender@example.com", "To: user@example.org"]));
    expect(p.recipients.map((r) => r.address)).toEqual(["user@example.org"]);
  });
});

describe("Exchange 5.5's X.400 recipient line", () => {
  it("reads the SMTP address inside it and the reason below", async () => {
    const p = await parseBounce(
      [
        "Your message",
        "",
        "  To:      list@lists.example.com",
        "  Subject: Results",
        "",
        "did not reach the following recipient(s):",
        "",
        "c=US;a= ;p=Example;o=Site;dda:SMTP=USER@EXAMPLE.ORG; on Fri, 4 Oct 2002",
        "17:12:28 -0400",
        "    The recipient name is not recognized",
      ].join("\n"),
    );
    expect(p.recipients.map((r) => r.address)).toEqual(["USER@example.org"]);
    expect(p.recipients[0]!.diagnostic).toContain("The recipient name is not recognized");
  });
});

describe("a DSN whose Status gives only the class", () => {
  it("takes the more specific status of the remote reply quoted in the human part", async () => {
    const p = await parseBounce(
      dsn(
        "Action: failed\nFinal-Recipient: rfc822;user@example.org\nStatus: 5.0.0",
        [
          "This message was created automatically by mail delivery software.",
          "",
          "  user@example.org",
          "    host mx.example.org [192.0.2.25]",
          "    SMTP error from remote mail server after RCPT TO:<user@example.org>:",
          "    550 5.1.1 <user@example.org>: Recipient address rejected: User unknown",
        ].join("\n"),
      ),
    );
    expect(p.recipients.map((r) => [r.address, r.replyCode, r.status])).toEqual([
      ["user@example.org", 550, "5.1.1"],
    ]);
    const span = p.recipients[0]!.spans.status!;
    expect(p.text.slice(span.start, span.end)).toBe("5.1.1");
  });

  it("keeps a specific Status field", async () => {
    const p = await parseBounce(
      dsn(
        "Action: failed\nFinal-Recipient: rfc822;user@example.org\nStatus: 5.2.2",
        "  user@example.org\n    550 5.1.1 <user@example.org>: User unknown",
      ),
    );
    expect(p.recipients[0]!.status).toBe("5.2.2");
  });
});

describe("Postfix's wrapped reply lines", () => {
  const report = (lines: string[]) =>
    [
      "This is the mail system at host mx.example.net.",
      "",
      "                   The mail system",
      "",
      ...lines,
    ].join("\n");

  it("do not make an address the server quotes on a continuation line a recipient", async () => {
    const p = await parseBounce(
      report([
        "<user@example.org>: host",
        "    mx.example.org[192.0.2.25] said: 553 5.1.8",
        "    <sender@example.com>... Domain of sender address",
        "    sender@example.com does not exist (in reply to MAIL FROM",
        "    command)",
      ]),
    );
    expect(
      p.recipients.map((r) => [r.address, r.replyCode, r.status, r.remoteMta, r.smtpCommand]),
    ).toEqual([["user@example.org", 553, "5.1.8", "mx.example.org", "MAIL"]]);
  });

  it("keep a second recipient written as far left as the first", async () => {
    const p = await parseBounce(
      report([
        "user1@example.org: 550 5.2.2 <user1@example.org>... Mailbox Full",
        "user2@example.org: 550 5.1.1 <user2@example.org>... User Unknown",
      ]),
    );
    expect(p.recipients.map((r) => r.address)).toEqual(["user1@example.org", "user2@example.org"]);
  });

  for (const [line, host] of [
    ["<user@example.org>: lost connection with mx.example.org[192.0.2.25]", "mx.example.org"],
    ["<user@example.org>: conversation with", "mx.example.org"],
    ["<user@example.org>: connect to mx.example.org[192.0.2.25]:25: No route to", "mx.example.org"],
  ] as const)
    it(`names the host Postfix could not talk to: "${line}"`, async () => {
      const p = await parseBounce(
        report([
          line,
          "    mx.example.org[192.0.2.25] timed out while receiving the initial server greeting",
        ]),
      );
      expect(p.recipients.map((r) => [r.address, r.remoteMta])).toEqual([
        ["user@example.org", host],
      ]);
    });
});

describe("recipient lines of Microsoft 365 reports as text", () => {
  it("reads an address followed by its mailto link and the reason", async () => {
    const p = await parseBounce(
      [
        "mx.example.org rejected your message to the following email addresses:",
        "",
        "user@example.org<mailto:user@example.org> A communication failure occurred during the delivery of this message.",
        "",
        "Remote Server returned '550 5.4.1 Recipient address rejected: Access denied.'",
      ].join("\n"),
    );
    expect(p.recipients.map((r) => [r.address, r.replyCode, r.status])).toEqual([
      ["user@example.org", 550, "5.4.1"],
    ]);
  });

  it("does not take a contact address with its link alone on a line", async () => {
    const p = await parseBounce(
      [
        "I am out of the office until Monday. For help write to",
        "help@example.org<mailto:help@example.org>",
      ].join("\n"),
    );
    expect(p.recipients).toEqual([]);
  });

  it("reads 'The following message to <address> was undeliverable'", async () => {
    const p = await parseBounce(
      [
        "The following message to <user@example.org> was undeliverable.",
        "The reason for the problem:",
        "5.1.0 - Unknown address error 550 5.4.1 Recipient address rejected: Access denied.",
      ].join("\n"),
    );
    expect(p.recipients.map((r) => [r.address, r.replyCode])).toEqual([["user@example.org", 550]]);
  });

  it("names the server of 'Message rejected by:'", async () => {
    const p = await parseBounce(
      ["Recipient Address: user@example.org", "", "Message rejected by:    MX1.example.org"].join(
        "\n",
      ),
    );
    expect(p.recipients.map((r) => [r.address, r.remoteMta])).toEqual([
      ["user@example.org", "mx1.example.org"],
    ]);
  });
});

describe("a DSN's reply code read from the human part", () => {
  it("is a failure reply of the Status's class, not a number in a quoted header", async () => {
    const p = await parseBounce(
      dsn(
        "Final-Recipient: rfc822; user@example.org\nAction: delayed\nStatus: 4.4.1",
        [
          "Received: from mx.example.net (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256 bits))",
          "",
          "Delivery to user@example.org has been delayed: the recipient server did not accept our requests to connect.",
        ].join("\n"),
      ),
    );
    expect(p.recipients.map((r) => [r.address, r.replyCode, r.status])).toEqual([
      ["user@example.org", null, "4.4.1"],
    ]);
  });
});

describe("Exim's expansion notes under a failed address", () => {
  it("are not part of the reason", async () => {
    const p = await parseBounce(
      [
        "This message was created automatically by mail delivery software.",
        "",
        "A message that you sent could not be delivered to one or more of its",
        "recipients. This is a permanent error. The following address(es) failed:",
        "",
        "  user@example.org",
        "    (generated from alias@example.org)",
        "    Unrouteable address",
      ].join("\n"),
    );
    // Named as the sender wrote it, the generated address kept as the final one (review 26).
    expect(p.recipients.map((r) => [r.address, r.finalAddress, r.diagnostic])).toEqual([
      ["alias@example.org", "user@example.org", "Unrouteable address"],
    ]);
    const span = p.recipients[0]!.spans.diagnostic!;
    expect(p.text.slice(span.start, span.end).trim()).toBe("Unrouteable address");
  });
});

describe("an indented reason under a bare address", () => {
  it("ends where a blank line leads back to the margin (the writer's own text again)", async () => {
    // Mail.Ru's Exim bounce: the reason indented under the address, then its own advice at the
    // margin after a blank line (Sisimai set-of-emails lhost-mailru-05.eml).
    const text = [
      "A message that you sent could not be delivered to one or more of its",
      "recipients. This is a permanent error. The following address(es) failed:",
      "",
      "  neko@example.org",
      "    an MX or SRV record indicated no SMTP service",
      "",
      "Please check that the recipients' addresses are written correctly.",
      "",
    ].join("\n");
    const p = await parseBounce(text);
    expect(p.recipients.map((r) => [r.address, r.diagnostic])).toEqual([
      ["neko@example.org", "an MX or SRV record indicated no SMTP service"],
    ]);
  });

  it("runs on over a blank line while the text stays indented", async () => {
    const text = [
      "The following address(es) failed:",
      "",
      "  neko@example.org",
      "    host mx.example.org [192.0.2.25]",
      "",
      "    Connection timed out",
      "",
    ].join("\n");
    const p = await parseBounce(text);
    expect(p.recipients[0]?.diagnostic).toBe(
      "host mx.example.org [192.0.2.25] Connection timed out",
    );
  });
});

describe("Exim: an address delivered to a pipe", () => {
  // Layout of Exim's deliver.c (print_address_information and the "following text was generated"
  // block), as in sisimai/set-of-emails maildir/bsd/lhost-exim-53.eml; the words are our own.
  const bounce = [
    "From: Mail Delivery System <Mailer-Daemon@mx.example.net>",
    "To: sender@example.com",
    "Subject: Mail delivery failed: returning message to sender",
    "",
    "This message was created automatically by mail delivery software.",
    "",
    "A message that you sent could not be delivered to one or more of its",
    "recipients. This is a permanent error. The following address(es) failed:",
    "",
    "  pipe to |/usr/local/bin/ticket-in",
    "    generated by help@example.net",
    "",
    "The following text was generated during the delivery attempt:",
    "",
    "------ pipe to |/usr/local/bin/ticket-in",
    "       generated by help@example.net ------",
    "",
    "ticket-in: cannot open queue directory: Permission denied",
    "",
    "------ This is a copy of the message, including all the headers. ------",
    "",
    "To: help@example.net",
    "Subject: Help",
    "",
    "Hello.",
    "",
  ].join("\n");

  it("names the address that generated the pipe and gives the pipe's own words", async () => {
    const p = await parseBounce(bounce);
    expect(p.recipients.map((r) => [r.address, r.diagnostic])).toEqual([
      ["help@example.net", "ticket-in: cannot open queue directory: Permission denied"],
    ]);
  });
});

describe("a reason given in the sentence that introduces the list of addresses", () => {
  const mail = (body: string[]) =>
    [
      "From: Mail Delivery System <postmaster@mx.example.net>",
      "To: sender@example.com",
      "Subject: Delivery status notification",
      "",
      ...body,
      "",
    ].join("\n");

  it("takes the intro's words for every address of its list that has none of its own", async () => {
    // Layout of Microsoft SMTPSVC's report, sisimai/set-of-emails maildir/bsd/rfc3464-40.eml.
    const p = await parseBounce(
      mail([
        "Unable to deliver message to the following recipients, because the message was",
        "forwarded more than the maximum allowed times.",
        "",
        "       one@example.org",
        "       two@example.org",
      ]),
    );
    const words =
      "Unable to deliver message to the following recipients, because the message was forwarded more than the maximum allowed times.";
    expect(p.recipients.map((r) => [r.address, r.diagnostic])).toEqual([
      ["one@example.org", words],
      ["two@example.org", words],
    ]);
  });

  it("adds the paragraph above an intro that only says a list follows", async () => {
    // Layout of au EZweb's report, sisimai/set-of-emails maildir/bsd/lhost-ezweb-05.eml.
    const p = await parseBounce(
      mail([
        "Your message was not delivered within 2 days.",
        "Remote host is not responding.",
        "",
        "The following recipients did not receive this message:",
        "",
        "<one@example.org>",
      ]),
    );
    expect(p.recipients.map((r) => [r.address, r.diagnostic])).toEqual([
      [
        "one@example.org",
        "Your message was not delivered within 2 days. Remote host is not responding. The following recipients did not receive this message:",
      ],
    ]);
  });

  it("keeps a recipient's own words over the intro's", async () => {
    const p = await parseBounce(
      mail([
        "Unable to deliver message to the following recipients:",
        "",
        "  one@example.org",
        "    mailbox is full",
      ]),
    );
    expect(p.recipients.map((r) => r.diagnostic)).toEqual(["mailbox is full"]);
  });
});

describe("Mimecast: the address under a '-- ' bullet", () => {
  it("names the address that follows the bullet, and not a '-- ' line of words", async () => {
    // Layout of sisimai/set-of-emails maildir/bsd/lhost-mimecast-01.eml; the words are our own.
    const p = await parseBounce(
      [
        "From: Postmaster <postmaster@mimecast.example>",
        "To: sender@example.com",
        "Subject: Failure Notice",
        "",
        "An email that you attempted to send to the following address could not be delivered:",
        "-- one@example.org",
        "",
        "The problem appears to be :",
        "-- Recipient email address is possibly incorrect",
        "",
      ].join("\n"),
    );
    expect(p.recipients.map((r) => r.address)).toEqual(["one@example.org"]);
  });
});

describe("an address labelled as the sender's", () => {
  it("is no failed recipient, so the one recipient keeps the report's reply", async () => {
    // Layout of MailMarshal's report, sisimai/set-of-emails maildir/bsd/lhost-mailmarshal-02.eml.
    const p = await parseBounce(
      [
        "From: MailMarshal <postmaster@relay.example>",
        "To: sender@example.com",
        "Subject: Undeliverable: Hello",
        "",
        "Could not be delivered because of",
        "",
        "550 5.1.1 User unknown",
        "",
        "The following recipients were affected:",
        "    one@example.org",
        "",
        "Additional Information",
        "======================",
        "Original Sender:    <sender@example.com>",
        "Reporting-MTA:      <relay.example>",
        "",
      ].join("\n"),
    );
    expect(p.recipients.map((r) => [r.address, r.replyCode])).toEqual([["one@example.org", 550]]);
  });
});

describe("a reason written in the sentence that names the address", () => {
  const mail = (line: string) =>
    [
      "From: Mail Security <postmaster@relay.example>",
      "To: sender@example.com",
      "Subject: Delivery failure",
      "",
      "Message from the mail security gateway",
      line,
      "",
    ].join("\n");

  it("takes the sentence when nothing else explains the recipient", async () => {
    // Layout of Trend Micro InterScan, sisimai/set-of-emails maildir/bsd/lhost-trendmicro-02.eml.
    const words =
      "Unable to deliver message to <one@example.org> (and other recipients in the same domain). Please check if address is correct.";
    const p = await parseBounce(mail(words));
    expect(p.recipients.map((r) => [r.address, r.diagnostic])).toEqual([
      ["one@example.org", words],
    ]);
  });
});

describe("recipients named inside a sentence or a bracketed status line", () => {
  it.each([
    [
      "SMTP Server <mx.example.org> rejected recipient <gone@example.org> (Error following RCPT command). It responded as follows: [550 5.1.1 User unknown]",
      "gone@example.org",
    ],
    [
      "The following recipients returned permanent errors: gone@example.org. Reason: SMTP Server <192.0.2.1> refused to accept your message (DATA), with the following error message: [554 5.4.6 Hop count exceeded - possible mail loop]",
      "gone@example.org",
    ],
    [
      "[Status: Error, Address: <later@example.org>, ResponseCode 421, , Host not reachable.]",
      "later@example.org",
    ],
  ])("%s", async (line, address) => {
    const p = await parseBounce(`We had trouble delivering your message.\n\n${line}\n`);
    expect(p.recipients.map((r) => r.address)).toEqual([address]);
  });
});

describe("one reason above a list intro repeated for each address", () => {
  // Netscape Messaging Server's layout (flufl.bounce netscape_01.txt): the reason, then "The
  // following recipients did not receive your message:" over each address, then a closing that
  // says whom to write to.
  const notice = [
    "From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.org>",
    "To: sender@example.com",
    "Subject: Delivery failure",
    "",
    "This Message was undeliverable due to the following reason:",
    "",
    "Your message was not delivered within 3 days.",
    "Host example.org is not responding.",
    "",
    "The following recipients did not receive your message:",
    "",
    "     <first@example.org>",
    "The following recipients did not receive your message:",
    "",
    "     <second@example.org>",
    "",
    "Please reply to Postmaster@mail.example.org",
    "if you feel this message to be in error.",
    "",
  ].join("\n");

  it("gives every address the reason, not the next intro or the closing", async () => {
    const p = await parseBounce(notice);
    expect(p.recipients.map((r) => r.address)).toEqual(["first@example.org", "second@example.org"]);
    for (const r of p.recipients) {
      expect(r.diagnostic).toContain("Host example.org is not responding.");
      expect(r.diagnostic).not.toContain("Please reply");
      expect(r.diagnostic).not.toContain("@");
    }
  });
});

describe("the address a recipient was rewritten from, on the line under it", () => {
  // PMDF's layout (flufl.bounce dsn_04.txt): "Recipient address:", "Original address:", then the
  // delivery agent's own error lines.
  const notice = [
    "From: PMDF e-Mail Interconnect <postmaster@mail.example.org>",
    "To: sender@example.com",
    "Subject: Delivery Notification: Delivery has failed",
    "",
    "Your message cannot be delivered to the following recipients:",
    "",
    "  Recipient address: MBOX7@host.example.org",
    "  Original address: first.last@example.org",
    "%MAIL-E-OPENOUT, error opening mailbox file",
    "-SYSTEM-F-EXDISKQUOTA, disk quota exceeded",
    "",
  ].join("\n");

  it("is the same recipient, and the lines below are its reason", async () => {
    const p = await parseBounce(notice);
    expect(p.recipients.map((r) => r.address)).toEqual(["MBOX7@host.example.org"]);
    expect(p.recipients[0]!.diagnostic).toContain("disk quota exceeded");
    expect(p.recipients[0]!.diagnostic).not.toContain("Original address");
  });

  it("still names a recipient of its own when no recipient's line is above it", async () => {
    const p = await parseBounce(
      notice.replace("  Recipient address: MBOX7@host.example.org\n", ""),
    );
    expect(p.recipients.map((r) => r.address)).toEqual(["first.last@example.org"]);
  });
});

describe("a list intro that says only that delivery failed", () => {
  it("is not taken for the recipient's words", async () => {
    // Exchange's DSN: its text part says only this, its Status field gives the reason's class.
    const p = await parseBounce(
      dsn(
        ["Final-Recipient: rfc822;user@example.org", "Action: failed", "Status: 5.1.1"].join("\n"),
        "Delivery to the following recipients failed.\n\n       user@example.org",
      ),
    );
    expect(p.recipients.map((r) => [r.address, r.status, r.diagnostic])).toEqual([
      ["user@example.org", "5.1.1", null],
    ]);
  });

  it("is still taken when it gives a reason", async () => {
    const p = await parseBounce(
      dsn(
        ["Final-Recipient: rfc822;user@example.org", "Action: failed", "Status: 5.4.6"].join("\n"),
        "Unable to deliver message to the following recipients, because the message was forwarded more than the maximum allowed times.\n\n       user@example.org",
      ),
    );
    expect(p.recipients[0]!.diagnostic).toContain("forwarded more than the maximum allowed times");
  });
});

describe("an address quoted in the line that says delivery to it failed", () => {
  it("is the recipient, and the lines under it are its reason", async () => {
    // CommuniGate Pro's text part (BounceParser quota-5.msg, CwsMailBounceHandler bounce_500_008.eml).
    const p = await parseBounce(
      dsn(
        [
          "Original-Recipient: rfc822;<user@example.org>",
          "Final-Recipient: LOCAL;<user>",
          "Action: failed",
          "Status: 5.0.0",
        ].join("\n"),
        "Failed to deliver to '<user@example.org>'\nLOCAL module(account user) reports:\n account is full (quota exceeded)",
      ),
    );
    expect(p.recipients.map((r) => r.address)).toEqual(["user@example.org"]);
    expect(p.recipients[0]!.diagnostic).toContain("account is full (quota exceeded)");
  });
});

describe("parseBounce: a mail server's log line pasted", () => {
  // Postfix smtpd's refusal log (smtpd_check.c log_whatsup) puts the envelope after the reply.
  const SMTPD =
    "Jan 10 10:00:01 mail postfix/smtpd[999]: NOQUEUE: reject: RCPT from unknown[198.51.100.7]: " +
    "450 4.7.1 Client host rejected: cannot find your reverse hostname, [198.51.100.7]; " +
    "from=<sender@example.net> to=<user@example.org> proto=ESMTP helo=<pc>";
  // Postfix smtp's delivery log names the recipient first ("QID: to=<...>, relay=...").
  const SMTP =
    "Jan 10 10:00:01 mail postfix/smtp[1234]: 4F2A1C0123: to=<user@example.org>, " +
    "relay=mx.example.org[192.0.2.10]:25, delay=1.2, dsn=5.1.1, status=bounced (host " +
    "mx.example.org[192.0.2.10] said: 550 5.1.1 <user@example.org>: Recipient address " +
    "rejected: User unknown (in reply to RCPT TO command))";

  it("names the recipient from to=<>, never the sender from from=<>", async () => {
    for (const line of [SMTPD, SMTP]) {
      const parsed = await parseBounce(line);
      expect(parsed.recipients.map((r) => r.address)).toEqual(["user@example.org"]);
    }
  });

  it("ends the reply where smtpd's log adds the envelope", async () => {
    const r = (await parseBounce(SMTPD)).recipients[0]!;
    expect(r.diagnostic).toContain("cannot find your reverse hostname");
    expect(r.diagnostic).not.toMatch(/from=|helo=|proto=/);
  });

  // Exim's main log, its ACL's refusal of a recipient (acl.c), as the lab's Exim 4.96 wrote it.
  it("reads Exim's rejected RCPT line for its recipient, its reason and its stage", async () => {
    const r = (
      await parseBounce(
        "2026-12-07 09:20:22 H=client.example.net [192.0.2.160] F=<sender@example.net> rejected RCPT <nosuch@example.org>: Unrouteable address",
      )
    ).recipients[0]!;
    expect(r.address).toBe("nosuch@example.org");
    expect(r.diagnostic).toBe("Unrouteable address");
    expect(r.smtpCommand).toBe("RCPT");
  });

  // Postfix cleanup's action log (cleanup_message.c cleanup_act_log) quotes the header or body
  // line its rule matched before the client and the envelope, its reply last.
  it.each([
    "Dec 07 09:00:57 mx postfix/cleanup[6688]: 8EC5417C035: reject: header Subject: cheap spam pills from client.example.net[192.0.2.160]; from=<sender@example.net> to=<user@example.org> proto=ESMTP helo=<client.example.net>: 5.7.1 message content rejected",
    "Dec 07 09:01:00 mx postfix/cleanup[6688]: 99A0C17C053: reject: body Click here: virus-laden spam from client.example.net[192.0.2.160]; from=<sender@example.net> to=<user@example.org> proto=ESMTP helo=<client.example.net>: 5.7.1 message content rejected",
  ])("takes cleanup's reply, not the message's own quoted line: %s", async (line) => {
    const r = (await parseBounce(line)).recipients[0]!;
    expect(r.address).toBe("user@example.org");
    expect(r.diagnostic).toBe("5.7.1 message content rejected");
  });
});
