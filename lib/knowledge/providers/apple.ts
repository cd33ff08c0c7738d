// Apple iCloud Mail (icloud.com, me.com, mac.com), from "Postmaster information for iCloud
// Mail". The page (archived 2025-02-26) states the requirements (SPF and DKIM, a DMARC policy,
// reverse DNS, RFC 5321/5322 compliance) and that refusals carry a URL, but lists no reply lines:
// the lines below are iCloud's replies quoted verbatim from smtp.codes, the SMTP Field Manual and
// public issue threads (each cited) or, where none printed them, as Sisimai's Apple module quotes
// them (verbatim: false), each tied to the requirement the page states.
import { entryKit, page } from "./entry-kit";
import { PROOFPOINT_IP_CHECK } from "./proofpoint";
import type { ProviderTable } from "./types";

const POSTMASTER = page(
  "https://support.apple.com/en-us/102322",
  "Postmaster information for iCloud Mail",
  "repo azumakuniyuki/feb-2024-no-auth-no-entry apple-102322-icloud-postmaster/text/apple-102322-icloud-postmaster-2025-02-26.txt",
);
const SMTP_CODES = page(
  "https://smtp.codes/icloud",
  "iCloud (smtp.codes: the replies iCloud's servers send, with explanations)",
  "stored copy (pages corpus)",
);
const MAILSERVER_22 = page(
  "https://github.com/docker-mailserver/docker-mailserver/issues/22",
  "Undelivered Mail Returned to Sender. (docker-mailserver/docker-mailserver #22)",
  "stored thread (issues corpus)",
);
const SENDGRID_6275 = page(
  "https://github.com/sendgrid/docs/issues/6275",
  "Ip banned (sendgrid/docs #6275)",
  "stored thread (issues corpus)",
);
const TAMINGDNS = page(
  "https://tamingdns.com/bounce-decoder/apple",
  "Apple iCloud Mail bounce decoder (TamingDNS)",
  "stored copy (pages corpus)",
);
const LISTED =
  "iCloud's reply as smtp.codes lists it (a third-party catalogue of provider replies).";
const QUOTED =
  "iCloud's reply as senders have received it; Apple's postmaster page prints no reply lines.";

const SFM_421 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/421.json",
  "SMTP Field Manual: 421 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/421.json",
);
const SFM_552 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/552.json",
  "SMTP Field Manual: 552 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/552.json",
);
const SFM_554 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json",
  "SMTP Field Manual: 554 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/554.json",
);
const SFM_NOTE =
  "The reply as ActiveCampaign's SMTP Field Manual records it (a public, curated list of replies seen in bounces).";

const { phrase } = entryKit("apple");

