import { describe, expect, it } from "vitest";
import { ATTACHED_BOUNCE_NOTE } from "./attached-bounce";
import { parseBounce } from "./parse";

const DSN = [
  "From: Mail Delivery System <MAILER-DAEMON@mx.sender.example>",
  "To: alice@sender.example",
  "Subject: Undelivered Mail Returned to Sender",
  "MIME-Version: 1.0",
  'Content-Type: multipart/report; report-type=delivery-status; boundary="inner"',
  "",
  "--inner",
  "Content-Type: text/plain",
  "",
  "I'm sorry to have to inform you that your message could not be delivered.",
  "",
  "<carol@receiver.example>: host mx.receiver.example[192.0.2.25] said: 550 5.1.1",
  "    <carol@receiver.example>: Recipient address rejected: User unknown (in reply to",
  "    RCPT TO command)",
  "--inner",
  "Content-Type: message/delivery-status",
  "",
  "Reporting-MTA: dns; mx.sender.example",
  "",
  "Final-Recipient: rfc822; carol@receiver.example",
  "Action: failed",
  "Status: 5.1.1",
  "Diagnostic-Code: smtp; 550 5.1.1 <carol@receiver.example>: Recipient address rejected: User unknown",
  "--inner",
  "Content-Type: text/rfc822-headers",
  "",
  "From: alice@sender.example",
  "To: carol@receiver.example",
  "Subject: Quarterly figures",
  "--inner--",
  "",
];

/** A message of `from` that carries `attached` as its one message/rfc822 part. */
function carrying(from: string, subject: string, attached: string[]): string {
  return [
    `From: ${from}`,
    "To: it-help@sender.example",
    `Subject: ${subject}`,
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="outer"',
    "",
    "--outer",
    "Content-Type: text/plain",
    "",
    "Could you look at this one? My mail to Carol keeps coming back.",
    "--outer",
    "Content-Type: message/rfc822",
    'Content-Disposition: attachment; filename="Undelivered Mail.eml"',
    "",
    ...attached,
    "--outer--",
    "",
  ].join("\n");
}

describe("parseBounce: a bounce attached to another message", () => {
  it("reads the attached delivery report, not the forwarding message", async () => {
    const p = await parseBounce(
      carrying("Alice <alice@sender.example>", "FW: Undelivered Mail", DSN),
    );
    expect(p.format).toBe("dsn");
    expect(p.recipients.map((r) => [r.address, r.replyCode, r.status])).toEqual([
      ["carol@receiver.example", 550, "5.1.1"],
    ]);
    expect(p.warnings).toContain(ATTACHED_BOUNCE_NOTE);
  });

  it("reads an attached bounce notice with no report part when the carrier is no bounce", async () => {
    const notice = [
      "From: Mail Delivery System <MAILER-DAEMON@mx.sender.example>",
      "To: alice@sender.example",
      "Subject: Undelivered Mail Returned to Sender",
      "",
      "This is the mail system at host mx.sender.example.",
      "",
      "<carol@receiver.example>: host mx.receiver.example[192.0.2.25] said: 552 5.2.2",
      "    Mailbox full (in reply to RCPT TO command)",
      "",
    ];
    const p = await parseBounce(
      carrying("Alice <alice@sender.example>", "FW: Undelivered Mail", notice),
    );
    expect(p.recipients.map((r) => [r.address, r.replyCode])).toEqual([
      ["carol@receiver.example", 552],
    ]);
    expect(p.warnings).toContain(ATTACHED_BOUNCE_NOTE);
  });

  it("leaves a bounce whose attachment is the sender's own message as it is", async () => {
    const original = [
      "From: alice@sender.example",
      "To: carol@receiver.example",
      "Subject: Quarterly figures",
      "",
      "Hello Carol,",
      "",
    ];
    const bounce = carrying(
      "Mail Delivery System <MAILER-DAEMON@mx.sender.example>",
      "Undelivered Mail Returned to Sender",
      original,
    ).replace(
      "Could you look at this one? My mail to Carol keeps coming back.",
      "<carol@receiver.example>: host mx.receiver.example[192.0.2.25] said: 550 5.1.1 User unknown",
    );
    const p = await parseBounce(bounce);
    expect(p.recipients.map((r) => [r.address, r.replyCode])).toEqual([
      ["carol@receiver.example", 550],
    ]);
    expect(p.warnings).not.toContain(ATTACHED_BOUNCE_NOTE);
  });

  it("reads one level only: a bounce notice that returns an earlier bounce is about itself", async () => {
    const notice = [
      "From: Mail Delivery System <MAILER-DAEMON@mx.receiver.example>",
      "To: alice@sender.example",
      "Subject: Undelivered Mail Returned to Sender",
      "",
      "<carol@receiver.example>: mailbox unavailable",
      "",
    ];
    const doubleBounce = carrying(
      "Mail Delivery System <MAILER-DAEMON@mx.sender.example>",
      "Undelivered Mail Returned to Sender",
      notice,
    ).replace(
      "Could you look at this one? My mail to Carol keeps coming back.",
      "<postmaster@sender.example>: host mx.sender.example[192.0.2.10] said: 554 5.7.1 Rejected",
    );
    const p = await parseBounce(doubleBounce);
    expect(p.warnings).not.toContain(ATTACHED_BOUNCE_NOTE);
    expect(p.recipients.map((r) => r.address)).toEqual(["postmaster@sender.example"]);
  });
});
