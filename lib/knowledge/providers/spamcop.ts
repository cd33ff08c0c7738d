// SpamCop: a DNS blocklist operator whose zone and lookup link receivers quote in their
// refusals. The reply lines are reconstructed around them (verbatim: false).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const FORM =
  "The operator's zone or TXT link in a receiver's reply; the line around it is reconstructed.";

const spamcop = entryKit("spamcop");
const SPAMCOP = page("https://www.spamcop.net/bl.shtml", "SpamCop Blocking List");
export const SPAMCOP_TABLE: ProviderTable = {
  provider: "spamcop",
  identity: {
    provider: "spamcop",
    name: "SpamCop (blocklist operator)",
    hosts: ["spamcop.net"],
    markers: ["spamcop.net"],
    source: SPAMCOP,
  },
  phrases: [
    spamcop.phrase({
      id: "bl",
      cause: "ip-blocklisted",
      match: ["bl.spamcop.net", "spamcop.net/bl.shtml", "spamcop.net/w3m?action=checkblock"],
      scope: "any",
      source: SPAMCOP,
      example: "550 5.7.1 Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.1",
      verbatim: false,
      note: `${FORM} SpamCop's TXT answer is 'Blocked - see' and its lookup link; listings expire by themselves 24 hours after the reports stop.`,
    }),
  ],
  statusReadings: [],
  missingPages: ["spamcop.net/bl.shtml was not read from a stored copy."],
};
