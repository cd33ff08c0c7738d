// DreamHost (web and mail host), from its article on the SMTP quota of its mail accounts: the
// refusal its outgoing servers give a mailbox that passed its sending limit. "Quota" here is a
// sending quota, not the recipient's storage (recipient.ts concept.mailbox-full leaves
// "policy rejection" alone for that reason).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const QUOTA = page(
  "https://help.dreamhost.com/hc/en-us/articles/215730467-SMTP-quota-overview",
  "SMTP quota overview (DreamHost Knowledge Base)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("dreamhost");

export const DREAMHOST_TABLE: ProviderTable = {
  provider: "dreamhost",
  identity: {
    provider: "dreamhost",
    name: "DreamHost",
    hosts: ["dreamhost.com"],
    source: QUOTA,
  },
  phrases: [
    phrase({
      id: "policy-rejection-quota-exceeded",
      cause: "rate-limited",
      // The page prints it with a hyphen, and once with an em dash ("Policy Rejection—Quota Exceeded").
      match: [
        "policy rejection- quota exceeded",
        "policy rejection - quota exceeded",
        "policy rejection—quota exceeded",
      ],
      scope: "any",
      source: QUOTA,
      example: "Policy Rejection- Quota Exceeded",
      note: "The page: the account has exceeded (or tried to exceed) its outgoing sending limit (SMTP quota); wait for the quota to free up, or send less.",
    }),
  ],
  statusReadings: [],
};
