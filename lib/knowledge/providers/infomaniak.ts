// Infomaniak (Swiss mail host), from its FAQ on reading an error report: each listed reply with
// what it means. The replies the classifier already reads as the page says are not repeated.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const FAQ = page(
  "https://infomaniak.com/en/support/faq/858/resolve-an-email-issue-following-an-error-report",
  "Resolve an email issue (following an error report) (Infomaniak FAQ 858)",
  "as read for probe 8 (session 15); not found in the stored pages",
);

const { phrase } = entryKit("infomaniak");

export const INFOMANIAK_TABLE: ProviderTable = {
  provider: "infomaniak",
  identity: {
    provider: "infomaniak",
    name: "Infomaniak",
    hosts: ["infomaniak.ch", "infomaniak.com"],
    source: FAQ,
  },
  phrases: [
    phrase({
      id: "account-administratively-disabled",
      cause: "mailbox-disabled",
      match: ["account administratively disabled"],
      scope: "any",
      source: FAQ,
      example: "550 5.1.1 anna.a@abc.xyz recipient rejected, account administratively disabled",
      note: "The page: the recipient's address is apparently suspended by their email provider. The address exists; its account is disabled, although the status (5.1.1) is the one for a bad address.",
    }),
  ],
  statusReadings: [],
};
