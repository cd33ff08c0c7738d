// DNN4Less (a DotNetNuke host), from its support article "Why are my emails bouncing back?",
// which shows the bounces its mail servers give for a blocklisted sending IP.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BOUNCING = page(
  "https://teamdotnetnuke.kayako.com/en-us/article/236-why-are-my-emails-bouncing-back",
  "Why are my emails bouncing back? (DNN4Less support)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("dnn4less");

export const DNN4LESS_TABLE: ProviderTable = {
  provider: "dnn4less",
  identity: {
    provider: "dnn4less",
    name: "DNN4Less",
    hosts: ["dnn4less.com"],
    source: BOUNCING,
  },
  phrases: [
    phrase({
      id: "own-rbl",
      cause: "ip-blocklisted",
      match: ["blocked via dnn4less rbl"],
      scope: "any",
      source: BOUNCING,
      example: "Blocked via DNN4Less RBL",
      note: "The article: the sending IP is on DNN4Less's own blocklist.",
    }),
    phrase({
      id: "not-accepting-dynamic-ip",
      cause: "ip-blocklisted",
      match: [/dnn4less is not accepting mail from \[ client host/],
      scope: "any",
      source: BOUNCING,
      example:
        "Diagnostic-Code: SMTP; 554 DNN4Less is not accepting mail from [ Client host ; 112.250.116.241 ] at this time. (dnsbl.sorbs.net; Dynamic IP Addresses See: http://www.sorbs.net/lookup.shtml?112.250.116.241). Contact abuse@ DNN4Less.com if you believe this to be in error.",
      note: "The article: the mail came straight from a dynamic IP address, listed as such on SORBS; send through a designated SMTP server instead.",
    }),
  ],
  statusReadings: [],
};
