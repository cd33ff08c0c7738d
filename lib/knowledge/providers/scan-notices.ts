// Virus scanners' notices that an attachment was taken out of a message and the rest passed on.
// Such a notice reports mail that went through: the scanner stripped a part and delivered the
// message, so nothing bounced and no server refused anything. It often reaches a sender who
// never wrote the mail at all (worms forge the sender's address) and reads like a failure only
// because it names a virus. The concept for a refusal's "virus found" (scoring/concepts) would
// call it content-virus; these entries are the scanners' own words for "removed, message
// delivered", and read it as not-a-bounce (lib/knowledge/not-a-bounce-readings.ts says it in
// plain words). Only a scanner's sentence that says the part was replaced, removed or deleted
// while the message went on counts: a refusal of the whole message is not here. Another
// scanner's notice, worded alike, is read by scoring/concepts/attachment-removed.ts, which was
// built from other vendors' texts; the leave-one-out measure checks it on these entries.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

/** MailScanner 5's English report templates (the text it puts in place of a removed attachment). */
const MAILSCANNER_REPORTS =
  "https://github.com/MailScanner/v5/blob/7745377b3d5d39d2f1d760c18d3e61343cb8e52c/common/usr/share/MailScanner/reports/en";
const MAILSCANNER_VIRUS = page(
  `${MAILSCANNER_REPORTS}/deleted.virus.message.txt`,
  "MailScanner 5: reports/en/deleted.virus.message.txt (the warning that replaces an infected attachment)",
);
const MAILSCANNER_FILENAME = page(
  `${MAILSCANNER_REPORTS}/deleted.filename.message.txt`,
  "MailScanner 5: reports/en/deleted.filename.message.txt (the warning that replaces a banned attachment)",
);
/**
 * A ServGate EdgeForce notice as a recipient received it, on a W32/Sober worm mail forged as a
 * delivery failure (Perl's bug tracker, imported to GitHub): the gateway's own template above the
 * original message.
 */
const SERVGATE_NOTICE = page(
  "https://github.com/Perl/perl5/issues/7674",
  "Perl/perl5 issue 7674: a W32/Sober mail as the tracker received it, with ServGate EdgeForce's scan notice",
);

/**
 * Exchange's anti-malware policy: with "Delete all attachments and use default alert text" it
 * delivers the message with its attachments replaced by a text file (Malware Alert Text.txt)
 * holding the default alert text, quoted on this page.
 */
const EXCHANGE_MALWARE_POLICY = page(
  "http://technet.microsoft.com/en-us/library/jj200745(v=exchg.150)",
  "Microsoft TechNet: Configure the Default Anti-Malware Policy (Exchange Online, Exchange Online Protection), the default alert text",
);

/**
 * The same alert as Exchange Online wrote it in a real message: Splunk's "Boss of the SOC" v3
 * dataset (botsv3, stream:smtp) holds a Malware Alert Text.txt attachment of a delivered
 * message, whose decoded text public write-ups of the dataset quote.
 */
const BOTSV3_MALWARE_ALERT = page(
  "https://github.com/splunk/botsv3",
  "Splunk BOTS v3 dataset: an Exchange Online message's Malware Alert Text.txt (stream:smtp), decoded",
);

const { phrase } = entryKit("scan-notice");

export const SCAN_NOTICES_TABLE: ProviderTable = {
  provider: "scan-notice",
  identity: {
    provider: "scan-notice",
    name: "A virus scanner's notice on delivered mail",
    hosts: [],
    source: MAILSCANNER_VIRUS,
  },
  phrases: [
    phrase({
      id: "mailscanner.attachment-replaced",
      cause: "not-a-bounce",
      // Both templates end the same way: the attachment "has been replaced by this warning
      // message", which is the message the reader holds, delivered.
      match: ["has been replaced by this warning message"],
      scope: "any",
      source: MAILSCANNER_VIRUS,
      example:
        'The original e-mail attachment "$filename" was believed to be dangerous and/or infected by a virus and has been replaced by this warning message.',
      note: "A virus scanner took an attachment out and delivered the rest of the message with this warning in its place. Nothing bounced. If you did not send that attachment, your address was probably forged; if you did, scan the computer that sent it.",
    }),
    phrase({
      id: "mailscanner.banned-attachment-replaced",
      cause: "not-a-bounce",
      match: ["is on the list of unacceptable attachments for this site and has been replaced"],
      scope: "any",
      source: MAILSCANNER_FILENAME,
      example:
        'The original e-mail attachment "$filename" is on the list of unacceptable attachments for this site and has been replaced by this warning message.',
      note: "The receiving site does not take this kind of attachment: its scanner took the file out and delivered the rest of the message with this warning in its place. Nothing bounced; send the file another way if the recipient needs it.",
    }),
    phrase({
      id: "exchange.malware-alert-attachments-deleted",
      cause: "not-a-bounce",
      // The alert text replaces the attachments in a message that was delivered.
      match: ["all attachments have been deleted"],
      scope: "any",
      source: EXCHANGE_MALWARE_POLICY,
      example:
        "Malware was detected in one or more attachments included with this email. All attachments have been deleted.",
      note: "Exchange's malware filter took the attachments out and delivered the rest of the message with this alert in their place. Nothing bounced. If you sent the attachment, scan the computer it came from and send the file another way.",
    }),
    phrase({
      id: "exchange-online.malware-alert-attachments-removed",
      cause: "not-a-bounce",
      match: ["action: all attachments have been removed"],
      scope: "any",
      source: BOTSV3_MALWARE_ALERT,
      example:
        "Malware was detected in one or more attachments included with this email message. Action: All attachments have been removed.",
      note: "Microsoft 365's malware filter took the attachments out and delivered the rest of the message with this alert in their place. Nothing bounced. If you sent the attachment, scan the computer it came from and send the file another way.",
    }),
    phrase({
      id: "servgate.action-applied-to-attachments",
      cause: "not-a-bounce",
      // The notice lists each attachment with what was done to it ("Status: Deleted"): the
      // message itself went on, as the original quoted under the notice shows.
      match: ["the following action has been applied to the below attachments"],
      scope: "any",
      source: SERVGATE_NOTICE,
      example:
        "This email was scanned for viruses by ServGate EdgeForce security gateway. [Detail] The following action has been applied to the below attachments: Attachment Name: auto__mail.houston.txt.scr, Virus Found: W32/Sober.j@MM, Status: Deleted",
      note: "A security gateway scanned the message, took the infected attachment out and passed the rest on. Nothing bounced. A failure notice quoted under it is often the worm's own disguise, with a forged sender.",
    }),
  ],
  statusReadings: [],
};
