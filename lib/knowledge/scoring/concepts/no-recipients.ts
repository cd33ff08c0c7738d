// Concepts (see ./types.ts): the message was handed over with no recipient at all, so nothing
// could be sent: Amazon SES's API refusal and Postfix's sendmail(1) command, the usual way a web
// application hands mail to the local server, word it apart. The sending software must name a
// recipient (in the request, on the command line or in the To:/Cc:/Bcc: header with -t): a
// malformed submission, protocol-syntax. Not a server that refused every recipient it was given
// ("no valid recipients": possibility-wordings.ts reads that one).
import type { Concept } from "./types";

export const NO_RECIPIENTS_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.no-recipients-given",
    cause: "protocol-syntax",
    says: "the message was submitted with no recipient address at all",
    subject: [
      "no recipients specified",
      "no recipient addresses found",
      "recipient addresses must be specified",
    ],
    // The subjects hold their own failure.
    failure: ["specified", "found"],
    examples: [
      {
        text: "There are no recipients specified",
        source:
          "https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html (Amazon SES Email Sending Errors: the request named no recipients; providers/amazon-ses.ts)",
      },
      {
        text: "sendmail: fatal: www-data(33): No recipient addresses found in message header",
        source:
          "https://github.com/vdukhovni/postfix/blob/1bf53d4b287c444fc6bcadc131ca69d488ee7d62/postfix/src/sendmail/sendmail.c (Postfix sendmail(1), enqueue: '%s(%ld): No recipient addresses found in message header' with -t and no To:, Cc: or Bcc:, else 'Recipient addresses must be specified on the command line or via the -t option')",
      },
    ],
  },
];
