// Concepts (see ./types.ts): challenge-response and sender-confirmation systems in their own
// words. Such a system at the recipient's side answers mail from a sender it does not know with a
// request to prove the sender is a person (follow a link, solve a captcha, send a reply), and
// delivers the message once the sender has (Spam Arrest's help page: the message "is not from an
// approved sender, the sender is then sent a 'challenge' message ... Senders only have to
// authorize themselves once"; TMDA's confirm_request template). Two kinds, by what happened to
// the message:
//  - held: the message waits in the system's queue for the answer (Bluebottle, Boxbe's
//    "waitlisted", TMDA's pending queue, Spam Arrest's Unverified folder, Mailinblack's "pending
//    email ... the sender hasn't yet completed the authentication request",
//    https://www.mailinblack.com/en/question/my-email-is-blocked-in-quarantine/; Mailinblack's
//    own request is a template each customer may reword, so no wording of it is read here). Nothing failed yet:
//    PRODUCT.md's not-a-bounce, read as concept.challenge-response's kind in
//    lib/knowledge/not-a-bounce-readings.ts ("answer the challenge").
//  - refused: the receiving server refused the message in the SMTP dialogue (a 5xx reply) until
//    the sending server is confirmed on a web page. That message is gone; it is the recipient's
//    side's policy towards unknown senders (sender-policy), which the sender's admin meets by
//    confirming the server (the link in the reply) and sending again.
// The senders' own notices are quoted from the test corpus of Mail::DeliveryStatus::BounceParser
// (real notices kept there to test its challenge-response detection) and from TMDA's template.
import type { Concept } from "./types";

const BOUNCEPARSER =
  "https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/3133a16326c596e0e9fc97469930aee535962bcf/t/corpus";
const TMDA_TEMPLATE =
  "https://github.com/KevinGoodsell/tmda-fork/blob/266e6574879dc4e955c1f85748b7f5681637d542/tmda/templates/confirm_request.txt";
const SPAM_ARREST_HELP = "http://www.spamarrest.com/help/index.jsp?cat=19 (Spam Arrest help)";

export const CHALLENGE_NOTICE_CONCEPTS: readonly Concept[] = [
  {
    // A challenge that holds the message: the notice asks the sender to add themself to the
    // recipient's list of known senders (Bluebottle's "allowed list", Boxbe's "Guest List") or to
    // release the message by a reply (TMDA). Boxbe's delivery report says it in its
    // Diagnostic-Code ("Sender not pre-approved. Follow instructions in above notice", under
    // Status 4.7.0: not final). Each subject is the system's own phrase for its list or its
    // hold, each failure its request; a refusal word anywhere ("rejected", "denied") makes it a
    // refusal that names a list, not a held challenge.
    id: "concept.challenge-held",
    cause: "not-a-bounce",
    says: "the recipient's challenge-response filter holds the message until the sender confirms (follows its link or replies); nothing failed yet",
    subject: [
      // Bluebottle's and Boxbe's own phrases for adding the sender to the list: "not on the
      // recipient's allowed list" alone is a refusal by an allow-list, not a challenge.
      "address added to the recipient's allowed list",
      "to my boxbe guest list",
      "sender not pre-approved",
      "has been waitlisted",
      "to release your message",
      "junk-mail reduction system",
    ],
    failure: [
      "click",
      "link",
      "follow instructions",
      "add yourself",
      "empty message",
      "reply",
      "confirm",
    ],
    unless: ["reject", "denied", "refused", "blocked", "not permitted"],
    examples: [
      {
        text: "This account is protected by Bluebottle.  Please click on the following link to have your address added to the recipient's allowed list and to ensure delivery of your email.",
        source: `${BOUNCEPARSER}/bluebottle.msg (a Bluebottle challenge, kept in BounceParser's test corpus); ${SPAM_ARREST_HELP} (what a challenge-response system does)`,
      },
      {
        text: 'Your message about "Dear Mr bloggs, get your foo" has been waitlisted.  Please add yourself to my Boxbe Guest List so your messages will go to my Inbox. Click the link below to be added:',
        source: `${BOUNCEPARSER}/boxbe-cr.msg (a Boxbe notice, kept in BounceParser's test corpus)`,
      },
      {
        text: "Diagnostic-Code: X-Boxbe-Notice; Sender not pre-approved.  Follow instructions in above notice",
        source: `${BOUNCEPARSER}/boxbe-cr.msg (the delivery report under Boxbe's notice, Status 4.7.0)`,
      },
      {
        text: 'To release your message for delivery, please send an empty message to the following address, or use your mailer\'s "Reply" feature.',
        source: `${TMDA_TEMPLATE} (TMDA's confirmation request)`,
      },
    ],
  },
  {
    // A refusal until the sending server is confirmed: the receiving server answers 5xx and
    // names a page where the sending server's admin confirms the server (an allow-list of
    // sending servers filled by confirmation). The message was refused; nothing is held.
    id: "concept.server-confirmation-required",
    cause: "sender-policy",
    says: "the recipient's server refuses mail from servers it does not know until the sending server is confirmed on its web page (the link in the reply)",
    subject: [
      "server requires confirmation",
      "confirm this mail server",
      "confirm your mail server",
    ],
    failure: ["visit", "confirm", "requires"],
    examples: [
      {
        text: "550 Your server requires confirmation. Visit http://www.mailhostingservice.com/Whitelist.aspx?IP=94.236.45.212 to confirm this mail server.",
        source: `${BOUNCEPARSER}/whitelist.msg (a Postfix bounce quoting the receiving server's reply, kept in BounceParser's test corpus)`,
      },
    ],
  },
];
