// Hosting UK (UK hosting company), from its knowledge-base article on problems sending mail
// through its servers, which quotes the refusal they give to unauthenticated sending.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const SENDING_PROBLEMS = page(
  "https://support.hostinguk.net/en/knowledgebase/article/i-am-having-problems-sending-email-from-outlook-express-or-hosting-uks-webmail",
  "I am having problems sending email from Outlook Express or Hosting UK's webmail (Hosting UK knowledgebase)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("hosting-uk");

export const HOSTING_UK_TABLE: ProviderTable = {
  provider: "hosting-uk",
  identity: {
    provider: "hosting-uk",
    name: "Hosting UK",
    hosts: ["hostinguk.net"],
    source: SENDING_PROBLEMS,
  },
  phrases: [
    phrase({
      id: "not-local-host-not-a-gateway",
      cause: "relay-denied",
      match: ["not local host, not a gateway"],
      scope: "any",
      source: SENDING_PROBLEMS,
      example: "550, not allowed, not local host, not a gateway",
      note: "The article: its mail servers require authentication for sending; turn on outgoing (SMTP) authentication in the mail program.",
    }),
  ],
  statusReadings: [],
};
