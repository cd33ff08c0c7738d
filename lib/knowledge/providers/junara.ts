// Junara (an Australian hosting and mail provider), from its support article on the sending
// limits of its mail service: the error messages a sender sees once the daily or short-term
// limit is reached. One of them names only a policy and a code ("451 policy- SC01"); the article
// says it is the sending limit.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const SENDING_LIMITS = page(
  "https://support.junara.com/hc/en-au/articles/13986538738063-Email-sending-limits",
  "Email sending limits (Junara support)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("junara");

const LIMITS =
  "The article: at most 300 messages (recipients) a day, with shorter-term limits besides, lowered further for a sender with a poor reputation or mail the spam filter doubts. Retry after a few hours; contact support if the mail is legitimate and the error persists.";

export const JUNARA_TABLE: ProviderTable = {
  provider: "junara",
  identity: {
    provider: "junara",
    name: "Junara",
    hosts: ["junara.com"],
    source: SENDING_LIMITS,
  },
  phrases: [
    phrase({
      id: "451-policy-sc01",
      cause: "rate-limited",
      match: [/\b451 policy- ?sc01\b/],
      scope: "any",
      source: SENDING_LIMITS,
      example: "Fatal error sending message 451 policy- SC01",
      note: LIMITS,
    }),
    phrase({
      id: "reached-sending-limit",
      cause: "rate-limited",
      match: ["you've reached your sending limit"],
      scope: "any",
      source: SENDING_LIMITS,
      example: "You've reached your sending limit. Don't worry you can send again soon.",
      note: LIMITS,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The article's other examples ('too many recipients', an Exchange 'Please try to resend the message later') are other software's wording that the generic knowledge reads without Junara.",
  ],
};
