// Postmark (ActiveCampaign): its API answers a send it refuses with an error code and message
// (ErrorCode 406 "Inactive recipient", 401 "Sender signature not confirmed", ...). Source:
// Postmark's API overview, "Error codes" (its names read from a copy; the stored page gave only
// its opening), and the inactive-recipient message as Postmark's gem raises it.
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

const { phrase } = entryKit("postmark");

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
  ],
  statusReadings: [],
  missingPages: [
    "The error-code descriptions on Postmark's page were not read (only a copy of the code names): 405 'Not allowed to send' and 429 'Rate Limit Exceeded' are not entered, nor the bounce types (HardBounce, SoftBounce, Blocked, ...) whose descriptions were not found.",
  ],
};
