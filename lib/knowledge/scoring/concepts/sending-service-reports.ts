// Concepts (see ./types.ts): what sending services (ESPs) file as a "bounce" although nothing
// failed: a challenge-response system's request to prove the sender is real, a recipient's
// request to be taken off a list, a send the service skipped because the recipient had
// unsubscribed. Each idea is named by at least two services' own bounce classifications; no
// receiving server refused the message (PRODUCT.md: not-a-bounce).
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
];
