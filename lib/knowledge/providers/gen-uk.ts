// GEN (a UK network and hosting provider, support.gen.uk), from its FAQ "Email Rejection
// Messages", which explains the rejections its MTAs give. The FAQ names each message by its
// opening words, ending them with "..." where the reply goes on (the address, the list).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const REJECTIONS = page(
  "https://support.gen.uk/kb/faq.php?id=237",
  "Email Rejection Messages (GEN support FAQ)",
  "stored copy (pages corpus), read in excerpts",
);
const HEADING =
  "The FAQ gives the message as a heading, not a whole reply line; the example is that heading.";

const { phrase } = entryKit("gen-uk");

export const GEN_UK_TABLE: ProviderTable = {
  provider: "gen-uk",
  identity: {
    provider: "gen-uk",
    name: "GEN",
    hosts: ["gen.uk"],
    source: REJECTIONS,
  },
  phrases: [
    phrase({
      id: "sender-unverified-address",
      cause: "sender-address-invalid",
      match: ["sender address rejected: unverified address"],
      // Postfix's own default text (reject_unverified_sender, smtpd_check.c), which any Postfix
      // writes for a probe still running or one that could not finish as well: GEN's reading
      // holds where the refusal is GEN's.
      scope: "identified",
      source: REJECTIONS,
      example: "Sender address rejected: unverified address...",
      note: `The FAQ: GEN's MTA checks that the sender address is valid and refuses mail from one it cannot verify. ${HEADING}`,
    }),
    phrase({
      id: "sender-domain-not-found",
      cause: "sender-address-invalid",
      match: ["sender address rejected: domain not found"],
      scope: "any",
      source: REJECTIONS,
      example: "Sender address rejected: Domain not found",
      note: `The FAQ: the domain of the sending address does not exist. ${HEADING}`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "'Sender address rejected 550 Blacklisted...' is not entered: the FAQ checks the sending server, the sending domain and servers on the path against blocklists, so the heading does not say whether an IP or a domain is listed.",
    "'Relay access denied' is Postfix's own wording, read right unaided; not repeated.",
  ],
};
