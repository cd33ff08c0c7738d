// Telstra BigPond (Australia), from Telstra's CrowdSupport wiki article on blacklisting, which
// prints the refusal BigPond's outgoing mail servers give a connection from an IP on
// Spamhaus's Exploits Block List.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BLACKLISTED = page(
  "https://crowdsupport.telstra.com.au/t5/broadband-nbn/why-is-my-email-being-blacklisted/ta-p/76234",
  "Why is my email being blacklisted? (Telstra CrowdSupport wiki)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("telstra");

export const TELSTRA_TABLE: ProviderTable = {
  provider: "telstra",
  identity: {
    provider: "telstra",
    name: "Telstra BigPond",
    hosts: ["bigpond.com"],
    markers: ["bigpond outbound [ob"],
    source: BLACKLISTED,
  },
  phrases: [
    phrase({
      id: "ob105-xbl",
      cause: "ip-blocklisted",
      match: ["bigpond outbound [ob105", "is listed on the exploits block list (xbl)"],
      scope: "any",
      source: BLACKLISTED,
      example:
        "nschwcmgw08p BigPond Outbound [OB105. Connection refused. (ip:address) is listed on the Exploits Block List (XBL).",
      note: "The article: Telstra BigPond uses Spamhaus's blacklists, and the user (or the owner of the IP) must ask Spamhaus for removal; the refusal comes in the server's greeting.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The article's second error, 'The server responded: Message rejected.', is not entered: the words do not say why.",
  ],
};
