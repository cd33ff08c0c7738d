// Netro (an Australian ISP), from its support page on the realtime blacklist its mail server
// checks, which prints the refusal a listed sender receives.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const RBL = page(
  "http://www.netro.com.au/support/rbl/",
  "RBL (Realtime Black List) (Netro support)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("netro");

export const NETRO_TABLE: ProviderTable = {
  provider: "netro",
  identity: {
    provider: "netro",
    name: "Netro",
    hosts: ["netro.com.au"],
    source: RBL,
  },
  phrases: [
    phrase({
      id: "blocked-using-dnsbl-net-au",
      cause: "ip-blocklisted",
      match: ["blocked using t1.dnsbl.net.au"],
      scope: "any",
      source: RBL,
      example:
        "554 Service unavailable; Client host [x.x.x.x] blocked using t1.dnsbl.net.au; http://dnsbl.net.au/rmst/ and http://dnsbl.net.au/lookup/?x.x.x.x",
      note: "The page: the sending IP is on the public list dnsbl.net.au; follow the link in the bounce, or ask the IP's owner (usually the ISP) to secure it and have it delisted.",
    }),
  ],
  statusReadings: [],
};
