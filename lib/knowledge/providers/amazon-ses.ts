// Amazon SES (and WorkMail, which sends through SES): SES writes its own bounce for addresses on
// its suppression lists, and wraps every remote refusal as "Unknown address error" followed by the
// receiving server's reply, which names the cause. Source: SES's "Amazon SES notification contents"
// (bounce types: Permanent/Suppressed, OnAccountSuppressionList). The stored docs corpus did not
// give the page's text; the suppression wording is SES's diagnostic code as users quote it.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const CONTENTS = page(
  "https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html",
  "Contents of notifications for Amazon SES",
);

const LOGGED = page(
  "https://clinician.rgnmed.com/support-admin/bounced-emails",
  "Bounced emails (a service sending through Amazon SES: the messages in its logs)",
  "stored copy (pages corpus)",
);
const SUPPRESSION_BLOG = page(
  "https://aws.amazon.com/blogs/messaging-and-targeting/goodbye-blacklist-introducing-the-suppression-list",
  "Goodbye blacklist. Introducing the suppression list! (AWS Messaging & Targeting Blog)",
  "stored copy (pages corpus)",
);

const SUPPRESSION_REASONS = page(
  "https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_SuppressionOptions.html",
  "SuppressionOptions (Amazon SES API v2 reference): SuppressedReasons BOUNCE and COMPLAINT",
  "stored copy (docs corpus)",
);

const QUOTAS = page(
  "https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html",
  "Errors related to the sending quotas for your Amazon SES account (Amazon SES Developer Guide)",
  "stored copy (docs corpus)",
);

const NOT_VERIFIED = page(
  "https://repost.aws/knowledge-center/ses-554-400-message-rejected-error",
  'Why do I get a 554 or 400 "Message rejected" error with the message "Email address is not verified" from Amazon SES? (AWS re:Post Knowledge Center)',
  "stored copies of its Spanish, Italian and Portuguese versions (pages and docs corpora), which quote the SMTP interface's reply in English",
);

const SMTP_CODES = page(
  "https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-smtp.html",
  "SMTP Response Codes Returned by Amazon SES (Amazon SES Developer Guide)",
  "awsdocs/amazon-ses-developer-guide doc-source/smtp-response-codes.md at 3f3449d1caa225e4965c0b22901bd68c792a7f34",
);

const SENDING_ERRORS = page(
  "https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html",
  "Amazon SES Email Sending Errors (Amazon SES Developer Guide)",
  "awsdocs/amazon-ses-developer-guide doc-source/ses-errors.md at 07e0a863d9f9340cf2df8ecbe2571d667c012918",
);

const SESV2_ERRORS = page(
  "https://docs.rs/aws-sdk-sesv2/1.26.0/aws_sdk_sesv2/operation/send_email/enum.SendEmailError.html",
  "SendEmailError (AWS SDK for Rust, aws-sdk-sesv2): the SES API v2 SendEmail errors as AWS's service model documents them",
  "stored copy (docs corpus)",
);

const CONTENTS_MD = page(
  "https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html",
  "Amazon SES notification contents (Bounce types)",
  "repo awsdocs/amazon-ses-developer-guide doc-source/notification-contents.md at 5b3d6427a09a45cc58b7c4aec9f418509e8ccb76 (the guide's Markdown before the repository was archived)",
);
/** A bounce notification's subtype as its JSON writes it ("bounceSubType": "MailboxFull"). */
const subtype = (name: string) => new RegExp(`bouncesubtype"? ?: ?"?${name}\\b`);

const { phrase } = entryKit("amazon-ses");

