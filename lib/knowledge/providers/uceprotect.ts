// UCEPROTECT: a DNS blocklist operator whose zone and lookup link receivers quote in their
// refusals. The reply lines are reconstructed around them (verbatim: false).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const FORM =
  "The operator's zone or TXT link in a receiver's reply; the line around it is reconstructed.";

const uce = entryKit("uceprotect");
const UCE = page("https://www.uceprotect.net/en/", "UCEPROTECT Network: the blocklist levels");
export const UCEPROTECT_TABLE: ProviderTable = {
  provider: "uceprotect",
  identity: {
    provider: "uceprotect",
    name: "UCEPROTECT (blocklist operator)",
    hosts: ["uceprotect.net"],
    markers: ["uceprotect"],
    source: UCE,
  },
  phrases: [
    uce.phrase({
      id: "level-1-2-3",
      cause: "ip-blocklisted",
      match: [
        /dnsbl-[123]\.uceprotect\.net/,
        /uceprotect-level ?[123]/,
        "uceprotect.net/rblcheck.php",
      ],
      scope: "any",
      source: UCE,
      example:
        "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using dnsbl-1.uceprotect.net; IP 192.0.2.1 is UCEPROTECT-Level1 listed. See http://www.uceprotect.net/rblcheck.php?ipr=192.0.2.1",
      verbatim: false,
      note: `${FORM} Level 1 lists the IP; levels 2 and 3 list its neighbours or the whole network (ASN), so a clean IP can be caught: the receiver chose to use those levels.`,
    }),
  ],
  statusReadings: [],
  missingPages: ["uceprotect.net pages were not read from a stored copy."],
};