export const APPLE_TABLE: ProviderTable = {
  provider: "apple",
  identity: {
    provider: "apple",
    name: "Apple iCloud Mail",
    hosts: ["icloud.com", "me.com", "mac.com", "apple.com"],
    markers: ["support.apple.com/en-us/ht204137", "support.apple.com/en-us/102322"],
    source: POSTMASTER,
  },
  phrases: [
    phrase({
      id: "hme1-spf-dkim",
      cause: "authentication-failure",
      match: ["blocked for failing both spf and dkim authentication", "[hme1]"],
      source: {
        ...POSTMASTER,
        readVia: `${POSTMASTER.readVia}; reply lines quoted in repo sisimai/p5-sisimai lib/Sisimai/Rhost/Apple.pm (the page prints none)`,
      },
      example:
        "554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks. See https://support.apple.com/en-us/HT204137 for mailing best practices",
      verbatim: false,
      note: `${QUOTED} The page requires SPF and DKIM.`,
    }),
    phrase({
      id: "dmarc-policy",
      cause: "authentication-failure",
      match: [/your message was rejected due to \S{1,255}(?:'s)? dmarc policy/],
      source: SMTP_CODES,
      example: "550 5.7.1 Your message was rejected due to example.com DMARC policy.",
      note: `${LISTED} The postmaster page: iCloud honours the sending domain's DMARC policy. Sisimai quotes the older form "554 5.7.1 Your message was rejected due to example.jp's DMARC policy."`,
    }),
    phrase({
      id: "cs01-local-policy",
      // A hint, not a verdict: the CS codes are iCloud's filtering decision, which the postmaster
      // page says weighs "IP and domain reputation, content checks, and user feedback", and the
      // reply does not say which of them refused. The possibility wording
      // apple.cs-local-policy (scoring/possibility-wordings.ts) ranks reputation and content;
      // this entry adds reputation where iCloud is identified, the page's first mechanism.
      cause: "bad-reputation",
      strength: "weak",
      match: [/\[cs\d\d\] message rejected due to local policy/],
      source: SMTP_CODES,
      example:
        "550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
      note: `${LISTED} CS codes are iCloud's filtering decision; the postmaster page (${POSTMASTER.url}) names what it weighs: IP and domain reputation, content checks, user feedback. The reply does not say which.`,
    }),
    phrase({
      id: "hm-header-policy",
      cause: "protocol-syntax",
      match: [/\[hm\d\d\] message rejected due to local policy/],
      source: {
        ...POSTMASTER,
        readVia: `${POSTMASTER.readVia}; the line carried from the first cut of this catalogue, not re-read on the page`,
      },
      example:
        "554 5.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
      verbatim: false,
      note: "iCloud's HM codes are checks of the message's header (Apple's page requires mail to follow RFC 5322, the message format standard).",
    }),
    phrase({
      id: "proofpoint-dnsbl",
      cause: "ip-blocklisted",
      match: [
        "blocked - see https://support.proofpoint.com/dnsbl-lookup",
        "blocked - see https://ipcheck.proofpoint.com",
      ],
      source: MAILSERVER_22,
      example:
        "host mx1.mail.icloud.com[17.158.8.68] said: 550 5.7.0\n   Blocked - see\n   https://support.proofpoint.com/dnsbl-lookup.cgi?ip=62.210.110.165:",
      note: `iCloud's reply as a sender pasted it in a public thread. iCloud refuses IPs on Proofpoint's DNS blocklist; the link is the delisting page.`,
      removal: PROOFPOINT_IP_CHECK,
    }),
    phrase({
      id: "spamhaus-dbl-domain",
      cause: "domain-blocklisted",
      match: ["rejected due to having a domain present in the spamhaus dbl"],
      scope: "any",
      source: SMTP_CODES,
      example:
        "550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/",
      note: `${LISTED} iCloud checks the domains in the message (links included) against Spamhaus's DBL.`,
    }),
    phrase({
      id: "spamhaus-ip",
      cause: "ip-blocklisted",
      match: [/was rejected due to listing in spamhaus (?:sbl|xbl|pbl|zen)/],
      source: SENDGRID_6275,
      example:
        "550 5.7.1 Mail from IP 50.31.49.41 was rejected due to listing in Spamhaus SBL. For details please see http://www.spamhaus.org/query/bl?ip=50.31.49.41",
      note: "The reply as quoted in a public thread (which does not name the receiving host; Sisimai attributes this wording to iCloud). The sending IP is on Spamhaus's SBL.",
    }),
    phrase({
      id: "not-accepting-connections",
      cause: "bad-reputation",
      match: ["esmtp not accepting connections"],
      // Postfix's own text when a milter refuses the connection, for any reason (smtpd.c,
      // smtpd_proto(): "554 %s ESMTP not accepting connections"): iCloud's reading only where
      // iCloud is identified.
      scope: "identified",
      source: {
        ...POSTMASTER,
        readVia: `${POSTMASTER.readVia}; reply lines quoted in repo sisimai/p5-sisimai lib/Sisimai/Rhost/Apple.pm (the page prints none)`,
      },
      example: "554 imta.me.com ESMTP not accepting connections",
      verbatim: false,
      note: `${QUOTED} iCloud refuses the connection itself: its reputation filters (or a blocklist) turned the IP away.`,
    }),
    phrase({
      id: "recipient-no-longer-on-server",
      cause: "mailbox-disabled",
      match: ["recipient no longer on server"],
      source: {
        ...POSTMASTER,
        readVia: `${POSTMASTER.readVia}; reply lines quoted in repo sisimai/p5-sisimai lib/Sisimai/Rhost/Apple.pm (the page prints none)`,
      },
      example: "550 5.1.6 recipient no longer on server: user@icloud.com",
      verbatim: false,
      note: `${QUOTED} The account existed and is gone: remove the address.`,
    }),
    phrase({
      id: "user-over-quota",
      cause: "mailbox-full",
      match: ["user is over quota", "user is overquota"],
      source: SFM_552,
      example: "smtp;552 5.2.2 <example@icloud.com>: user is overquota",
      note: `${SFM_NOTE} Sisimai quotes the spaced form "user is over quota".`,
    }),
    phrase({
      id: "inactive-address",
      cause: "recipient-unknown",
      match: ["inactive email address", "unknown or illegal alias", "user does not exist"],
      source: SMTP_CODES,
      example: "550 5.1.1 <example@icloud.com>: user does not exist",
      note: `${LISTED} Sisimai also quotes "inactive email address" (an address its owner turned off) for the same code.`,
    }),
    phrase({
      id: "excessive-volume",
      cause: "rate-limited",
      match: ["deferred due to excessive volume"],
      source: SMTP_CODES,
      example:
        "421 4.7.1 Messages to example@icloud.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137",
      note: `${LISTED} The recipient address is receiving mail at a high rate; later attempts will most likely succeed.`,
    }),
    phrase({
      id: "sender-domain-not-found",
      cause: "sender-address-invalid",
      match: ["sender address rejected: domain not found"],
      source: {
        ...POSTMASTER,
        readVia: `${POSTMASTER.readVia}; reply lines quoted in repo sisimai/p5-sisimai lib/Sisimai/Rhost/Apple.pm (the page prints none)`,
      },
      example: "450 4.1.8 <user@example.jp>: Sender address rejected: Domain not found",
      verbatim: false,
      note: `${QUOTED} (Postfix's wording, as iCloud's servers write it.)`,
    }),
    phrase({
      id: "too-many-errors",
      cause: "protocol-syntax",
      match: ["me.com error: too many errors"],
      source: SFM_421,
      example: "smtp;421 4.7.0 me.com Error: too many errors",
      note: `${SFM_NOTE} Postfix's session limit (smtpd_hard_error_limit): the sending server made too many errors in one session (often many unknown recipients or bad commands); fix the list or the client, then retry.`,
    }),
    phrase({
      id: "relay-access-denied",
      cause: "relay-denied",
      match: [/<[^>\s]{1,254}@(?:icloud|me|mac)\.com>: relay access denied/],
      source: SFM_554,
      example: "smtp;554 5.7.1 <example@icloud.com>: Relay access denied",
      note: `${SFM_NOTE} iCloud does not accept the address as one of its own (often a mistyped or retired iCloud domain address), so it treats the message as relaying.`,
    }),
    phrase({
      id: "service-unavailable-try-later",
      cause: "rate-limited",
      match: ["451 4.7.1 service unavailable - try again later"],
      // Postfix's milter8.c answers these same words whenever a milter fails to answer: away
      // from iCloud they say nothing of rate limits.
      scope: "identified",
      source: SMTP_CODES,
      example: "451 4.7.1 Service unavailable - try again later",
      note: `${LISTED} iCloud is not accepting messages right now, typically at the top of the hour when many senders push hard at once: a deferral, retry later and spread the sending.`,
    }),
    phrase({
      id: "hide-my-email-relay-off",
      cause: "mailbox-disabled",
      match: ["relay not permitted for user"],
      source: TAMINGDNS,
      example: "550 5.7.1Relay not permitted for user.",
      note: "The words read like a relay refusal, but from iCloud they mean the recipient is a Hide My Email address (privaterelay.appleid.com) whose owner turned off forwarding: treat it as an unsubscribe and remove the address (as TamingDNS's iCloud decoder reads it; Apple prints no list of its replies).",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "support.apple.com/en-us/HT204137 (the page iCloud's replies link) and any Apple list of CS/HM/HME codes: not found. Six reply lines are verbatim from smtp.codes' iCloud page, the Hide My Email refusal from TamingDNS's iCloud decoder; the rest are Sisimai's quotes, tied to the postmaster page's requirements (verbatim: false).",
  ],
};
