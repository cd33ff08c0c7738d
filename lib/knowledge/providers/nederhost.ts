// NederHost (Dutch hosting company), from its knowledge-base article on the refusal its own
// outgoing mail server (mail.nederhost.nl) gives when its filter stops a message being sent.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const CONTENT_REJECTED = page(
  "https://www.nederhost.nl/kennisbank/mailbox/Mailbox:_Problemen_oplossen/Melding_bij_versturen:_%22Message_content_rejected%22",
  'Melding bij versturen: "Message content rejected" (NederHost kennisbank)',
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("nederhost");

export const NEDERHOST_TABLE: ProviderTable = {
  provider: "nederhost",
  identity: {
    provider: "nederhost",
    name: "NederHost",
    // The article names mail.nederhost.nl as the outgoing server that gives these replies.
    hosts: ["nederhost.nl"],
    source: CONTENT_REJECTED,
  },
  phrases: [
    phrase({
      id: "content-rejected-ube",
      cause: "content-spam",
      match: ["message content rejected - ube"],
      scope: "any",
      source: CONTENT_REJECTED,
      example: "550 5.7.1 Message content rejected - UBE",
      note: "The article: the outgoing server filters every message so that NederHost does not become a source of spam; UBE means the message is taken for spam (words or layout common in spam, a message that is only an attachment, forwarded spam).",
    }),
    phrase({
      id: "content-rejected-virus",
      cause: "content-virus",
      match: ["message content rejected - virus"],
      scope: "any",
      source: CONTENT_REJECTED,
      example: "550 5.7.1 Message content rejected - VIRUS",
      note: "The article: a virus report is almost always right and a reason to examine the sending computer.",
    }),
  ],
  statusReadings: [],
};
