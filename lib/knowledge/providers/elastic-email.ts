// Elastic Email: every message it could not deliver is filed under a bounce category
// ("NoMailbox", "AccountProblem", "DNSProblem", ...) that its reports and logs show with the
// receiving server's reply. Source: Elastic Email's help article "What are the bounce error
// categories and filters" (its Bounce Categories Dictionary). Categories naming no single cause
// (GreyListed, ConnectionProblem, Suppressed, NotDelivered, ...) are left out.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const CATEGORIES = page(
  "https://help.elasticemail.com/en/articles/2300650-what-are-the-bounce-error-categories-and-filters",
  "What are the bounce error categories and filters (Elastic Email Help Center)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("elastic-email");

/** The category's name as the reports print it, or the page's description of it. */
const CATEGORY =
  "The page's description of the category; the category's own name (one CamelCase word) matches too.";

export const ELASTIC_EMAIL_TABLE: ProviderTable = {
  provider: "elastic-email",
  identity: {
    provider: "elastic-email",
    name: "Elastic Email",
    hosts: ["elasticemail.com"],
    source: CATEGORIES,
  },
  phrases: [
    phrase({
      id: "nomailbox",
      cause: "recipient-unknown",
      match: [/\bnomailbox\b/, "the address does not appear to exist"],
      scope: "any",
      source: CATEGORIES,
      example:
        "The address does not appear to exist. It may be misconfigured or removed from its server.",
      note: `Category NoMailbox: the receiver says there is no such mailbox; Elastic Email turns the contact Invalid. ${CATEGORY}`,
    }),
    phrase({
      id: "accountproblem-full",
      cause: "mailbox-full",
      match: [
        /\baccountproblem\b/,
        "issue with the recipient's mailbox, such as being full or inactive",
      ],
      scope: "any",
      strength: "weak",
      source: CATEGORIES,
      example: "There is an issue with the recipient's mailbox, such as being full or inactive.",
      note: `Category AccountProblem names a full or an inactive mailbox without saying which: a hint for each (next entry); the reply beside it decides. ${CATEGORY}`,
    }),
    phrase({
      id: "accountproblem-inactive",
      cause: "mailbox-disabled",
      match: [
        /\baccountproblem\b/,
        "issue with the recipient's mailbox, such as being full or inactive",
      ],
      scope: "any",
      strength: "weak",
      source: CATEGORIES,
      example: "There is an issue with the recipient's mailbox, such as being full or inactive.",
      note: `The same category read as the inactive mailbox it also names. ${CATEGORY}`,
    }),
    phrase({
      id: "dnsproblem",
      cause: "recipient-domain-invalid",
      match: [
        /\bdnsproblem\b/,
        "the domain part of the email address does not exist or could not be resolved",
      ],
      scope: "any",
      source: CATEGORIES,
      example: "The domain part of the email address does not exist or could not be resolved.",
      note: `Category DNSProblem: the recipient's domain does not exist (or did not resolve). ${CATEGORY}`,
    }),
    phrase({
      id: "spfproblem",
      cause: "authentication-failure",
      match: [/\bspfproblem\b/, "the email failed spf authorization"],
      scope: "any",
      source: CATEGORIES,
      example: "The email failed SPF authorization.",
      note: `Category SPFProblem. ${CATEGORY}`,
    }),
    phrase({
      id: "blacklisted",
      cause: "ip-blocklisted",
      match: ["bounced due to the sender's ip address being blacklisted"],
      scope: "any",
      source: CATEGORIES,
      example: "The email bounced due to the sender's IP address being blacklisted.",
      note: "Category BlackListed: the receiver refused the sending IP as listed; Elastic Email backs off exponentially. The category's name alone is too common a word to match.",
    }),
    phrase({
      id: "throttled",
      cause: "rate-limited",
      match: [
        "did not accept the email within the delivery window, often due to exceeding rate limits",
      ],
      scope: "any",
      source: CATEGORIES,
      example:
        "The recipient server did not accept the email within the delivery window, often due to exceeding rate limits (e.g., error code S3150).",
      note: "Category Throttled: the receiver kept deferring the mail for sending too much too fast until Elastic Email's delivery window ran out.",
    }),
    phrase({
      id: "spam",
      cause: "content-spam",
      match: ["matched a profile the internet community has labeled as spam"],
      scope: "any",
      source: CATEGORIES,
      example:
        "The email was rejected because it matched a profile the internet community has labeled as Spam or was caught by the recipient's anti-spam filters.",
      note: "Category Spam: the receiver's filters refused the message as spam.",
    }),
    phrase({
      id: "timeout",
      cause: "remote-unreachable",
      match: ["connection timeout occurred between our servers and the recipient"],
      scope: "any",
      source: CATEGORIES,
      example:
        "The delivery failed because a connection timeout occurred between our servers and the recipient.",
      note: "Category Timeout: the recipient's server did not answer in time.",
    }),
  ],
  statusReadings: [],
};
