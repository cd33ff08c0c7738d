import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { decodeShareFragment } from "./encode";
import { findEmailAddresses } from "./email-addresses";
import { findOriginalMessage } from "./original-message";
import { makeSharePayload } from "./payload";
import {
  createAddressMasker,
  dropOriginalMessage,
  maskLocalParts,
  ORIGINAL_REMOVED_NOTE,
  previewShare,
  redactPayload,
} from "./redact";

const DSN = `From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: jane.doe@example.com
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="B0UND.1"

--B0UND.1
Content-Type: text/plain; charset=us-ascii

<bob.smith@example.org>: host mx.example.org[192.0.2.7] said: 550 5.1.1
    <bob.smith@example.org>: Recipient address rejected: User unknown

--B0UND.1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net
Final-Recipient: rfc822; bob.smith@example.org
Action: failed
Status: 5.1.1

--B0UND.1
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: jane.doe@example.com
To: bob.smith@example.org
Subject: Salary review (confidential)

The confidential body.
--B0UND.1--
`;

const QMAIL = `Hi. This is the qmail-send program at mx.example.net.
I'm afraid I wasn't able to deliver your message to the following addresses.

<bob@example.org>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <jane@example.com>
Subject: private matters

Private body text.
`;

describe("findEmailAddresses", () => {
  it("finds addresses in angle brackets, after 'rfc822;', at a sentence end", () => {
    const text = "To <a.b@example.com>, rfc822;c@x.example.org and e+tag@example.net.";
    const found = findEmailAddresses(text).map((m) => text.slice(m.start, m.end));
    expect(found).toEqual(["a.b@example.com", "c@x.example.org", "e+tag@example.net"]);
  });

  it("ignores what is not an address", () => {
    expect(findEmailAddresses("@example.com, x@.com, @ alone, x@-host")).toEqual([]);
    // A handle, an "@" in a web address's path, an encoded "@" before a word, a git reflog.
    const notAddresses = [
      "follow @jane_doe for news",
      "https://social.example.com/@jane/12345",
      "https://code.example.com/users/jane@main/tree",
      "search?q=jane%40draft&x=1",
      "HEAD@{1}",
    ].join("\n");
    expect(findEmailAddresses(notAddresses)).toEqual([]);
  });

  it("finds an address whose domain is one label, and masks it (review 28, P1)", () => {
    // Sun Internet Mail Server's DSN names the failed recipient at an internal host
    // (flufl.bounce tests/data/dsn_01.txt); a log line names "user@host"; a Message-ID too.
    const text = [
      "Recipient address: JaneRoe@mail-daemon",
      "Final-recipient: rfc822;JaneRoe@mail-daemon",
      "to=<bob.smith@localhost>, relay=local, status=bounced",
      "Message-ID: <a1b2c3.jane@mailhost>",
    ].join("\n");
    const found = findEmailAddresses(text).map((m) => text.slice(m.start, m.end));
    expect(found).toEqual([
      "JaneRoe@mail-daemon",
      "JaneRoe@mail-daemon",
      "bob.smith@localhost",
      "a1b2c3.jane@mailhost",
    ]);
    const masked = maskLocalParts(text);
    expect(masked).not.toMatch(/JaneRoe|bob\.smith|a1b2c3/);
    expect(masked).toContain("Final-recipient: rfc822;J***@mail-daemon");
    // A role address at an internal host stays what it is.
    expect(maskLocalParts("From: MAILER-DAEMON@mailhost")).toBe("From: MAILER-DAEMON@mailhost");
  });

  it("finds the address in a web address's query, also written with %40 (review 27)", () => {
    // 163.com's notice links its feedback page with the sender's address in the query.
    const text =
      'href="https://mail.example.com/feedback.html?account=jane_doe@example.com&from=Bounce" ' +
      "report.php?Rcpt=bob%40example.org&Sender=jane_doe%40example.com&T=1";
    const found = findEmailAddresses(text).map((m) => text.slice(m.start, m.end));
    expect(found).toEqual([
      "account=jane_doe@example.com",
      "bob%40example.org",
      "jane_doe%40example.com",
    ]);
    expect(maskLocalParts(text)).not.toMatch(/jane_doe|bob/);
  });

  it("is linear on hostile input", () => {
    const hostile =
      "a".repeat(200_000) +
      "@" +
      "b".repeat(200_000) +
      "@".repeat(50_000) +
      "%4".repeat(50_000) +
      "a.".repeat(50_000) +
      "%40example.com";
    const started = performance.now();
    findEmailAddresses(hostile);
    maskLocalParts(hostile);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe("maskLocalParts", () => {
  it("keeps the domain and the first character", () => {
    expect(maskLocalParts("550 <jane.doe@example.com> unknown")).toBe(
      "550 <j***@example.com> unknown",
    );
  });

  it("keeps role addresses (RFC 2142) and is idempotent", () => {
    const text = "From: MAILER-DAEMON@mx.example.net, postmaster@example.org, jane@example.com";
    const once = maskLocalParts(text);
    expect(once).toBe(
      "From: MAILER-DAEMON@mx.example.net, postmaster@example.org, j***@example.com",
    );
    expect(maskLocalParts(once)).toBe(once);
  });

  it("gives two addresses of one domain masks of their own, and one address one mask", () => {
    const text =
      "<bob@remote.test>: 550 5.1.1\n<bill@remote.test>: 552 5.2.2\nbob@remote.test, b@other.test";
    const once = maskLocalParts(text);
    expect(once).toBe(
      "<b***@remote.test>: 550 5.1.1\n<b***2@remote.test>: 552 5.2.2\nb***@remote.test, b***@other.test",
    );
    expect(maskLocalParts(once)).toBe(once);
  });

  it("keeps both recipients of a masked bounce apart when it is read again", async () => {
    const bounce = [
      "<bob@remote.test>: host mx.remote.test[192.0.2.44] said: 550 5.1.1 User unknown (in reply to RCPT TO command)",
      "",
      "<bill@remote.test>: host mx.remote.test[192.0.2.44] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)",
    ].join("\n");
    const d = await diagnose(maskLocalParts(bounce));
    expect(d.recipients.map((r) => r.cause)).toEqual(["recipient-unknown", "mailbox-full"]);
  });
});

describe("dropOriginalMessage", () => {
  it("removes the message/rfc822 part and keeps the report", () => {
    const out = dropOriginalMessage(DSN);
    expect(out).not.toContain("confidential");
    expect(out).not.toContain("Salary");
    expect(out).toContain("Status: 5.1.1");
    expect(out).toContain("Recipient address rejected");
    expect(out).toContain(ORIGINAL_REMOVED_NOTE);
    expect(out).toContain("--B0UND.1--");
  });

  it("cuts after a text marker (qmail) and keeps the marker", () => {
    const out = dropOriginalMessage(QMAIL);
    expect(out).toContain("--- Below this line is a copy of the message.");
    expect(out).toContain("Sorry, no mailbox here by that name.");
    expect(out).not.toContain("private");
  });

  it("leaves a bare SMTP line alone", () => {
    const line =
      "550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org";
    expect(findOriginalMessage(line)).toEqual([]);
    expect(dropOriginalMessage(line)).toBe(line);
  });
});

describe("redactPayload / previewShare", () => {
  const payload = makeSharePayload({
    text: DSN,
    answers: {
      "sender-address": "jane.doe@example.com",
      others: ["bob@example.org", "no address"],
    },
    checklist: { "fix-address": true, resend: false },
  });

  it("masks the text and the answers, and records what it did", () => {
    const redacted = redactPayload(payload, { maskLocalParts: true, dropOriginalMessage: true });
    expect(redacted.text).not.toMatch(/jane|bob\.smith|confidential/);
    // One numbering with the text, which names bob.smith@example.org (b***@) first: the
    // answer's bob@example.org is another address, so b***2@.
    expect(redacted.answers).toEqual({
      "sender-address": "j***@example.com",
      others: ["b***2@example.org", "no address"],
    });
    expect(redacted.redaction).toEqual({ maskLocalParts: true, dropOriginalMessage: true });
  });

  it("with both options off, changes nothing", () => {
    expect(redactPayload(payload, { maskLocalParts: false, dropOriginalMessage: false })).toEqual(
      payload,
    );
  });

  it("previews exactly what the link holds", () => {
    const preview = previewShare(payload, {
      maskLocalParts: true,
      dropOriginalMessage: true,
      origin: "https://bd.example",
    });
    const decoded = decodeShareFragment(preview.fragment);
    expect(decoded).toEqual({ ok: true, payload: preview.payload });
    expect(preview.linkLength).toBe(`https://bd.example/r#${preview.fragment}`.length);
    expect(preview.preview).toContain(preview.payload.text.trimEnd());
    expect(preview.preview).toContain("[x] fix-address");
    expect(preview.preview).toContain("[ ] resend");
    expect(preview.preview).toContain("sender-address: j***@example.com");
    expect(preview.preview).not.toContain("jane");
  });
});

describe("maskLocalParts: names after an address and in Comments: (review 28, P3)", () => {
  it("masks the name in a comment after a masked address on a header line", () => {
    // An original's headers as old mail programs and list servers write them (flufl.bounce
    // tests/data/dumbass_01.txt and postfix_04.txt), with names and addresses of our own.
    const text = [
      "From: jane.roe@example.com (Jane Q. Roe)",
      "Comments:     Resent-From: Roe Jane <jane.roe@example.net>",
      "Comments:     Originally-From: sam@example.org (Sam B. Writer)",
      'X-Original-From: "Sam Writer" <sam@example.org>',
      "Reply-To: <bob@example.org> (Bob)",
      "Sender: MAILER-DAEMON@example.org (Mail Delivery Subsystem)",
    ].join("\n");
    const masked = maskLocalParts(text);
    expect(masked).not.toMatch(/Roe|Writer|Bob\b/);
    expect(masked).toContain("From: j***@example.com (J***)");
    expect(masked).toContain("Comments:     Resent-From: R*** <j***@example.net>");
    expect(masked).toContain("Originally-From: s***@example.org (S***)");
    expect(masked).toContain("Reply-To: <b***@example.org> (B***)");
    // A role's comment says what the sender is, and stays.
    expect(masked).toContain("Sender: MAILER-DAEMON@example.org (Mail Delivery Subsystem)");
  });

  it("leaves the words in brackets after an address in a notice's prose alone", () => {
    const text =
      "550 5.2.2 <jane.roe@example.com>... (Mailbox Full)\njane@example.net (Over Quota)";
    expect(maskLocalParts(text)).toBe(
      "550 5.2.2 <j***@example.com>... (Mailbox Full)\nj***@example.net (Over Quota)",
    );
  });
});

describe("maskLocalParts: what names the person besides the address (review 26)", () => {
  it("masks Microsoft 365's 'X wasn't found at domain' and the name before an address", () => {
    const ndr = [
      "Your message to jane.doe@contoso.com couldn't be delivered.",
      "jane.doe wasn't found at contoso.com.",
      "",
      "Jane Doe (jane.doe@contoso.com)",
    ].join("\n");
    const masked = maskLocalParts(ndr);
    expect(masked).not.toMatch(/jane|doe/i);
    expect(masked).toContain("j*** wasn't found at contoso.com.");
    expect(masked).toContain("J*** (j***@contoso.com)");
  });

  it("masks display names in header fields and quoted names, but not a role's", () => {
    const text = [
      "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>",
      "To: Gail Windy <gail.windy@example.net>, bob lee <bob@example.net>",
      'Cc: "Smith, John" <john.smith@example.org>',
    ].join("\n");
    const masked = maskLocalParts(text);
    expect(masked).toContain("Mail Delivery System <MAILER-DAEMON@mx.example.net>");
    expect(masked).toContain("To: G*** <g***@example.net>, b*** <b***@example.net>");
    expect(masked).toContain('Cc: "S***" <j***@example.org>');
  });

  it("leaves the words before an address in prose alone", () => {
    expect(maskLocalParts("Delivery to the following recipient failed <bob@example.org>")).toBe(
      "Delivery to the following recipient failed <b***@example.org>",
    );
  });

  it("masks a plain-word local part alone only on a line naming its domain", () => {
    const text = "mail@example.org: mail delivery failed\nmail wasn't found at example.org.";
    expect(maskLocalParts(text)).toBe(
      "m***@example.org: mail delivery failed\nm*** wasn't found at example.org.",
    );
  });

  it("masks a known local part in double quotes: Postfix local(8)'s 'unknown user' (review 27)", () => {
    const text =
      'Final-Recipient: rfc822; foo@example.org\nDiagnostic-Code: X-Postfix; unknown user: "foo"';
    expect(maskLocalParts(text)).toBe(
      'Final-Recipient: rfc822; f***@example.org\nDiagnostic-Code: X-Postfix; unknown user: "f***"',
    );
  });

  it("sees an address through a quoted-printable soft line break", () => {
    const text = "Recipient noname=\n@example.com\n<mailto:john.smith@demat=\r\nic.com>";
    const masked = maskLocalParts(text);
    expect(masked).toContain("Recipient n***@example.com");
    expect(masked).toContain("<mailto:j***@demat=\r\nic.com>");
    const found = findEmailAddresses("a line ending in =\n@handle is no address");
    expect(found).toEqual([]);
  });

  it("stays linear with many addresses", () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `person.${i}@example.com`).join(" ");
    const started = performance.now();
    maskLocalParts(many);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("one masking pass for the link and the report's steps", () => {
  const text = ["bob@example.net", "bill@example.net", "bert@example.net"]
    .map((a) => `Final-Recipient: rfc822;${a}\nAction: failed\nStatus: 5.1.1\n`)
    .join("\n");
  const payload = makeSharePayload({
    text,
    answers: { "sending-platform": "own-server" },
    checklist: {},
  });

  it("masks each step's title and words with the text's numbering", () => {
    const preview = previewShare(payload, {
      maskLocalParts: true,
      dropOriginalMessage: false,
      items: [
        { id: "a", title: "Confirm the address (bert@example.net)", detail: "bill@example.net" },
        { id: "b", title: "Confirm the address (bob@example.net)", done: true },
      ],
    });
    expect(preview.payload.text).toContain("b***3@example.net");
    expect(preview.items).toEqual([
      { id: "a", title: "Confirm the address (b***3@example.net)", detail: "b***2@example.net" },
      { id: "b", title: "Confirm the address (b***@example.net)", done: true },
    ]);
  });

  it("leaves the steps as given where the link does not mask, and gives none where none came", () => {
    const items = [{ id: "a", title: "Confirm the address (bert@example.net)" }];
    expect(
      previewShare(payload, { maskLocalParts: false, dropOriginalMessage: false, items }).items,
    ).toEqual(items);
    expect(
      previewShare(payload, { maskLocalParts: true, dropOriginalMessage: false }).items,
    ).toBeUndefined();
  });

  it("an answer's value is never masked for a local part the text names alone", () => {
    const masker = createAddressMasker();
    masker.mask("<own-server@example.net>: mailbox unavailable");
    expect(masker.mask("own-server", { ownOnly: true })).toBe("own-server");
    expect(masker.mask("own-server")).toBe("o***");
  });
});
