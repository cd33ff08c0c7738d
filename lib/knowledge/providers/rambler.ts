// Rambler (rambler.ru), from smtp.codes' Rambler page (the site's source in repo fm/smtp-codes),
// which prints Rambler's replies and links Rambler's help page on error messages
// (help.rambler.ru/mail/mail-soobsheniya-ob-oshibkah/1326/, not found stored). Its
// "recipient address rejected: Blocked" row has no reading there and is left out.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const CODES = page(
  "https://smtp.codes/rambler",
  "Rambler (smtp.codes)",
  "repo fm/smtp-codes docs/rambler/index.html",
);

const { phrase } = entryKit("rambler");

export const RAMBLER_TABLE: ProviderTable = {
  provider: "rambler",
  identity: {
    provider: "rambler",
    name: "Rambler Mail",
    hosts: ["rambler.ru", "rambler-co.ru"],
    source: CODES,
  },
  phrases: [
    phrase({
      id: "inactive",
      cause: "mailbox-disabled",
      match: ["recipient address rejected: inactive"],
      scope: "any",
      source: CODES,
      example: "540 5.7.1 <example@rambler.ru>: recipient address rejected: Inactive",
      verbatim: true,
      note: "The recipient's Rambler account is inactive.",
    }),
    phrase({
      id: "spam-rejected",
      cause: "content-spam",
      match: ["spam message rejected; if this is not spam contact abuse"],
      scope: "any",
      source: CODES,
      example: "554 5.7.1 Spam message rejected; If this is not spam contact abuse",
      note: "Rambler's filter took the message for spam; after checking the mail follows good practice, Rambler's support form can review it.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "help.rambler.ru's page on error messages: not found stored; the replies are read through smtp.codes.",
  ],
};
