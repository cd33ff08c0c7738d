// Shaw (shaw.ca, now Rogers), whose outbound relay (shawmail) and inbound filtering (Cloudmark)
// answer with short coded texts. Shaw's own help pages (business.shaw.ca "Troubleshooting email
// being blocked") describe the blocks but print no reply lines; the reply below is Shaw's relay's
// own greeting as a customer quoted it.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const HELP = page(
  "https://business.shaw.ca/support/troubleshooting-email-being-blocked-issues",
  "Troubleshooting email being blocked issues (Shaw Business)",
  "stored copy (pages corpus)",
);
const RELAY_LIMIT = page(
  "http://www.muug.ca/pipermail/roundtable/2008-March/001665.html",
  "Shaw smarthost limit (MUUG roundtable mailing list, March 2008)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("shaw");

export const SHAW_TABLE: ProviderTable = {
  provider: "shaw",
  identity: {
    provider: "shaw",
    name: "Shaw",
    hosts: ["shaw.ca", "shawcable.net"],
    source: HELP,
  },
  phrases: [
    phrase({
      id: "spam-limit-reached",
      cause: "rate-limited",
      match: ["spam limit has been reached"],
      scope: "any",
      source: RELAY_LIMIT,
      example: "4.5.9|Spam limit has been reached.",
      note: "Shaw's relay (shawmail.wp.shawcable.net) greets with this once a sender has passed its daily message limit (the post: about 1,000 messages a day, then cut off for 24 hours); the sender must wait or send through another server.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Shaw's Cloudmark codes (AUP#MXRT, AUP#CNCT: rate and connection limits, as customers in Shaw's community forum read them) were found only in forum replies, not on a Shaw or Cloudmark page; they are not entered.",
  ],
};
