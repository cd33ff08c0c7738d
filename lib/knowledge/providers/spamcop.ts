// SpamCop: a DNS blocklist operator whose zone and lookup link receivers quote in their refusals.
// SpamCop's own help forum gives the block message it asks receivers to use; a receiver's actual
// refusal naming the zone is quoted from a forum post.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const spamcop = entryKit("spamcop");
const SPAMCOP = page("https://www.spamcop.net/bl.shtml", "SpamCop Blocking List");
const HELP_FORUM = page(
  "https://forum.spamcop.net/topic/5435-welcome-to-the-spamcop-blocklist-help-forum/",
  "Welcome to the SpamCop BlockList Help Forum (SpamCop forum)",
  "stored copy (pages corpus)",
);
const BIGPOND_QUOTE = page(
  "http://www.themssforum.com/smallbiz/Email-blocked/",
  "Email blocked (themssforum.com, smallbiz)",
  "stored copy (pages corpus)",
);

export const SPAMCOP_TABLE: ProviderTable = {
  provider: "spamcop",
  identity: {
    provider: "spamcop",
    name: "SpamCop (blocklist operator)",
    hosts: ["spamcop.net"],
    markers: ["spamcop.net"],
    source: SPAMCOP,
  },
  phrases: [
    spamcop.phrase({
      id: "bl",
      cause: "ip-blocklisted",
      match: ["spamcop.net/bl.shtml", "spamcop.net/w3m?action=checkblock"],
      scope: "any",
      source: HELP_FORUM,
      example:
        "Email from your IP Address [IP Address] blocked, see http://spamcop.net/bl.shtml?[IP Address] for details",
      note: "The block message SpamCop asks receivers to use (its TXT answer reads 'Blocked - see' and the same link); listings expire by themselves once the reports stop.",
    }),
    spamcop.phrase({
      id: "zone",
      cause: "ip-blocklisted",
      match: ["bl.spamcop.net"],
      scope: "any",
      source: BIGPOND_QUOTE,
      example:
        "Connected to x.x.x.x but sender was rejected.\nRemote host said: x.x.x.x Defined SPAM source: bl.spamcop.net",
      note: "A receiver (BigPond, in the quoted bounce) naming SpamCop's zone: the sending IP is listed.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "spamcop.net/bl.shtml was not read (only a 2003 web.archive.org copy's opening was stored); the recommended block message is from SpamCop's help forum.",
  ],
};
