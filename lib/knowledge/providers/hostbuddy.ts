// HostBuddy (Windows hosting company), from its knowledge-base article on the "Sender is
// throttled" error its SMTP server returns when an account passes its hourly sending limit.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const SENDER_THROTTLED = page(
  "https://hostbuddy.com/support/kb/a1533/sender-is-throttled-error-message.aspx",
  "Sender is throttled error message (HostBuddy knowledge base)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("hostbuddy");

export const HOSTBUDDY_TABLE: ProviderTable = {
  provider: "hostbuddy",
  identity: {
    provider: "hostbuddy",
    name: "HostBuddy",
    hosts: ["hostbuddy.com"],
    source: SENDER_THROTTLED,
  },
  phrases: [
    phrase({
      id: "sender-is-throttled",
      cause: "rate-limited",
      match: ["sender is throttled"],
      scope: "any",
      source: SENDER_THROTTLED,
      example: "Sender is throttled",
      note: "The article: returned when sending through its SMTP server past the limit of 50 emails an hour placed to stop spammers abusing it; more sending capacity can be bought, and the per-user throttling adjusted by the domain's postmaster.",
    }),
  ],
  statusReadings: [],
};
