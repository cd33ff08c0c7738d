// InMotion Hosting (a large US web host), from its support article on the bounce its own
// outgoing servers return when their spam filter scores a customer's message as spam. The
// same text and explanation appear on other hosts' pages (Brixly, TBX Host, TNP Host,
// Atlántica Digital), and the words are also ZoneMTA's own spam refusal (its source-replies
// entry), so the general knowledge already reads them; this table adds the host's own page.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const OUTBOUND_SPAM = page(
  "https://www.inmotionhosting.com/support/edu/everything-email/550-spam-message",
  "550 This Message Was Classified as SPAM and May Not Be Delivered (InMotion Hosting support)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("inmotion-hosting");

export const INMOTION_HOSTING_TABLE: ProviderTable = {
  provider: "inmotion-hosting",
  identity: {
    provider: "inmotion-hosting",
    name: "InMotion Hosting",
    hosts: ["inmotionhosting.com"],
    source: OUTBOUND_SPAM,
  },
  phrases: [
    phrase({
      id: "classified-as-spam-outbound",
      cause: "content-spam",
      match: ["this message was classified as spam and may not be delivered"],
      scope: "any",
      source: OUTBOUND_SPAM,
      example: "550 This Message Was Classified as SPAM and May Not Be Delivered",
      note: "The article: the host scores every outgoing message with spam rules (to keep its servers' IPs off blocklists) and returns those that fail to the sender; the fix is the message's content (and SMTP authentication in the mail client, whose absence adds to the score).",
    }),
  ],
  statusReadings: [],
};
