// Mimecast (secure email gateway), from "Mimecast SMTP Error Codes" (community.mimecast.com, now
// mimecastsupport.zendesk.com). The page lists, per code, the "Reason Given to Sending MTA",
// a description and a resolution. The reason strings were read from stored copies of the page
// (urlscan.io and zendesk excerpts) and from Sisimai's Mimecast module, which quotes every row
// lower-cased: those examples keep the page's words with the case restored (verbatim: false).
// Replies found whole (public issue threads, the SMTP Field Manual, Suped, Mimecast's own pages) are
// verbatim and cite where they were read.
// Mimecast's replies carry a link to the page ("community.mimecast.com/docs/DOC-1369#550").
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const CODES = page(
  "https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754",
  "Mimecast SMTP Error Codes",
  "stored copies (pages corpus: staging.urlscan.io scan of the page; mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691); rows quoted lower-cased in repo sisimai/p5-sisimai lib/Sisimai/Rhost/Mimecast.pm",
);
const ANTI_SPOOFING = page(
  "https://www.suped.com/learn/dmarc/why-are-emails-bouncing-with-mimecast-anti-spoofing-policy-and-how-to-fix",
  "Why are emails bouncing with Mimecast Anti-Spoofing policy and how to fix? (Suped)",
  "stored copy (pages corpus)",
);
const BLOCKED_SENDERS = page(
  "https://mimecastsupport.zendesk.com/hc/en-us/articles/42979092709907-Policies-Managing-Blocked-Senders-and-Email-Rejections",
  "Policies - Managing Blocked Senders and Email Rejections (Mimecast)",
  "stored copy (pages corpus)",
);
const WRITETOTHEM_364 = page(
  "https://github.com/mysociety/writetothem/issues/364",
  "Emails being returned because of councils' email policies (mysociety/writetothem #364)",
  "stored thread (issues corpus)",
);
const PLANNINGALERTS_1969 = page(
  "https://github.com/openaustralia/planningalerts/issues/1969",
  "Fremantle rejecting mails from PlanningAlerts (openaustralia/planningalerts #1969)",
  "stored thread (issues corpus)",
);
const REACHER_1378 = page(
  "https://github.com/reacherhq/check-if-email-exists/issues/1378",
  "What does SmtpError IpBlacklisted mean exactly? (reacherhq/check-if-email-exists #1378)",
  "stored thread (issues corpus)",
);
const WTTW = page(
  "https://wordtothewise.com/2018/07/who-are-mimecast",
  "Who are Mimecast? (Word to the Wise)",
  "stored copy (pages corpus); rejection messages from bounce logs, the page sets the dashes as en dashes",
);
const CASE = "The page's reason string, quoted lower-cased by Sisimai; case restored.";

const SFM_451 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/451.json",
  "SMTP Field Manual: 451 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/451.json",
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

const { phrase } = entryKit("mimecast");

