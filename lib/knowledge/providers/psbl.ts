// PSBL: a DNS blocklist operator whose zone and lookup link receivers quote in their
// refusals. The reply lines are reconstructed around them (verbatim: false).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const FORM =
  "The operator's zone or TXT link in a receiver's reply; the line around it is reconstructed.";

const psbl = entryKit("psbl");
const PSBL = page("https://psbl.org/", "PSBL: Passive Spam Block List");
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
      source: PSBL,
      example:
        "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using psbl.surriel.com; Listed in PSBL, see http://psbl.org/listing?ip=192.0.2.1",
      verbatim: false,
      note: `${FORM} PSBL lists IPs that sent to spam traps; anyone can remove a listing on the page.`,
    }),
  ],
  statusReadings: [],
  missingPages: ["psbl.org pages were not read from a stored copy."],
};
