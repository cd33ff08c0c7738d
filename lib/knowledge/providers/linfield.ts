// Linfield University (ITS), from its knowledge-base page on mail returned as spam by the
// filter it runs on outgoing as well as incoming mail.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BLOCKED_AS_SPAM = page(
  "http://www.linfield.edu/it/knowledge/email-general/spam-emails.html",
  "Why was my email blocked as SPAM? (Linfield ITS knowledge base)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("linfield");

export const LINFIELD_TABLE: ProviderTable = {
  provider: "linfield",
  identity: {
    provider: "linfield",
    name: "Linfield University mail",
    hosts: ["linfield.edu"],
    source: BLOCKED_AS_SPAM,
  },
  phrases: [
    phrase({
      id: "message-appears-to-be-spam",
      cause: "content-spam",
      match: ["this message appears to be spam!!"],
      scope: "any",
      source: BLOCKED_AS_SPAM,
      example: "This message appears to be SPAM!!",
      note: "The page: Linfield's spam filter examines outgoing as well as incoming mail for signs of spam (many identical messages in a short time among them) and returns the message with this notice; one the user did not send means the account may be compromised.",
    }),
  ],
  statusReadings: [],
};
