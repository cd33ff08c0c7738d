// ProLinux E-Mail Server (Uruguayan mail server product and service), from its guide to
// reading the bounces its server writes ("Cómo interpretar los rebotes del servidor ProLinux
// E-Mail Server"), whose section 5 lists each error message it gives.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BOUNCES = page(
  "https://pl.com.uy/?P=ne&S=do&pg=nedoerrorescorreo",
  "Cómo interpretar los rebotes del servidor ProLinux E-Mail Server",
  "stored copy (pages corpus), its list of messages only",
);

const { phrase } = entryKit("prolinux");

// The stored copy gives the guide's list of messages (section 5) but not the explanation under
// each: every entry below rests on the message's own words, which name the fault; messages
// whose words leave it open are left out (see missingPages).
const FROM_WORDS = "Listed in the guide's section 5; the explanation was not in the stored copy.";

export const PROLINUX_TABLE: ProviderTable = {
  provider: "prolinux",
  identity: {
    provider: "prolinux",
    name: "ProLinux E-Mail Server",
    // The guide's own block notice points to www.prolinux.net.uy.
    hosts: ["prolinux.net.uy", "pl.com.uy"],
    source: BOUNCES,
  },
  phrases: [
    phrase({
      id: "address-locked-or-deactivated",
      cause: "mailbox-disabled",
      match: ["address locked or deactivated"],
      scope: "any",
      source: BOUNCES,
      example: "Recipient address rejected: Address locked or deactivated",
      note: `${FROM_WORDS} The words: the recipient's address exists but is locked or deactivated.`,
    }),
    phrase({
      id: "mailbox-is-full",
      cause: "mailbox-full",
      match: ["mailbox is full"],
      // Exchange 2003's 5.2.2 either/or ("larger than the current system limit or the
      // recipient's mailbox is full") names two causes and ranks both
      // (possibility-wordings.ts exchange.size-or-storage-limit).
      unless: ["or the recipient's mailbox is full"],
      scope: "any",
      source: BOUNCES,
      example: "Mailbox is full.",
      note: FROM_WORDS,
    }),
    phrase({
      id: "databytes-limit",
      cause: "message-too-large",
      match: ["message size exceeds my databytes limit"],
      scope: "any",
      source: BOUNCES,
      example: "Sorry, that message size exceeds my databytes limit",
      note: `${FROM_WORDS} The words: the message is over the server's size limit (qmail's databytes).`,
    }),
    phrase({
      id: "relaying-denied-authentication",
      cause: "relay-denied",
      match: ["relaying denied. proper authentication required"],
      scope: "any",
      source: BOUNCES,
      example: "Relaying denied. Proper authentication required.",
      note: `${FROM_WORDS} The words: the server relays only for authenticated senders.`,
    }),
    phrase({
      id: "listed-dynamic-sorbs",
      cause: "ip-blocklisted",
      match: ["listed as dynamic on sorbs"],
      scope: "any",
      source: BOUNCES,
      example: "Your address is listed as dynamic on SORBS...",
      note: `${FROM_WORDS} The words: the sending IP is on SORBS's list of dynamic addresses.`,
    }),
    phrase({
      id: "refused-by-dnsbl",
      cause: "ip-blocklisted",
      match: ["sender refused by the dnsbl"],
      scope: "any",
      source: BOUNCES,
      example: "Sender refused by the DNSBL spammers.v6net.org",
      note: `${FROM_WORDS} The words: the sender was refused because of a DNS blocklist listing.`,
    }),
    phrase({
      id: "no-host-by-that-name",
      cause: "recipient-domain-invalid",
      match: ["couldn't find any host by that name"],
      scope: "any",
      source: BOUNCES,
      example: "Sorry, I couldn't find any host by that name.",
      note: `${FROM_WORDS} The words: the recipient's domain has no host in DNS (qmail-remote).`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Left out, their words leaving the cause open without the guide's explanation: '421 Blocked (XXXXXXX). See http://www.prolinux.net.uy/ir/a/blocked/', '553 sorry, your HELO host name has been denied', 'Requested action not taken: address blocked', 'The message was rejected because it contains prohibited virus or spam content' (two causes at once), 'Bogus mail from', and the server's own temporary failures.",
  ],
};
