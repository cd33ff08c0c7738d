// Concepts (see ./types.ts): the submitting client, or the user its credentials belong to, is
// not authenticated or not authorised to send through this service: Microsoft 365's SMTP AUTH
// submission ("Client not authenticated to send mail") and Amazon SES's SMTP endpoint, whose
// IAM policy does not allow the send ("is not authorized to perform ses:SendRawEmail"). The
// sender's admin sets up the login or grants the permission: relay-denied, as
// concept.login-required and concept.account-may-not-send (./submission.ts) read their words.
import type { Concept } from "./types";

export const SUBMISSION_PERMISSION_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.client-not-permitted-to-send",
    cause: "relay-denied",
    says: "the sending client (or the user of its credentials) is not authenticated or not authorised to send through this server",
    subject: [
      "not authenticated to send",
      "not authorized to perform",
      "not authorised to perform",
    ],
    // The action refused is a send: the subject's own "send", or SES's "ses:SendRawEmail".
    failure: ["send"],
    // Sender authentication (SPF, DKIM, DMARC) is another refusal; "on behalf of" names an
    // identity the account may not use (concept.send-as-denied and the wordings that read it).
    unless: ["spf", "dkim", "dmarc", "on behalf"],
    examples: [
      {
        text: "5.7.57 Client not authenticated to send mail",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off (Fix issues with printers, scanners, and LOB applications that send email using Microsoft 365: SMTP AUTH client submission did not log in; providers/microsoft.ts)",
      },
      {
        text: "554 Access denied: User <User ARN> is not authorized to perform ses:SendRawEmail on resource <Identity ARN>",
        source:
          "https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-smtp.html (SMTP Response Codes Returned by Amazon SES: the SMTP credentials' IAM user may not call ses:SendRawEmail; providers/amazon-ses.ts)",
      },
    ],
  },
];
