// Kreativ Media (Swiss hosting company), from its help article on the blocklist refusal, which
// says the sending IP (or Kreativ Media's own server's) is on a DNS blocklist.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BLOCKED = page(
  "https://help.kreativmedia.ch/fr/erreur-554-blocked",
  "Que signifie l'erreur « 554 5.7.1 Service unavailable; Client host ... blocked using … » ? (Kreativ Media aide)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("kreativmedia");

export const KREATIVMEDIA_TABLE: ProviderTable = {
  provider: "kreativmedia",
  identity: {
    provider: "kreativmedia",
    name: "Kreativ Media",
    hosts: ["kreativmedia.ch"],
    source: BLOCKED,
  },
  phrases: [
    phrase({
      id: "blocked-using-zen",
      cause: "ip-blocklisted",
      match: ["blocked using zen.spamhaus.org"],
      // Postfix's DNSBL form, which Spamhaus's own error answers share (an excessive-queries
      // answer is no listing): in full only where the refusal is Kreativ Media's.
      scope: "provider",
      source: BLOCKED,
      example:
        "554 5.7.1 Service unavailable; Client host [<IP Adresse>] blocked using zen.spamhaus.org",
      note: "The article: the sending IP address (or the IP of Kreativ Media's own server) is on a blocklist (DNSBL / RBL); its support handles the delisting.",
    }),
  ],
  statusReadings: [],
};
