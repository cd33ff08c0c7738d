// Trend Micro (Email Security / Hosted Email Security, IMSVA, Worry-Free) and its Email Reputation
// Services (ERS, the former MAPS RBL+), from Trend Micro's knowledge-base articles (stored copies):
// the refusal texts receivers using ERS send, and Trend's own outbound relay refusal.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable, RemovalPage } from "./types";

const ERS_FAQ = page(
  "https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-messages-blocked-by-email-reputation-services-ers",
  "FAQs about messages blocked by Email Reputation Services (ERS) (Trend Micro)",
  "stored copy (pages corpus)",
);
const ERS_LOOKUP_KB = page(
  "https://success.trendmicro.com/ja-JP/solution/KA-0000797",
  "How to check whether an IP is in the Email Reputation Services database (Trend Micro, Japanese)",
  "stored copy (pages corpus); the page gives the lookup's ja-JP address, the en-US one is the same page in English",
);
/**
 * ERS's IP reputation lookup: it shows which ERS database lists an IP and leads to the removal
 * request form (the knowledge-base article's steps).
 */
const ERS_LOOKUP: RemovalPage = {
  name: "Trend Micro Email Reputation Services IP lookup",
  url: "https://servicecentral.trendmicro.com/en-US/ers/ip-lookup/",
  kind: "request",
  source: ERS_LOOKUP_KB,
};
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

const SFM_550 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json",
  "SMTP Field Manual: 550 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/550.json",
);
const SFM_554 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json",
  "SMTP Field Manual: 554 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/554.json",
);
const SFM_NOTE =
  "The reply as ActiveCampaign's SMTP Field Manual records it (a public, curated list of replies seen in bounces).";

const DDEI = page(
  "https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes",
  "SMTP error codes (Deep Discovery Email Inspector 5.1 online help)",
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
      removal: ERS_LOOKUP,
    }),
    phrase({
      id: "ers-rbl-plus-blocked-using",
      cause: "ip-blocklisted",
      match: ["blocked using trend micro rbl+", "mail-abuse.com/cgi-bin/lookup"],
      scope: "any",
      source: ERS_FAQ,
      example:
        "550 Service unavailable; Client host [<IP adress>] blocked using Trend Micro RBL+. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=<IP adress>",
      removal: ERS_LOOKUP,
    }),
    phrase({
      id: "wfbs-ers-blocked",
      cause: "ip-blocklisted",
      match: ["have been blocked by trend micro email reputation service"],
      scope: "any",
      source: WFBS,
      example: "Your email messages have been blocked by Trend Micro Email Reputation Service.",
      removal: ERS_LOOKUP,
    }),
    phrase({
      id: "hes-outbound-unregistered-domain",
      cause: "relay-denied",
      match: ["sender address rejected: access denied"],
      // Postfix's default text for an access table's REJECT without text (smtpd_check.c): from
      // another server a block of this sender is as likely, so it names an unregistered domain
      // only where Trend Micro's relay answered.
      scope: "identified",
      source: HES_OUTBOUND,
      example: "Sender address rejected: Access denied",
      note: "From Trend Micro's relay: the sender's domain is not registered in the organisation's Hosted Email Security account (add it, or have it approved).",
    }),
    phrase({
      id: "ers-customized-block",
      cause: "sender-policy",
      match: ["recipient address rejected: ers-customized-block"],
      source: SFM_550,
      example:
        "smtp;550 5.7.1 <example@example.com>: Recipient address rejected: ERS-Customized-Block.",
      note: `${SFM_NOTE} Trend Micro Email Security: the recipient organisation's own Email Reputation block list includes the sender.`,
    }),
    phrase({
      id: "block-sender",
      cause: "sender-policy",
      match: ["recipient address rejected: block-send-er"],
      source: SFM_554,
      example: "smtp;554 5.7.1 <example@example.com>: Recipient address rejected: BLOCK-SEND-ER.",
      note: `${SFM_NOTE} Trend Micro Email Security: a sender block rule of the recipient organisation.`,
    }),
    phrase({
      id: "invalid-recipient",
      cause: "recipient-unknown",
      match: ["recipient address rejected: invalid-recipient"],
      // Trend Micro's own hyphenated reason word: it names the cause wherever it is pasted.
      scope: "any",
      source: SFM_554,
      example:
        "smtp;554 5.7.1 <example@example.com>: Recipient address rejected: Invalid-Recipient.",
      note: `${SFM_NOTE} Trend Micro Email Security: recipient validation found no such address at the organisation.`,
    }),
    phrase({
      id: "no-domain",
      cause: "recipient-domain-invalid",
      match: ["recipient address rejected: no-domain"],
      source: SFM_554,
      example: "smtp;554 5.7.1 <example@example.com>: Recipient address rejected: NO-DOMAIN.",
      note: `${SFM_NOTE} Trend Micro Email Security: the recipient's domain is not registered with the service.`,
    }),
    phrase({
      id: "block-recipient",
      cause: "sender-policy",
      match: ["recipient address rejected: block-rcpt"],
      source: SFM_554,
      example: "smtp;554 5.7.1 <example@example.com>: Recipient address rejected: BLOCK-RCPT.",
      note: `${SFM_NOTE} Trend Micro Email Security: a rule of the recipient organisation blocks mail to this recipient.`,
    }),
    phrase({
      id: "ddei-ers-zombie",
      cause: "ip-blocklisted",
      match: ["temporary denial of connection (450) for zombie matches (ers)"],
      scope: "any",
      source: DDEI,
      example: "450 Temporary denial of connection (450) for Zombie matches (ERS)",
      verbatim: false,
      note: "The page lists the Email Reputation Service's reply 'Temporary denial of connection (450) for Zombie matches (ERS)' under SMTP error code 450: the sending IP is on Trend Micro's list of zombie (compromised or dynamic) senders. The example puts the code before the message as the page pairs them.",
      removal: ERS_LOOKUP,
    }),
    phrase({
      id: "ddei-ers-rbl-plus",
      cause: "ip-blocklisted",
      match: ["permanent denial of connection (550) for rbl+ matches (ers)"],
      scope: "any",
      source: DDEI,
      example: "550 Permanent denial of connection (550) for RBL+ matches (ERS)",
      verbatim: false,
      note: "The page lists the Email Reputation Service's reply for an RBL+ match under SMTP error code 550: the sending IP is on Trend Micro's RBL+ blocklist. The example puts the code before the message as the page pairs them.",
      removal: ERS_LOOKUP,
    }),
  ],
  statusReadings: [],
  missingPages: ["Trend Micro Email Security's full list of SMTP replies was not found stored."],
};
