import { describe, expect, it } from "vitest";
import { parseBounce } from "./parse";
import { findSmtpReplies, joinReplyLines } from "./smtp-reply";

// Mimecast's refusal as Reacher's issue 1378 quotes it: the link to Mimecast's reply-code page ends in "#550".
const MIMECAST =
  "permanent: zen.mimecast.org https://www.spamhaus.org/query/ip/77.85.116.89. - https://community.mimecast.com/docs/DOC-1369#550 [UioxhvvdMDyD8YY9lHrBjQ.us77]";

describe("a reply code is never inside a URL", () => {
  it("does not read the fragment of a link as a reply", () => {
    expect(findSmtpReplies(MIMECAST)).toEqual([]);
    expect(findSmtpReplies("see www.example.com/codes/550 for more")).toEqual([]);
  });

  it("still reads the reply that a link follows", () => {
    const replies = findSmtpReplies(
      "550 5.7.1 Refused, see https://example.com/help#550 and <http://example.com/550 x>",
    );
    expect(replies.map((r) => r.replyCode)).toEqual([550]);
    expect(replies[0]!.text).toContain("https://example.com/help#550");
  });

  it("keeps the words of a pasted refusal whose link ends in a code", async () => {
    const parsed = await parseBounce(MIMECAST);
    const diagnostics = parsed.recipients.map((r) => r.diagnostic ?? "").join(" ");
    const all = `${diagnostics} ${parsed.text}`;
    expect(all).toContain("zen.mimecast.org");
    expect(parsed.recipients.every((r) => r.replyCode !== 550)).toBe(true);
  });

  it("stays linear on one long token full of codes", () => {
    const hostile = "https://a/" + "x#550-".repeat(100_000);
    const t = performance.now();
    expect(findSmtpReplies(hostile)).toEqual([]);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe("a transcript line is never a wrapped reply's continuation", () => {
  it("ends a long summary line at the next 'While talking to' line", () => {
    const text =
      "554 <b@example.org>... 550 Host unknown (Authoritative answer from name server)\nWhile talking to smtp.example.edu:\n>>> RCPT To:<c@example.edu>";
    const [first] = findSmtpReplies(text);
    expect(first!.text).toBe(
      "<b@example.org>... 550 Host unknown (Authoritative answer from name server)",
    );
  });
});

describe("joinReplyLines", () => {
  it("removes the prefixes of a multi-line reply's later lines, keeping the first", () => {
    expect(
      joinReplyLines(
        "550-5.1.1 The account does not exist. Please try 550-5.1.1 double-checking the address. 550 5.1.1 https://help.example/x - gsmtp",
        550,
        "5.1.1",
      ),
    ).toBe(
      "550 5.1.1 The account does not exist. Please try double-checking the address. https://help.example/x - gsmtp",
    );
    expect(
      joinReplyLines("said: 554-No service 554-Bad PTR record. 554 See the page", 554, null),
    ).toBe("said: 554 No service Bad PTR record. See the page");
  });

  it("leaves a reply written on one line as it is", () => {
    const one = "550 5.1.1 <a@example.org>: Recipient address rejected: 550 is all we say";
    expect(joinReplyLines(one, 550, "5.1.1")).toBe(one);
  });
});

describe("parseBounce: a DSN's multi-line reply", () => {
  it("reads a Diagnostic-Code that carries a multi-line reply without its line prefixes", async () => {
    const p = await parseBounce(
      [
        "Final-Recipient: rfc822; gone@example.org",
        "Action: failed",
        "Status: 5.1.1",
        "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does",
        "    not exist. Please try 550-5.1.1 double-checking the recipient's address.",
        "    550 5.1.1 https://help.example/nosuchuser x1si - gsmtp",
        "",
      ].join("\n"),
    );
    expect(p.recipients[0]!.diagnostic).toBe(
      "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's address. https://help.example/nosuchuser x1si - gsmtp",
    );
  });
});

describe("a status that opens a quote of the server's text", () => {
  it("reads the code, the status and the quoted text of a relay's \"550-'5.7.1 ...'\"", () => {
    const [reply] = findSmtpReplies(
      "5.1.0 - Unknown address error 550-'5.7.1 <bounce@example.net>... Access denied' (delivery attempts: 0)",
    );
    expect(reply).toMatchObject({ replyCode: 550, status: "5.7.1" });
    expect(reply!.text).toBe("<bounce@example.net>... Access denied");
  });
});

describe("another code on the first line of a multi-line reply", () => {
  it("reads the refusal joined onto a greeting's continuation line", () => {
    const replies = findSmtpReplies("220-mx.example 421 4.2.1 Service refused, please try later.");
    expect(replies.map((r) => [r.replyCode, r.status])).toEqual([
      [220, null],
      [421, "4.2.1"],
    ]);
  });
});

describe("a bracket the writer opened before the reply", () => {
  it("is not part of the server's words", () => {
    const [reply] = findSmtpReplies(
      "with the following error message: [554 5.4.6 Hop count exceeded - possible mail loop]",
    );
    expect(reply!.text).toBe("Hop count exceeded - possible mail loop");
  });

  it("keeps a bracket the server's words open and close", () => {
    const [reply] = findSmtpReplies("550 5.7.1 Client host [192.0.2.1] blocked (see [policy])");
    expect(reply!.text).toBe("Client host [192.0.2.1] blocked (see [policy])");
  });
});

describe("a multi-line reply wrapped by the reporting MTA", () => {
  it("joins its continuation lines when each starts a wrapped line", () => {
    const replies = findSmtpReplies(
      [
        "<gone@example.org>: host mx.example.org[192.0.2.1] said: 550-5.1.1",
        "    The email account that you tried to reach does not exist. Please try",
        "    550-5.1.1 double-checking the recipient's email address for typos or",
        "    550-5.1.1 unnecessary spaces. Learn more at 550 5.1.1",
        "    https://help.example/nosuchuser x1si - gsmtp (in reply to",
        "    RCPT TO command)",
      ].join("\n"),
    );
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toBe(
      "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. Learn more at https://help.example/nosuchuser x1si - gsmtp (in reply to RCPT TO command)",
    );
  });
});

describe("a code alone in parentheses is no reply of its own", () => {
  // Trend Micro's ERS refusal, quoted in its Deep Discovery Email Inspector documentation
  // (lib/knowledge/providers/trend-micro.ts lists the page).
  const ERS = "450 Temporary denial of connection (450) for Zombie matches (ERS)";

  it("reads one reply, its words whole", () => {
    const replies = findSmtpReplies(ERS);
    expect(replies.map((r) => [r.replyCode, r.text])).toEqual([
      [450, "Temporary denial of connection (450) for Zombie matches (ERS)"],
    ]);
  });

  it("keeps the words whole inside an Exim bounce", async () => {
    const bounce = [
      "From: Mail Delivery System <Mailer-Daemon@mail.example.net>",
      "Subject: Mail delivery failed: returning message to sender",
      "",
      "This message was created automatically by mail delivery software.",
      "",
      "A message that you sent could not be delivered to one or more of its",
      "recipients. This is a permanent error. The following address(es) failed:",
      "",
      "  someone@example.com",
      "    host mx.example.com [192.0.2.1]",
      "    SMTP error from remote mail server after RCPT TO:<someone@example.com>:",
      `    ${ERS}`,
      "",
    ].join("\n");
    const parsed = await parseBounce(new TextEncoder().encode(bounce));
    expect(parsed.recipients[0]?.diagnostic).toContain(
      "Temporary denial of connection (450) for Zombie",
    );
  });

  it("is not fooled by a telephone number", () => {
    expect(findSmtpReplies("please call Customer Support at (480) 624-2500.")).toEqual([]);
  });
});

describe("a code alone in square brackets is no reply of its own", () => {
  // Orange's documented reply (lib/knowledge/providers/orange.ts): the enhanced status leads the
  // line, the bracketed number is Orange's own code for it.
  const ORANGE = "5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]";

  it("finds no reply in a provider's bracketed code", () => {
    expect(findSmtpReplies(ORANGE)).toEqual([]);
    expect(findSmtpReplies("Taille limite du message atteinte. OFR_514 [514].")).toEqual([]);
  });

  it("keeps the status that leads the line, and the line as its words", async () => {
    const parsed = await parseBounce(new TextEncoder().encode(ORANGE));
    expect(parsed.recipients[0]).toMatchObject({
      replyCode: null,
      status: "5.1.0",
      diagnostic: ORANGE,
    });
  });

  it("still reads a reply that a bracket opens and its words close", () => {
    expect(
      findSmtpReplies("[554 5.4.6 Hop count exceeded - possible mail loop]").map(
        (r) => r.replyCode,
      ),
    ).toEqual([554]);
  });
});

describe("words that await more, below blank lines or indented by hand", () => {
  // UCEPROTECT's refusal as its page lays it out (lib/knowledge/providers/uceprotect.ts).
  const SPACED =
    "said: 553\n\n    Your IP is BLACKLISTED at UCEPROTECT-LEVEL 1 - See:\n\n    [http://www.uceprotect.net/rblcheck.php?ipr=192.0.2.1]";

  it("takes the indented paragraphs below a bare code and its 'See:' as the reply's words", () => {
    expect(findSmtpReplies(SPACED).map((r) => [r.replyCode, r.text])).toEqual([
      [
        553,
        "Your IP is BLACKLISTED at UCEPROTECT-LEVEL 1 - See: [http://www.uceprotect.net/rblcheck.php?ipr=192.0.2.1]",
      ],
    ]);
  });

  it("takes a line indented by hand below a bare code and status, and its link after 'see'", () => {
    // iCloud's reply as a sender pasted it (lib/knowledge/providers/apple.ts proofpoint-dnsbl).
    const pasted =
      "host mx1.mail.icloud.com[17.158.8.68] said: 550 5.7.0\n   Blocked - see\n   https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.1";
    expect(findSmtpReplies(pasted).map((r) => [r.replyCode, r.status, r.text])).toEqual([
      [550, "5.7.0", "Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.1"],
    ]);
  });

  it("continues a sentence that points on ('Please see') across the blank lines of a removed link", () => {
    // Spectrum's reply as its forum thread shows it (lib/knowledge/providers/spectrum.ts).
    const text =
      "554 impin004.msg.chrl.nc.charter.net cmsmtp blocked. Please see\n\n\n   for more information. AUP#In-1020";
    expect(findSmtpReplies(text)[0]?.text).toBe(
      "impin004.msg.chrl.nc.charter.net cmsmtp blocked. Please see for more information. AUP#In-1020",
    );
  });

  it("reads the same as the words on one line", async () => {
    const spaced = await parseBounce(new TextEncoder().encode(SPACED));
    const one = await parseBounce(
      new TextEncoder().encode(
        "said: 553 Your IP is BLACKLISTED at UCEPROTECT-LEVEL 1 - See: [http://www.uceprotect.net/rblcheck.php?ipr=192.0.2.1]",
      ),
    );
    expect(spaced.recipients[0]?.diagnostic).toBe(one.recipients[0]?.diagnostic);
  });

  it("does not join a paragraph at the margin, a field, a reply or text after three blank lines", () => {
    const texts = [
      "Remote server said: 550\n\nThe original message follows.",
      "Remote server said: 550\n\n    Received: from mx.example.com",
      "Remote server said: 550\n\n    550 5.1.1 User unknown",
      "Remote server said: 550\n\n\n\n    Your IP is listed.",
      "Remote server said: 550 Blocked, see:\n\nThe original message follows.",
    ];
    for (const text of texts)
      expect(findSmtpReplies(text)[0]?.text).toMatch(/^(?:|Blocked, see:)$/);
  });

  it("leaves a reply whose words do not point on to its own paragraph", () => {
    const replies = findSmtpReplies("said: 550 5.1.1 User unknown\n\n    Your IP is listed.");
    expect(replies.map((r) => r.text)).toEqual(["User unknown"]);
  });
});

describe("what the server wrote before its code on the same line", () => {
  it("is kept as the reply's lead: a greeting's mark and host tag, a provider's code", () => {
    // Postfix quoting La Poste (sisimai/set-of-emails rhost-franceptt-11.eml).
    const text = "to me: 220-laposte 421 4.2.1 Service refuse. Veuillez essayer plus tard.";
    const laposte = findSmtpReplies(text).find((r) => r.replyCode === 421)!;
    expect(laposte.lead).toBe("220-laposte");
    expect(text.slice(laposte.leadStart, laposte.codeSpan.start)).toBe("220-laposte ");
    const vade = findSmtpReplies("ELNK_105 550 5.7.1 Connection refused")[0]!;
    expect(vade.lead).toBe("ELNK_105");
    expect(vade.strength).toBe(3);
  });

  it("keeps none of the reporting MTA's wrappers", () => {
    for (const text of [
      "host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown",
      "Remote Server returned '550 5.1.1 User unknown'",
      "<bob@example.com>: 550 5.1.1 User unknown",
      "Diagnostic-Code: smtp; 550 5.1.1 User unknown",
      "SMTP:RCPT host 192.0.2.8: 550 5.1.1 User unknown",
    ]) {
      const r = findSmtpReplies(text).find((x) => x.replyCode === 550)!;
      expect(r.lead, text).toBe("");
      expect(r.leadStart, text).toBe(r.codeSpan.start);
    }
  });
});

describe("a code glued to a word by a quote is no reply", () => {
  // Cisco IronPort's X-IronPort-AV field, in a returned message's headers: d="scan'208";a=...
  it("finds no reply in an X-IronPort-AV field", () => {
    expect(
      findSmtpReplies(
        `X-IronPort-AV: E=Sophos;i="4.75,497,1330905600";\n   d="scan'208";a="562154267"`,
      ),
    ).toEqual([]);
  });

  it("still finds a reply a quote opens", () => {
    expect(findSmtpReplies(`said: '550 5.1.1 User unknown'`).map((r) => r.replyCode)).toEqual([
      550,
    ]);
  });
});

describe("findSmtpReplies: a multi-line reply in a session transcript", () => {
  // Sendmail logs each line of the server's reply with its transcript mark (usersmtp.c: "<<<
  // %s"), so Gmail's four-line refusal reaches the bounce as four "<<< 550-5.7.1 ..." lines.
  const LINES = [
    "550-5.7.1 [2001:db8::3d] Our system has detected that this message is not",
    "550-5.7.1 RFC 5322 compliant: duplicate headers. To reduce the amount of spam",
    "550 5.7.1 sent to Gmail, this message has been blocked.",
  ];

  it("joins the marked lines as it joins the bare ones", () => {
    const bare = findSmtpReplies(LINES.join("\n"));
    const marked = findSmtpReplies(
      ["... while talking to mx.example.com.:", ">>> DATA", ...LINES.map((l) => `<<< ${l}`)].join(
        "\n",
      ),
    );
    expect(marked).toHaveLength(1);
    expect(marked[0]!.text).toBe(bare[0]!.text);
    expect(marked[0]!.text).toContain("duplicate headers");
  });

  it("does not join a marked line to a reply that had no mark", () => {
    const replies = findSmtpReplies("550-5.7.1 first line\n<<< 550 5.7.1 other exchange");
    expect(replies[0]!.text).toBe("first line");
  });
});

describe("findSmtpReplies: a client's message that kept each line's status", () => {
  // Go's net/textproto joins a multi-line reply's lines after cutting "550-" but not the status.
  it("reads the wrapped lines without the status between the sentences", () => {
    const text = [
      "2026/12/04 10:00:00 smtp send failed: 550 5.7.1 [192.0.2.1] Our system has detected that this message is",
      "5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message",
      "5.7.1 has been blocked.",
    ].join("\n");
    const [reply] = findSmtpReplies(text);
    expect(reply!.text).toContain("this message is likely unsolicited mail");
    expect(reply!.text).not.toContain("5.7.1");
  });
});
