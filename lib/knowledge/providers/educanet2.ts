// educanet² (a Swiss school platform with its own mail service), from its help page "Was bedeuten
// die Fehlermeldungen bei unzustellbaren E-Mails?" (in German), which explains the refusals its
// mail server gives.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ERRORS = page(
  "https://www.educanet2.ch/wws/35347972.php",
  "Was bedeuten die Fehlermeldungen bei unzustellbaren E-Mails? (educanet²)",
  "stored copy (pages corpus), read in excerpts",
);

const { phrase } = entryKit("educanet2");

export const EDUCANET2_TABLE: ProviderTable = {
  provider: "educanet2",
  identity: {
    provider: "educanet2",
    name: "educanet²",
    hosts: ["educanet2.ch"],
    source: ERRORS,
  },
  phrases: [
    phrase({
      id: "cannot-find-your-hostname",
      cause: "reverse-dns",
      match: ["client host rejected: cannot find your hostname"],
      scope: "any",
      source: ERRORS,
      example: "450 4.7.1 Client host rejected: cannot find your hostname, [<IP Adresse>]",
      note: "The page: the sending server's IP has no domain name in DNS, or one that points back to another IP; educanet²'s server refuses mail from servers without a valid reverse DNS entry.",
    }),
    phrase({
      id: "blocked-using-manitu",
      cause: "ip-blocklisted",
      match: [/client host \[[^\]]*\] blocked using ix\.dnsbl\.manitu\.net/],
      scope: "any",
      source: ERRORS,
      example:
        "554 5.7.1 Service unavailable; Client host [<IP Adresse>] blocked using ix.dnsbl.manitu.net",
      note: "The page: the sending server is on a realtime blocklist (RBL) of IPs currently sending spam; its operator must check it and have it delisted.",
    }),
  ],
  statusReadings: [],
};
