// Trend Micro (Email Security / Hosted Email Security, IMSVA, Worry-Free) and its Email Reputation
// Services (ERS, the former MAPS RBL+), from Trend Micro's knowledge-base articles (stored copies):
// the refusal texts receivers using ERS send, and Trend's own outbound relay refusal.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ERS_FAQ = page(
  "https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-messages-blocked-by-email-reputation-services-ers",
  "FAQs about messages blocked by Email Reputation Services (ERS) (Trend Micro)",
  "stored copy (pages corpus)",
);
const WFBS = page(
  "https://success.trendmicro.com/solution/1056643-valid-emails-are-blocked-by-the-email-reputation-feature-of-worry-free-business-security-wfbs",
  "Valid emails are blocked by the Email Reputation feature of Worry-Free Business Security (Trend Micro)",
  "stored copy (pages corpus)",
);
const HES_OUTBOUND = page(
  "https://success.trendmicro.com/solution/1053852-outbound-email-from-sender-domains-not-registered-as-valid-hosted-email-security-hes-domains-are-n",
  "Outbound email from sender domains not registered as valid Hosted Email Security (HES) domains (Trend Micro)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("trend-micro");

export const TREND_MICRO_TABLE: ProviderTable = {
  provider: "trend-micro",
  identity: {
    provider: "trend-micro",
    name: "Trend Micro Email Security / ERS",
    hosts: [
      "trendmicro.com",
      "tmes.trendmicro.com",
      "mail-abuse.com",
      "mail-abuse.org",
      "in.hes.trendmicro.com",
    ],
    markers: ["mail-abuse.com/cgi-bin/lookup", "trend micro rbl+"],
    source: ERS_FAQ,
  },
  phrases: [
    phrase({
      id: "ers-rbl-plus-refused",
      cause: "ip-blocklisted",
      match: ["refused by rbl-plus.mail-abuse.org"],
      scope: "any",
      source: ERS_FAQ,
      example:
        "550 Mail from <IP adress> refused by rbl-plus.mail-abuse.org. Please refer to http://mail-abuse.org/rbl+ for an explanation",
      note: "Trend Micro's Email Reputation Services list the IP; removal is requested through Trend's lookup tool.",
    }),
    phrase({
      id: "ers-rbl-plus-blocked-using",
      cause: "ip-blocklisted",
      match: ["blocked using trend micro rbl+", "mail-abuse.com/cgi-bin/lookup"],
      scope: "any",
      source: ERS_FAQ,
      example:
        "550 Service unavailable; Client host [<IP adress>] blocked using Trend Micro RBL+. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=<IP adress>",
    }),
    phrase({
      id: "wfbs-ers-blocked",
      cause: "ip-blocklisted",
      match: ["have been blocked by trend micro email reputation service"],
      scope: "any",
      source: WFBS,
      example: "Your email messages have been blocked by Trend Micro Email Reputation Service.",
    }),
    phrase({
      id: "hes-outbound-unregistered-domain",
      cause: "relay-denied",
      match: ["sender address rejected: access denied"],
      source: HES_OUTBOUND,
      example: "Sender address rejected: Access denied",
      note: "From Trend Micro's relay: the sender's domain is not registered in the organisation's Hosted Email Security account (add it, or have it approved).",
    }),
  ],
  statusReadings: [],
  missingPages: ["Trend Micro Email Security's full list of SMTP replies was not found stored."],
};
