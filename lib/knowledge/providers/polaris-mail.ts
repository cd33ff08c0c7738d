// Polaris Mail (mail host), from its support wiki's page of common errors: each reply with its
// cause and the fix. The page's other rows (rcpthosts without SMTP AUTH) read right unaided.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const COMMON = page(
  "http://wiki.polarismail.com/display/Support/Common+Problems",
  "Common Problems (Polaris Mail support wiki)",
  "stored copy of the same wiki page at wiki.emailarray.com/pages/viewpage.action?pageId=29622274 (pages corpus), which names support@polarismail.com",
);

const { phrase } = entryKit("polaris-mail");

export const POLARIS_MAIL_TABLE: ProviderTable = {
  provider: "polaris-mail",
  identity: {
    provider: "polaris-mail",
    name: "Polaris Mail",
    hosts: ["polarismail.com", "polarismail.net", "emailarray.com"],
    source: COMMON,
  },
  phrases: [
    phrase({
      id: "daily-send-limit",
      cause: "rate-limited",
      match: ["daily send limit reached"],
      scope: "any",
      source: COMMON,
      example: "462 Daily send limit reached. Please try again tomorrow",
      note: "The page: the account sent more than 300 e-mails during the day, its daily send limit; ask for a higher limit if the sending is legitimate, else scan for a virus.",
    }),
    phrase({
      id: "blacklisted-on-this-server",
      cause: "sender-policy",
      match: ["you are blacklisted on this server"],
      scope: "provider",
      source: COMMON,
      example: "Sorry, you are blacklisted on this server",
      note: "The page: the sender's address is on the account's own blacklist (it happens when sending to oneself, or in Outlook's account test); remove it under Filtering > Blacklist. A list the account keeps, not a public blocklist.",
    }),
  ],
  statusReadings: [],
};
