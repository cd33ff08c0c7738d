// SparkPost (now Bird): its bounce events carry a bounce classification (a number, a name and a
// one-line description, "51 Spam Block: The message was blocked by the receiver as coming from a
// known spam source.") and, for refusals SparkPost writes itself, an "[internal]" reply. Source:
// SparkPost's "Bounce Classification Codes" and "Message Delivery: Understanding Delays and
// Bounces". Only the descriptions that name one cause are entries; the "Block" class that names
// several is two weak entries, and the classes that name none (1 Undetermined, 20 Soft Bounce,
// 40 Generic Bounce, 50 Mail Block, 70 Transient Failure, 25 Admin Failure, 30 No RCPT) are left out;
// the in-band replies it classifies (auto-reply, challenge, unsubscribe) are not refusals.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const CODES = page(
  "https://support.sparkpost.com/docs/deliverability/bounce-classification-codes",
  "Bounce Classification Codes (SparkPost)",
  "stored copy (pages corpus)",
);
const DELAYS = page(
  "https://support.sparkpost.com/docs/faq/understanding-delays-bounces",
  "Message Delivery: Understanding Delays and Bounces (SparkPost)",
  "stored copy (pages corpus)",
);

// Support pages read from their Markdown in SparkPost/support-docs (content/docs/...).
const DOCS_REPO = "repo SparkPost/support-docs content/docs";
const SMTP_ERRORS = page(
  "https://support.sparkpost.com/docs/faq/error-messages-smtp",
  "Error messages when using SMTP (SparkPost)",
  `${DOCS_REPO}/faq/error-messages-smtp.md`,
);
const SUPPRESSION_LISTS = page(
  "https://support.sparkpost.com/docs/user-guide/using-suppression-lists",
  "Using Suppression Lists (SparkPost)",
  `${DOCS_REPO}/user-guide/using-suppression-lists.md`,
);
const SYSTEM_POLICY = page(
  "https://support.sparkpost.com/docs/faq/recipient-address-was-suppressed-due-to-system-policy",
  "554 5.7.1 - Recipient address was suppressed due to system policy (SparkPost)",
  `${DOCS_REPO}/faq/recipient-address-was-suppressed-due-to-system-policy.md`,
);
const SCHEDULING = page(
  "https://support.sparkpost.com/docs/tech-resources/transmissions-api-scheduling",
  "Scheduling Your Emails Using the Transmissions API (SparkPost)",
  `${DOCS_REPO}/tech-resources/transmissions-api-scheduling.md`,
);
const EXTENDED_CODES = page(
  "https://support.sparkpost.com/docs/tech-resources/extended-error-codes",
  "Extended Error Codes (SparkPost)",
  `${DOCS_REPO}/tech-resources/extended-error-codes.md`,
);

const { phrase } = entryKit("sparkpost");