export const AMAZON_SES_TABLE: ProviderTable = {
  provider: "amazon-ses",
  identity: {
    provider: "amazon-ses",
    name: "Amazon SES / WorkMail",
    hosts: ["amazonses.com", "amazonaws.com", "awsapps.com"],
    // Not after "@" or ".": an SES envelope sender (…@amazonses.com) quoted by another server is not SES answering.
    markers: [/(?<![@.])amazonses\.com/, "amazon ses has suppressed"],
    source: CONTENTS,
  },
  phrases: [
    // SES refuses to send from (or, in its sandbox, to) an identity the account has not verified:
    // the relay will not take the mail for this sender until it is configured.
    phrase({
      id: "email-address-not-verified",
      cause: "relay-denied",
      match: ["email address is not verified. the following identities failed the check"],
      scope: "any",
      source: NOT_VERIFIED,
      example:
        "554 Message rejected: Email address is not verified. The following identities failed the check in region region: identity0, identity1, identity2",
      note: "The page: every From, Source, Sender and Return-Path identity must be verified in the sending Region (and, in the SES sandbox, every recipient too). Verify the domain or address in that Region, or move the account out of the sandbox.",
      senderProvider: {
        provider: "Amazon SES",
        headline: "Amazon SES refuses to send from an address you have not verified",
        action:
          "Your own sending service refused the message, not the recipient's server: SES sends only from addresses and domains verified in the Region you send through. In the SES console of that Region, verify the From address or its whole domain (and the Sender and Return-Path ones if you set them). While the account is still in the SES sandbox, every recipient must be verified too, or ask AWS to move the account out of the sandbox.",
        link: {
          label: 'AWS: 554 or 400 "Message rejected" from Amazon SES',
          url: NOT_VERIFIED.url,
        },
        loginAccepted: true,
      },
    }),
    // SES's own SMTP interface and sending API refusing the sender's own account or request
    // (the pages list them with their causes): the relay will not take the message.
    phrase({
      id: "smtp-user-not-authorized",
      cause: "relay-denied",
      match: [/is not authorized to perform ses:send(?:raw)?email/],
      scope: "any",
      source: SMTP_CODES,
      example:
        "554 Access denied: User <User ARN> is not authorized to perform ses:SendRawEmail on resource <Identity ARN>",
      note: "The page: the IAM policy (or the sending authorization policy) of the user who owns the SMTP credentials does not allow calling the SES SMTP endpoint. The sender's admin grants ses:SendRawEmail to that user.",
    }),
    phrase({
      id: "smtp-account-not-subscribed",
      cause: "relay-denied",
      match: ["account not subscribed to ses"],
      scope: "any",
      source: SMTP_CODES,
      example: "535 Account not subscribed to SES",
      note: "The page: the AWS account that owns the SMTP credentials is not signed up for Amazon SES.",
    }),
    phrase({
      id: "customer-suspended",
      cause: "relay-denied",
      match: ["customer is suspended"],
      scope: "any",
      source: SENDING_ERRORS,
      example: "Customer is suspended",
      note: "The page: the AWS account has been blocked from sending email with Amazon SES; appeal through the instructions SES sent to the account's address.",
    }),
    phrase({
      id: "mail-from-domain-not-verified",
      cause: "sender-address-invalid",
      match: ["mail from domain is not verified"],
      scope: "any",
      source: SENDING_ERRORS,
      example: "Mail FROM domain is not verified",
      note: "The page: SES could not read the MX record required to use the custom MAIL FROM domain; the sender's admin fixes that domain's DNS records.",
    }),
    phrase({
      id: "no-recipients-specified",
      cause: "protocol-syntax",
      match: ["there are no recipients specified"],
      scope: "any",
      source: SENDING_ERRORS,
      example: "There are no recipients specified",
      note: "The page: the request named no recipients; the sending application must give at least one.",
    }),
    phrase({
      id: "throttling-maximum-sending-rate",
      cause: "rate-limited",
      match: ["throttling failure: maximum sending rate exceeded"],
      scope: "any",
      source: QUOTAS,
      example: "454 Throttling failure: Maximum sending rate exceeded",
      note: "SES's SMTP interface refuses the message because the account sends faster than its maximum sending rate (messages per second); SES drops it and does not retry. Send more slowly (retry after a pause) or ask AWS for a higher rate.",
    }),
    phrase({
      id: "throttling-daily-quota",
      cause: "rate-limited",
      match: ["throttling failure: daily message quota exceeded"],
      scope: "any",
      source: QUOTAS,
      example: "454 Throttling failure: Daily message quota exceeded",
      note: "The account has sent its 24-hour sending quota; SES drops further messages until the window moves on. Wait, or ask AWS for a higher quota (a new account in the SES sandbox has a small one).",
    }),
    phrase({
      id: "suppressed-invalid",
      cause: "recipient-unknown",
      match: ["amazon ses has suppressed sending to this address"],
      scope: "any",
      source: LOGGED,
      example:
        "Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address",
      note: `SES's global suppression list (bounce type Permanent/Suppressed; ${SUPPRESSION_BLOG.url}: SES treats mail to a suppressed address as a hard bounce): the address bounced as invalid recently. SES did not try to deliver.`,
    }),
    // The account-level list holds addresses that hard-bounced OR complained (SUPPRESSION_REASONS):
    // the words do not say which, so each reading is a hint and the dashboard's reason decides.
    phrase({
      id: "account-suppression-list",
      cause: "recipient-unknown",
      match: ["it is on the suppression list for your account", "onaccountsuppressionlist"],
      scope: "any",
      strength: "weak",
      source: CONTENTS,
      example:
        "Amazon SES did not send the message to this address because it is on the suppression list for your account.",
      verbatim: false,
      note: `The address is on the sender's own SES suppression list: nothing was sent. SES adds an address there after a hard bounce (BOUNCE) or a complaint (COMPLAINT) (${SUPPRESSION_REASONS.url}); read as the hard bounce, the address is wrong. The list's entry names the reason; remove the address from the list only if it is valid again.`,
    }),
    phrase({
      id: "account-suppression-list-complaint",
      cause: "not-a-bounce",
      match: ["it is on the suppression list for your account", "onaccountsuppressionlist"],
      scope: "any",
      strength: "weak",
      source: SUPPRESSION_REASONS,
      example:
        "Amazon SES did not send the message to this address because it is on the suppression list for your account.",
      verbatim: false,
      note: "The same bounce read as a complaint suppression: the recipient marked earlier mail as spam, no server refused anything; the not-a-bounce checklist (keep the address off your lists) fits that reading. The wording is as the previous entry's (reconstructed from the notification contents).",
    }),
    phrase({
      id: "message-expired-840-minutes",
      cause: "remote-unreachable",
      match: [/message expired: unable to deliver in \d{1,5} minutes/],
      scope: "any",
      source: LOGGED,
      example: "smtp; 550 4.4.7 Message expired: unable to deliver in 840 minutes",
      note: "SES's own bounce when the recipient's server did not accept the message during SES's retry window (840 minutes, 14 hours): look at the recipient domain's MX and the server's availability, not at the address.",
    }),
    phrase({
      id: "wrapped-mailbox-full",
      cause: "mailbox-full",
      match: ["mailbox full", "mailbox is full", "over quota"],
      also: ["unknown address error"],
      source: {
        ...CONTENTS,
        readVia: "the line carried from the first cut of this catalogue, not re-read on the page",
      },
      example:
        "5.1.0 - Unknown address error 550-'5.2.2 <someone@example.jp>... Mailbox Full' (delivery attempts: 0)",
      verbatim: false,
      note: "Amazon SES's 'Unknown address error' wraps the receiving server's own reply, and that reply (here a full mailbox) names the cause.",
    }),
    phrase({
      id: "sending-paused",
      cause: "relay-denied",
      match: ["the account's ability to send email is currently paused"],
      scope: "any",
      source: SESV2_ERRORS,
      example:
        "The message can't be sent because the account's ability to send email is currently paused.",
      note: "SendingPausedException: SES (or the account owner, UpdateAccountSendingEnabled) paused sending for the account in this Region, after a review of bounce or complaint rates. SES refuses its own customer until sending is enabled again.",
    }),
    phrase({
      id: "account-suspended",
      cause: "relay-denied",
      match: ["the account's ability to send email has been permanently restricted"],
      scope: "any",
      source: SESV2_ERRORS,
      example:
        "The message can't be sent because the account's ability to send email has been permanently restricted.",
      note: "AccountSuspendedException: SES has stopped the account's sending for good; only AWS can lift it.",
    }),
    // SMTP interface replies whose words mislead: the page gives both as syntax errors in the
    // SMTP command (an address not enclosed in <>), not an unknown or a bad address.
    phrase({
      id: "smtp-553-mail-from-syntax",
      cause: "protocol-syntax",
      match: [/553 <[^<>\s]{1,254}> invalid email address/],
      scope: "identified",
      source: SMTP_CODES,
      example: "553 <email-address> Invalid email address",
      note: "The page: a syntax error in the MAIL FROM command; check its format and enclose the address in '<>'. SES's SMTP interface, not a receiver, refused it.",
    }),
    phrase({
      id: "smtp-553-rcpt-to-syntax",
      cause: "protocol-syntax",
      match: [/553 <[^<>\s]{1,254}> address unknown/],
      scope: "identified",
      source: SMTP_CODES,
      example: "553 <email-address> address unknown",
      note: "Despite 'address unknown', the page says it is a syntax error in the RCPT TO command: check its format and enclose the address in '<>'. Only where SES is the answering server; elsewhere the words mean an unknown recipient.",
    }),
    // The bounce notification's subtypes (Bounce types): SES's own reading of the receiver's
    // bounce, in the JSON a sender's system receives, and the page's description of each.
    phrase({
      id: "bounce-subtype-noemail",
      cause: "recipient-unknown",
      match: [
        subtype("noemail"),
        "email provider sent a bounce message indicating that the email address doesn't exist",
      ],
      scope: "any",
      source: CONTENTS_MD,
      example:
        "The intended recipient's email provider sent a bounce message indicating that the email address doesn't exist.",
      note: "bounceType Permanent, bounceSubType NoEmail: remove the address from the list (the page: continuing to send to it can get sending paused).",
    }),
    phrase({
      id: "bounce-subtype-mailboxfull",
      cause: "mailbox-full",
      match: [
        subtype("mailboxfull"),
        "email provider sent a bounce message because the recipient's inbox was full",
      ],
      scope: "any",
      source: CONTENTS_MD,
      example:
        "The recipient's email provider sent a bounce message because the recipient's inbox was full.",
      note: "bounceType Transient, bounceSubType MailboxFull: the page says sending may work again once the mailbox is no longer full.",
    }),
    phrase({
      id: "bounce-subtype-messagetoolarge",
      cause: "message-too-large",
      match: [
        subtype("messagetoolarge"),
        "email provider sent a bounce message because message you sent was too large",
      ],
      scope: "any",
      source: CONTENTS_MD,
      example:
        "The recipient's email provider sent a bounce message because message you sent was too large.",
      note: "bounceType Transient, bounceSubType MessageTooLarge: send a smaller message.",
    }),
    phrase({
      id: "bounce-subtype-contentrejected",
      cause: "content-spam",
      match: [subtype("contentrejected"), "contains content that the provider doesn't allow"],
      scope: "any",
      source: CONTENTS_MD,
      example:
        "The recipient's email provider sent a bounce message because the message you sent contains content that the provider doesn't allow.",
      note: "bounceType Transient, bounceSubType ContentRejected: the receiver refused the message's content; the page says changing the content may get it through.",
    }),
    phrase({
      id: "bounce-subtype-attachmentrejected",
      cause: "content-virus",
      match: [
        subtype("attachmentrejected"),
        "email provider sent a bounce message because the message contained an unacceptable attachment",
      ],
      scope: "any",
      source: CONTENTS_MD,
      example:
        "The recipient's email provider sent a bounce message because the message contained an unacceptable attachment.",
      note: "bounceType Transient, bounceSubType AttachmentRejected: an attachment type (or size) the receiver refuses; remove or change the attachment.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The notification-contents page was not read in English (a machine-translated Japanese copy and API reference pages were stored): the suppression and expiry texts are quoted from a sender's log list, the account-list wording and the wrapped reply stay reconstructed.",
  ],
};
