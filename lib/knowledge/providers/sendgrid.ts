// Twilio SendGrid: when an address is on one of the account's suppression lists SendGrid drops
// the message without sending it, and its Email Activity and Event Webhook give the drop's
// reason in a few words ("Bounced Address", "Unsubscribed Address", "Spam Reporting Address",
// "Spam Content", "Invalid SMTPAPI header"). Its API refuses a From address that matches no
// verified Sender Identity. Sources: SendGrid's "Drops" glossary page, its "Bounces" page (the
// bounce list holds addresses recorded as invalid) and Twilio's error 60222 page.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable, SenderProviderBlock } from "./types";

const DROPS = page(
  "https://docs.sendgrid.com/glossary/drops",
  "Drops (SendGrid glossary)",
  "stored copy (pages corpus)",
);
const BOUNCES = page(
  "https://www.twilio.com/docs/sendgrid/ui/sending-email/bounces",
  "Manage bounced messages (Twilio SendGrid)",
  "stored copy (pages corpus)",
);
const ERROR_60222 = page(
  "https://twilio.com/docs/api/errors/60222",
  "60222: SendGrid The from address does not match a verified Sender Identity (Twilio error dictionary)",
  "stored copy (docs corpus)",
);

const SMTP_ERRORS = page(
  "https://sendgrid.com/docs/for-developers/sending-email/smtp-errors-and-troubleshooting/",
  "SMTP Errors and Troubleshooting (SendGrid)",
  "stored copy (docs corpus)",
);

const { phrase } = entryKit("sendgrid");

/**
 * SendGrid's refusal of a From address no verified Sender Identity covers (error 60222 and its
 * SMTP form): the sender's own sending service refused, after taking the API key or login.
 */
const UNVERIFIED_SENDER: SenderProviderBlock = {
  provider: "SendGrid",
  headline: "SendGrid refuses to send from an address you have not verified",
  action:
    "Your own sending service refused the message, not the recipient's server: SendGrid sends only from a From address that a verified Sender Identity covers. In SendGrid, verify the address (Single Sender Verification) or authenticate its whole domain (Domain Authentication), or send from an address that is already verified.",
  link: { label: "Twilio: error 60222", url: ERROR_60222.url },
  loginAccepted: true,
};

/** A suppression for a complaint or an unsubscribe: the recipient's choice, no server refused. */
const OPTED_OUT =
  "Nothing was sent and no server refused anything: the recipient asked not to get this mail. The not-a-bounce checklist fits (nothing to repair; keep the address off your lists); sender-policy would send the user to the recipient's administrator, and recipient-unknown would tell them the address is wrong, neither of which the page says. Only the recipient can undo it (by opting in again).";

const MAX_CREDITS = page(
  "https://support.sendgrid.com/hc/en-us/articles/35466138799899-Understanding-the-Maximum-Credits-Exceeded-error",
  'Understanding the "Maximum Credits Exceeded" error (Twilio SendGrid support)',
  "stored copy (pages corpus)",
);

