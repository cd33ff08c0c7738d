// Mailspike: a DNS blocklist operator whose zone and lookup link receivers quote in their
// refusals. The reply lines are reconstructed around them (verbatim: false).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const FORM =
  "The operator's zone or TXT link in a receiver's reply; the line around it is reconstructed.";

const mailspike = entryKit("mailspike");
const MS = page("https://mailspike.net/", "Mailspike (the operator of bl.mailspike.net)");
export const MAILSPIKE_TABLE: ProviderTable = {
  provider: "mailspike",
  identity: {
    provider: "mailspike",
    name: "Mailspike (blocklist operator)",
    hosts: ["mailspike.net"],
    markers: ["mailspike"],
    source: MS,
  },
  phrases: [
    mailspike.phrase({
      id: "bl",
      cause: "ip-blocklisted",
      match: ["bl.mailspike.net", "z.mailspike.net"],
      scope: "any",
      source: MS,
      example:
        "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.mailspike.net",
      verbatim: false,
      note: FORM,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Mailspike's own pages were not found stored; only its zone names (bl., z.mailspike.net) are entered.",
  ],
};
