// Barracuda Reputation Block List (BRBL): a DNS blocklist operator whose zone and lookup link receivers quote in their
// refusals. The reply lines are reconstructed around them (verbatim: false).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const FORM =
  "The operator's zone or TXT link in a receiver's reply; the line around it is reconstructed.";

const barracuda = entryKit("barracuda");
const BRBL = page("https://www.barracudacentral.org/rbl", "Barracuda Reputation Block List (BRBL)");
export const BARRACUDA_TABLE: ProviderTable = {
  provider: "barracuda",
  identity: {
    provider: "barracuda",
    name: "Barracuda (BRBL; Email Security Gateway)",
    hosts: [
      "barracudanetworks.com",
      "barracudacentral.org",
      "barracuda.com",
      "ess.barracudanetworks.com",
    ],
    markers: ["barracudacentral.org", "barracudanetworks.com/reputation"],
    source: BRBL,
  },
  phrases: [
    barracuda.phrase({
      id: "brbl",
      cause: "ip-blocklisted",
      match: [
        "b.barracudacentral.org",
        "barracudacentral.org",
        "barracudanetworks.com/reputation",
        "blocked using barracuda reputation",
      ],
      scope: "any",
      source: BRBL,
      example:
        "554 Service unavailable; Client host [192.0.2.1] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.1",
      verbatim: false,
      note: `${FORM} Delisting is requested at barracudacentral.org.`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "barracudacentral.org/rbl and Barracuda Email Security Gateway rejection pages were not found stored; the gateway's own replies are not entered.",
  ],
};
