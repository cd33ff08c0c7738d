// A virus scanner's notice that it took an attachment out and passed the message on reports mail
// that went through (./scan-notices.ts): not-a-bounce, said in plain words, while a server's
// refusal of a message for its virus stays content-virus.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { notABounceReading } from "@/lib/diagnosis/not-a-bounce-wording";

const lines = (...l: string[]) => l.join("\n");

describe("a scanner's notice on delivered mail", () => {
  it.each([
    [
      "MailScanner's warning in place of an infected attachment",
      lines(
        "This is a message from the MailScanner E-Mail Virus Protection Service",
        "----------------------------------------------------------------------",
        'The original e-mail attachment "invoice.zip"',
        "was believed to be dangerous and/or infected by a virus and has been",
        "replaced by this warning message.",
      ),
    ],
    [
      "MailScanner's warning in place of a banned attachment",
      lines(
        "This is a message from the MailScanner E-Mail Virus Protection Service",
        'The original e-mail attachment "setup.exe"',
        "is on the list of unacceptable attachments for this site and has been",
        "replaced by this warning message.",
      ),
    ],
    [
      // A worm's mail forged as a failure notice, under the gateway's notice: no recipient and no
      // code of any refusal (Perl/perl5#7674, as the issue shows it).
      "ServGate's notice above a worm's fake failure notice",
      lines(
        "### From Auto-Mailer@houston.rr.com",
        "",
        "------------ NOTIFICATION start ------------",
        "",
        "This email was scanned for viruses by ServGate EdgeForce security gateway.",
        "",
        "[Detail]",
        "The following action has been applied to the below attachments:",
        "Attachment Name: auto__mail.houston.txt.scr, Virus Found: W32/Sober.j@MM, Status: Deleted",
        "",
        "------------ NOTIFICATION end ------------",
        "----- Original Message -----",
        "This mail was generated automatically.",
        "More info about --HOUSTON-- under: http://www.houston.rr.com",
        "",
        "---",
        "Occured_Errors:",
        "",
        "217.146.62.99_does_not_like_recipient.",
        "# 490: Remote_host_said:_Requested_action_not_taken",
        "# 480: MAILBOX NOT FOUND",
        "# 156: This_account_has_been_disabled_[#430].",
        "# 377: mailbox_unavailable",
        "",
        "End",
        "",
        "---",
        "The original mail is attached.",
        "",
        "Auto_Mail.System: [houston]",
        "",
        "*-*-* Mail_Scanner: No Virus",
        "*-*-* PERL- Anti_Virus Service",
        "*-*-* http://www.perl.org",
      ),
    ],
    [
      "Exchange's default malware alert in place of the attachments",
      lines(
        "Malware was detected in one or more attachments included with this email.",
        "All attachments have been deleted.",
      ),
    ],
    [
      "Exchange Online's Malware Alert Text.txt",
      lines(
        "Malware was detected in one or more attachments included with this email message.",
        "Action: All attachments have been removed.",
        "Invoice-Q3.xlsm\t W97M.Empstage",
      ),
    ],
  ])("%s is not a bounce", async (_name, text) => {
    const d = await diagnose(text);
    expect(d.overall.cause).toBe("not-a-bounce");
    expect(notABounceReading(d.overall.evidence)?.id).toBe("attachment-removed");
  });

  it("leaves a server's refusal of a message for its virus as content-virus", async () => {
    const d = await diagnose(
      lines(
        "<user@example.org>: host mx.example.org[192.0.2.1] said: 554 5.7.1 Virus found:",
        "    W32/Sober.j@MM (in reply to end of DATA command)",
      ),
    );
    expect(d.overall.cause).toBe("content-virus");
  });
});
