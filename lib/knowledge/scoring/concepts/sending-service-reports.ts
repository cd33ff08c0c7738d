// Concepts (see ./types.ts): what sending services (ESPs) file as a "bounce" although nothing
// failed: a challenge-response system's request to prove the sender is real, a recipient's
// request to be taken off a list. Each idea is named by at least two services' own bounce
// classifications; no receiving server refused the message (PRODUCT.md: not-a-bounce).
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
];
