// Naver Mail (naver.com), which refuses a connection from an IP it filters as a bulk or spam
// sender and points to its sender-IP registration service (realip.naver.com). Naver's own page
// was not found stored; the reply is quoted from a Korean blog's list of portals' bounces, under
// its heading for IPs blocked by the large portals for mass mailing.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const LIST = page(
  "https://puffinknight.tistory.com/102",
  "A Korean blog's list of bounce messages by cause (puffinknight.tistory.com)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("naver");

export const NAVER_TABLE: ProviderTable = {
  provider: "naver",
  identity: {
    provider: "naver",
    name: "Naver Mail",
    hosts: ["naver.com"],
    markers: ["realip.naver.com"],
    source: LIST,
  },
  phrases: [
    phrase({
      id: "ip-filtered-realip",
      cause: "bad-reputation",
      match: [
        "register your ip to http://realip.naver.com",
        /is filtered and this connection will be closed\. you must register your ip/,
      ],
      scope: "any",
      source: LIST,
      example:
        "421 4.3.2 Your IP( is filtered and this connection will be closed. You must register your IP to http://realip.naver.com",
      note: "Listed under IPs blocked by the large portals for mass mailing: Naver filters the sending IP as a bulk or spam source; its operator registers the IP with Naver (realip.naver.com) and sends less. The page prints the IP as blank ('Your IP(').",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Naver's own help or postmaster page on bounces: not found stored (searched the pages corpus for Naver bounce and error texts).",
  ],
};
