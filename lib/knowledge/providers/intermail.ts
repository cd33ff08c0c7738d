// Openwave's InterMail, the mail server of many ISPs and mobile carriers' e-mail-to-SMS
// gateways: the reasons its own failure notice gives ("This Message was undeliverable due to the
// following reason:" then "<address> <reason>"), read from real notices.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

/**
 * A real InterMail notice kept as a test fixture by the Ruby mail gem: the server
 * (schemailmta04.ci.com, "InterMail vM.6.01.04.00" in the returned message's Received lines)
 * refused a text-message address, with Status 5.3.0 in its delivery-status part.
 */
const MAIL_GEM_FIXTURE = page(
  "https://github.com/mikel/mail/blob/dd577314a608124797db5258da5c1abff9124177/spec/fixtures/emails/multipart_report_emails/multipart_report_multiple_status.eml",
  "The mail gem's test fixture multipart_report_multiple_status.eml (an InterMail failure notice)",
);

const { phrase } = entryKit("intermail");

export const INTERMAIL_TABLE: ProviderTable = {
  provider: "intermail",
  identity: {
    provider: "intermail",
    name: "Openwave InterMail",
    hosts: [],
    source: MAIL_GEM_FIXTURE,
  },
  phrases: [
    phrase({
      id: "restricted-sms-email",
      cause: "sender-policy",
      // The carrier's subscriber has turned off e-mail to their phone (or limited it to chosen
      // senders): a setting on the recipient's side, not a fault of the address or of the mail.
      // AT&T's SMS gateway wrote the same words (an Openwave system too).
      match: ["has restricted sms e-mail"],
      scope: "any",
      source: MAIL_GEM_FIXTURE,
      example: "<u@ci.com> has restricted SMS e-mail",
      note: "The address is a phone's text-message address, and its owner has turned off (or limited) e-mail to it. Only the recipient can change that setting; reach them another way.",
    }),
  ],
  statusReadings: [],
};
