// Mail.ru (mail.ru, bk.ru, list.ru, inbox.ru). Mail.ru publishes no list of its SMTP replies
// (Return Path's Mail.ru page says so); its refusals link its own help pages. The two replies
// below are Mail.ru's as quoted by Russian hosting pages, each linking the Mail.ru help page that
// explains it, so both are verbatim: false and cite that help page.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const DMARC = page(
  "https://help.mail.ru/mail-help/postmaster/dmarc",
  "DMARC (Mail.ru Postmaster help)",
  "the reply as quoted at https://viws.ru/en/poterya-pochtovyh-soobshchenii-oshibki-pochtovoi-sistemy.html (pages corpus)",
);
const SPAM = page(
  "https://help.mail.ru/mail/spam",
  "Mail.ru help: message rejected as spam",
  "the reply and Mail.ru's instructions as quoted at https://errorsmaster.ru/oshibka-550-spam-message-rejected (pages corpus)",
);

const { phrase } = entryKit("mailru");

export const MAILRU_TABLE: ProviderTable = {
  provider: "mailru",
  identity: {
    provider: "mailru",
    name: "Mail.ru",
    hosts: ["mail.ru", "bk.ru", "list.ru", "inbox.ru", "mail.ru.net"],
    markers: ["help.mail.ru"],
    source: DMARC,
  },
  phrases: [
    phrase({
      id: "dmarc-domain-owner-policy",
      cause: "authentication-failure",
      match: ["was not accepted due to domain owner dmarc policy"],
      scope: "any",
      source: DMARC,
      example:
        "550 5.7.1 This message was not accepted due to domain owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc",
      verbatim: false,
      note: "The From domain's DMARC policy rejects unauthenticated mail; typically a site sending 'from' an @mail.ru address through its own server.",
    }),
    phrase({
      id: "spam-message-rejected",
      cause: "content-spam",
      match: ["spam message rejected"],
      source: SPAM,
      example:
        "550 spam message rejected. Please visit https://help.mail.ru/mail/spam or report the problem via https://help.mail.ru/mail/feedback. Error code: 0123456789ABCDEF",
      verbatim: false,
      note: "Mail.ru's filters judged the message spam; the reply's error code and message ID go into Mail.ru's feedback form. The line is reconstructed around the quoted words.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Mail.ru has no public list of SMTP replies (per Return Path's Mail.ru page); help.mail.ru pages were not stored.",
  ],
};
