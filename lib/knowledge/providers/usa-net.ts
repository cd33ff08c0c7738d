// USA.NET (US mail provider), from its postmaster page, which prints the failure line its servers
// give when they refuse a sending IP address and explains the block.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ERROR_PAGE = page(
  "http://postmaster.usa.net/html/error.html",
  "USA.NET postmaster: error",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("usa-net");

export const USA_NET_TABLE: ProviderTable = {
  provider: "usa-net",
  identity: {
    provider: "usa-net",
    name: "USA.NET",
    hosts: ["usa.net"],
    markers: ["postmaster.usa.net"],
    source: ERROR_PAGE,
  },
  phrases: [
    phrase({
      id: "unl-mail-from-refused",
      cause: "ip-blocklisted",
      // "UNL" is USA.NET's own code: the words before it alone are a bare refusal.
      match: ["mail from refused. unl"],
      scope: "any",
      source: ERROR_PAGE,
      example:
        "(reason: 550 Mail from refused. UNL. Please go to http://postmaster.usa.net for an explanation.)",
      note: "USA.NET's postmaster page: the IP address that sent the message is blocked by USA.NET. The same page takes removal requests (with a copy of the failure notice) and shows an address's current status.",
      removal: {
        name: "USA.NET's postmaster page",
        url: ERROR_PAGE.url,
        kind: "request",
        source: ERROR_PAGE,
      },
    }),
  ],
  statusReadings: [],
};
