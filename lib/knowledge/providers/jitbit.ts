// Jitbit Helpdesk (a help-desk product whose SaaS edition takes support mail at its own server),
// from its knowledge-base article on the "Spam message rejected" refusal senders get when
// writing to a Jitbit-hosted help desk: a score over a threshold, summed from several checks.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const SPAM_REJECTED = page(
  "https://support.jitbit.com/helpdesk/KB/View/65997007-understanding-and-resolving-554-5-7-1-spam-message-rejected-errors-body",
  "Understanding and Resolving '554 5.7.1 Spam Message Rejected' Errors (Jitbit Helpdesk KB)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("jitbit");

export const JITBIT_TABLE: ProviderTable = {
  provider: "jitbit",
  identity: {
    provider: "jitbit",
    name: "Jitbit Helpdesk (SaaS)",
    hosts: ["jitbit.com"],
    source: SPAM_REJECTED,
  },
  phrases: [
    phrase({
      id: "spam-message-rejected",
      cause: "content-spam",
      match: ["spam message rejected"],
      scope: "any",
      source: SPAM_REJECTED,
      example: "554 5.7.1 Spam Message Rejected",
      verbatim: false,
      note: "The article's title gives the code and words; its body quotes the client's line 'hmail.jitbit.com gave this error: Spam message rejected'. The meaning: the message's spam score passed the threshold (about 13 points), a sum over blocklist listings, SPF, DKIM and DMARC results, reverse DNS, the subject and phishing-like links. A spam verdict on the message as a whole; the sender can send the .eml for the exact reasons. Other servers' pages read the same words as a spam verdict too.",
    }),
  ],
  statusReadings: [],
};
