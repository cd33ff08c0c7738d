// Lycos Mail (lycos.com, lycos.de), from a German host's list of typical undeliverable-mail replies
// grouped by provider (sitepackage.de), which prints Lycos's refusal for a closed account.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const SITEPACKAGE = page(
  "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
  "Typische Fehlermeldungen bei Unzustellbarkeit (sitepackage.de)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("lycos");

export const LYCOS_TABLE: ProviderTable = {
  provider: "lycos",
  identity: {
    provider: "lycos",
    name: "Lycos Mail",
    hosts: ["lycos.com", "lycos.de"],
    source: SITEPACKAGE,
  },
  phrases: [
    phrase({
      id: "account-closed",
      cause: "mailbox-disabled",
      match: ["recipient address rejected: account closed"],
      scope: "any",
      source: SITEPACKAGE,
      example: "550 : Recipient address rejected: Account Closed",
      note: "The page lists it under 'Empfänger ist unbekannt oder existiert nicht mehr' (the recipient is unknown or no longer exists), for Lycos: the account was closed; the address no longer takes mail.",
    }),
  ],
  statusReadings: [],
};