export const SENDGRID_TABLE: ProviderTable = {
  provider: "sendgrid",
  identity: {
    provider: "sendgrid",
    name: "Twilio SendGrid",
    hosts: ["sendgrid.net", "sendgrid.com"],
    source: DROPS,
  },
  phrases: [
    phrase({
      id: "too-frequent-connects",
      cause: "rate-limited",
      match: [/too frequent connects from \S{1,60}, please try again later/],
      scope: "any",
      source: SMTP_ERRORS,
      example: "450 too frequent connects from 198.37.147.135, please try again later.",
      verbatim: false,
      note: "The page prints the code and the message in two columns of its table; the example joins them. A receiving server's reply the page prints as an example of a deferral: the sending IP opened connections faster than the receiver allows; the page says SendGrid retries for up to 72 hours.",
    }),
    phrase({
      id: "drop-bounced-address",
      cause: "recipient-unknown",
      match: ["bounced address"],
      source: BOUNCES,
      example: "Reason Bounced Address",
      verbatim: false,
      note: `A drop because the address is on the bounce suppression list. The Bounces page: an address that bounced is logged to that list, and SendGrid suppresses later mail to it "because it recorded that recipient address as invalid". The reason's words are as Email Activity shows them (the Drops page, ${DROPS.url}, lists the bounce list among the drop reasons; a user's copy of Email Activity, pastebin.com/QE09nfJ9, shows "Reason / Bounced Address"). Look up the first bounce's reply to be sure, then correct or remove the address.`,
    }),
    phrase({
      id: "drop-unsubscribed-address",
      cause: "not-a-bounce",
      match: ["unsubscribed address"],
      source: DROPS,
      example:
        'If the email address is on the Unsubscribe list the reason will say "Unsubscribed Address"',
      note: `The address is on the account's unsubscribe list. ${OPTED_OUT}`,
    }),
    phrase({
      id: "drop-spam-reporting-address",
      cause: "not-a-bounce",
      match: ["spam reporting address"],
      source: DROPS,
      example: 'if on the Spam report list, it will say "Spam Reporting Address"',
      note: `The recipient once marked the sender's mail as spam and is on the spam report list. ${OPTED_OUT}`,
    }),
    phrase({
      id: "drop-spam-content",
      cause: "content-spam",
      match: [/\breason\W{1,4}spam content\b/, '"spam content"'],
      source: DROPS,
      example: 'In both cases, the reason displayed will say "Spam Content".',
      note: "SendGrid's own Spam Checker (when the sender turned it on) judged the message spam and dropped it before sending: the content is the cause, as with a receiver's filter.",
    }),
    phrase({
      id: "drop-invalid-smtpapi-header",
      cause: "protocol-syntax",
      match: ["invalid smtpapi header"],
      scope: "any",
      source: DROPS,
      example:
        'The SMTPAPI header is built incorrectly - this will cause the emails to be dropped with the reason "Invalid SMTPAPI header".',
      note: "The sender's X-SMTPAPI header (SendGrid's per-message instructions) is malformed: the sending application's request is at fault, not the recipient.",
    }),
    phrase({
      id: "60222-sender-identity-not-verified",
      cause: "relay-denied",
      match: ["does not match a verified sender identity"],
      scope: "any",
      source: ERROR_60222,
      example: "The from address does not match a verified Sender Identity",
      note: "SendGrid refuses (HTTP 403) to send from an address that neither Single Sender Verification nor Domain Authentication covers: the relay will not take mail for this sender until it is verified, as Amazon SES's 'Email address is not verified'.",
      senderProvider: UNVERIFIED_SENDER,
    }),
    phrase({
      id: "403-not-authorized-from-address",
      cause: "relay-denied",
      match: ["you are not authorized to send from that email address"],
      scope: "any",
      source: SMTP_ERRORS,
      example: "403 You are not authorized to send from that email address",
      note: "The page: the From address does not match a verified Sender Identity, and mail cannot be sent until it does. SendGrid's SMTP form of error 60222.",
      senderProvider: UNVERIFIED_SENDER,
    }),
    phrase({
      id: "maximum-credits-exceeded",
      cause: "rate-limited",
      match: ["maximum credits exceeded"],
      scope: "any",
      source: MAX_CREDITS,
      example: "Maximum credits exceeded",
      note: "SendGrid refusing its own customer: the account has used the credits its plan allows (a Free plan's 100 a day, a reseller's cap, or an upgrade not yet paid). Wait for the count to reset or make the Email API plan a paid one; no receiving server was asked.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "SendGrid's Event Webhook reference (dropped and bounce event fields, bounce_classification values) was found but read only in its opening excerpt: the bounce classifications ('Invalid Address', 'Reputation', 'Content', ...) are not entered. The 'Invalid' drop reason (Invalid Emails list) is one word, too short to match on its own: left out.",
  ],
};
