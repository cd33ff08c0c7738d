// Concepts (see ./types.ts): what sending services (ESPs) file as a "bounce" although nothing
// failed: a challenge-response system's request to prove the sender is real, a recipient's
// request to be taken off a list, a send the service skipped because the recipient had
// unsubscribed. Each idea is named by at least two services' own bounce classifications; no
// receiving server refused the message (PRODUCT.md: not-a-bounce). One skip is read for the
// refusal it remembers: an address that bounced before (concept.previously-bounced-address).
import type { Concept } from "./types";

const POSTMARK_TYPES = "https://postmarkapp.com/developer/api/bounce-api#bounce-types";
const SPARKPOST_CLASSES =
  "https://support.sparkpost.com/docs/deliverability/bounce-classification-codes";

export const SENDING_SERVICE_REPORT_CONCEPTS: readonly Concept[] = [
  {
    // A challenge-response filter at the recipient answers a new sender with a request to
    // confirm (a link, a reply) before it lets the message through: an automatic reply that
    // Postmark (type 16384, "ChallengeVerification") and SparkPost (class 100) file apart from
    // failures. SASL's challenge-response logins (CRAM-MD5) are the sender's own login.
    id: "concept.challenge-response",
    cause: "not-a-bounce",
    says: "a challenge-response filter asks the sender to confirm they sent the message; nothing failed",
    subject: ["challenge-response", "challenge response", "a challenge asking"],
    failure: ["probe", "verif", "confirm"],
    unless: ["authentication", "sasl", "cram", "password", "login"],
    examples: [
      {
        text: "The bounce is a challenge asking for verification you actually sent the email.",
        source: `${POSTMARK_TYPES} (Bounce API: Bounce types (Postmark), ChallengeVerification)`,
      },
      {
        text: "The message is a challenge-response probe.",
        source: `${SPARKPOST_CLASSES} (Bounce classification codes (SparkPost), class 100)`,
      },
    ],
  },
  {
    // The recipient's answer asking to be removed from a list, sent back to the bounce address:
    // Postmark files it as type 16 ("Unsubscribe or Remove request"), SparkPost as class 90.
    // Only the words that call the message itself such a request: a footer offering to take one
    // is not it.
    id: "concept.unsubscribe-request",
    cause: "not-a-bounce",
    says: "the reply is the recipient's request to be unsubscribed, not a delivery failure",
    subject: ["is an unsubscribe request", "unsubscribe or remove request"],
    failure: ["request"],
    unless: ["reject", "refuse", "denied", "blocked", "failed", "undeliver", "not delivered"],
    examples: [
      {
        text: "Unsubscribe or Remove request.",
        source: `${POSTMARK_TYPES} (Bounce API: Bounce types (Postmark), type 16 Unsubscribe)`,
      },
      {
        text: "The message is an unsubscribe request.",
        source: `${SPARKPOST_CLASSES} (Bounce classification codes (SparkPost), class 90)`,
      },
    ],
  },
  {
    // The sending service skipped an address that had unsubscribed earlier: SendGrid's drop
    // reason "Unsubscribed Address", Mailgun's "Not delivering to unsubscribed address". No
    // receiving server saw the message. Its words are SendGrid's whole phrase, so where both
    // read them the concept may stand in the evidence for SendGrid's entry: the suppression
    // reading names it too (lib/knowledge/suppressions.ts suppressed.unsubscribed), so that the
    // headline says the message was not sent either way.
    id: "concept.unsubscribed-address",
    cause: "not-a-bounce",
    says: "the sending service did not send to this address because its owner unsubscribed",
    subject: ["unsubscribed address", "unsubscribed recipient", "unsubscribe list"],
    failure: ["address", "list", "recipient", "delivering"],
    examples: [
      {
        text: 'If the email address is on the Unsubscribe list the reason will say "Unsubscribed Address"',
        source: "https://docs.sendgrid.com/glossary/drops (Drops (SendGrid glossary))",
      },
      {
        text: "Not delivering to unsubscribed address",
        source:
          "https://help.mailgun.com/hc/en-us/articles/360012171713--Not-Delivering-to-Unsubscribed-Address- (Mailgun Help Center)",
      },
    ],
  },
  {
    // The sending service skipped an address because an earlier delivery to it failed for good:
    // Mailgun's "Not Delivering to Previously Bounced Address" (its bounce list keeps permanent
    // failures such as a mailbox that does not exist, not soft bounces or spam refusals),
    // SendGrid's drop reason "Bounced Address" (its bounce list: "it recorded that recipient
    // address as invalid"), ALL-INKL's outgoing server "One or more recipients were previously
    // reported as unknown". Nothing was sent this time, but what stops the mail is the earlier
    // refusal of the address, which each service files as a wrong address: correct or remove
    // it. Not a list of complaints or unsubscribes (the concepts above), nor a notice that only
    // says a bounce was permanent ("hard bounce" names no cause).
    id: "concept.previously-bounced-address",
    cause: "recipient-unknown",
    says: "the sending service did not send to this address because an earlier delivery to it failed for good (the address does not exist)",
    subject: ["previously bounced", "bounced address", "previously reported as unknown"],
    failure: ["address", "recipient", "delivering"],
    unless: ["complain", "as spam", "unsubscri", "soft bounce", "soft-bounce"],
    examples: [
      {
        text: "Not Delivering to Previously Bounced Address",
        source:
          "https://success.rewardgateway.com/hc/en-us/articles/32201267498781-Emails-Bounce-Lists (Emails Bounce Lists: Mailgun's reason, code 605; https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Bounces/ says what the bounce list keeps)",
      },
      {
        text: "Reason Bounced Address",
        source:
          "https://pastebin.com/QE09nfJ9 (a user's copy of SendGrid's Email Activity: a drop's reason); https://www.twilio.com/docs/sendgrid/ui/sending-email/bounces (Manage bounced messages (Twilio SendGrid): a repeat bounce is suppressed 'because it recorded that recipient address as invalid')",
      },
      {
        text: "Message cannot be sent. One or more recipients were previously reported as unknown.",
        source: "https://all-inkl.com/en/mail-error/ (Email error messages (ALL-INKL.COM))",
      },
    ],
  },
];
