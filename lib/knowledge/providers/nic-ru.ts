// RU-CENTER (nic.ru, the Russian registrar and host; its mail servers are *.nicmail.ru), from
// its help article on diagnosing mail problems, read in its English version. Its hosting
// refuses mail for a domain whose whole disk allowance is used up with a reply that says
// "prohibited", which reads like a policy refusal: the article says it is a full quota.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const DIAGNOSTICS = page(
  "https://nic.ru/help/mail-diagnostics-and-troubleshooting_14426.html",
  "Mail — diagnostics and troubleshooting (RU-CENTER help)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("nic-ru");

export const NIC_RU_TABLE: ProviderTable = {
  provider: "nic-ru",
  identity: {
    provider: "nic-ru",
    name: "RU-CENTER (nic.ru) mail hosting",
    hosts: ["nicmail.ru", "nic.ru"],
    source: DIAGNOSTICS,
  },
  phrases: [
    phrase({
      id: "domain-disk-quota-exceeded",
      cause: "mailbox-full",
      match: [/prohibited\. disk quota exceeded/],
      scope: "any",
      source: DIAGNOSTICS,
      example: "451 domain.ru prohibited. Disk quota exceeded",
      note: "The article: the disk space allotted to the recipient's domain (all its mailboxes together) is used up. The sender's server retries by itself; the recipient frees space, moves space between resources in the hosting panel, or takes a larger plan.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "'451 Please try another server' asks the sender to try RU-CENTER's other MX hosts and, if it persists, to fix the sending server's DNS (PTR matching its A record, no dynamic-looking name): two readings, left to the classifier.",
    "The article's entries on its sending limit (50 messages in 15 minutes), on an IP blocked after repeated errors and on mail judged spam by its content were in the stored copy without their reply texts; they are not entered.",
  ],
};
