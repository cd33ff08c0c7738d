// mailme.hk (a Hong Kong mail provider), from its anti-spam page for other mail administrators,
// which quotes the reply its servers give a sender whose IP address they block as a spam source.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ANTISPAM = page(
  "http://www.mailme.hk.com/eng/support/antispam.html",
  "Anti-SPAM information for Mail administrators (mailme.hk)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("mailme-hk");

export const MAILME_HK_TABLE: ProviderTable = {
  provider: "mailme-hk",
  identity: {
    provider: "mailme-hk",
    name: "mailme.hk",
    hosts: ["mailme.hk.com", "mailme.hk"],
    source: ANTISPAM,
  },
  phrases: [
    phrase({
      id: "ip-source-of-spam",
      cause: "bad-reputation",
      match: ["your ip address is a source of spam"],
      also: ["use your isps smtp server"],
      scope: "any",
      source: ANTISPAM,
      example:
        "554 Please use your ISPs SMTP server to deliver to, your IP address is a source of spam",
      note: "The page: mailme blocks an IP (or an ISP, a domain) from which it receives too much spam a day on average; the sender should send through their ISP's mail server. A block from the receiver's own count of spam from the sender, no list named: bad-reputation, as the project reads Rackspace's and AOL's 'too much spam' blocks.",
    }),
  ],
  statusReadings: [],
};
