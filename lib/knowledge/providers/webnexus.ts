// WebNexus/SCR (US hosting and access provider), from its FAQ on the rejection notices its
// mail server sends, which quotes the blocklist refusals it gives.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const REJECTION_NOTICES = page(
  "http://www.webnexus.net/content/view/21/29/",
  "Email: Rejection notices (WebNexus FAQ)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("webnexus");

export const WEBNEXUS_TABLE: ProviderTable = {
  provider: "webnexus",
  identity: {
    provider: "webnexus",
    name: "WebNexus/SCR",
    hosts: ["webnexus.net"],
    source: REJECTION_NOTICES,
  },
  phrases: [
    phrase({
      id: "blocked-using-spamcop",
      cause: "ip-blocklisted",
      match: ["blocked using bl.spamcop.net"],
      // Postfix's default DNSBL reply: a list's error answer comes in the same form, so these
      // count in full only where the refusal is WebNexus's own.
      scope: "provider",
      source: REJECTION_NOTICES,
      example:
        "554 Service unavailable; Client host [0.0.0.0] blocked using bl.spamcop.net; Blocked - see http://www.spamcop.net/bl.shtml?0.0.0.0",
      note: "The FAQ: WebNexus/SCR blocks known spammers with SpamCop and Spamhaus; the sending network is on the list, and the only fix is to resolve the listing through the URL in the rejection.",
    }),
    phrase({
      id: "blocked-using-spamhaus",
      cause: "ip-blocklisted",
      match: ["blocked using sbl-xbl.spamhaus.org"],
      scope: "provider",
      source: REJECTION_NOTICES,
      example:
        "554 Service unavailable; Client host [0.0.0.0] blocked using sbl-xbl.spamhaus.org; http://www.spamhaus.org/query/bl?ip=0.0.0.0",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The FAQ's second kind of rejection (no fully qualified reverse DNS name for the sending IP) was cut off in the stored copy before its reply text.",
  ],
};
