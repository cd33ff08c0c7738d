// helpcloud (Australian web hosting), from its knowledge-base article on senders getting a
// bounce when mailing one of its hosted accounts.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BOUNCE_BACK = page(
  "http://helpcloud.com.au/knowledgebase.php?article=29",
  "not receiving emails and the sender is receiving a bounce back message when sending mail (helpcloud knowledgebase)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("helpcloud");

export const HELPCLOUD_TABLE: ProviderTable = {
  provider: "helpcloud",
  identity: {
    provider: "helpcloud",
    name: "helpcloud",
    hosts: ["helpcloud.com.au"],
    source: BOUNCE_BACK,
  },
  phrases: [
    phrase({
      id: "mail-quota-exceeded",
      cause: "mailbox-full",
      match: ["mail quota exceeded"],
      // A sending limit in the same words ("451 OUTBOUND MAIL QUOTA EXCEEDED - THIS ACCOUNT MAY
      // ONLY SEND 250 MESSAGES ...", concept.sending-quota) is another matter.
      unless: ["daily", "hourly", "sending", "outgoing", "outbound", "may only send", "per day"],
      // Generic words: in full only where the bounce is helpcloud's own.
      scope: "provider",
      source: BOUNCE_BACK,
      example: "Mail quota exceeded.",
      note: "The article: the recipient's mailbox is full (webmail keeps the mail on the server); clear old mail from the server or stop leaving copies on it.",
    }),
  ],
  statusReadings: [],
};
