// Concepts (see ./types.ts): the receiver cannot route mail back to the sender's address (its
// domain has no mail route, or does not exist), so it refuses mail it could never bounce or
// answer: the sender address fails the receiver's check, sender-address-invalid. a2i's page
// and mail.ru's refusal word it apart.
import type { Concept } from "./types";

export const SENDER_ROUTE_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.sender-unroutable",
    cause: "sender-address-invalid",
    says: "the receiver cannot route mail back to the sender's address (its domain has no mail route)",
    subject: ["route to sender", "unroutable sender", "unrouteable sender"],
    // "unroutable sender" holds its own failure.
    failure: ["cannot", "can't", "unable", "unroutable", "unrouteable"],
    examples: [
      {
        text: "rejected: cannot route to sender",
        source:
          "http://www.rahul.net/howto/mailerrors.html (a2i communications explanation of mail errors: the sender address is invalid, usually a domain that does not exist; providers/a2i.ts)",
      },
      {
        text: "host mxs.mail.ru [94.100.180.31]: 550 Unroutable sender address",
        source:
          "https://pastebin.com/GFSKpSPH (an Exim bounce quoting mail.ru's refusal of the envelope sender; signatures/generic-sources-sender-content.ts)",
      },
    ],
  },
];
