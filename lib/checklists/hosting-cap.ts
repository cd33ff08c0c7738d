// The sending host's own caps on an hour's mail (cPanel's "max emails per hour" and "max defers
// and failures per hour", Plesk's outgoing mail control): the bounce says which limit of the
// sender's own hosting stopped the mail, so while the conclusion is not settled, the step that
// checks this cause looks at that limit, not at "how much you sent to this receiver" (no
// receiver limited anything). Data and one lookup; check-first-steps.ts places it.
import type { CauseId } from "@/lib/causes/causes";
import { evidenceRuleIds } from "@/lib/causes/connection-variants";
import type { Diagnosis } from "@/lib/diagnosis/types";
import { LIMITING_OUTGOING_MAIL } from "@/lib/knowledge/providers/plesk";
import type { CheckFirst } from "./check-first";
import { HOSTING_HOURLY_CAP_RULES } from "./evidence-steps";

/** Plesk's refusal over a mailbox's, domain's or subscription's hourly allowance (plesk.ts). */
export const PLESK_HOURLY_LIMIT_RULE = "plesk.outgoing-messages-limit";

/** cPanel's cap on the share of a domain's mail that failed or was deferred (web-hosts.ts). */
const CPANEL_DEFERS_RULE = "web-hosts.cpanel-max-defers-failures";

const MESSAGES_PER_HOUR_WORDS = {
  title: "Look at how many messages your domain sent in the hour before the bounce",
  detail:
    "The bounce says your own hosting server held your mail back once your domain passed its hosting plan's limit on messages per hour; no receiver refused it. A mailing, a web form or a script sending many messages within the hour, or an account someone else sends spam through, points to this cause. Your hosting provider can tell you the limit.",
};

interface HostingCap {
  ruleIds: readonly string[];
  step: Extract<CheckFirst, { from: "user" }>;
}

/** Each cap with the step that checks it, and the page that describes the cap. */
const HOSTING_CAPS: readonly HostingCap[] = [
  {
    ruleIds: HOSTING_HOURLY_CAP_RULES,
    step: {
      from: "user",
      ...MESSAGES_PER_HOUR_WORDS,
      kind: "verify",
      link: {
        label: "InMotion Hosting: Domain exceeded max emails per hour",
        url: "https://inmotionhosting.com/support/email/domain-exceeded-max-emails-per-hour",
      },
    },
  },
  {
    ruleIds: [PLESK_HOURLY_LIMIT_RULE],
    step: {
      from: "user",
      ...MESSAGES_PER_HOUR_WORDS,
      kind: "verify",
      link: {
        label: "Plesk: limiting outgoing mail",
        url: LIMITING_OUTGOING_MAIL.url,
      },
    },
  },
  {
    ruleIds: [CPANEL_DEFERS_RULE],
    step: {
      from: "user",
      title: "Look at how much of your domain's mail bounced in the hour before the bounce",
      detail:
        "The bounce says your own hosting server stopped your domain's mail for the hour because too much of it failed or was deferred; nothing is wrong with this recipient. Bounces from old addresses on a list, a forwarder or an autoresponder writing to addresses that no longer exist, or an account someone else sends spam through, point to this cause.",
      kind: "verify",
    },
  },
];

/**
 * The step that checks a rate limit the sender's own hosting placed, where the bounce's
 * evidence names one of the caps; undefined otherwise (the receiver's rate limit keeps its own).
 */
export function hostingCapCheckFirst(cause: CauseId, d: Diagnosis | null): CheckFirst | undefined {
  if (cause !== "rate-limited") return undefined;
  const ids = new Set(evidenceRuleIds(d));
  return HOSTING_CAPS.find((c) => c.ruleIds.some((id) => ids.has(id)))?.step;
}
