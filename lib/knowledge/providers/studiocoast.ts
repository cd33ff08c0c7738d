// Studiocoast (an Australian hosting company), from its knowledge-base article on the bounce
// its mail servers return to a sending server that has no reverse DNS.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const PTR_REQUIRED = page(
  "https://www.studiocoast.com.au/knowledgebase/194/email/support.aspx",
  "Error: This server requires PTR for unauthenticated connections (Studiocoast knowledge base)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("studiocoast");

export const STUDIOCOAST_TABLE: ProviderTable = {
  provider: "studiocoast",
  identity: {
    provider: "studiocoast",
    name: "Studiocoast",
    hosts: ["studiocoast.com.au"],
    source: PTR_REQUIRED,
  },
  phrases: [
    phrase({
      id: "requires-ptr-unauthenticated",
      cause: "reverse-dns",
      match: ["this server requires ptr for unauthenticated connections"],
      scope: "any",
      source: PTR_REQUIRED,
      example: "This server requires PTR for unauthenticated connections",
      note: "The article: the sending mail server lacks a PTR (reverse DNS) record; its email provider must set one up.",
    }),
  ],
  statusReadings: [],
};
