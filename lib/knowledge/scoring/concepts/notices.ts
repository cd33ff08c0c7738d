// Concepts for notices that come back to a sender without anything having failed: an automatic
// reply (out of office, vacation), a mailing list's note that a post waits for its moderator, a
// read receipt.
// Read from the words a person pastes when the headers that would say so (RFC 3834's
// Auto-Submitted, an auto-reply subject) are not in the paste. Never where the words also say
// that something was refused: a server that refuses auto-replies, or a moderator who rejected
// the post, is a refusal (the `unless` words).
import type { Concept } from "./types";

// Words that turn such a notice into a refusal or a failure report.
const REFUSED = [
  "reject",
  "refuse",
  "denied",
  "blocked",
  "not accept",
  "not allowed",
  "not permitted",
  "undeliver",
  "not delivered",
  "not be delivered",
  "failed",
  "failure",
  "suppress",
  "bounce",
  "spam",
  "discard",
];

const EWS_OOF =
  "https://learn.microsoft.com/en-us/previous-versions/office/developer/exchange-server-2010/hh532556(v=exchg.80)";
// Google's own Workspace command-line project: its recipe sets a Gmail vacation responder through
// the Gmail API (users.settings.updateVacation) with this subject and body.
const GOOGLE_VACATION =
  "https://github.com/googleworkspace/cli/blob/6be023c2d082701519b64049466fcdaeefffff1d/skills/recipe-create-vacation-responder/SKILL.md";

export const NOTICE_CONCEPTS: readonly Concept[] = [
  {
    // An out-of-office or vacation reply: the recipient's mailbox took the message and its
    // owner's program answered it (RFC 3834's automatic responses; RFC 5230's Sieve "vacation",
    // "an autoresponder similar to that of the Unix 'vacation' command"). The subject names the
    // feature as Microsoft (Outlook and Exchange's "Automatic reply (OOF)") and Google (Gmail's
    // "vacation responder") name it; the failure token is what such a reply says next: when its
    // writer is back, or the vacation itself.
    id: "concept.automatic-reply",
    cause: "not-a-bounce",
    says: "this is an automatic reply (out of office or vacation), not a delivery failure",
    subject: [
      "out of office",
      "out of the office",
      "out-of-office",
      "automatic reply",
      "automatic replies",
      "auto-reply",
      "autoreply",
      "auto reply",
      "autoresponder",
      "auto-responder",
      "email responder",
      "vacation responder",
    ],
    failure: ["vacation", "be back", "until", "return", "on leave"],
    unless: REFUSED,
    examples: [
      {
        text: "I'm out of office. I'll be back tomorrow. Thanks!",
        source: `${EWS_OOF} (Setting automatic replies by using the EWS Managed API 2.0 (Microsoft): the internal OOF reply it sets)`,
      },
      {
        text: "I am out of the office until Jan 20. For urgent matters, contact backup@company.com.",
        source: `${GOOGLE_VACATION} (Google Workspace CLI recipe "Create vacation responder": the Gmail vacation reply's responseBodyPlainText, sent under its responseSubject "Out of Office")`,
      },
    ],
  },
  {
    // A mailing list holding a post for its moderator: the list took the message and will post
    // it or tell the sender the moderator's decision; nothing bounced (yet). Mailman 2's
    // "postheld" notice and Sympa's delivery notice word it so.
    id: "concept.held-for-moderation",
    cause: "not-a-bounce",
    says: "a mailing list holds the message for its moderator's approval; it has not bounced",
    subject: ["moderator", "moderators"],
    failure: ["awaits", "awaiting", "being held", "held for", "forwarded to the", "for approval"],
    unless: REFUSED,
    examples: [
      {
        text: "Your mail to 'Linux-kernel' with the subject [BUG] floppy requests Is being held until the list moderator can review it for approval.",
        source:
          "https://lore.kernel.org/lkml/20020621231754.GC25360@holomorphy.com/ (Re: Your message to Linux-kernel awaits moderator approval, LKML 2002-06-21: Mailman's notice, quoted whole)",
      },
      {
        text: "Your message to the list '%1' has been forwarded to the moderator(s)",
        source:
          "https://github.com/sympa-community/sympa/blob/1d59e9a4998f72ee7bd84d0ee2aa30aee5f8f5de/default/mail_tt2/delivery_status_notification.tt2#L43 (Sympa's delivery status notice to the sender; %1 the list's name)",
      },
    ],
  },
  {
    // A read receipt (RFC 8098's message disposition notification): the recipient's mail program
    // reports that the message was shown, the opposite of a failure. Mail programs word its
    // human-readable part after the RFC's own example, "has been displayed. This is no guarantee
    // that the message has been read or understood" (Horde's Mdn.php, KDE's KMime), or as
    // Thunderbird's "Return Receipt" does.
    id: "concept.read-receipt",
    cause: "not-a-bounce",
    says: "this is a read receipt (the recipient's mail program reports the message was displayed), not a delivery failure",
    subject: ["has been displayed", "was displayed", "return receipt", "read receipt"],
    failure: ["no guarantee", "read or understood", "acknowledges"],
    unless: REFUSED,
    examples: [
      {
        text: 'The message sent on Tue, 18 Nov 2014 20:14:17 -0700 to BAR <bar@example.com> with subject "Test" has been displayed. This is no guarantee that the message has been read or understood.',
        source:
          "https://github.com/horde/Mime/blob/090aff70719474a9733083eb19b38db4b640a240/lib/Horde/Mime/Mdn.php#L201 (Horde_Mime_Mdn, the 'displayed' notification's text, as its test expects it)",
      },
      {
        text: "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.",
        source:
          "https://github.com/thunderbird/thunderbird-l10n/blob/5d7cde6f5d9237b64f7de733bb9fbb121055848a/en-GB/mail/chrome/messenger/msgmdn.properties#L5 (Thunderbird, MsgMdnDisplayed)",
      },
    ],
  },
];
