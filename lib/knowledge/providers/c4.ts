// C4 (a Czech web and mail host, c4.cz), from its FAQ "Odeslaný e-mail se vrací zpět s chybou"
// (a sent e-mail comes back with an error), which gives the replies its customers meet and what
// each means (in Czech).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const RETURNED = page(
  "https://faq.c4.cz/odeslany-e-mail-se-vraci-zpet-s-chybou",
  "Odeslaný e-mail se vrací zpět s chybou (C4 FAQ)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("c4");

export const C4_TABLE: ProviderTable = {
  provider: "c4",
  identity: {
    provider: "c4",
    name: "C4 webhosting",
    hosts: ["c4.cz"],
    source: RETURNED,
  },
  phrases: [
    phrase({
      id: "no-mailbox-by-that-name",
      cause: "recipient-unknown",
      match: ["sorry, no mailbox here by that name"],
      scope: "any",
      source: RETURNED,
      example: "[x.x.x.x]: 550 5.1.1 Sorry, no mailbox here by that name.",
      note: "The FAQ ('Schránka neexistuje'): the mailbox the message was sent to does not exist; check the address for typos or ask the recipient for the right one.",
    }),
    phrase({
      id: "spf-not-allowed",
      cause: "authentication-failure",
      match: [/\[spf\] \S+ is not allowed to send mail from/],
      scope: "any",
      source: RETURNED,
      example: "[SPF] 1.2.3.4 is not allowed to send mail from nazev-vasi-domeny.cz.",
      note: "The FAQ ('Problém se SPF'): the sender's domain publishes SPF and the mail went out through an SMTP server the record does not list; add that server's IP to the domain's SPF.",
    }),
  ],
  statusReadings: [],
};
