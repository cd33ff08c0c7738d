// AOL's own failure notices, read from their top: the sentence AOL wrote for its user above the
// receiving server's reply. Two generations: the plain-text "Mail Delivery Problem" notice of
// AOL's own mail system (MAILER-DAEMON@AOL.com, "Your mail to the following recipients could not
// be delivered because ..."), and the HTML "Email Returned" notice from Postmaster@AOL.com
// ("We were unable to deliver your message to the following address ... because: ..."), which
// attaches the DSN with the receiving server's reply. Users often copy only these lines, so each
// sentence that names one cause is an entry here; the "because:" line that stands for several
// causes is a possibility wording (scoring/notice-wordings.ts). Every example is a real notice as
// its recipient kept it (a bounce parser's test set), not a reconstruction. Spread into aol.ts's
// phrases.
import { entryKit, page } from "./entry-kit";
import type { PhraseEntry } from "./types";

const { phrase } = entryKit("aol");

// Sisimai's set of real bounces: AOL's HTML "Email Returned" notices (rhost-aol-*), each with
// the DSN AOL attached below it.
const SISIMAI_SET =
  "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd";

export const AOL_NOTICE_PHRASES: readonly PhraseEntry[] = [
  phrase({
    id: "notice.user-name-not-valid",
    cause: "recipient-unknown",
    // AOL's "because:" line for a recipient the receiving server did not know. The words are
    // AOL's own (no MTA writes "user name of email address"), so they are read wherever they
    // appear: a user who copies the notice's top has no reply below them.
    match: ["user name of email address not valid"],
    scope: "any",
    // AOL's own report: it answers no SMTP command (the reply it attaches has its own reading).
    commands: ["NONE"],
    source: page(
      `${SISIMAI_SET}/rhost-aol-04.eml`,
      "AOL's HTML notice 'Email Returned' for an address the receiving server did not know (sisimai/set-of-emails rhost-aol-04.eml, real output)",
    ),
    example:
      "We were unable to deliver your message to the following address kijitora@example.co.jp because: User name of email address not valid",
    note: "The DSN AOL attaches to the same notice: 'Status: 5.1.1' and 'Diagnostic-Code: smtp; 550 5.1.1 <kijitora@example.co.jp>... User Unknown'; the notice itself ends 'More information about type 5.1.1 delivery errors are available'. The part of the address before the @ names no mailbox there: the sender checks the address.",
  }),
  phrase({
    id: "notice.not-accepting-mail-from-sender",
    cause: "sender-policy",
    // The recipient's own AOL Mail Controls: AOL refused to deliver because the AOL member had
    // blocked this sender. The sender's address follows the words.
    match: [/could not be delivered because they are not accepting mail from \S/],
    // Only AOL's notice words the refusal this way; no MTA's default text does.
    scope: "any",
    commands: ["NONE"],
    source: page(
      "https://github.com/wRAR/flufl.bounce/blob/4ee917c05c1517087c614a73d061638dba2e1b13/flufl/bounce/tests/data/aol_01.txt",
      "AOL's 'Mail Delivery Problem' notice from MAILER-DAEMON@AOL.com to a mailing list (flufl.bounce test data aol_01.txt, real output)",
    ),
    example:
      "Your mail to the following recipients could not be delivered because they are not accepting mail from xxx@lists.xxx.com:",
    note: "AOL's help page on returned mail (http://help.aol.com/help/microsites/search.do?cmd=displayKC&docType=kc&externalId=73062, 'Is Not Accepting Mail From This Sender') says the recipient may have blocked mail from the sender's address. The recipient's own setting, not the sender's server: only the recipient can lift it.",
  }),
  phrase({
    id: "notice.not-accepting-attachments-or-images",
    cause: "content-virus",
    // The recipient's Mail Controls refuse any message that carries a file or a picture: the
    // attachment is what the receiver refuses, so the sender resends without it.
    match: ["because they are not accepting mail with attachments or embedded images"],
    scope: "any",
    commands: ["NONE"],
    source: page(
      "https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/6a9d6ebc0a4e38ee668b52dc879a968304337923/t/corpus/aol-senderblock.msg",
      "AOL's 'Mail Delivery Problem' notice from MAILER-DAEMON@aol.com (Mail::DeliveryStatus::BounceParser test corpus aol-senderblock.msg, real output)",
    ),
    example:
      "Sorry address@example.com. Your mail to the following recipients could not be delivered because they are not accepting mail with attachments or embedded images:",
    note: "The recipient's AOL settings take no mail with attachments or pictures in it, from anyone. Not spam and not a virus: the message's attachments or inline images are what is refused, so a copy without them, or the files sent another way, goes through.",
  }),
];
