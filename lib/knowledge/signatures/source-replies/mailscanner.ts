// MailScanner (MailScanner/v5 at the commit read), the content filter that scans mail after the
// MTA has accepted it and mails the sender a notice of its own (its reports/en/*.report.txt,
// filled with the message's details; "Notify Senders" decides which go out). The rows quote
// each notice's body from its first line. Placeholders: bob@example.com, subject "Hello".
import { sourceFile, type SourceReply } from "./types";

const REPO = "MailScanner/v5/blob/76589ee4b82cb24e9aeceafe798b99536ce33178";

const report = (name: string) =>
  sourceFile("mailscanner", REPO, "common/usr/share/MailScanner/reports/en/")(`${name}.txt`);

const ABOUT = "  To: bob@example.com\n  Subject: Hello\n  Date: Sat Dec  5 12:00:00 2026";

export const MAILSCANNER_SOURCE_REPLIES: readonly SourceReply[] = [
  report("sender.virus.report")(
    "virus",
    6,
    "the sender's virus notice (Notify Senders Of Viruses)",
    "Our virus detector has just been triggered by a message you sent:-",
    `Subject: Warning: E-mail viruses detected\n\nOur virus detector has just been triggered by a message you sent:-\n${ABOUT}\nAny infected parts of the message (invoice.zip)\nhave not been delivered.\n\nThis message is simply to warn you that your computer system may have a\nvirus present and should be checked.\n\nThe virus detector said this about the message:\nReport: ClamAV: invoice.zip was infected: Eicar-Signature`,
    "a virus scanner found a virus in the message",
    "content-virus",
  ),
  report("sender.spam.sa.report")(
    "spam",
    10,
    "the sender's spam notice when SpamAssassin judged the message spam",
    "This message has been rejected. The detector that triggered is\nSpamAssassin.",
    `Subject: {Bounce} Unsolicited commercial email rejected\n\nOur UCE (spam) detectors have been triggered by a message you sent:-\n${ABOUT}\nThis message has been rejected. The detector that triggered is\nSpamAssassin.\n\nThe content of your message indicates that it is probably spam e-mail,\nwhich is why it has been rejected.`,
    "SpamAssassin's score for the message is over the spam threshold and the site bounces spam",
    "content-spam",
  ),
  report("sender.spam.rbl.report")(
    "rbl",
    13,
    "the sender's spam notice when a DNS blocklist (Spam List) listed the sending server",
    "The server which is sending the message to our site is listed in a\npublic blacklist of badly configured or misused mail systems.",
    `Subject: {Bounce} Unsolicited commercial email rejected\n\nOur UCE (spam) detectors have been triggered by a message you sent:-\n${ABOUT}\nThis message has been destroyed. The detectors that were triggered are\nspamhaus-ZEN.\n\nThe server which is sending the message to our site is listed in a\npublic blacklist of badly configured or misused mail systems.`,
    "the IP of the server that handed the message over is listed on one of the site's DNS blocklists",
    "ip-blocklisted",
  ),
  report("sender.size.report")(
    "too-large",
    15,
    "the sender's size notice",
    "Its length was $messagesize bytes, but the maximum allowed is $maxmessagesize.",
    `Subject: Oversized email rejected\n\nOur email content filters have been triggered by a message you sent:-\n${ABOUT}\nThis message has been rejected. The filters said this:\nMessage is too large.\n\nThis message, or an attachment it contained, was too large and has been\nremoved.\nIts length was 30000000 bytes, but the maximum allowed is 20000000.`,
    "the message is larger than the site's Maximum Message Size",
    "message-too-large",
  ),
  report("sender.filename.report")(
    "attachment",
    11,
    "the sender's notice for an attachment the filename or filetype rules refuse",
    "One or more of the attachments ($filename) are on\nthe list of unacceptable attachments for this site and will not have\nbeen delivered.",
    `Subject: Warning: E-mail viruses detected\n\nOur e-mail content detector has just been triggered by a message you sent:\n${ABOUT}\n\nOne or more of the attachments (setup.exe) are on\nthe list of unacceptable attachments for this site and will not have\nbeen delivered.\n\nConsider renaming the files to avoid this constraint.`,
    "an attachment's name or type matches the site's filename or filetype rules",
    "content-virus",
  ),
  report("rejection.report")(
    "rejected-sender",
    6,
    "the notice for mail the site's Reject Message rules refuse",
    "You have sent a mail message to us which was not requested and has been\nrejected. Please do not send any more mail to us at this address:",
    `Subject: Unrequested mail rejected\n\nYou have sent a mail message to us which was not requested and has been\nrejected. Please do not send any more mail to us at this address:\n${ABOUT}`,
    "the sender matches the site's Reject Message ruleset: it refuses mail from this sender",
    "sender-policy",
  ),
];
