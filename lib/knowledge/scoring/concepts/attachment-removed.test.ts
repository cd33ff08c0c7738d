// concept.attachment-removed-delivered and concept.attachment-replaced-by-notice
// (./attachment-removed.ts): a scanner's notice that it removed or replaced an attachment and
// delivered the rest reads not-a-bounce without the scanner's own entry (the leave-one-out
// reading of providers/scan-notices.ts, whose vendors the concepts were not built from), while a
// refusal of the whole message for a virus, or a notice that the whole message was deleted or
// stopped, stays content-virus.
import { afterEach, describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { normalizeString } from "@/lib/classify/text-index";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { notABounceReading } from "@/lib/diagnosis/not-a-bounce-wording";

const lines = (...l: string[]) => l.join("\n");
const REMOVED = ["concept.attachment-removed-delivered", "concept.attachment-replaced-by-notice"];
const removalIds = (text: string) =>
  findConcepts(normalizeString(text))
    .map((h) => h.concept.id)
    .filter((id) => REMOVED.includes(id));

/** A Postfix bounce quoting a receiving server's reply (the shape refusals come in). */
const postfixBounce = (reply: string) =>
  lines(
    "This is the mail system at host mail.sender.example.",
    "",
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients.",
    "",
    `<bob@recipient.example>: host mx.recipient.example[192.0.2.25] said: ${reply} (in reply to end of DATA command)`,
  );

afterEach(() => leaveOutProvidersForEvaluation([]));

describe("a scanner's notice on delivered mail, read without the scanner's own entry", () => {
  it.each([
    [
      // MailScanner 5, reports/en/deleted.virus.message.txt (providers/scan-notices.ts).
      "MailScanner's warning in place of an infected attachment",
      lines(
        "This is a message from the MailScanner E-Mail Virus Protection Service",
        'The original e-mail attachment "invoice.zip"',
        "was believed to be dangerous and/or infected by a virus and has been",
        "replaced by this warning message.",
      ),
    ],
    [
      // MailScanner 5, reports/en/deleted.filename.message.txt.
      "MailScanner's warning in place of a banned attachment",
      lines(
        'The original e-mail attachment "setup.exe"',
        "is on the list of unacceptable attachments for this site and has been",
        "replaced by this warning message.",
      ),
    ],
    [
      // Exchange's default malware alert text (Microsoft TechNet, jj200745).
      "Exchange's malware alert",
      lines(
        "Malware was detected in one or more attachments included with this email.",
        "All attachments have been deleted.",
      ),
    ],
    [
      // ServGate EdgeForce's notice (Perl/perl5#7674).
      "ServGate's list of what it did to each attachment",
      lines(
        "This email was scanned for viruses by ServGate EdgeForce security gateway.",
        "[Detail]",
        "The following action has been applied to the below attachments:",
        "Attachment Name: auto__mail.houston.txt.scr, Virus Found: W32/Sober.j@MM, Status: Deleted",
      ),
    ],
    [
      // Symantec Mail Security's default replacement text (Broadcom KB 181264), filled in.
      "Symantec Mail Security's text in place of a file",
      "Symantec Mail Security replaced invoice.zip with this text message. The original file contained W32.Beagle.AB@mm and was deleted.",
    ],
  ])("%s is not a bounce", async (_name, text) => {
    leaveOutProvidersForEvaluation(["scan-notice"]);
    const d = await diagnose(text);
    expect(d.overall.cause).toBe("not-a-bounce");
    expect(notABounceReading(d.overall.evidence)?.id).toBe("attachment-removed");
  });
});

describe("a refusal or a stopped message for a virus stays content-virus", () => {
  it.each([
    ["a server's generic refusal", postfixBounce("554 5.7.1 Virus found")],
    // Exim's specification, "Content scanning at ACL time": the malware condition's example
    // message, "This message contains a virus ($malware_name).".
    [
      "Exim's malware ACL",
      postfixBounce("550 This message contains a virus (Eicar-Test-Signature)."),
    ],
    // amavisd-new behind Postfix (providers/content-filters.ts amavis-infected, lab output).
    [
      "Postfix and amavis",
      postfixBounce("554 5.7.0 Reject, id=31368-03 - INFECTED: Eicar-Test-Signature.UNOFFICIAL"),
    ],
    [
      "a refusal that names a removed attachment",
      postfixBounce("550 5.7.1 Message rejected: the attachment has been removed as a virus"),
    ],
  ])("%s", async (_name, text) => {
    leaveOutProvidersForEvaluation(["scan-notice"]);
    const d = await diagnose(text);
    expect((d.recipients[0] ?? d.overall).cause).toBe("content-virus");
  });

  it.each([
    // The message is what was deleted, not the attachment.
    "Your message with the attachment invoice.zip contained a virus and was deleted.",
    // amavisd-new's notice to a sender: the message did not go on.
    lines(
      "VIRUS ALERT",
      "Our content checker found",
      "    virus: Eicar-Test-Signature",
      "in email presumably from you <alice@sender.example>",
      "Delivery of the email was stopped!",
      "The attachment was removed and quarantined.",
    ),
    "The infected attachment was deleted and the whole message was quarantined.",
    "550 Attachments have been removed; the message was rejected.",
  ])("reads no delivered message in: %s", (text) => {
    expect(removalIds(text)).toEqual([]);
  });
});
