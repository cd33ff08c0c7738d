// luchs.at (an Austrian mail host), from its page "Solving mail delivery problems", which its
// rejections point to and which explains the checks its mail servers make.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BLOCKED = page(
  "https://web.luchs.at/information/blockedmail.php",
  "Solving mail delivery problems (luchs.at)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("luchs");

export const LUCHS_TABLE: ProviderTable = {
  provider: "luchs",
  identity: {
    provider: "luchs",
    name: "luchs.at mail",
    hosts: ["luchs.at"],
    markers: ["luchs.at/information/blockedmail"],
    source: BLOCKED,
  },
  phrases: [
    phrase({
      id: "rejected-listed-at",
      cause: "ip-blocklisted",
      match: [/550 rejected: listed at [a-z0-9.-]+/],
      scope: "any",
      source: BLOCKED,
      example: "550 Rejected: listed at zen.spamhaus.org",
      verbatim: false,
      note: "The page: '550 Rejected: listed at' means the sending server is on one of the blocklists luchs.at checks; have the IP delisted. The page prints the reply without the list's name; the example adds one.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The page's blocked file formats and DNS checks are described without a reply line; not entered.",
  ],
};
