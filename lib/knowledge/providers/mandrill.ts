// Mailchimp Transactional (Mandrill): a send it refuses comes back with status "rejected" and a
// reject_reason ("hard-bounce", "spam", "unsub", "unsigned", ...). Sources: Mandrill's help
// articles "What is a rejected email? (Rejection Blacklist)" and "About Bounces".
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const STORED = "stored copy (pages corpus)";
const REJECTED = page(
  "https://mandrill.zendesk.com/hc/en-us/articles/205582957-What-is-a-rejected-email-Rejection-Blacklist-",
  "What is a rejected email? (Rejection Blacklist) (Mandrill knowledge base)",
  STORED,
);
const BOUNCES = page(
  "https://mandrill.zendesk.com/hc/en-us/articles/205582937-About-Bounces",
  "About Bounces (Mandrill knowledge base)",
  STORED,
);

const { phrase } = entryKit("mandrill");

/** "reject_reason":"x" in the API's answer, or "Reject Reason: x" as the article writes it. */
const reason = (name: string) => new RegExp(`reject[_ ]reason\\W{1,4}${name}\\b`);

const OPTED_OUT =
  "No server refused the message: the recipient chose not to get this mail, and the address sits on the Rejection Blacklist. The not-a-bounce checklist fits (nothing to repair; keep the address off your lists); neither sender-policy nor recipient-unknown is what happened.";

export const MANDRILL_TABLE: ProviderTable = {
  provider: "mandrill",
  identity: {
    provider: "mandrill",
    name: "Mailchimp Transactional (Mandrill)",
    hosts: ["mandrillapp.com"],
    source: REJECTED,
  },
  phrases: [
    phrase({
      id: "reject-unsigned",
      cause: "relay-denied",
      match: [reason("unsigned")],
      scope: "any",
      source: REJECTED,
      example: "Reject Reason: unsigned",
      note: "The article: the message was sent from a domain not fully configured for Mandrill; Mandrill sends nothing from a domain whose ownership is not verified or that lacks valid SPF and DKIM records. The relay refuses this sender until the domain is set up, as Amazon SES's 'Email address is not verified'.",
    }),
    phrase({
      id: "reject-hard-bounce",
      cause: "recipient-unknown",
      match: [reason("hard-bounce")],
      scope: "any",
      source: BOUNCES,
      example: '{"status":"rejected","reject_reason":"hard-bounce"}',
      verbatim: false,
      note: "The address is on the Rejection Blacklist after a hard bounce; 'About Bounces': permanent errors such as invalid mailboxes are classified as hard bounces (quota and temporary problems as soft). The answer is reconstructed from the API's status and reject_reason fields (its email field left out: an address in the line reads as a recipient of its own).",
    }),
    phrase({
      id: "reject-spam",
      cause: "not-a-bounce",
      match: [reason("spam")],
      scope: "any",
      source: REJECTED,
      example: '{"status":"rejected","reject_reason":"spam"}',
      verbatim: false,
      note: `The article: the address registered a spam complaint for mail sent through the account. ${OPTED_OUT} The answer's form is reconstructed from the API's fields.`,
    }),
    phrase({
      id: "reject-unsub",
      cause: "not-a-bounce",
      match: [reason("unsub")],
      scope: "any",
      source: REJECTED,
      example: '{"status":"rejected","reject_reason":"unsub"}',
      verbatim: false,
      note: `The article: the address registered an unsubscribe for mail sent through the account. ${OPTED_OUT} The answer's form is reconstructed from the API's fields.`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Mandrill's API reference listing every reject_reason (soft-bounce, custom, invalid-sender, invalid, test-mode-limit, rule) was not read: those are left out (soft-bounce and custom name no single cause).",
  ],
};
