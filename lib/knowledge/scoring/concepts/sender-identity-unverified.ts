// Concepts (see ./types.ts): a sending service that sends only from the addresses (identities)
// its customer has verified with it, refusing one it has not. concept.sender-domain-unverified
// (./submission.ts) reads the same of a sender domain; this reads it of an address or identity.
// The fix is in the sending account (verify the address, or send from one that is): the
// sending service will not pass the mail on, relay-denied as that concept reads it.
import type { Concept } from "./types";

export const SENDER_IDENTITY_UNVERIFIED_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.sender-address-unverified",
    cause: "relay-denied",
    says: "the sending service has not verified this sender address (identity) for the account, so it will not send from it",
    // Not "mail from domain": Amazon SES's "Mail FROM domain is not verified" is the custom MAIL
    // FROM domain's own DNS (sender-address-invalid, providers/amazon-ses.ts).
    subject: ["email address is not verified", "identities failed the check", "from address"],
    failure: ["not verified", "has not been verified", "failed the check"],
    // A receiver's check of an address by calling its server back ("unverified address",
    // "verification failed") is about whether the address takes mail, not about an account; a
    // domain's own records are another check.
    unless: [
      "unverified address",
      "verification failed",
      "verify failed",
      "mail from domain",
      "spf",
      "dkim",
      "dmarc",
    ],
    examples: [
      {
        text: "554 Message rejected: Email address is not verified. The following identities failed the check in region region: identity0, identity1, identity2",
        source:
          "https://repost.aws/knowledge-center/ses-554-400-message-rejected-error (Why do I get a 554 or 400 'Message rejected' error with 'Email address is not verified' from Amazon SES? SES sends only from verified identities; providers/amazon-ses.ts)",
      },
      {
        text: "The SendGrid account from address the message has not been verified.",
        source:
          "https://twilio.com/docs/api/errors/60222 (60222: SendGrid The from address does not match a verified Sender Identity, Twilio error dictionary: its possible cause)",
      },
    ],
  },
];
