// CMS-Tool (a New Zealand website and mail host), from its help article on the realtime
// blacklists its mail servers check, which quotes the refusal a listed sender receives.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const RBL = page(
  "https://help.cms-tool.net/blog/rbl-realtime-black-list",
  "RBL - Realtime Black List (CMS-Tool help)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("cms-tool");

export const CMS_TOOL_TABLE: ProviderTable = {
  provider: "cms-tool",
  identity: {
    provider: "cms-tool",
    name: "CMS-Tool",
    hosts: ["cms-tool.net"],
    source: RBL,
  },
  phrases: [
    phrase({
      id: "blocked-using-cbl",
      cause: "ip-blocklisted",
      match: ["blocked using cbl.abuseat.org"],
      scope: "any",
      source: RBL,
      example:
        "554 5.7.1 Service unavailable; Client host [217.1.266.49] blocked using cbl.abuseat.org",
      note: "The article's example: the sender's IP is on the list named in the refusal (here the CBL); the sender finds why and asks that list for delisting, since someone else on the same mail server may have sent spam.",
    }),
  ],
  statusReadings: [],
};
