// SpamExperts (N-able Mail Assure; SolarWinds Spam Experts), a filtering gateway many hosting
// providers put in front of their mail (MX mx.spamexperts.com and *.antispamcloud.com). N-able's
// guide explains SMTP responses with examples; its classification pages name why a message was
// rejected (in the control panel) but do not print the reply lines sent to senders.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const RESPONSES = page(
  "https://documentation.n-able.com/spamexperts/userguide/Content/C_Domain%20Level/incoming/classifications/smtp-responses.htm",
  "What do SMTP Message Responses Mean? (N-able Spam Experts)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("spamexperts");

export const SPAMEXPERTS_TABLE: ProviderTable = {
  provider: "spamexperts",
  identity: {
    provider: "spamexperts",
    name: "SpamExperts / N-able Mail Assure (filtering gateway)",
    hosts: ["antispamcloud.com", "spamexperts.com", "spamexperts.eu", "spamexperts.net"],
    source: RESPONSES,
  },
  phrases: [
    phrase({
      id: "size-exceeds-maximum",
      cause: "message-too-large",
      match: ["message size exceeds fixed maximum message size"],
      source: RESPONSES,
      example: "554 5.3.4 - Message size exceeds fixed maximum message size",
      note: "The page's example of a reply with its enhanced status code: the message is larger than the filter (or the recipient's server behind it) accepts.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "N-able's Spam Experts pages (message classifications, 'Why was my message blocked as spam?', rejection without quarantine) name the reasons in the control panel but print no reply lines: the filter's spam, blocklist and invalid-recipient refusals are not entered.",
  ],
};