export const MIMECAST_TABLE: ProviderTable = {
  provider: "mimecast",
  identity: {
    provider: "mimecast",
    name: "Mimecast",
    hosts: ["mimecast.com", "mimecast.co.za", "mimecast-offshore.com", "mimecast.org"],
    markers: [
      "community.mimecast.com/docs/doc-1369",
      "mimecast.com/s/article/mimecast-smtp-error-codes",
    ],
    source: CODES,
  },
  phrases: [
    phrase({
      id: "421-sender-address-blocked",
      cause: "sender-policy",
      match: ["sender address blocked"],
      replyCode: [421],
      source: CODES,
      example: "421 Sender address blocked",
      note: "The recipient organisation's Blocked Senders policy lists the sending IP.",
    }),
    phrase({
      id: "421-unable-to-process-connection",
      cause: "remote-server-error",
      match: ["unable to process connection at this time"],
      source: CODES,
      example: "421 Unable to process connection at this time",
      note: "The Mimecast server is at maximum load; the message is retried.",
    }),
    phrase({
      id: "451-internal-resource-unavailable",
      cause: "bad-reputation",
      match: [/internal resources? (?:is |are )?temporarily unavailable/],
      source: CODES,
      example: "451 Internal resource temporarily unavailable",
      note: "Greylisting (retry within 1 minute to 12 hours), or the sending IP's poor reputation: if it ends in a bounce, the reputation.",
    }),
    phrase({
      id: "451-recipient-temporarily-unavailable",
      cause: "remote-server-error",
      match: ["recipient temporarily unavailable"],
      replyCode: [451],
      source: CODES,
      example: "451 Recipient temporarily unavailable",
      verbatim: false,
      note: `${CASE} The recipient validation (LDAP or call-forward) behind Mimecast is not answering.`,
    }),
    phrase({
      id: "451-ip-temporarily-blacklisted",
      cause: "rate-limited",
      match: ["ip temporarily blacklisted"],
      source: CODES,
      example: "451 IP temporarily blacklisted",
      verbatim: false,
      note: `${CASE} The page: the sending server reached its limit (too many invalid connections); it clears after a while.`,
    }),
    phrase({
      id: "451-account-service-unavailable",
      cause: "rate-limited",
      match: ["account service is temporarily unavailable"],
      source: CODES,
      example: "451 Account service is temporarily unavailable",
      verbatim: false,
      note: `${CASE} Too many concurrent inbound connections for the account (default 20).`,
    }),
    phrase({
      id: "451-open-relay-not-allowed",
      cause: "relay-denied",
      match: [/open relay (?:is )?not allowed/],
      source: SFM_451,
      example:
        "smtp;451 Open relay not allowed - https://community.mimecast.com/docs/DOC-1369#451 [#]",
      note: `${SFM_NOTE} Both sender and recipient are outside Mimecast, or the connecting IP is not an authorised outbound address.`,
    }),
    phrase({
      id: "451-account-inbounds-disabled",
      cause: "remote-server-error",
      match: ["account inbounds disabled"],
      source: CODES,
      example: "451 Account inbounds disabled",
      verbatim: false,
      note: `${CASE} The recipient organisation's Mimecast account takes no inbound mail: their administrator must act.`,
    }),
    phrase({
      id: "451-account-outbounds-disabled",
      cause: "relay-denied",
      match: ["account outbounds disabled", "hostname is not authorized"],
      source: CODES,
      example: "451 Account outbounds disabled",
      verbatim: false,
      note: `${CASE} The sending organisation's outbound mail through Mimecast is disabled or the host is not authorised.`,
    }),
    phrase({
      id: "451-message-ended-early",
      cause: "protocol-syntax",
      match: ["message ended early"],
      source: CODES,
      example: "451 Message ended early",
      verbatim: false,
      note: `${CASE} The message was cut off: often a firewall's SMTP fix-up on the sender's side.`,
    }),
    phrase({
      id: "451-unable-to-process",
      cause: "remote-server-error",
      match: ["unable to process command", "unable to process an email at this time"],
      source: CODES,
      example: "451 Unable to process an email at this time",
      verbatim: false,
      note: CASE,
    }),
    phrase({
      id: "incorrect-hostname-for-inbounds",
      cause: "remote-server-error",
      match: ["the incorrect hostname used for inbounds"],
      source: CODES,
      example: "550 The incorrect hostname used for inbounds",
      verbatim: false,
      note: `${CASE} The recipient domain's MX points at a Mimecast outbound host: their DNS must be fixed.`,
    }),
    phrase({
      id: "452-too-many-recipients",
      cause: "rate-limited",
      match: ["too many recipients"],
      replyCode: [452],
      source: CODES,
      example: "452 Too many recipients",
      verbatim: false,
      note: `${CASE} More than 100 RCPT TO per message: the sending server sends the rest in another transaction.`,
    }),
    phrase({
      id: "550-exceeding-outbound-thread-limit",
      cause: "rate-limited",
      match: ["exceeding outbound thread limit"],
      source: CODES,
      example: "550 Exceeding outbound thread limit",
      verbatim: false,
      note: CASE,
    }),
    phrase({
      id: "554-mail-loop",
      cause: "remote-server-error",
      match: ["mail loop detected"],
      replyCode: [554],
      source: CODES,
      example: "554 Mail loop detected",
      verbatim: false,
      note: `${CASE} Over 25 Received headers: forwarding loops between servers.`,
    }),
    phrase({
      id: "550-spf-sender-invalid",
      cause: "authentication-failure",
      match: ["spf sender invalid - envelope rejected"],
      source: CODES,
      example: "550 SPF Sender Invalid - envelope rejected",
      verbatim: false,
      note: `${CASE} The sending IP is not in the sender domain's SPF record.`,
    }),
    phrase({
      id: "550-dkim-sender-invalid",
      cause: "authentication-failure",
      match: ["dkim sender invalid - envelope rejected"],
      source: CODES,
      example: "550 DKIM Sender Invalid - envelope rejected",
      verbatim: false,
      note: CASE,
    }),
    phrase({
      id: "550-dmarc-sender-invalid",
      cause: "authentication-failure",
      match: ["dmarc sender invalid - envelope rejected"],
      source: SFM_550,
      example:
        "smtp;550 DMARC Sender Invalid - envelope rejected - https://community.mimecast.com/docs/DOC-1369#550 [#]",
      note: SFM_NOTE,
    }),
    phrase({
      id: "550-local-ct-ip-reputation",
      cause: "bad-reputation",
      match: ["local ct ip reputation"],
      source: CODES,
      example: "550 Local CT IP Reputation - (Reject)",
      verbatim: false,
      note: `${CASE} Mimecast's reputation checks reject the IP.`,
    }),
    phrase({
      id: "554-maximum-email-size",
      cause: "message-too-large",
      match: ["maximum email size exceeded"],
      source: CODES,
      example: "554 Maximum email size exceeded",
      verbatim: false,
      note: CASE,
    }),
    phrase({
      id: "550-anti-spoofing",
      cause: "sender-policy",
      match: [
        "anti-spoofing policy - inbound not allowed",
        "rejected by header-based anti-spoofing policy",
      ],
      source: CODES,
      example: "550 Anti-Spoofing policy - Inbound not allowed",
      verbatim: false,
      note: `${CASE} The mail claims the recipient's own domain from outside; their administrator can allow the sending service.`,
    }),
    phrase({
      id: "zen-mimecast-rbl",
      cause: "ip-blocklisted",
      match: ["zen.mimecast.org"],
      source: REACHER_1378,
      example:
        "permanent: zen.mimecast.org https://www.spamhaus.org/query/ip/77.85.116.89. - https://community.mimecast.com/docs/DOC-1369#550 [UioxhvvdMDyD8YY9lHrBjQ.us77]",
      note: "Mimecast refusing the connecting IP because Spamhaus ZEN lists it (Mimecast's own mirror zone, zen.mimecast.org); the IP in the link is the one to look up and delist, which may be the sender's ISP's address rather than a mail server.",
      removal: { blocklist: "spamhaus-zen", source: REACHER_1378 },
    }),
    phrase({
      id: "spamcop-mimecast-rbl",
      cause: "ip-blocklisted",
      match: ["spamcop.mimecast.org"],
      source: WTTW,
      example:
        "spamcop.mimecast.org Blocked – see http://www.spamcop.net/bl.shtml?10.10.10.10. – https://community.mimecast.com/docs/DOC-1369#550",
      note: "A Mimecast rejection as Word to the Wise lists it from bounce logs: Mimecast refuses the connecting IP because SpamCop's blocklist (through Mimecast's mirror zone) lists it; the link is SpamCop's lookup for that IP.",
      removal: { blocklist: "spamcop", source: WTTW },
    }),
    phrase({
      id: "550-header-anti-spoofing",
      cause: "sender-policy",
      match: ["rejected by header based anti-spoofing policy"],
      source: ANTI_SPOOFING,
      example: "550 Rejected by header based Anti-Spoofing policy",
      note: "Mimecast's Anti-Spoofing policy refused mail that claims the recipient's own (or a protected) domain from a source Mimecast was not told to trust: the recipient's administrator adds an exception for the legitimate sending service, and the sender checks SPF/DKIM on the domains involved.",
    }),
    phrase({
      id: "policy-level-block-list",
      cause: "sender-policy",
      match: ["policy level block list in force"],
      source: BLOCKED_SENDERS,
      example: "Policy level block list in force",
      note: "Mimecast's page: the message was blocked by a Mimecast policy (a Blocked Senders rule on the sender's address or domain, or the default block on external-to-external relaying). The recipient organisation's administrator can lift it.",
    }),
    phrase({
      id: "550-content-examination",
      cause: "content-spam",
      match: ["message bounced due to content examination policy"],
      source: CODES,
      example: "550 Message bounced due to Content Examination policy",
      verbatim: false,
      note: CASE,
    }),
    phrase({
      id: "554-host-network-not-allowed",
      cause: "sender-policy",
      match: [/host network,? not allowed/],
      source: CODES,
      example: "554 Host network not allowed",
      verbatim: false,
      note: `${CASE} A Geographical Restriction policy of the recipient organisation.`,
    }),
    phrase({
      id: "550-administrative-prohibition",
      cause: "sender-policy",
      match: [/administrative prohibition (?:- )?envelope blocked/],
      source: WRITETOTHEM_364,
      example:
        "host eu-smtp-inbound-1.mimecast.com [195.130.217.211]:\n550 Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#550",
      note: "The reply as a sender pasted it. The page: the recipient organisation's Blocked Senders policy (or an SPF hard fail).",
    }),
    phrase({
      id: "550-envelope-blocked-user-entry",
      cause: "sender-policy",
      match: ["envelope blocked - user entry", "envelope blocked - user domain entry"],
      source: PLANNINGALERTS_1969,
      example:
        "host au-smtp-inbound-2.mimecast.com[103.96.20.26] said: 550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550 [gz1Vvz1VN9ikuIVSF81-Wg.au11] (in reply to RCPT TO command)",
      note: "The reply as the thread quotes it. The page: a recipient's own Managed Senders block on the sender's address.",
    }),
    phrase({
      id: "550-header-based-blocked-senders",
      cause: "sender-policy",
      match: [
        /rejected by header.based (?:manually )?blocked senders/,
        "envelope rejected - block policy for envelope from address",
      ],
      source: SFM_550,
      example:
        "smtp;550 Rejected by header based manually Blocked Senders: email@example.com - https://community.mimecast.com/docs/DOC-1369#550 [#]",
      note: SFM_NOTE,
    }),
    phrase({
      id: "535-incorrect-authentication-data",
      cause: "relay-denied",
      match: ["incorrect authentication data", "submitter failed to authenticate"],
      source: CODES,
      example: "535 Incorrect authentication data",
      verbatim: false,
      note: `${CASE} Submission on port 587 with wrong credentials.`,
    }),
    phrase({
      id: "553-route-requires-tls",
      cause: "tls-required",
      match: [
        "this route requires encryption (tls)",
        "this route requires tls version 1.2 or greater",
        "this route requires high-strength ciphers",
      ],
      source: CODES,
      example: "553 This route requires encryption (TLS)",
      verbatim: false,
      note: `${CASE} A Secure Receipt/Delivery policy requires TLS (1.2 or later, strong ciphers).`,
    }),
    phrase({
      id: "501-invalid-address",
      cause: "recipient-unknown",
      match: ["invalid address"],
      replyCode: [501],
      source: CODES,
      example: "501 Invalid address",
      verbatim: false,
      note: `${CASE} Not a valid SMTP address.`,
    }),
    phrase({
      id: "550-invalid-recipient",
      cause: "recipient-unknown",
      match: ["invalid recipient"],
      // OpenSMTPD's bare "550 Invalid recipient: <address>" is not Mimecast's (lka_session.c
      // sends it for a relay refusal too): scoring/possibility-wordings.ts reads that shape.
      unless: [/^550 invalid recipient: <[^<>\s]{0,254}>$/],
      source: WTTW,
      example: "Invalid Recipient – https://community.mimecast.com/docs/DOC-1369#",
      note: "A Mimecast rejection as Word to the Wise lists it from bounce logs. The page (reason 'Invalid Recipient'): recipient validation found no such internal user.",
    }),
    phrase({
      id: "554-security-policies",
      cause: "content-spam",
      match: ["email rejected due to security policies"],
      source: SFM_554,
      example:
        "smtp;554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554 [#]",
      note: `${SFM_NOTE} ` + "A virus signature, or a spam score over Mimecast's maximum.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The page itself was read only in excerpts (urlscan, zendesk); 14 replies are verbatim from Mimecast's own pages, public issue threads, Suped, Word to the Wise's list from bounce logs and the SMTP Field Manual; the other reason strings come from Sisimai's lower-cased quotes (verbatim: false).",
  ],
};
