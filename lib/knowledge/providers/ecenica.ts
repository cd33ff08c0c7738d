// Ecenica (a UK web and email host), from its support answer on what happens to mail sent to
// one of its mailboxes that is full: it queues and retries for four days, then returns a
// temporary failure to the sender's system.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const MAILBOX_FULL = page(
  "https://www.ecenica.com/support/answer/happens-emails-sent-mailbox-full/",
  "What happens to emails sent to me when my mailbox is full? (Ecenica support)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("ecenica");

export const ECENICA_TABLE: ProviderTable = {
  provider: "ecenica",
  identity: {
    provider: "ecenica",
    name: "Ecenica",
    hosts: ["ecenica.com"],
    source: MAILBOX_FULL,
  },
  phrases: [
    phrase({
      id: "mailbox-is-full",
      cause: "mailbox-full",
      match: ["mailbox is full"],
      status: ["4.2.2"],
      source: MAILBOX_FULL,
      example: "452 4.2.2 Mailbox is full",
      note: "The answer: after four days of retries against a full mailbox Ecenica gives up and sends this temporary failure; the recipient must free space, and the sender's system decides whether to retry.",
    }),
  ],
  statusReadings: [],
};
