// A program's own error that quotes its outgoing server's reply code is labelled as the program's
// error, not "Recipient 1", and the wizard promises no lookups it will not run (ui27, item 3).
import { describe, expect, it } from "vitest";
import { diagnose } from "./diagnose";
import {
  isProgramError,
  PROGRAM_REPORT_TITLE,
  recipientTitle,
  wizardPromise,
} from "./program-report";

const PHPMAILER_535 = [
  "2026-12-07 10:15:02\tCLIENT -> SERVER: AUTH LOGIN",
  "2026-12-07 10:15:02\tSERVER -> CLIENT: 535-5.7.8 Username and Password not accepted. For more information, go to",
  "2026-12-07 10:15:02\tSERVER -> CLIENT: 535 5.7.8  https://support.google.com/mail/?p=BadCredentials a640c23a62f3a - gsmtp",
  "2026-12-07 10:15:02\tSMTP ERROR: Password command failed: 535-5.7.8 Username and Password not accepted. For more information, go to",
  "535 5.7.8  https://support.google.com/mail/?p=BadCredentials a640c23a62f3a - gsmtp",
  "2026-12-07 10:15:02\tSMTP Error: Could not authenticate.",
].join("\n");

const RELAY_535 = [
  "From: Mail Delivery System <Mailer-Daemon@mx.example.org>",
  "Subject: Mail delivery failed: returning message to sender",
  "",
  "This message was created automatically by mail delivery software.",
  "",
  "A message that you sent could not be delivered to one or more of its",
  "recipients. This is a permanent error. The following address(es) failed:",
  "",
  "  bob@example.com",
  "    SMTP error from remote mail server after AUTH PLAIN:",
  "    host smtp.relay.example.net [192.0.2.7]: 535 5.7.8 Error: authentication failed: authentication failure",
].join("\n");

const RECEIVER_550 = [
  "Final-Recipient: rfc822; bob@example.net",
  "Action: failed",
  "Status: 5.1.1",
  "Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown",
].join("\n");

describe("a program's error with a reply code", () => {
  it.each([
    ["PHPMailer's debug transcript", PHPMAILER_535],
    [
      "PHPMailer's error line alone",
      "SMTP ERROR: Password command failed: 535 5.7.8 Username and Password not accepted\nSMTP Error: Could not authenticate.",
    ],
  ])("%s: the program's error, and no DNS or blocklist checks promised", async (_n, text) => {
    const d = await diagnose(text);
    expect(d.recipients).toHaveLength(1);
    expect(d.recipients[0]!.recipient.address).toBeNull();
    expect(isProgramError(d)).toBe(true);
    const title = recipientTitle(d.recipients[0]!, true);
    expect(title.title).toBe(PROGRAM_REPORT_TITLE);
    expect(title.label).toBeNull();
    expect(wizardPromise(d)).not.toMatch(/DNS|blocklist/);
    expect(wizardPromise(d)).toContain("error");
  });

  it("a mail server's bounce of a refused relay login is no program's error, and promises no lookups", async () => {
    const d = await diagnose(RELAY_535);
    expect(isProgramError(d)).toBe(false);
    expect(recipientTitle(d.recipients[0]!, false).title).toBe("bob@example.com");
    expect(wizardPromise(d)).not.toMatch(/DNS|blocklist/);
  });

  it("a receiver's refusal keeps the address and the checks", async () => {
    const d = await diagnose(RECEIVER_550);
    expect(isProgramError(d)).toBe(false);
    expect(recipientTitle(d.recipients[0]!, false)).toMatchObject({
      title: "bob@example.net",
      label: "Recipient: ",
    });
    expect(wizardPromise(d)).toContain("checks DNS and blocklists");
  });

  it("a bare reply line with no address is still labelled by its position", async () => {
    const d = await diagnose(
      "550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
    );
    expect(isProgramError(d)).toBe(false);
    expect(recipientTitle(d.recipients[0]!, false).title).toBe("Recipient 1");
    expect(wizardPromise(d)).toContain("checks DNS and blocklists");
  });

  it("an automatic reply promises no checks or fix checklist: the wizard ends at once (ux29)", async () => {
    const d = await diagnose(
      [
        "From: Bob <bob@example.net>",
        "To: alice@example.org",
        "Subject: Automatic reply: Invoice",
        "Auto-Submitted: auto-replied",
        "",
        "I am out of the office until Monday and will reply when I return.",
      ].join("\n"),
    );
    expect(d.overall.cause).toBe("not-a-bounce");
    expect(wizardPromise(d)).not.toMatch(/DNS|blocklist|fix checklist/);
  });
});
