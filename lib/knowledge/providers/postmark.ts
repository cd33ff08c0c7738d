// Postmark (ActiveCampaign): its API answers a send it refuses with an error code and message
// (ErrorCode 406 "Inactive recipient", 401 "Sender signature not confirmed", ...), and its bounce
// records carry a bounce type with a one-line description. Sources: Postmark's API overview,
// "Error codes" (its names read from a copy; the stored page gave only its opening), the
// inactive-recipient message as Postmark's gem raises it, and the Bounce API's bounce types.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ERROR_CODES = page(
  "https://postmarkapp.com/developer/api/overview#error-codes",
  "API overview: Error codes (Postmark developer documentation)",
  "gist abhijit-hota/27f385c8bf90028adc893bdf91482547, a copy of the page's code list (docs corpus)",
);
const INACTIVE = page(
  "https://postmarkapp.com/developer/api/overview#error-codes",
  "API overview: Error codes, 406 Inactive recipient (Postmark developer documentation)",
  "the message as rubydoc.info/gems/effective_postmark/0.3.0/EffectivePostmarkUser quotes Postmark::InactiveRecipientError (docs corpus)",
);

const BOUNCE_TYPES = page(
  "https://postmarkapp.com/developer/api/bounce-api#bounce-types",
  "Bounce API: Bounce types (Postmark developer documentation)",
  "help.esolia.pro/en/bulk-email/bulk-email-bounce-codes, a Postmark customer's copy of the table (pages corpus)",
);
const BOUNCES_ARTICLE = page(
  "https://postmarkapp.com/support/article/815-what-are-bounces-and-spam-complaints",
  "What are bounces and spam complaints? (Postmark support)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("postmark");

/** A bounce type's description as Postmark's Bounce API lists it (Type, code, name and description). */
const TYPE_FORM =
  "The description of the bounce type as the Bounce API table gives it; Postmark's bounce records carry it as their Description.";

const NOT_VERIFIED =
  "Postmark sends only from a confirmed Sender Signature (or a verified domain): the relay will not take mail for this sender until it is confirmed, as Amazon SES's 'Email address is not verified'.";

export const POSTMARK_TABLE: ProviderTable = {
  provider: "postmark",
  identity: {
    provider: "postmark",
    name: "Postmark",
    hosts: ["postmarkapp.com", "mtasv.net"],
    markers: ["inactive recipients are ones that have generated"],
    source: ERROR_CODES,
  },
  phrases: [
    phrase({
      id: "406-inactive-recipient-bounced",
      cause: "recipient-unknown",
      match: ["found inactive addresses", "inactive recipients are ones that have generated"],
      scope: "any",
      strength: "weak",
      source: INACTIVE,
      example:
        "You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: someone@example.com. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression.",
      verbatim: false,
      note: "The message says the address is inactive after a hard bounce, a spam complaint OR a manual suppression, without saying which: a hint for the hard bounce (the address is wrong), beside the complaint (next entry). Postmark's Suppressions or Bounces view names the reason. The quoted address is replaced (the copy had it obfuscated).",
    }),
    phrase({
      id: "406-inactive-recipient-complaint",
      cause: "not-a-bounce",
      match: ["found inactive addresses", "inactive recipients are ones that have generated"],
      scope: "any",
      strength: "weak",
      source: INACTIVE,
      example:
        "You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: someone@example.com. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression.",
      verbatim: false,
      note: "The same message read as a spam complaint or a manual suppression: the recipient (or the sender) chose to stop the mail, no server refused it; the not-a-bounce checklist (keep the address off your lists) fits that reading.",
    }),
    phrase({
      id: "401-sender-signature-not-confirmed",
      cause: "relay-denied",
      match: ["sender signature not confirmed"],
      scope: "any",
      source: ERROR_CODES,
      example: "Sender signature not confirmed",
      note: `Error code 401. ${NOT_VERIFIED}`,
    }),
    phrase({
      id: "400-sender-signature-not-found",
      cause: "relay-denied",
      match: ["sender signature not found"],
      scope: "any",
      source: ERROR_CODES,
      example: "Sender Signature not found",
      note: `Error code 400: the From address has no Sender Signature on the account. ${NOT_VERIFIED}`,
    }),
    phrase({
      id: "411-forbidden-attachment-type",
      cause: "content-virus",
      match: ["forbidden attachment type"],
      scope: "any",
      source: ERROR_CODES,
      example: "Forbidden attachment type",
      note: "Error code 411: Postmark refuses an attachment of a type it does not send; our cause covers refused attachment types. Send the file another way (a link) or in an allowed type.",
    }),
    phrase({
      id: "412-account-is-pending",
      cause: "relay-denied",
      match: ["account is pending"],
      source: ERROR_CODES,
      example: "Account is Pending",
      note: "Error code 412: the account is still under Postmark's review and may not send beyond it yet; the relay refuses this sender until the account is approved (the administrator's task, as relay-denied says).",
    }),
    phrase({
      id: "413-account-may-not-send",
      cause: "relay-denied",
      match: ["account may not send"],
      scope: "any",
      source: ERROR_CODES,
      example: "Account May Not Send",
      note: "Error code 413: Postmark will not send for this account (suspended or not approved): the relay refuses the sender until the account holder settles it with Postmark.",
    }),
    phrase({
      id: "type-1-hard-bounce",
      cause: "recipient-unknown",
      match: [
        "the server was unable to deliver your message (ex: unknown user, mailbox not found)",
      ],
      scope: "any",
      source: BOUNCE_TYPES,
      example:
        "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
      note: `Bounce type HardBounce (1). ${TYPE_FORM} The support article (${BOUNCES_ARTICLE.url}): "Hard Bounce: The email address no longer exists."`,
    }),
    phrase({
      id: "type-4096-soft-bounce-full",
      cause: "mailbox-full",
      match: ["unable to temporarily deliver message (i.e. mailbox full, account disabled"],
      scope: "any",
      strength: "weak",
      source: BOUNCE_TYPES,
      example:
        "Unable to temporarily deliver message (i.e. mailbox full, account disabled, exceeds quota, out of disk space).",
      note: `Bounce type SoftBounce (4096) names a full mailbox, a disabled account, an exceeded quota or a full disk: a hint for the full mailbox (the support article's own example, "The mailbox is full and not accepting emails"), and one for the disabled account (next entry). The words inside its "i.e." list are possibilities, so the catalog does not read "mailbox full" there outright. ${TYPE_FORM}`,
    }),
    phrase({
      id: "type-4096-soft-bounce-disabled",
      cause: "mailbox-disabled",
      match: ["unable to temporarily deliver message (i.e. mailbox full, account disabled"],
      scope: "any",
      strength: "weak",
      source: BOUNCE_TYPES,
      example:
        "Unable to temporarily deliver message (i.e. mailbox full, account disabled, exceeds quota, out of disk space).",
      note: `The same SoftBounce description read as the disabled account it also lists: with the full-mailbox hint, the two rank first and the reply beside them decides. ${TYPE_FORM}`,
    }),
    phrase({
      id: "type-512-spam-notification",
      cause: "content-spam",
      match: [
        "was either blocked by the user, or classified as spam, bulk mail, or had rejected content",
      ],
      scope: "any",
      strength: "weak",
      source: BOUNCE_TYPES,
      example:
        "The message was delivered, but was either blocked by the user, or classified as spam, bulk mail, or had rejected content.",
      note: `Bounce type SpamNotification (512): mostly the content was judged spam or bulk, but a user's own block reads the same: a hint. ${TYPE_FORM}`,
    }),
    phrase({
      id: "type-8192-virus-notification",
      cause: "content-virus",
      match: ["virus notification warning about a virus/code infected message"],
      scope: "any",
      source: BOUNCE_TYPES,
      example:
        "The bounce is actually a virus notification warning about a virus/code infected message.",
      note: `Bounce type VirusNotification (8192). ${TYPE_FORM}`,
    }),
    phrase({
      id: "type-100000-bad-email-address",
      cause: "recipient-unknown",
      match: ["the address is not a valid email address"],
      source: BOUNCE_TYPES,
      example: "The address is not a valid email address.",
      note: `Bounce type BadEmailAddress (100000): the address itself is malformed; correct it as an unknown address is corrected. ${TYPE_FORM}`,
    }),
    phrase({
      id: "type-64-auto-responder",
      cause: "not-a-bounce",
      match: ['automatic email responder (ex: "out of office" or "on vacation")'],
      scope: "any",
      source: BOUNCE_TYPES,
      example: 'Automatic email responder (ex: "Out of Office" or "On Vacation").',
      note: `Bounce type AutoResponder (64): an auto-reply came back, the message was delivered. ${TYPE_FORM}`,
    }),
    phrase({
      id: "type-16384-challenge-verification",
      cause: "not-a-bounce",
      match: ["the bounce is a challenge asking for verification you actually sent the email"],
      scope: "any",
      source: BOUNCE_TYPES,
      example: "The bounce is a challenge asking for verification you actually sent the email.",
      note: `Bounce type ChallengeVerification (16384): the recipient's challenge-response filter asks the sender to confirm. Nothing was refused for good. ${TYPE_FORM}`,
    }),
    phrase({
      id: "type-16-unsubscribe-request",
      cause: "not-a-bounce",
      match: ["unsubscribe or remove request"],
      source: BOUNCE_TYPES,
      example: "Unsubscribe or Remove request.",
      note: `Bounce type Unsubscribe (16): the recipient replied asking to be taken off the list. No server refused anything; stop mailing the address. ${TYPE_FORM}`,
    }),
    phrase({
      id: "type-100001-spam-complaint",
      cause: "not-a-bounce",
      match: ["the subscriber explicitly marked this message as spam"],
      scope: "any",
      source: BOUNCE_TYPES,
      example: "The subscriber explicitly marked this message as spam.",
      note: `Bounce type SpamComplaint (100001): a complaint, not a refusal; Postmark deactivates the address. Keep it off your lists (the not-a-bounce checklist). ${TYPE_FORM}`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The error-code descriptions on Postmark's page were not read (only a copy of the code names): 405 'Not allowed to send' and 429 'Rate Limit Exceeded' are not entered, nor the bounce types that name no single cause (Transient, DnsError, Unknown, AddressChange, ManuallyDeactivated) or whose descriptions were not in the copy read (Blocked, DMARCPolicy, SMTPApiError, ...).",
  ],
};
