// Mail.ru (mail.ru, bk.ru, list.ru, inbox.ru). Mail.ru publishes no list of its SMTP replies
// (Return Path's Mail.ru page says so); its refusals link its own help pages. The reply below is
// Mail.ru's as quoted by a Russian hosting page, with the Mail.ru help page it links, so it is
// verbatim: false and cites that help page.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const DMARC = page(
  "https://help.mail.ru/mail-help/postmaster/dmarc",
  "DMARC (Mail.ru Postmaster help)",
  "the reply as quoted at https://viws.ru/en/poterya-pochtovyh-soobshchenii-oshibki-pochtovoi-sistemy.html (pages corpus)",
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
  ],
  statusReadings: [],
  missingPages: [
    "Mail.ru has no public list of SMTP replies (per Return Path's Mail.ru page); help.mail.ru pages were not stored.",
  ],
};
