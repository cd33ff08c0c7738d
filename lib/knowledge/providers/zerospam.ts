// ZEROSPAM (Quebec email-security gateway in front of customers' mail servers), from smtp.codes'
// ZeroSpam page (the site's source in repo fm/smtp-codes), which prints its replies; ZEROSPAM's
// own pages were not found stored.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const CODES = page(
  "https://smtp.codes/zerospam",
  "ZeroSpam (smtp.codes)",
  "repo fm/smtp-codes docs/zerospam/index.html",
);

const { phrase } = entryKit("zerospam");

export const ZEROSPAM_TABLE: ProviderTable = {
  provider: "zerospam",
  identity: {
    provider: "zerospam",
    name: "ZEROSPAM",
    hosts: ["zerospam.ca", "zerospam.com"],
    markers: ["by zerospam"],
    source: CODES,
  },
  phrases: [
    phrase({
      id: "greylisted",
      cause: "rate-limited",
      match: [/greylisted for \d{1,6} seconds by zerospam/],
      scope: "any",
      source: CODES,
      example:
        "450 4.2.0 <email@example.com>: Recipient address rejected: example.com greylisted for 60 seconds by ZEROSPAM",
      note: "Greylisting (the page): the sending server is asked to retry, and most do so by themselves; the message is then delivered.",
    }),
    phrase({
      id: "not-in-recipient-list",
      cause: "recipient-unknown",
      match: ["recipient address rejected: not in recipient list"],
      scope: "any",
      source: CODES,
      example: "554 5.7.1 <email@example.com>: Recipient address rejected: Not in recipient list",
      note: "The address is not in the list of recipients ZEROSPAM accepts for the protected domain: not a known user there (or one the domain's administrator has not added). Under 5.7.1 it reads like a policy block.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "ZEROSPAM's own pages: not found stored; the replies are read through smtp.codes.",
  ],
};
