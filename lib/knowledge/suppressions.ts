// A sending service's suppression: the message was never sent, because the address is on a
// list the service keeps (the recipient complained or unsubscribed, or the address bounced
// before). The cause vocabulary is fixed (PRODUCT.md): a complaint or unsubscribe suppression is
// not-a-bounce, whose title ("This is not a delivery failure") is loose for it, since nothing
// was delivered either. These readings say what happened, in plain words, and what to do; the
// entries they name (provider tables) keep their causes. Each cites the service's own page.

export interface SuppressionReading {
  id: string;
  /**
   * The provider-table entries (rule ids) whose words are this suppression, and the concepts
   * (scoring/concepts/) that read the same words without a provider's table.
   */
  ruleIds: readonly string[];
  headline: string;
  /** What happened and what to do. */
  note: string;
  source: string;
}

const KEEP_OFF =
  "Keep the address off your lists, and do not take it off the suppression list unless the recipient asks to get your mail again.";

export const SUPPRESSION_READINGS: readonly SuppressionReading[] = [
  {
    id: "suppressed.complaint",
    ruleIds: [
      "sendgrid.drop-spam-reporting-address",
      "mailgun.607-marked-as-spam",
      "mandrill.reject-spam",
    ],
    headline: "Not sent: the recipient reported your earlier mail as spam",
    note: `Your sending service did not send this message: the recipient once marked your mail as spam, and the service now suppresses mail to the address. No server refused anything. ${KEEP_OFF}`,
    source:
      "https://docs.sendgrid.com/glossary/drops (Spam Reporting Address); https://help.mailgun.com/hc/en-us/articles/360012070614-Why-did-I-receive-the-error-Not-delivering-to-a-user-who-marked-your-messages-as-spam; https://mandrill.zendesk.com/hc/en-us/articles/205582957-What-is-a-rejected-email-Rejection-Blacklist-",
  },
  {
    id: "suppressed.unsubscribed",
    ruleIds: [
      "sendgrid.drop-unsubscribed-address",
      "mailgun.606-unsubscribed",
      "mandrill.reject-unsub",
      // The same words read without a provider's table (scoring/concepts/sending-service-reports.ts):
      // SendGrid's and Mailgun's, each a suppression by the service that sends.
      "concept.unsubscribed-address",
    ],
    headline: "Not sent: the recipient unsubscribed",
    note: `Your sending service did not send this message: the recipient unsubscribed, and the service suppresses mail to the address. No server refused anything. ${KEEP_OFF}`,
    source:
      "https://docs.sendgrid.com/glossary/drops (Unsubscribed Address); https://help.mailgun.com/hc/en-us/articles/360012171713--Not-Delivering-to-Unsubscribed-Address-; https://mandrill.zendesk.com/hc/en-us/articles/205582957-What-is-a-rejected-email-Rejection-Blacklist-",
  },
  {
    // SES adds an address to the account's list after a hard bounce (BOUNCE) or a complaint
    // (COMPLAINT), and the notification does not say which: the list entry does.
    id: "suppressed.ses-account-list",
    ruleIds: [
      "amazon-ses.account-suppression-list",
      "amazon-ses.account-suppression-list-complaint",
    ],
    headline: "Not sent: the address is on your Amazon SES suppression list",
    note: "Amazon SES did not send this message: the address is on your account's suppression list, where SES puts an address after a hard bounce (reason BOUNCE: the address did not exist) or a spam complaint (reason COMPLAINT). The list entry in the SES console, or GetSuppressedDestination, gives the reason. For BOUNCE, correct or drop the address; for COMPLAINT, keep it off your lists. Remove it from the list only if you know it is valid and wanted again.",
    source:
      "https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_SuppressionOptions.html (SuppressedReasons BOUNCE, COMPLAINT); https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html",
  },
  {
    // Postmark's 406: inactive after a hard bounce, a spam complaint or a manual suppression.
    id: "suppressed.postmark-inactive",
    ruleIds: [
      "postmark.406-inactive-recipient-bounced",
      "postmark.406-inactive-recipient-complaint",
    ],
    headline: "Not sent: Postmark marked the address inactive",
    note: "Postmark did not send this message: the address is inactive, after a hard bounce, a spam complaint or a manual suppression. Postmark's Suppressions (or Bounces) view names which. For a hard bounce, correct or drop the address; for a complaint or a manual suppression, keep it off your lists.",
    source: "https://postmarkapp.com/developer/api/overview#error-codes (406 Inactive recipient)",
  },
];
