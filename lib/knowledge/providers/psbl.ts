// PSBL: a DNS blocklist operator whose zone and lookup link receivers quote in their
// refusals. The reply lines are reconstructed around them (verbatim: false).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const FORM =
  "The operator's zone or TXT link in a receiver's reply; the line around it is reconstructed.";

const psbl = entryKit("psbl");
const PSBL = page("https://psbl.org/", "PSBL: Passive Spam Block List");
const HOWTO = page(
  "http://psbl.surriel.com/howto/",
  "How to use PSBL (Passive Spam Block List)",
  "stored copy (pages corpus)",
);
export const PSBL_TABLE: ProviderTable = {
  provider: "psbl",
  identity: {
    provider: "psbl",
    name: "PSBL (blocklist operator)",
    hosts: ["psbl.org", "surriel.com"],
    markers: ["psbl.surriel.com", "psbl.org"],
    source: PSBL,
  },
  phrases: [
    psbl.phrase({
      id: "bl",
      cause: "ip-blocklisted",
      match: ["psbl.surriel.com", "psbl.org/listing"],
      scope: "any",
      source: HOWTO,
      example:
        "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using psbl.surriel.com; Listed in PSBL, see http://psbl.org/listing?ip=192.0.2.1",
      verbatim: false,
      note: `${FORM} PSBL's own pages (${PSBL.url}, the how-to page): an IP is listed when it sends to a spam trap, is not a known mail server and the mail is not identified as non-spam; anyone can remove a listing through the web interface. The how-to page gives the zone (psbl.surriel.com) and the MTA settings (Postfix reject_rbl_client, Exim $dnslist_text) but no reply line.`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "psbl.surriel.com's home and how-to pages are stored: they give the zone and how receivers use it but print no reply line or TXT answer, so the reply stays reconstructed in Postfix's form around the zone and the listing link.",
  ],
};
