// TK Open Systems (an Israeli mail and spam-filtering host, server tango.tkos.co.il), from the
// "unblockme" page its rejections link to, which gives each reason it refuses mail with the reply
// the sender sees.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const UNBLOCKME = page(
  "http://tk-open-systems.com/unblockme/index.php?id=tango",
  "Email rejections (TK Open Systems unblockme)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("tk-open-systems");

export const TK_OPEN_SYSTEMS_TABLE: ProviderTable = {
  provider: "tk-open-systems",
  identity: {
    provider: "tk-open-systems",
    name: "TK Open Systems mail filtering",
    hosts: ["tkos.co.il", "tk-open-systems.com"],
    // Every reply the page prints points its reader to this page.
    markers: ["tk-open-systems.com/unblockme"],
    source: UNBLOCKME,
  },
  phrases: [
    phrase({
      id: "sender-domain-does-not-exist",
      cause: "sender-address-invalid",
      match: [/domain of sender address \S+ does not exist/],
      scope: "any",
      source: UNBLOCKME,
      example: "553 5.1.8 ... Domain of sender address dagusmineswjz@163data.com.cn does not exist",
      note: "The page: the domain of the From address does not exist (mistyped in the mail program, or the domain's registration expired).",
    }),
    phrase({
      id: "ip-no-reverse-lookup",
      cause: "reverse-dns",
      match: ["rejected ip with no reverse lookup"],
      scope: "any",
      source: UNBLOCKME,
      example:
        "550 5.7.1 Rejected IP with no reverse lookup. See explanation at http://tk-open-systems.com/unblockme/index.php",
      note: "The page: the mail came through a server with no DNS name for its IP address.",
    }),
    phrase({
      id: "pool-address",
      cause: "reverse-dns",
      match: ["rejected pool address"],
      scope: "any",
      source: UNBLOCKME,
      example:
        "550 5.7.1 Rejected pool address. See explanation at http://tk-open-systems.com/unblockme/index.php",
      note: "The page: the sending server's DNS name looks like the default name an ISP gives a DSL line ('adsl-134-21-192-81...'); a business running its own server should have the IP's reverse DNS changed from that default.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The page's fourth reason (a From address that looks like a forged Gmail, Yahoo or Hotmail one) was cut off in the stored copy before its reply.",
  ],
};
