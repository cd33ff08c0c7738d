// Parks Communications (a small US ISP), from its spam-policy page, which lists the messages
// its mail server sends when it refuses mail and what each filter is. The texts are spamdyke's
// (the qmail filter's source-replies entries carry the same words), so this page is a second,
// independent reading of them from a site that runs it.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const SPAM_POLICY = page(
  "http://parkscomm.com/spampolicy.html",
  "SPAM Policy: Your email bounced with a message leading you here (Parks Communications)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("parks-communications");

export const PARKS_COMMUNICATIONS_TABLE: ProviderTable = {
  provider: "parks-communications",
  identity: {
    provider: "parks-communications",
    name: "Parks Communications",
    hosts: ["parkscomm.com"],
    source: SPAM_POLICY,
  },
  phrases: [
    phrase({
      id: "too-many-recipients",
      cause: "rate-limited",
      match: ["too many recipients. try the remaining addresses again later"],
      scope: "any",
      source: SPAM_POLICY,
      example: "Too many recipients. Try the remaining addresses again later.",
      note: "The page: the server takes only a few recipients per incoming message over one connection; the sending server should retry the rest later (it has nothing to do with the addresses on the To: line).",
    }),
    phrase({
      id: "improper-recipient-address",
      cause: "protocol-syntax",
      match: ["improper recipient address. try supplying a domain name"],
      scope: "any",
      source: SPAM_POLICY,
      example: "Improper recipient address. Try supplying a domain name.",
      note: "The page: the sending server gave a recipient without its domain ('joe' rather than a full address).",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The stored copy was read in excerpts: 'Timeout. Talk faster next time.' (the server hangs up on a slow sender) is not entered, since no cause of the vocabulary fits it; the page's other messages were not seen.",
  ],
};
