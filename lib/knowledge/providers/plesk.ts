// Plesk (the hosting control panel) and its Outgoing Mail Control: a hosting provider sets how
// many messages a subscription, domain or mailbox may send per hour, and Plesk's milter on the
// Postfix it manages refuses the message over that limit. The refusal comes from the sender's
// own hosting server when the message is submitted, not from any receiver: hosts that run Plesk
// (small web hosts and their customers' applications) show it under their own names, so it is
// known by its words, not by a host.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

/** Plesk's support article, which quotes the refusal as the mail log records it. */
const OUTGOING_LIMIT = page(
  "https://support.plesk.com/hc/en-us/articles/213389069-How-outgoing-messages-limit-works",
  "How outgoing messages limit works (Plesk support)",
  "stored copy (pages corpus)",
);
/** Plesk's guide: where the limits are set, and that the hosting provider sets their defaults. */
export const LIMITING_OUTGOING_MAIL = page(
  "https://docs.plesk.com/en-US/obsidian/administrator-guide/website-management/mail-settings/limiting-outgoing-mail.73362/",
  "Limiting Outgoing Mail (Plesk Obsidian guide)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("plesk");

export const PLESK_TABLE: ProviderTable = {
  provider: "plesk",
  identity: {
    provider: "plesk",
    name: "Plesk Outgoing Mail Control",
    hosts: [],
    markers: [],
    source: OUTGOING_LIMIT,
  },
  phrases: [
    phrase({
      id: "outgoing-messages-limit",
      cause: "rate-limited",
      // The sentence alone: the status beside it is 5.7.0 ("not authorised"), and programs that
      // quote the refusal prefix it with 554 or with nothing.
      match: ["limit on the number of allowed outgoing messages was exceeded"],
      scope: "any",
      source: OUTGOING_LIMIT,
      example:
        "5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded. Try again later.",
      note: "Plesk's own refusal when a mailbox, domain or subscription has sent its hourly allowance of messages: the limit is the sender's own hosting's, and mail is accepted again as the hour moves on. The status 5.7.0 does not mean a block by the receiver.",
      senderProvider: {
        // Worded into "Your … administrator" and "your own mail provider (…)": no "Your" here.
        provider: "Plesk hosting",
        headline: "Your own hosting server refused to send more messages this hour",
        action:
          "The server that hosts your mail runs Plesk, whose outgoing mail control limits how many messages a mailbox, a domain and a subscription may send per hour; this message was over that limit, and no receiver saw it. Send the rest later (the count starts again as the hour passes), spread bulk sending over more hours, or ask the hosting provider for a higher limit (a customer can change the domain's and mailbox's limits in Plesk, but not above the subscription's).",
        link: { label: "Plesk: limiting outgoing mail", url: LIMITING_OUTGOING_MAIL.url },
      },
    }),
  ],
  statusReadings: [],
};