export const SPARKPOST_TABLE: ProviderTable = {
  provider: "sparkpost",
  identity: {
    provider: "sparkpost",
    name: "SparkPost (Bird)",
    hosts: ["sparkpostmail.com", "sparkpost.com"],
    source: CODES,
  },
  phrases: [
    phrase({
      id: "class-10-invalid-recipient",
      cause: "recipient-unknown",
      match: ["the recipient is invalid."],
      source: CODES,
      example: "10 Invalid Recipient: The recipient is invalid.",
      verbatim: false,
      note: "Classification 10 (category Hard): the receiver said the address does not exist. The page prints number, name and description in table columns; the line joins them as SparkPost's event data and reports do.",
    }),
    phrase({
      id: "class-22-mailbox-full",
      cause: "mailbox-full",
      match: ["bounced due to the remote mailbox being over quota"],
      scope: "any",
      source: CODES,
      example: "The message bounced due to the remote mailbox being over quota.",
    }),
    phrase({
      id: "class-23-too-large",
      cause: "message-too-large",
      match: ["bounced because it was too large for the recipient"],
      scope: "any",
      source: CODES,
      example: "The message bounced because it was too large for the recipient.",
    }),
    phrase({
      id: "class-51-spam-block-ip",
      cause: "ip-blocklisted",
      match: ["blocked by the receiver as coming from a known spam source"],
      scope: "any",
      strength: "weak",
      source: CODES,
      example: "The message was blocked by the receiver as coming from a known spam source.",
      note: "Classification 51 'Spam Block' (category Block): the receiver judged the sending source a known spam source. The words do not say whether a blocklist listed the IP or the receiver's own reputation system distrusts it (next entry): a hint for each, the receiver's own reply (and a blocklist check) decides.",
    }),
    phrase({
      id: "class-51-spam-block-reputation",
      cause: "bad-reputation",
      match: ["blocked by the receiver as coming from a known spam source"],
      scope: "any",
      strength: "weak",
      source: CODES,
      example: "The message was blocked by the receiver as coming from a known spam source.",
      note: "The same classification read as the receiver's own reputation judgement rather than a listing (see the previous entry).",
    }),
    phrase({
      id: "class-52-spam-content",
      cause: "content-spam",
      match: ["the message was blocked by the receiver as spam."],
      scope: "any",
      source: CODES,
      example: "The message was blocked by the receiver as spam.",
      note: "Classification 52 'Spam Content': the message itself was judged spam (51 is the sending source).",
    }),
    phrase({
      id: "class-53-prohibited-attachment",
      cause: "content-virus",
      match: ["blocked by the receiver because it contained an attachment"],
      scope: "any",
      source: CODES,
      example: "The message was blocked by the receiver because it contained an attachment.",
      note: "Classification 53 'Prohibited Attachment': an attachment type the receiver refuses (our cause covers blocked attachments as well as malware).",
    }),
    phrase({
      id: "class-54-relaying-denied",
      cause: "relay-denied",
      match: ["blocked by the receiver because relaying is not allowed"],
      scope: "any",
      source: CODES,
      example: "The message was blocked by the receiver because relaying is not allowed.",
    }),
    phrase({
      id: "class-60-auto-reply",
      cause: "not-a-bounce",
      match: ["the message is an auto-reply/vacation mail"],
      scope: "any",
      source: CODES,
      example: "The message is an auto-reply/vacation mail.",
      note: "Classification 60: what came back is an auto-reply, not a refusal; the message was delivered.",
    }),
    phrase({
      id: "class-100-challenge-response",
      cause: "not-a-bounce",
      match: ["the message is a challenge-response probe"],
      scope: "any",
      source: CODES,
      example: "The message is a challenge-response probe.",
      note: "Classification 100: the recipient's challenge-response system asks the sender to confirm; nothing was refused for good. Answer the challenge if the recipient wants the mail.",
    }),
    phrase({
      id: "class-90-unsubscribe",
      cause: "not-a-bounce",
      match: ["the message is an unsubscribe request"],
      scope: "any",
      source: CODES,
      example: "The message is an unsubscribe request.",
      note: "Classification 90 (category Hard, so SparkPost suppresses the address): what came back is the recipient asking to be taken off the list, not a server's refusal. Nothing to repair; stop mailing the address.",
    }),
    phrase({
      id: "timeout-no-mx-or-a",
      cause: "recipient-domain-invalid",
      match: ["no mx or a for domain"],
      source: DELAYS,
      example:
        "554 5.4.7 [internal] message timeout (last transfail: 454 4.4.4 [internal] no MX or A for domain)",
      note: "SparkPost retried a 4xx until its retry period ran out; the bounce quotes the last temporary failure, and that one names the cause: the recipient's domain has neither MX nor A record. The last failure decides, not the timeout around it (the page: the last 4xx response string determines the classification).",
    }),
    phrase({
      id: "sending-ip-temporarily-suspended",
      cause: "rate-limited",
      match: ["sending ip temporarily suspended"],
      source: DELAYS,
      example: "451 4.3.0 [internal] Sending IP temporarily suspended",
      note: "SparkPost's Adaptive Email Delivery backing off a receiving domain after the receiver pushed back (the page: it moderates traffic to comply with ISP rules and feedback). A delay SparkPost retries: send more slowly and look at what the receiver said before the back-off.",
    }),
    // SparkPost refusing its own customer (SMTP injection, transmissions) and its suppressions
    phrase({
      id: "smtp-no-authentication-type-succeeded",
      cause: "relay-denied",
      match: ["no authentication type succeeded"],
      source: SMTP_ERRORS,
      example: "535 5.7.8 Sorry. *** No authentication type succeeded",
      note: "SparkPost's SMTP injection refused the login: the page says to check that the API key has the Send via SMTP permission and that the user name is SMTP_Injection.",
    }),
    phrase({
      id: "smtp-x-msys-api-json",
      cause: "protocol-syntax",
      match: ["json parsing error in x-msys-api"],
      source: SMTP_ERRORS,
      example: "550 5.6.0 JSON parsing error in X-MSYS-API",
      note: "The X-MSYS-API header the sender's software added is malformed JSON: fix the header.",
    }),
    phrase({
      id: "smtp-unconfigured-sending-domain",
      cause: "relay-denied",
      match: ["unconfigured sending domain"],
      source: SMTP_ERRORS,
      example: "550 5.7.1 Unconfigured Sending Domain <demo.example.com>",
      note: "The From address's domain is not a sending domain configured (and verified) in the SparkPost account: SparkPost will not send from it until it is.",
    }),
    phrase({
      id: "suppressed-system-policy",
      cause: "not-a-bounce",
      match: ["recipient address was suppressed due to system policy"],
      source: SYSTEM_POLICY,
      example: "554 5.7.1 - Recipient address was suppressed due to system policy",
      note: "The page: the 'system policy' is SparkPost's own global suppression list (role addresses such as unsubscribe@, defunct well-known addresses, misspelled big domains). SparkPost did not try to deliver and no server refused anything; keep the address off the list.",
    }),
    phrase({
      id: "suppression-event-system-policy",
      cause: "not-a-bounce",
      match: ["recipient address was suppressed due to system policy"],
      source: SUPPRESSION_LISTS,
      example: "554 5.7.1 recipient address was suppressed due to system policy",
      note: "The event of SparkPost's global suppression list, followed by its reason (Bounce Rule, Spam Complaint, List Unsubscribe, Link Unsubscribe): nothing was sent.",
    }),
    phrase({
      id: "internal-campaign-cancelled",
      cause: "not-a-bounce",
      match: ["[internal] campaign cancelled"],
      source: SCHEDULING,
      example: "554 5.7.1 [internal] Campaign cancelled",
      note: "The bounce event SparkPost records for each message of a scheduled transmission the sender cancelled: nothing failed and no server refused anything.",
    }),
    phrase({
      id: "exceed-sending-limit",
      cause: "rate-limited",
      match: ["exceed sending limit"],
      source: EXTENDED_CODES,
      example: "Exceed Sending Limit (daily)",
      note: "API errors 2101-2105 (hourly, daily, sandbox, monthly): the account reached its sending limit and SparkPost rejects (does not queue) the rest until the period resets or the limit is raised.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The classification page names, in the same table, classes that name no single cause (1, 20, 25, 30, 40, 50, 70) and 80 Subscribe (a request, no cause): left out.",
  ],
};
