// Microsoft 365 / Exchange Online, Exchange Server and Outlook.com, from Microsoft's pages.
// The Exchange Online table ("Email non-delivery reports in Exchange Online") was read from the
// page's Markdown source in a fork of MicrosoftDocs/OfficeDocs-Exchange; its "Description"
// column is the reply text Exchange Online writes, each example below is that column with the
// row's code (rows added in later versions, such as 4.7.325, from a second fork). The Exchange
// Server table was read from the same fork's Markdown; the Outlook.com postmaster page
// (SC-/RP-/DY-/OU- codes) from an archived copy.
// Microsoft's words mislead in places: "Recipient address rejected: Access denied" (5.4.1) is
// Directory-Based Edge Blocking of an address that does not exist; "Submission quota exceeded"
// comes with 5.2.2, the registry's "mailbox full"; "Sender denied" (5.1.0) is a recipient lookup.
import { entryKit, page } from "./entry-kit";
import { MICROSOFT_NDR_PHRASES } from "./microsoft-ndr";
import type { ProviderTable } from "./types";

const EXO = page(
  "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
  "Email non-delivery reports in Exchange Online",
  "repo x13-me/OfficeDocs-Exchange Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md",
);
const EXO_LATER = page(
  "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
  "Email non-delivery reports in Exchange Online",
  "repo mikumeda/OfficeDocs-Exchange Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md",
);
const EXO_541 = page(
  "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-4-1-in-exchange-online",
  "Fix email delivery issues for error code 5.4.1 in Exchange Online",
);
const EXO_606 = page(
  "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-606-649-in-exchange-online",
  "Fix email delivery issues for error codes 5.7.606 through 5.7.649 in Exchange Online",
);
const EXO_700 = page(
  "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-700-through-5-7-750",
  "Fix email delivery issues for error codes 5.7.700 through 5.7.750 in Exchange Online",
  "Markdown source in repo x13-me/OfficeDocs-Exchange Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-700-through-5-7-750.md",
);
/** 5.7.750: a tenant's own sending from domains it has not added (the per-code page). */
const UNREGISTERED_DOMAIN_BLOCK = {
  provider: "Microsoft 365",
  headline: "Microsoft 365 blocked mail your organisation sent from domains it has not added",
  action:
    "Your own Microsoft 365 organisation (tenant) sent a large volume from domains it has not added and validated, and Microsoft blocks that; the recipient's side played no part. Add and validate every domain you send from as an accepted domain (or use a certificate-based outbound connector whose certificate names one), and look for connectors or accounts you did not set up: attackers add connectors to send spam.",
  link: {
    label: "Microsoft: error codes 5.7.700 through 5.7.750",
    url: EXO_700.url,
  },
} as const;
const EXO_571 = page(
  "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-7-1-in-exchange-online",
  "Fix NDR error 550 5.7.1 in Exchange Online",
  "repo x13-me/OfficeDocs-Exchange Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-7-1-in-exchange-online.md",
);
const EX2019 = page(
  "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages",
  "DSNs and NDRs in Exchange Server",
  "repo x13-me/OfficeDocs-Exchange Exchange/ExchangeServer/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages.md",
);
/** Exchange Server's page: "5.7.900 through 5.7.999" are the codes of transport rules. */
const TRANSPORT_RULE_CODES: readonly string[] = Array.from(
  { length: 100 },
  (_, i) => `5.7.${900 + i}`,
);
const EX2019_OLDER = page(
  "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages",
  "DSNs and NDRs in Exchange Server (codes of earlier Exchange versions)",
  "listed in repo sisimai/p5-sisimai lib/Sisimai/Rhost/Microsoft.pm under 'Previous versions of Exchange Server'",
);
const HVS = page(
  "https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730",
  "Strengthening Email Ecosystem: Outlook's New Requirements for High-Volume Senders",
  "repo azumakuniyuki/feb-2024-no-auth-no-entry microsoft-new-requirements-for-high-volume-senders/text/microsoft-new-requirements-for-high-volume-senders-2025-08-02.txt",
);
const OLC = page(
  "https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx",
  "Outlook.com Postmaster: Troubleshooting",
  "repo azumakuniyuki/feb-2024-no-auth-no-entry microsoft-troubleshooting/html/microsoft-troubleshooting-2026-06-15.html",
);

const SMTP_CODES = page(
  "https://smtp.codes/microsoft365",
  "Microsoft 365 / Outlook.com (smtp.codes)",
  "repo fm/smtp-codes data/codes/*.json (the site's source)",
);
const SMTP_CODES_NOTE =
  "The reply as smtp.codes lists it for Microsoft 365 / Outlook.com (a public, curated collection of providers' replies, after ActiveCampaign's SMTP Field Manual).";

// Microsoft's troubleshooting articles (learn.microsoft.com/troubleshoot/exchange/...), read from
// their Markdown in MicrosoftDocs/SupportArticles-docs, and Exchange Online's mail-flow pages.
const SUPPORT_REPO =
  "repo MicrosoftDocs/SupportArticles-docs Exchange/ExchangeOnline/email-delivery";
const TS_EXO_NDR = "https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr";
const ALLOW_LIST_RELAY = page(
  `${TS_EXO_NDR}/unable-to-relay-blocked-by-allow-list`,
  "5.7.1 Unable to Relay: Blocked by Customer Allow List",
  `${SUPPORT_REPO}/ndr/unable-to-relay-blocked-by-allow-list.md`,
);
const MAPI_NOT_FOUND = page(
  `${TS_EXO_NDR}/mapiexceptionnotfound-ndr`,
  '"554 5.2.0 STOREDRV.Deliver.Exception" when sending emails in Exchange Online',
  `${SUPPORT_REPO}/ndr/mapiexceptionnotfound-ndr.md`,
);
const BAD_PRIMARY = page(
  `${TS_EXO_NDR}/badprimary-ndr`,
  '"550 5.2.0 RESOLVER.ADR.BadPrimary" when an Exchange Online user sends mail to an external contact',
  `${SUPPORT_REPO}/ndr/badprimary-ndr.md`,
);
const APPROVAL_EXPIRY = page(
  `${TS_EXO_NDR}/550-5-6-0-approval-invalidexpiry-cannot-read-expiry-poilcy-error`,
  '"550 5.6.0 APPROVAL.InvalidExpiry" when sending messages to a moderation',
  `${SUPPORT_REPO}/ndr/550-5-6-0-approval-invalidexpiry-cannot-read-expiry-poilcy-error.md`,
);
const TS_EXCHANGE_SERVER = "https://learn.microsoft.com/en-us/troubleshoot/exchange/mailflow";
const SERVER_REPO = "repo MicrosoftDocs/SupportArticles-docs Exchange/ExchangeServer/mailflow";
const FULL_ACCESS_SEND = page(
  `${TS_EXCHANGE_SERVER}/cannot-send-email-with-full-access`,
  "Can't send an email message when Full Access permission is granted to a shared mailbox in Exchange Server",
  `${SERVER_REPO}/cannot-send-email-with-full-access.md`,
);
const DNS_QUERY_FAILED = page(
  `${TS_EXCHANGE_SERVER}/dns-query-failed`,
  "451 4.4.0 DNS query failed Exchange Server error in message queue",
  `${SERVER_REPO}/dns-query-failed.md`,
);
const DEFENDER_REPO = "repo MicrosoftDocs/defender-docs defender-office-365";
const MAIL_FLOW_INTELLIGENCE = page(
  "https://learn.microsoft.com/en-us/defender-office-365/connectors-mail-flow-intelligence",
  "Mail flow intelligence in EOP",
  `${DEFENDER_REPO}/connectors-mail-flow-intelligence.md`,
);
const EXTERNAL_FORWARDING = page(
  "https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-policies-external-email-forwarding",
  "Control automatic external email forwarding in Microsoft 365",
  `${DEFENDER_REPO}/outbound-spam-policies-external-email-forwarding.md`,
);
const BLOCKED_CONNECTORS = page(
  "https://learn.microsoft.com/en-us/defender-office-365/connectors-remove-blocked",
  "Remove blocked connectors from the Restricted entities page",
  `${DEFENDER_REPO}/connectors-remove-blocked.md`,
);
const DEVICES = page(
  "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off",
  "Fix issues with printers, scanners, and LOB applications that send email using Microsoft 365 or Office 365",
  "repo x13-me/OfficeDocs-Exchange Exchange/ExchangeOnline/mail-flow-best-practices/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off.md",
);

const { phrase, reading } = entryKit("microsoft");

const THREAD = "stored thread (issues corpus)";
const SIMPLELOGIN_1875 = page(
  "https://github.com/simple-login/app/issues/1875",
  "[Self-Hosted] Bounced Emails at Microsoft (simple-login/app #1875)",
  THREAD,
);
const SENDGRID_6275 = page(
  "https://github.com/sendgrid/docs/issues/6275",
  "Ip banned (sendgrid/docs #6275)",
  THREAD,
);
const ZONEMTA_214 = page(
  "https://github.com/zone-eu/zone-mta/pull/214",
  "Fixed O365 bounce msg. (zone-eu/zone-mta #214)",
  THREAD,
);
const CLOUDMAILIN_451 = page(
  "https://www.cloudmailin.com/smtp-troubleshooter/451-error",
  "SMTP 451 error: typical server responses (CloudMailin SMTP troubleshooter)",
  "stored copy (pages corpus)",
);
const OLC_NOTE =
  "Outlook.com's postmaster page does not list this reply; it is known from what senders have received.";

export const MICROSOFT_TABLE: ProviderTable = {
  provider: "microsoft",
  identity: {
    provider: "microsoft",
    name: "Microsoft 365 / Exchange Online / Outlook.com",
    hosts: ["outlook.com", "hotmail.com", "office365.com", "live.com", "msn.com", "outlook.cn"],
    markers: ["prod.protection.outlook.com", ".prod.outlook.com", "storedrv.", "resolver.adr."],
    source: EXO,
  },
  phrases: [
    // Exchange Online: the NDR table, row by row
    phrase({
      id: "4.3.2-recipient-thread-limit",
      cause: "rate-limited",
      match: ["storedrv.deliver; recipient thread limit exceeded"],
      scope: "any",
      source: EXO,
      example: "432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded",
      note: "The recipient's mailbox is receiving too fast: Exchange throttles it; the message is retried.",
    }),
    phrase({
      id: "4.4.316-connection-refused",
      cause: "remote-unreachable",
      match: ["connection refused [message=socket error code 10061]"],
      scope: "any",
      source: EXO,
      example: "4.4.316 Connection refused [Message=Socket error code 10061]",
    }),
    phrase({
      id: "4.4.7-message-expired",
      cause: "remote-unreachable",
      match: ["queue.expired; message expired", "message expired"],
      status: ["4.4.7", "5.4.300", "5.4.7"],
      source: EXO,
      example: "4.4.7 Message expired",
      note: "Exchange Online could not deliver before the message expired: usually the receiving server did not answer or refused.",
    }),
    phrase({
      id: "5.4.300-message-expired",
      cause: "remote-unreachable",
      match: ["message expired"],
      status: ["5.4.300"],
      source: EXO,
      example: "5.4.300 Message expired",
    }),
    phrase({
      id: "4.5.3-too-many-recipients",
      cause: "rate-limited",
      match: ["too many recipients"],
      status: ["4.5.3", "5.5.3"],
      source: EXO,
      example: "4.5.3 Too many recipients",
      note: "More than 200 envelope recipients for one domain: the sending server must split them.",
    }),
    phrase({
      id: "4.7.26-ipv6-unauthenticated",
      cause: "authentication-failure",
      match: ["must pass either spf or dkim validation, this message is not signed"],
      source: EXO,
      example:
        "4.7.26 Access denied, a message sent over IPv6 [2a01:111:f200:2004::240] must pass either SPF or DKIM validation, this message is not signed",
    }),
    phrase({
      id: "4.7.500-699-try-again-later",
      cause: "bad-reputation",
      match: ["access denied, please try again later"],
      status: ["4.7."],
      source: EXO,
      example: "4.7.500 Access denied, please try again later",
      note: "4.7.500-699 and 4.7.850-899: suspicious activity from the sender or IP; sending is restricted while Microsoft evaluates it.",
    }),
    phrase({
      id: "5.0.350-x-dg-ref",
      cause: "protocol-syntax",
      match: ["x-dg-ref header is too long"],
      source: EXO,
      example: "5.0.350 x-dg-ref header is too long",
      note: "A Rich Text (TNEF) message the recipient's system cannot take: send as HTML or plain text.",
    }),
    phrase({
      id: "5.0.350-as345-nested-attachments",
      cause: "content-virus",
      match: ["requested action not taken: policy violation detected (as345)"],
      source: EXO,
      example: "5.0.350 Requested action not taken: policy violation detected (AS345)",
      note: "AS345 is about nested attachments (a message attached inside a message): the recipient's policy refuses them.",
    }),
    phrase({
      id: "5.1.0-sender-denied",
      cause: "recipient-unknown",
      match: ["sender denied"],
      status: ["5.1.0"],
      // Microsoft's reading against the words: elsewhere "Sender denied" means what it says.
      scope: "identified",
      source: EXO,
      example: "5.1.0 Sender denied",
      note: "Despite the words, Microsoft says the recipient could not be resolved (a reply to an offline-saved message whose recipient lookup fails): check the recipient address.",
    }),
    phrase({
      id: "5.1.1-bad-destination-mailbox",
      cause: "recipient-unknown",
      match: ["bad destination mailbox address"],
      source: EXO,
      scope: "any",
      example: "5.1.1 Bad destination mailbox address",
    }),
    phrase({
      id: "5.1.8-bad-outbound-sender",
      cause: "bad-reputation",
      match: ["access denied, bad outbound sender"],
      source: EXO,
      example: "5.1.8 Access denied, bad outbound sender",
      note: "The sending account was blocked for sending spam, usually because it was compromised: secure the account, then ask for it to be unblocked.",
    }),
    phrase({
      id: "5.1.10-recipient-not-found",
      cause: "recipient-unknown",
      match: [
        "recipient not found by smtp address lookup",
        "resolver.adr.recipientnotfound",
        "recipient not found",
      ],
      status: ["5.1.10"],
      source: EXO,
      example: "5.1.10 Recipient not found",
    }),
    phrase({
      id: "5.1.90-daily-recipient-limit",
      cause: "rate-limited",
      match: ["you've reached your daily limit for message recipients"],
      source: EXO,
      example:
        "5.1.90 Your message can't be sent because you've reached your daily limit for message recipients",
    }),
    phrase({
      id: "5.2.2-submission-quota",
      cause: "rate-limited",
      match: ["submission quota exceeded", "the sender's submission quota was exceeded"],
      source: EXO,
      example: "5.2.2 Submission quota exceeded",
      note: "Microsoft uses 5.2.2 (the registry's 'mailbox full') for the sender's own sending limit: the sender sent too much, the recipient's mailbox is fine.",
    }),
    phrase({
      id: "submission-quota-no-code",
      cause: "rate-limited",
      match: ["the message can't be submitted because the sender's submission quota was exceeded"],
      source: EXO,
      example: "The message can't be submitted because the sender's submission quota was exceeded",
    }),
    phrase({
      id: "5.2.121-per-sender-hourly-limit",
      cause: "rate-limited",
      match: ["recipient's per hour message receive limit from specific sender exceeded"],
      scope: "any",
      source: EXO,
      example: "5.2.121 Recipient's per hour message receive limit from specific sender exceeded.",
    }),
    phrase({
      id: "5.2.122-hourly-receive-limit",
      cause: "rate-limited",
      match: ["recipient's per hour message receive limit exceeded"],
      scope: "any",
      source: EXO,
      example: "5.2.122 Recipient's per hour message receive limit exceeded.",
    }),
    phrase({
      id: "5.3.190-journaling",
      cause: "remote-server-error",
      match: ["journaling on-premises messages to microsoft 365 or office 365 not supported"],
      source: EXO,
      example:
        "5.3.190 Journaling on-premises messages to Microsoft 365 or Office 365 not supported when Journaling Archive is disabled.",
    }),
    phrase({
      id: "5.4.1-relay-access-denied",
      cause: "relay-denied",
      match: ["relay access denied"],
      status: ["5.4.1"],
      unless: ["tenantattribution"],
      source: EXO,
      example: "5.4.1 Relay Access Denied",
      note: "The server does not accept mail for the recipient's domain: a mail server or DNS (MX) misconfiguration.",
    }),
    phrase({
      id: "5.4.1-dbeb",
      cause: "recipient-unknown",
      match: ["recipient address rejected: access denied"],
      // Exchange Online sends these words with its 5.4.1; Postfix writes the same words, with
      // 5.7.1 or 4.7.1, for any access(5) rule without text of its own (smtpd_check.c,
      // check_table_result): there they do not say the address is unknown.
      status: ["5.4.1"],
      source: EXO,
      example: "5.4.1 Recipient address rejected: Access denied",
      note: "Directory-Based Edge Blocking: the address is not in the recipient organisation's directory, whatever 'access denied' suggests.",
    }),
    phrase({
      id: "5.4.1-dbeb-as201806281",
      cause: "recipient-unknown",
      match: ["access denied. as(201806281)"],
      scope: "any",
      source: ZONEMTA_214,
      example:
        "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [PR2FRA01FT009.eop-fra01.prod.protection.outlook.com]",
      note: `AS(201806281) is Exchange Online's Directory-Based Edge Blocking rule (${EXO_541.url}): the address is not in the recipient organisation's directory. The line as seen 'in the wild' in the pull request.`,
    }),
    phrase({
      id: "5.4.14-routing-loop",
      cause: "remote-server-error",
      match: ["routing loop detected", "hop count exceeded - possible mail loop"],
      source: EXO,
      example: "5.4.14 Routing loop detected",
      note: "Forwarding rules loop (5.4.6 from Exchange Server, 5.4.14 from Exchange Online): the mailbox rules or connectors must be fixed.",
    }),
    phrase({
      id: "5.5.0-mailbox-unavailable-consumer",
      cause: "recipient-unknown",
      match: ["requested action not taken: mailbox unavailable"],
      status: ["5.5.0"],
      source: EXO,
      example: "550 5.5.0 Requested action not taken: mailbox unavailable",
      note: "For @hotmail.com / @outlook.com recipients Microsoft uses RFC 5321's generic text to say the address was not found.",
    }),
    phrase({
      id: "5.6.11-bare-linefeeds",
      cause: "protocol-syntax",
      match: ["smtpsend.barelinefeedsareillegal", "invalid characters"],
      status: ["5.6.11"],
      source: EXO,
      example: "5.6.11 Invalid characters",
      note: "Bare line feed characters in the message: the sending program must end lines with CRLF.",
    }),
    phrase({
      id: "5.7.1-delivery-not-authorized",
      cause: "sender-policy",
      match: ["delivery not authorized"],
      unless: ["delivery not authorized, message refused"],
      source: EXO,
      example: "5.7.1 Delivery not authorized",
      note: "The sender may not write to this recipient (a restricted group, or a transport rule).",
    }),
    phrase({
      id: "5.7.1-unable-to-relay",
      cause: "relay-denied",
      match: ["unable to relay"],
      // Microsoft's article: with this tail it is a blocklisted connecting IP, not a relay.
      unless: ["blocked by customer allow list"],
      status: ["5.7.1"],
      source: EXO,
      example: "5.7.1 Unable to relay",
    }),
    phrase({
      id: "5.7.1-client-not-authenticated",
      cause: "relay-denied",
      match: ["client was not authenticated"],
      unless: ["anonymous mail during mail from"],
      status: ["5.7.1"],
      source: EXO,
      example: "5.7.1 Client was not authenticated",
    }),
    // Troubleshooting articles: strings the NDR table does not carry
    phrase({
      id: "5.7.1-blocked-by-customer-allow-list",
      cause: "ip-blocklisted",
      match: ["unable to relay: blocked by customer allow list"],
      scope: "any",
      source: ALLOW_LIST_RELAY,
      example: "5.7.1. Unable To Relay: Blocked by Customer Allow list",
      note: "Despite 'Unable to relay', the article says the sending server's IP is on a real-time blocklist Exchange Online Protection uses; the NDR leaves out the list's name because the IP is also on the recipient's IP Allow list and connector. Removing it from the IP Allow list makes the NDR name the list.",
    }),
    phrase({
      id: "storedrv-mapiexceptionnotfound",
      cause: "remote-server-error",
      match: [
        "mapiexceptionnotfound; failed to process message due to a permanent exception with message cannot get id from name",
      ],
      scope: "any",
      source: MAPI_NOT_FOUND,
      example:
        "554 5.2.0 STOREDRV.Deliver.Exception:ObjectNotFoundException.MapiExceptionNotFound; Failed to process message due to a permanent exception with message Cannot get ID from name",
      note: "The recipient's mailbox store failed: the article says Clutter is on for the user but the Clutter folder is missing. Only the recipient's admin can fix it (turn Clutter off).",
    }),
    phrase({
      id: "resolver-adr-badprimary",
      cause: "recipient-unknown",
      match: ["resolver.adr.badprimary", "recipient primary smtp address is missing or invalid"],
      scope: "any",
      source: BAD_PRIMARY,
      example:
        "Remote Server returned '550 5.2.0 RESOLVER.ADR.BadPrimary; recipient primary SMTP address is missing or invalid'",
      note: "The external contact the sender picked has no valid primary SMTP address in the sender's own directory (missing, or a legacy proxy address): clear the Auto-Complete entry and correct the contact's external address.",
    }),
    phrase({
      id: "approval-invalidexpiry",
      cause: "remote-server-error",
      match: ["approval.invalidexpiry", "cannot read expiry policy"],
      scope: "any",
      source: APPROVAL_EXPIRY,
      example:
        "Remote Server returned '550 5.6.0 APPROVAL.InvalidExpiry; Cannot read expiry policy. [Stage: OnCreatedEvent][Agent: Approval Processing Agent]\"",
      note: "A moderated group's approval agent failed: the recipient organisation lacks the retention tag moderation needs. Nothing is wrong with the sender or the message; the group's admin must add the tag.",
    }),
    phrase({
      id: "5.7.57-client-not-authenticated",
      cause: "relay-denied",
      match: ["client not authenticated to send mail"],
      scope: "any",
      source: DEVICES,
      example: "5.7.57 Client not authenticated to send mail",
      note: "SMTP AUTH client submission (smtp.office365.com) did not log in: SMTP AUTH is off for the mailbox, or MFA, security defaults or a policy blocking legacy authentication refuse the login.",
    }),
    phrase({
      id: "5.7.60-send-as-device",
      cause: "relay-denied",
      match: ["client does not have permissions to send as this sender"],
      scope: "any",
      source: DEVICES,
      example: "5.7.60 SMTP; Client does not have permissions to send as this sender.",
      note: "SMTP AUTH client submission sends only from the address it logged in as: a device logged in as one mailbox that sends From another gets this. Send from the login's address, or use SMTP relay (a connector) instead.",
    }),
    phrase({
      id: "5.7.139-federated-sts",
      cause: "relay-denied",
      match: [
        "authentication unsuccessful, federated sts service was unreachable",
        "authentication unsuccessful, the federated sts url does not support https",
      ],
      scope: "any",
      source: DEVICES,
      example: "535 5.7.139 Authentication unsuccessful, federated STS service was unreachable.",
      note: "The SMTP AUTH login of a federated user failed because Microsoft 365 could not reach (or could not reach over HTTPS with TLS 1.2) the organisation's own on-premises federation server: fix that server; the device's settings are not the problem.",
    }),
    phrase({
      id: "5.1.8-bad-outbound-sender-device",
      cause: "bad-reputation",
      match: ["5.1.8 bad outbound sender"],
      scope: "any",
      source: DEVICES,
      example: "550 5.1.8 Bad outbound sender",
      note: "The article: the mailbox the device sends from is on a spam block list (the Restricted Users portal), usually after the account sent spam.",
    }),
    phrase({
      id: "send-on-behalf-permission",
      cause: "relay-denied",
      match: ["you do not have the permission to send the message on behalf of the specified user"],
      scope: "any",
      source: FULL_ACCESS_SEND,
      example:
        "This message could not be sent. Try sending the message again later, or contact your network administrator. You do not have the permission to send the message on behalf of the specified user. Error is [0x80070005-0x0004dc-0x000524].",
      note: "Sending as a shared (or another) mailbox needs Send As permission, which Full Access does not give: the mailbox's admin grants Send As. No receiving server was involved.",
    }),
    phrase({
      id: "4.4.0-dns-query-failed",
      cause: "remote-unreachable",
      match: ["4.4.0 dns query failed"],
      // Where the report goes on to name the DNS error ("The error was:
      // SMTPSEND.DNS.NonExistentDomain; nonexistent domain"), that error says why, and the
      // entry that reads it (ex2019.5.4.4-nonexistent-domain) decides: the lookup failed
      // because the domain does not exist.
      unless: ["smtpsend.dns.nonexistentdomain"],
      scope: "any",
      source: DNS_QUERY_FAILED,
      example: "451 4.4.0 DNS query failed",
      note: "Exchange Server could not look up where to deliver: for one remote domain, its DNS servers ignore the AAAA query or answer oddly (route that domain through a send connector to its MX by IP); for every domain, the DNS server Exchange uses is not working (fix it, or set external DNS lookups).",
    }),
    // Connectors (mail flow intelligence): Microsoft 365 queues mail it cannot hand to the
    // organisation's own or a partner's server through a connector, and returns it after 24 hours.
    phrase({
      id: "4.4.312-connector-dns-query-failed",
      cause: "remote-unreachable",
      match: ["4.4.312 dns query failed"],
      scope: "any",
      source: MAIL_FLOW_INTELLIGENCE,
      example: "450 4.4.312 DNS query failed",
      note: "The DNS lookup of the connector's smart host failed: the domain's DNS hosting has a problem, the domain expired, or its MX changed and old answers are still cached. The receiving side's DNS must be fixed.",
    }),
    phrase({
      id: "4.4.315-connector-timed-out",
      cause: "remote-unreachable",
      match: ["4.4.315 connection timed out"],
      scope: "any",
      source: MAIL_FLOW_INTELLIGENCE,
      example: "450 4.4.315 Connection timed out",
      note: "Microsoft 365 could not reach the destination server: it is down, or the connector's smart host points at the wrong address.",
    }),
    phrase({
      id: "4.4.318-connector-closed-abruptly",
      cause: "remote-unreachable",
      match: ["4.4.318 connection was closed abruptly"],
      scope: "any",
      source: MAIL_FLOW_INTELLIGENCE,
      example: "450 4.4.318 Connection was closed abruptly",
      note: "The connection to the destination server dropped: a firewall's SMTP inspection, a struggling server, or network trouble between the two.",
    }),
    phrase({
      id: "4.7.320-certificate-validation-failed",
      cause: "tls-required",
      match: ["4.7.320 certificate validation failed"],
      scope: "any",
      source: MAIL_FLOW_INTELLIGENCE,
      example: "450 4.7.320 Certificate validation failed",
      note: "The destination server's TLS certificate did not validate (expired, subject mismatch, no longer valid) for a connector that checks it: fix the certificate or the connector's settings.",
    }),
    phrase({
      id: "5.7.520-external-forwarding-blocked",
      cause: "relay-denied",
      match: ["your organization does not allow external forwarding"],
      scope: "any",
      source: EXTERNAL_FORWARDING,
      example:
        "5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)",
      note: "The sender's own organisation's outbound spam policy blocks automatic forwarding (an Inbox rule or mailbox forwarding) to outside addresses, Microsoft's default now. Nothing is wrong with the recipient: the sender's admin allows it (outbound spam policy, remote domains) or the forwarding is removed.",
    }),
    phrase({
      id: "5.7.711-bad-inbound-connector",
      cause: "bad-reputation",
      match: [
        "access denied, bad inbound connector",
        "email connector is suspected of sending spam or phish",
      ],
      scope: "any",
      source: BLOCKED_CONNECTORS,
      example:
        "Your message couldn't be delivered. The most common reason for this is that your organization's email connector is suspected of sending spam or phish and it's no longer allowed to send email. Contact your email admin for assistance. Remote Server returned '550;5.7.711 Access denied, bad inbound connector. AS(2204).'",
      note: "The sender's organisation's inbound connector was blocked (Restricted entities) for signs of compromise, typically sending past the service's limits: the connector's mail is refused until the admin regains control of it and unblocks it. As 5.1.8 for a mailbox.",
    }),
    phrase({
      id: "5.7.12-org-only",
      cause: "sender-policy",
      match: ["sender was not authenticated by organization"],
      scope: "any",
      source: EXO,
      example: "5.7.12 Sender was not authenticated by organization",
      note: "The recipient accepts mail only from inside its organisation: only the recipient's admin can change it.",
    }),
    phrase({
      id: "5.7.1-resolver-authrequired",
      cause: "sender-policy",
      match: ["resolver.rst.authrequired"],
      scope: "any",
      source: EXO_571,
      example:
        "Remote Server returned '<xxxxxxxx> #5.7.1 smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]'",
      verbatim: true,
      note: "The recipient accepts mail only from authenticated senders, i.e. from inside its organisation: the page gives it for a mail-enabled public folder written to from outside, and Microsoft's KB 2773786 ('550 5.7.1 RESOLVER.RST.AuthRequired; authentication required') for a distribution group with 'Require that all senders are authenticated' (on by default in Exchange 2007/2010). No SPF/DKIM check failed and the sender cannot log in to someone else's server: only the recipient's admin can allow external senders.",
    }),
    phrase({
      id: "5.7.23-spf",
      cause: "authentication-failure",
      match: ["the message was rejected because of sender policy framework violation"],
      scope: "any",
      source: EXO,
      example: "5.7.23 The message was rejected because of Sender Policy Framework violation",
    }),
    phrase({
      id: "5.7.57-anonymous-submission",
      cause: "relay-denied",
      match: ["client was not authenticated to send anonymous mail during mail from"],
      scope: "any",
      source: EXO,
      example: "5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM",
      note: "A program or device submitted to smtp.office365.com without logging in. Microsoft's page for the code (https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-57-in-exchange-online) gives two fixes in this order: the credentials the program is set to use, then whether it can negotiate TLS at all, as TLS is required before it may log in.",
    }),
    phrase({
      id: "5.7.64-tenant-attribution",
      cause: "relay-denied",
      match: ["tenantattribution; relay access denied"],
      scope: "any",
      source: EXO,
      example: "5.7.64 TenantAttribution; Relay Access Denied",
      note: "The inbound connector from the on-premises side no longer matches: fix the connector.",
    }),
    phrase({
      id: "5.7.124-allowed-senders",
      cause: "sender-policy",
      match: ["sender not in allowed-senders list"],
      scope: "any",
      source: EXO,
      example: "5.7.124 Sender not in allowed-senders list",
    }),
    phrase({
      id: "5.7.133-group",
      cause: "sender-policy",
      match: ["sender not authenticated for group", "sendernotauthenticatedforgroup"],
      scope: "any",
      source: EXO,
      example: "5.7.133 Sender not authenticated for group",
    }),
    phrase({
      id: "5.7.134-mailbox",
      cause: "sender-policy",
      match: ["sender was not authenticated for mailbox"],
      scope: "any",
      source: EXO,
      example: "5.7.134 Sender was not authenticated for mailbox",
    }),
    phrase({
      id: "5.7.135-public-folder",
      cause: "sender-policy",
      match: ["sender was not authenticated for public folder"],
      scope: "any",
      source: EXO,
      example: "5.7.135 Sender was not authenticated for public folder",
    }),
    phrase({
      id: "5.7.136-mail-user",
      cause: "sender-policy",
      match: ["sender was not authenticated"],
      status: ["5.7.136"],
      source: EXO,
      example: "5.7.136 Sender was not authenticated",
    }),
    phrase({
      id: "5.7.25-ipv6-ptr",
      cause: "reverse-dns",
      match: ["must have a reverse dns record"],
      source: EXO,
      example:
        "5.7.25 Access denied, the sending IPv6 address [2a01:111:f200:2004::240] must have a reverse DNS record",
    }),
    phrase({
      id: "5.7.321-starttls-not-supported",
      cause: "tls-required",
      match: ["starttls-not-supported: destination mail server must support tls"],
      scope: "any",
      source: EXO,
      example:
        "5.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.",
      note: "Exchange Online sending with DANE: the destination server failed TLS. The recipient's server must be fixed.",
    }),
    phrase({
      id: "5.7.322-certificate-expired",
      cause: "tls-required",
      match: ["certificate-expired: destination mail server's certificate is expired"],
      scope: "any",
      source: EXO,
      example: "5.7.322 certificate-expired: Destination mail server's certificate is expired.",
    }),
    phrase({
      id: "5.7.323-tlsa-invalid",
      cause: "tls-required",
      match: ["tlsa-invalid: the domain failed dane validation"],
      scope: "any",
      source: EXO,
      example: "5.7.323 tlsa-invalid: The domain failed DANE validation.",
    }),
    phrase({
      id: "5.7.324-dnssec-invalid",
      cause: "tls-required",
      match: ["dnssec-invalid: destination domain returned invalid dnssec records"],
      scope: "any",
      source: EXO,
      example: "5.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records",
      note: "A DANE delivery failed on the destination's DNSSEC: the recipient's DNS must be fixed.",
    }),
    phrase({
      id: "5.7.325-certificate-host-mismatch",
      cause: "tls-required",
      match: [
        "certificate-host-mismatch: remote certificate must have a common name or subject alternative name matching the hostname",
      ],
      scope: "any",
      source: EXO_LATER,
      example:
        "5.7.325 certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name matching the hostname (DANE)",
      note: "Exchange Online sending with DANE: the destination's certificate names neither the domain nor the MX host. The recipient's server must be fixed (4.7.325 is the temporary form).",
    }),
    phrase({
      id: "5.7.501-spam-abuse",
      cause: "bad-reputation",
      match: ["access denied, spam abuse detected"],
      source: EXO,
      example: "5.7.501 Access denied, spam abuse detected",
    }),
    phrase({
      id: "5.7.502-banned-sender-account",
      cause: "bad-reputation",
      match: ["access denied, banned sender"],
      status: ["5.7.502", "5.7.503"],
      source: EXO,
      example: "5.7.502 Access denied, banned sender",
      note: "5.7.502/503: the sending account is banned for spam; the same words with 5.7.511 mean the IP is banned.",
    }),
    phrase({
      id: "5.7.504-recipient-rejected",
      cause: "recipient-unknown",
      match: ["recipient address rejected: access denied"],
      status: ["5.7.504"],
      source: EXO,
      example: "5.7.504 [email@contoso.com]: Recipient address rejected: Access denied",
    }),
    phrase({
      id: "5.7.505-banned-recipient",
      cause: "recipient-unknown",
      match: ["access denied, banned recipient"],
      status: ["5.7.505"],
      source: EXO,
      example: "5.7.505 Access denied, banned recipient",
      note: "Microsoft says the recipient is not valid.",
    }),
    phrase({
      id: "5.7.506-bad-helo",
      cause: "protocol-syntax",
      match: ["access denied, bad helo"],
      source: EXO,
      example: "5.7.506 Access Denied, Bad HELO",
      note: "The sending server introduced itself with the receiving server's name instead of its own FQDN.",
    }),
    phrase({
      id: "5.7.507-rejected-by-recipient",
      cause: "sender-policy",
      match: ["access denied, rejected by recipient"],
      source: EXO,
      example: "5.7.507 Access denied, rejected by recipient",
    }),
    phrase({
      id: "5.7.508-ipv6-limits",
      cause: "rate-limited",
      match: [/has exceeded permitted limits within .{1,60}range/],
      source: EXO,
      example:
        "5.7.508 Access denied, [$SenderIPAddress] has exceeded permitted limits within $range range",
    }),
    phrase({
      id: "5.7.509-dmarc",
      cause: "authentication-failure",
      match: ["does not pass dmarc verification"],
      source: EXO,
      example:
        "5.7.509 Access denied, sending domain [$SenderDomain] does not pass DMARC verification",
    }),
    phrase({
      id: "5.7.510-no-ipv6",
      cause: "sender-policy",
      match: ["does not accept email over ipv6"],
      source: EXO,
      example: "5.7.510 Access denied, [contoso.com] does not accept email over IPv6",
      note: "The recipient domain takes mail over IPv4 only: send to it over IPv4.",
    }),
    phrase({
      id: "5.7.511-banned-ip",
      cause: "ip-blocklisted",
      match: ["access denied, banned sender"],
      status: ["5.7.511"],
      source: EXO,
      example: "5.7.511 Access denied, banned sender",
      note: "With 5.7.511 the IP is banned: ask delist@messaging.microsoft.com to remove it.",
    }),
    phrase({
      id: "5.7.512-rfc5322-from",
      cause: "protocol-syntax",
      match: ["message must be rfc 5322 section 3.6.2 compliant"],
      source: EXO,
      example: "5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant",
      note: "The From: header has no valid address.",
    }),
    phrase({
      id: "5.7.513-customer-block-list",
      cause: "sender-policy",
      match: ["using customer block list"],
      source: EXO,
      example:
        "5.7.513 Service unavailable, Client host [$ConnectingIP] blocked by $recipientDomain using Customer Block list (AS16012607)",
      note: "The recipient's own organisation blocks the IP: only they can remove it.",
    }),
    phrase({
      id: "5.7.515-hvs-authentication",
      cause: "authentication-failure",
      match: [
        "does not meet the required authentication level",
        "doesn't meet the required authentication level",
      ],
      source: HVS,
      example:
        "550; 5.7.515 Access denied, sending domain [SendingDomain] does not meet the required authentication level.",
      note: "From May 2025, high-volume senders to Outlook.com need SPF, DKIM and DMARC (at least p=none, aligned).",
    }),
    phrase({
      id: "5.7.606-649-banned-ip",
      cause: "ip-blocklisted",
      match: ["access denied, banned sending ip"],
      source: EXO,
      example: "5.7.606 Access denied, banned sending IP [IP1.IP2.IP3.IP4]",
      note: "Microsoft's own list: request removal through the delist portal.",
      removal: {
        name: "Microsoft's delist portal (Outlook.com, Microsoft 365)",
        url: "https://sender.office.com/",
        kind: "request",
        source: EXO_606,
        // The page's codes, 5.7.606 through 5.7.649: the portal whatever the reply's words.
        statuses: Array.from({ length: 44 }, (_, i) => `5.7.${606 + i}`),
      },
    }),
    phrase({
      id: "5.7.705-tenant-threshold",
      cause: "bad-reputation",
      match: ["access denied, tenant has exceeded threshold"],
      source: EXO,
      example: "5.7.705 Access denied, tenant has exceeded threshold",
      note: "Most of the tenant's traffic was judged suspicious: its sending is banned until the compromise is fixed.",
      senderProvider: {
        provider: "Microsoft 365",
        headline: "Microsoft 365 blocked your organisation's outgoing mail",
        action:
          "Your own Microsoft 365 organisation (tenant) sent so much spam or bulk mail that Microsoft blocks its outgoing mail; the recipient's side played no part. Find and fix the cause first (the usual ones: a compromised on-premises server, or a compromised admin account used to create connectors), then open a service request with Microsoft 365 support and explain the cause and the fix: support removes the block. A subscription renewed after it expired can cause it for up to a day.",
        link: { label: "Microsoft: error codes 5.7.700 through 5.7.750", url: EXO_700.url },
      },
    }),
    phrase({
      id: "5.7.708-low-reputation-ip",
      cause: "bad-reputation",
      match: ["access denied, traffic not accepted from this ip"],
      source: EXO_700,
      example: "5.7.708 Access denied, traffic not accepted from this IP",
      note: "Exchange Online's own outbound refusal: the tenant sends from known low-reputation IP addresses that Microsoft typically gives new customers (a trial tenant, before licences are bought). The IPs are Microsoft's, not the sender's.",
      senderProvider: {
        provider: "Microsoft 365",
        headline: "Microsoft 365 does not send your organisation's mail from these IP addresses",
        action:
          "Your own Microsoft 365 organisation (tenant) sent the message, and Microsoft refused it from the low-reputation IP addresses it uses for new customers; the recipient's side played no part, and the IP addresses are Microsoft's, not yours. Buying licences ends it; to send before then, your Microsoft 365 admin asks Microsoft 365 support for an exception.",
        link: { label: "Microsoft: error codes 5.7.700 through 5.7.750", url: EXO_700.url },
      },
    }),
    phrase({
      id: "5.7.750-unregistered-domains",
      cause: "sender-address-invalid",
      match: ["client blocked from sending from unregistered domains"],
      source: EXO,
      example: "5.7.750 Service unavailable. Client blocked from sending from unregistered domains",
      note: "The tenant sends from domains it has not added and verified: add them.",
      senderProvider: UNREGISTERED_DOMAIN_BLOCK,
    }),
    phrase({
      id: "5.7.750-unregistered-domain",
      cause: "sender-address-invalid",
      match: ["client blocked from sending from unregistered domain"],
      source: EXO_700,
      example: "5.7.750 Client blocked from sending from unregistered domain",
      note: "The per-code page's wording (singular 'domain'; the NDR table's is plural): a large volume came from domains the tenant has not added and validated as accepted domains.",
      senderProvider: UNREGISTERED_DOMAIN_BLOCK,
    }),
    // Exchange Server 2016/2019 (on-premises): "DSNs and NDRs in Exchange Server"
    phrase({
      id: "ex2019.4.3.1-insufficient-resources",
      cause: "remote-server-error",
      match: ["insufficient system resources"],
      status: ["4.3.1"],
      source: EX2019,
      example: "4.3.1 Insufficient system resources",
      note: "Back pressure: the receiving Exchange server is low on disk or memory.",
    }),
    phrase({
      id: "ex2019.4.3.2-service-not-available",
      cause: "remote-server-error",
      match: ["service not available", "service not active"],
      status: ["4.3.2"],
      source: EX2019,
      example: "4.3.2 Service not available",
      note: "Exchange components inactive, a misplaced Receive connector, or a broken transport agent on the receiving side.",
    }),
    phrase({
      id: "ex2019.4.4.1-connection-timed-out",
      cause: "remote-unreachable",
      match: ["connection timed out"],
      status: ["4.4.1"],
      source: EX2019,
      example: "4.4.1 Connection timed out",
      note: "The destination did not answer; Exchange retries, then fails permanently.",
    }),
    phrase({
      id: "ex2019.4.4.2-connection-dropped",
      cause: "remote-unreachable",
      match: ["connection dropped"],
      status: ["4.4.2"],
      source: EX2019,
      example: "4.4.2 Connection dropped",
      note: "Transient network trouble, rate limits, or antispam/firewall devices dropping the connection.",
    }),
    phrase({
      id: "ex2019.4.4.7-message-delayed",
      cause: "remote-unreachable",
      match: ["message delayed", "queue expired; message expired"],
      status: ["4.4.7"],
      source: EX2019,
      example: "4.4.7 Queue expired; Message expired",
      note: "Delivery kept failing until the queue expired (Send connector routing, HELO name, the destination's SPF checks or TNEF handling are the causes the page lists). 'Message delayed' is the warning before that.",
    }),
    phrase({
      id: "ex2019.5.1.1-exrecipnotfound",
      cause: "recipient-unknown",
      match: ["resolver.adr.exrecipnotfound", "resolver.adr.recipnotfound"],
      source: EX2019,
      example: "5.1.1 RESOLVER.ADR.ExRecipNotFound; not found",
      note: "The recipient does not exist (or an outdated autocomplete entry points at a recreated mailbox).",
    }),
    phrase({
      id: "ex2019.5.1.3-invalid-recipient",
      cause: "recipient-unknown",
      match: ["storedrv.submit; invalid recipient address"],
      source: EX2019,
      example: "5.1.3 STOREDRV.Submit; invalid recipient address",
      note: "The recipient address has unsupported characters or bad formatting.",
    }),
    phrase({
      id: "ex2019.5.1.4-reserved-tld",
      cause: "recipient-domain-invalid",
      match: ["recipient address reserved by rfc 2606"],
      source: EX2019,
      example: "5.1.4 Recipient address reserved by RFC 2606",
      note: "Exchange refuses .test/.example/.invalid/.localhost (5.1.4) and example.com/.net/.org (5.1.5) recipients.",
    }),
    phrase({
      id: "ex2019.5.1.6-single-label",
      cause: "recipient-domain-invalid",
      match: ["recipient addresses in single label domains not accepted"],
      source: EX2019,
      example: "5.1.6 Recipient addresses in single label domains not accepted",
      note: "A domain without a dot (chris@contoso).",
    }),
    phrase({
      id: "ex2019.5.1.7-invalid-sender",
      cause: "sender-address-invalid",
      match: ["unknown sender address", "invalid address"],
      status: ["5.1.7"],
      source: EX2019,
      example: "5.1.7 Unknown sender address",
    }),
    phrase({
      id: "ex2019.5.2.1-content-filter",
      cause: "content-spam",
      match: ["content filter agent quarantined this message"],
      source: EX2019,
      example: "5.2.1 Content Filter agent quarantined this message",
    }),
    phrase({
      id: "ex2019.5.2.2-mailbox-full",
      cause: "mailbox-full",
      match: ["mailbox full", "mapiexceptionshutoffquotaexceeded", "quotaexceededexception"],
      status: ["5.2.2", "4.2.2"],
      unless: ["submission quota"],
      source: EX2019,
      example: "5.2.2 Mailbox full",
      note: "On Exchange Server 5.2.2 is a full mailbox; Exchange Online uses 5.2.2 for the sender's submission quota (see that entry).",
    }),
    phrase({
      id: "ex2019.5.2.3-recip-size-limit",
      cause: "message-too-large",
      match: ["resolver.rst.recipsizelimit; message too large for this recipient"],
      source: EX2019,
      example: "5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient",
    }),
    phrase({
      id: "ex2019.5.3.0-too-many-related-errors",
      cause: "protocol-syntax",
      match: ["too many related errors"],
      status: ["5.3.0"],
      source: EX2019,
      example: "5.3.0 Too many related errors",
      note: "The message was judged malformed and moved to the poison message queue.",
    }),
    phrase({
      id: "ex2019.5.3.2-storedrv-mdb",
      cause: "remote-server-error",
      match: ["missing or bad storedriver mdb properties"],
      source: EX2019,
      example: "5.3.2 STOREDRV.Deliver: Missing or bad StoreDriver MDB properties",
      note: "Address book policy routing: the recipient is outside the address list of their policy.",
    }),
    phrase({
      id: "ex2019.5.3.4-size",
      cause: "message-too-large",
      match: ["message size exceeds fixed maximum message size", "message too big for system"],
      source: EX2019,
      example: "5.3.4 Message size exceeds fixed maximum message size",
    }),
    phrase({
      id: "ex2019.5.3.5-loop-config",
      cause: "remote-server-error",
      match: ["system incorrectly configured"],
      status: ["5.3.5"],
      source: EX2019,
      example: "5.3.5 System incorrectly configured",
      note: "A mail loop: a Receive connector's FQDN clashes with another server's.",
    }),
    phrase({
      id: "ex2019.5.4.4-nonexistent-domain",
      cause: "recipient-domain-invalid",
      match: ["smtpsend.dns.nonexistentdomain; nonexistent domain"],
      source: EX2019,
      example: "5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain",
      note: "The page also names the sending Exchange server's own DNS settings: check them if the domain does exist.",
    }),
    phrase({
      id: "ex2019.5.5.2-send-hello-first",
      cause: "protocol-syntax",
      match: ["send hello first"],
      status: ["5.5.2"],
      source: EX2019,
      example: "5.5.2 Send hello first",
    }),
    phrase({
      id: "ex2019.5.7.3-exchange-auth",
      cause: "relay-denied",
      match: ["cannot achieve exchange server authentication"],
      source: EX2019,
      example: "5.7.3 Cannot achieve Exchange Server authentication",
      note: "A firewall strips X-EXPS, or an internal connector lacks Exchange Server authentication.",
    }),
    phrase({
      id: "ex2019.5.7.900-transport-rule",
      cause: "sender-policy",
      match: ["delivery not authorized, message refused"],
      // Microsoft's range only: OpenSMTPD writes the same words before the reason of every
      // 5.7.1 refusal ("550 5.7.1 Delivery not authorized, message refused: Message is not
      // RFC 2822 compliant", usr.sbin/smtpd/smtp_session.c), where they name no policy.
      status: TRANSPORT_RULE_CODES,
      source: EX2019,
      example: "5.7.900 Delivery not authorized, message refused",
      note: "A mail flow (transport) rule of the recipient organisation rejected the message (5.7.900-5.7.999).",
    }),
    phrase({
      id: "ex2019.5.4.310-dns-domain-missing",
      cause: "recipient-domain-invalid",
      match: [/dns domain \S{1,255} does not exist/],
      status: ["5.4.310"],
      source: {
        ...EX2019_OLDER,
        readVia: `${EX2019_OLDER.readVia}; the line carried from the first cut of this catalogue, not re-read on the page`,
      },
      example: "550 5.4.310 DNS domain example.com does not exist [Message=InfoDomainNonexistent]",
      verbatim: false,
      note: "An earlier Exchange version's reply when the recipient's domain does not exist in DNS.",
    }),
    phrase({
      id: "ex2019.5.4.312-domain-nonexistent",
      cause: "recipient-domain-invalid",
      match: ["infodomainnonexistent", "smtpsend.dns.mxloopback"],
      source: {
        ...EX2019_OLDER,
        readVia: `${EX2019_OLDER.readVia}; the line carried from the first cut of this catalogue, not re-read on the page`,
      },
      example: "550 5.4.312 DNS query failed [Message=InfoDomainNonexistent]",
      scope: "any",
      verbatim: false,
      note: "Exchange's own words for a recipient domain that does not exist in DNS (InfoDomainNonexistent).",
    }),
    phrase({
      id: "storedrv-quota-exceeded",
      cause: "mailbox-full",
      match: ["quotaexceededexception", "mapiexceptionshutoffquotaexceeded"],
      source: {
        ...EX2019,
        readVia: `${EX2019.readVia}; the line carried from the first cut of this catalogue, not re-read on the page`,
      },
      example:
        "STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
      scope: "any",
      verbatim: false,
      note: "Exchange's own error for a mailbox over its storage quota, written without a status code.",
    }),
    // Outlook.com (consumer) postmaster codes
    phrase({
      id: "olc.s3150-network-on-block-list",
      cause: "ip-blocklisted",
      match: ["part of their network is on our block list"],
      source: SIMPLELOGIN_1875,
      example:
        "550 5.7.1 Unfortunately, messages from [IP.IP.IP.IP] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
      note: `The reply as a self-hosting sender quoted it. ${OLC_NOTE} S3150 (earlier AS3150) is an internal anti-spam rule id, not a network number.`,
      // Outlook.com's own block list: its postmaster page sends senders whose mail still fails
      // to its support form ("go to Support to contact support", the link as the page gives it).
      removal: {
        name: "Outlook.com's sender support form",
        url: "http://go.microsoft.com/fwlink/?LinkID=614866",
        kind: "request",
        source: OLC,
      },
    }),
    phrase({
      id: "olc.4.7.650-ip-reputation",
      cause: "bad-reputation",
      match: ["has been temporarily rate limited due to ip reputation"],
      source: SENDGRID_6275,
      example:
        "451 4.7.650 The mail server [167.89.12.138] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S3113) [VI1EUR06FT038.eop-eur06.prod.protection.outlook.com]",
      note: `The reply as quoted in the thread. ${OLC_NOTE} 'Rate limited' here is a reputation judgement, not a volume limit.`,
    }),
    phrase({
      id: "olc.4.7.500-server-busy",
      cause: "bad-reputation",
      match: ["server busy. please try again later from"],
      status: ["4.7.500"],
      source: CLOUDMAILIN_451,
      example: "451 4.7.500 Server busy. Please try again later from [IP address].",
      note: `Listed among typical 451 replies (Outlook.com's lines end with a rule id such as '(AS761)'). ${OLC_NOTE} Microsoft's table files 4.7.500-699 under suspicious activity being evaluated.`,
    }),
    phrase({
      id: "olc.blocklist",
      cause: "ip-blocklisted",
      match: [/blocked using blocklist [12]\b/, "delist@messaging.microsoft.com"],
      source: {
        ...EXO,
        readVia: `${EXO.readVia}; the line carried from the first cut of this catalogue, not re-read on the page`,
      },
      example:
        "550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using Blocklist 1; To request removal from this list please forward this message to delist@messaging.microsoft.com",
      verbatim: false,
      note: "Microsoft's own IP blocklist (Microsoft's table sends senders to delist@messaging.microsoft.com).",
    }),
    phrase({
      id: "olc.rp-001",
      cause: "bad-reputation",
      match: [/\brp-001\b/],
      source: OLC,
      example:
        "421 RP-001 The mail server IP connecting to Outlook.com server has exceeded the rate limit allowed. Reason for rate limitation is related to IP/domain reputation. If you are not an email/network admin please contact your Email/Internet Service Provider for help.",
      note: "'Rate limit', but the page gives the reason: the IP's or domain's reputation. Slowing down alone will not fix it.",
    }),
    phrase({
      id: "olc.rp-002",
      cause: "bad-reputation",
      match: [/\brp-002\b/],
      source: OLC,
      example:
        "421 RP-002 The mail server IP connecting to Outlook.com server has exceeded the rate limit allowed on this connection. Reason for rate limitation is related to IP/domain reputation. If you are not an email/network admin please contact your Email/Internet Service Provider for help.",
      note: "Per-connection limit; the page ties it to reputation too.",
    }),
    phrase({
      id: "olc.rp-003",
      cause: "bad-reputation",
      match: [/\brp-003\b/],
      source: OLC,
      example:
        "421 RP-003 The mail server IP connecting to Outlook.com server has exceeded the connection limit allowed. Reason for limitation is related to IP/domain reputation. If you are not an email/network admin please contact your Email/Internet Service Provider for help.",
      note: "Connection limit; the page ties it to reputation too.",
    }),
    phrase({
      id: "olc.5.7.515",
      cause: "authentication-failure",
      match: [
        "messages from domains sending over 5,000 emails per day to outlook.com accounts must be authenticated",
      ],
      source: OLC,
      example:
        "550 5.7.515 Mail rejected by Outlook.com for policy reasons. Messages from domains sending over 5,000 emails per day to Outlook.com accounts must be authenticated with SPF, DKIM, and DMARC (p=none or p=reject) to be accepted. For more information, please see Outlook.com's sender requirements.",
      note: "From May 2025, domains sending over 5,000 messages a day to Outlook.com need SPF, DKIM and DMARC.",
    }),
    phrase({
      id: "olc.sc-001",
      cause: "bad-reputation",
      match: [/\bsc-001\b/],
      source: OLC,
      example:
        "550 SC-001 Mail rejected by Outlook.com for policy reasons. Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation. If you are not an email/network admin please contact your Email/Internet Service Provider for help.",
      note: "Spam-like content or IP/domain reputation.",
    }),
    phrase({
      id: "olc.sc-002",
      cause: "bad-reputation",
      match: [/\bsc-002\b/],
      source: OLC,
      example:
        "550 SC-002 Mail rejected by Outlook.com for policy reasons. The mail server IP connecting to Outlook.com has exhibited namespace mining behavior. If you are not an email/network admin please contact your Email/Internet Service Provider for help.",
      note: "Namespace mining: probing many addresses (address harvesting or list verification).",
    }),
    phrase({
      id: "olc.sc-003",
      cause: "ip-blocklisted",
      match: [/\bsc-003\b/],
      source: OLC,
      example:
        "550 SC-003 Mail rejected by Outlook.com for policy reasons. Your IP address appears to be an open proxy/relay. If you are not an email/network admin please contact your Email/Internet Service Provider for help.",
      note: "The IP looks like an open proxy or relay: secure the server.",
    }),
    phrase({
      id: "olc.sc-004",
      cause: "bad-reputation",
      match: [/\bsc-004\b/],
      source: OLC,
      example:
        "550 SC-004 Mail rejected by Outlook.com for policy reasons. A block has been placed against your IP address because we have received complaints concerning mail coming from that IP address. We recommend enrolling in our Junk Email Reporting Program (JMRP), a free program intended to help senders remove unwanted recipients from their email list. If you are not an email/network admin please contact your Email/Internet Service Provider for help.",
      note: "A block for complaints about mail from the IP.",
    }),
    phrase({
      id: "olc.dy-001",
      cause: "ip-blocklisted",
      match: [/\bdy-001\b/],
      source: OLC,
      example:
        "550 DY-001 Mail rejected by Outlook.com for policy reasons. We generally do not accept email from dynamic IP's as they are not typically used to deliver unauthenticated SMTP email to an Internet mail server. If you are not an email/network admin please contact your Email/Internet Service Provider for help. For more information, Spamhaus maintains lists of dynamic and residential IP addresses.",
      note: "A dynamic (residential) IP: send through the provider's relay.",
    }),
    phrase({
      id: "olc.dy-002",
      cause: "bad-reputation",
      match: [/\bdy-002\b/],
      source: OLC,
      example:
        "550 DY-002 Mail rejected by Outlook.com for policy reasons. The likely cause is a compromised or virus infected server/personal computer. If you are not an email/network admin please contact your Email/Internet Service Provider for help.",
      note: "The IP looks compromised or infected: clean the machine.",
    }),
    phrase({
      id: "olc.ou-001",
      cause: "ip-blocklisted",
      match: [/\bou-001\b/],
      source: OLC,
      example:
        "550 OU-001 Mail rejected by Outlook.com for policy reasons. If you are not an email/network admin please contact your Email/Internet Service Provider for help. For more information about this block and to request removal please go to: Spamhaus.",
      note: "The page sends the sender to Spamhaus for this block: the IP is on a Spamhaus list.",
      removal: { blocklist: "spamhaus-zen", source: OLC },
    }),
    phrase({
      id: "olc.ou-002",
      cause: "bad-reputation",
      match: [/\bou-002\b/],
      source: OLC,
      example:
        "550 OU-002 Mail rejected by Outlook.com for policy reasons. Reasons for rejection may be related to content with spam-like characteristics or IP/domain reputation. If you are not an email/network admin please contact your Email/Internet Service Provider for help.",
      note: "Spam-like content or IP/domain reputation.",
    }),
    phrase({
      id: "olc.sender-id-failure",
      cause: "authentication-failure",
      match: ["command rejected due to sender id validation failure"],
      source: OLC,
      example: "550 command rejected due to Sender ID validation failure.",
      note: "The page: the sending domain's SPF (Sender ID) record allows no IP to send (v=spf1 -all), or not this one.",
    }),
    phrase({
      id: "sendas-denied",
      cause: "relay-denied",
      match: ["sendasdenied", "does not have permissions to send as this sender"],
      source: {
        ...EXO,
        readVia: `${EXO.readVia} (which does not list this reply); the line carried from the first cut of this catalogue, not re-read on the page`,
      },
      example:
        "550 5.7.60 SMTP; Client does not have permissions to send as this sender (SendAsDenied)",
      verbatim: false,
      note: "Exchange's reply when the mailbox that sent the message has no Send As permission for the From address.",
    }),
    // The same refusal at submission, as Exchange Online's store driver words it to a client
    // that authenticated but sent with a From address its mailbox may not send as.
    phrase({
      id: "storedrv-sendas-denied",
      cause: "relay-denied",
      match: ["sendasdeniedexception", "mapiexceptionsendasdenied"],
      source: page(
        "https://pastebin.com/kveGeNem",
        "ssmtp through smtp.live.com:587, the submission server's refusal (pastebin)",
        "stored copy (docs corpus)",
      ),
      example:
        "554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.",
      note: "Real output of Microsoft's submission server: the account authenticated, but its mailbox has no Send As right for the From address the client used (set From to the account's own address, or grant Send As). The 5.2.0 is the store driver's, not a mailbox problem of the recipient.",
    }),
    phrase({
      id: "content-filter-spam",
      cause: "content-spam",
      match: ["message rejected as spam by content filtering"],
      scope: "any",
      source: page(
        "https://pastebin.com/zFzcEWws",
        "Mail delivery failed (pastebin: an Exim bounce quoting an Exchange server's refusal)",
        "stored copy (docs corpus)",
      ),
      example:
        "host exchange.tsohost.co.uk [195.62.29.126]: 550 5.7.1 Message rejected as spam by Content Filtering.",
      note: "Exchange's content filter (on-premises Exchange or Exchange Online Protection) scored the message as spam; not in the Exchange Online table read. The line as quoted in a stored bounce.",
    }),
    // The NDR's own sentence for the user, above its diagnostic section, in the language of the
    // mailbox it was written for: a user who copies only what the NDR shows first pastes this.
    phrase({
      id: "ndr-address-not-found",
      cause: "recipient-unknown",
      match: ["the email address you entered couldn't be found"],
      source: page(
        "https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/set-of-emails/maildir/bsd/lhost-office365-02.eml",
        "A Microsoft 365 NDR (Sisimai set-of-emails lhost-office365-02.eml)",
      ),
      example:
        "The email address you entered couldn't be found. Check the recipient's email address then try to resend the message.",
      note: "Exchange Online's explanation of 5.1.1 (its diagnostic section says 'RESOLVER.ADR.RecipNotFound'): the address does not exist.",
    }),
    phrase({
      id: "ndr-address-not-found-it",
      cause: "recipient-unknown",
      match: ["non sono riuscito a trovare l'indirizzo e-mail che hai immesso"],
      source: page(
        "https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/set-of-emails/maildir/bsd/lhost-exchange2007-07.eml",
        "An Exchange NDR in Italian, Content-Language: it-CH (Sisimai set-of-emails lhost-exchange2007-07.eml)",
      ),
      example:
        "Non sono riuscito a trovare l'indirizzo e-mail che hai immesso. Verifica l'indirizzo e-mail del destinatario e prova a inviare di nuovo il messaggio.",
      note: "The Italian NDR's 'I could not find the email address you entered' (its diagnostic section says '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'): the address does not exist.",
    }),
    phrase({
      id: "transport-rules-reject-message",
      cause: "sender-policy",
      match: ["transport.rules.rejectmessage"],
      scope: "any",
      source: SMTP_CODES,
      example:
        "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy",
      note: `${SMTP_CODES_NOTE} A mail flow (transport) rule of the recipient's organisation refused the message: only that organisation's admin can say which rule and change it.`,
    }),
    phrase({
      id: "resource-forest-connections",
      cause: "rate-limited",
      match: ["maximum number of concurrent connections per resource forest"],
      scope: "any",
      source: SMTP_CODES,
      example:
        "421 4.3.2 The maximum number of concurrent connections per resource forest has exceeded a limit, closing transmission channel. example.com. PRX8 [example.com]",
      note: `${SMTP_CODES_NOTE} Too many simultaneous connections to the recipient's Exchange Online forest: retry with fewer connections.`,
    }),
    phrase({
      id: "temporary-server-error-prx",
      cause: "remote-server-error",
      match: [/temporary server error\. please try again later\.? (?:prx\d{1,2}|attr\d{1,3})\b/],
      scope: "any",
      source: SMTP_CODES,
      example:
        "451 4.7.0 Temporary server error. Please try again later. PRX4 NextHop: example.com [example.com]",
      note: `${SMTP_CODES_NOTE} A temporary failure inside Exchange Online (the PRX/ATTR tag names where); the sending server retries.`,
    }),
    phrase({
      id: "temporary-server-error-attr",
      cause: "remote-server-error",
      match: [/temporary server error\. please try again later\.? (?:prx\d{1,2}|attr\d{1,3})\b/],
      scope: "any",
      source: SMTP_CODES,
      example: "451 4.3.2 Temporary server error. Please try again later ATTR17 [outlook.com]",
      note: `${SMTP_CODES_NOTE} A temporary failure inside Outlook.com; the sending server retries.`,
    }),
    phrase({
      id: "replica-not-available",
      cause: "remote-server-error",
      match: ["no healthy secondary server available to accept replica"],
      scope: "any",
      source: SMTP_CODES,
      example:
        "451 4.4.0 Message failed to be replicated: No healthy secondary server available to accept replica at this time. [outlook.com]",
      note: `${SMTP_CODES_NOTE} Outlook.com could not store a second copy of the message for now; a retry later usually succeeds.`,
    }),
    phrase({
      id: "5.2.122-recipient-per-hour",
      cause: "rate-limited",
      match: ["exceeded their limit for the number of messages they can receive per hour"],
      scope: "any",
      source: SMTP_CODES,
      example:
        "554 5.2.122 The recipient has exceeded their limit for the number of messages they can receive per hour. For more information go to http://go.microsoft.com/fwlink/?LinkId=526653. (#) [outlook.com]",
      note: `${SMTP_CODES_NOTE} The recipient received more messages in an hour than Microsoft allows from all senders; resend later.`,
    }),
    phrase({
      id: "5.2.121-sender-per-hour",
      cause: "rate-limited",
      match: [
        "exceeded the limit for the number of messages they can send to this recipient per hour",
      ],
      scope: "any",
      source: SMTP_CODES,
      example:
        "554 5.2.121 The sender has exceeded the limit for the number of messages they can send to this recipient per hour. For more information go to http://go.microsoft.com/fwlink/?LinkId=526653. [#.prod.outlook.com #]",
      note: `${SMTP_CODES_NOTE} This sender sent more messages to this one recipient in an hour than Exchange Online allows; send fewer, later.`,
    }),
    phrase({
      id: "organization-queue-quota",
      cause: "rate-limited",
      match: ["organization queue quota exceeded"],
      scope: "any",
      source: SMTP_CODES,
      example: "450 4.7.3 Organization queue quota exceeded. [outlook.com]",
      note: `${SMTP_CODES_NOTE} The recipient's organisation is receiving mail faster than Outlook.com queues it: a temporary limit on the organisation, not a full mailbox; the sending server retries.`,
    }),
    ...MICROSOFT_NDR_PHRASES,
  ],
  statusReadings: [
    reading({
      status: "5.1.10",
      replyCode: 550,
      cause: "recipient-unknown",
      source: EXO,
      example: "5.1.10 Recipient not found",
      note: "Not in the registry; Exchange Online's SMTP address lookup failed.",
    }),
    reading({
      status: "5.1.90",
      replyCode: 550,
      cause: "rate-limited",
      source: EXO,
      example:
        "5.1.90 Your message can't be sent because you've reached your daily limit for message recipients",
      note: "Not in the registry; the sender's daily recipient limit.",
    }),
    reading({
      status: "5.2.121",
      replyCode: 550,
      cause: "rate-limited",
      source: EXO,
      example: "5.2.121 Recipient's per hour message receive limit from specific sender exceeded.",
      note: "Not in the registry; a per-recipient hourly limit.",
    }),
    reading({
      status: "5.2.122",
      replyCode: 550,
      cause: "rate-limited",
      source: EXO,
      example: "5.2.122 Recipient's per hour message receive limit exceeded.",
      note: "Not in the registry; a per-recipient hourly limit.",
    }),
    reading({
      status: "5.4.14",
      replyCode: 554,
      cause: "remote-server-error",
      source: EXO,
      example: "5.4.14 Routing loop detected",
      note: "Not in the registry; a forwarding loop.",
    }),
    reading({
      status: "5.4.300",
      replyCode: 550,
      cause: "remote-unreachable",
      source: EXO,
      example: "5.4.300 Message expired",
      note: "Not in the registry; delivery expired.",
    }),
    reading({
      status: "5.6.11",
      replyCode: 550,
      cause: "protocol-syntax",
      source: EXO,
      example: "5.6.11 Invalid characters",
      note: "Not in the registry; bare line feeds in the message.",
    }),
    reading({
      status: "5.7.12",
      replyCode: 550,
      cause: "sender-policy",
      source: EXO,
      example: "5.7.12 Sender was not authenticated by organization",
      note: "Not in the registry; the recipient takes internal mail only.",
    }),
    reading({
      status: "5.7.57",
      replyCode: 530,
      cause: "relay-denied",
      source: EXO,
      example: "5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM",
      note: "Not in the registry; anonymous submission to smtp.office365.com.",
    }),
    reading({
      status: "5.7.64",
      replyCode: 550,
      cause: "relay-denied",
      source: EXO,
      example: "5.7.64 TenantAttribution; Relay Access Denied",
      note: "Not in the registry; the inbound connector does not match.",
    }),
    reading({
      status: "5.7.124",
      replyCode: 550,
      cause: "sender-policy",
      source: EXO,
      example: "5.7.124 Sender not in allowed-senders list",
      note: "Not in the registry.",
    }),
    reading({
      status: "5.7.133",
      replyCode: 550,
      cause: "sender-policy",
      source: EXO,
      example: "5.7.133 Sender not authenticated for group",
      note: "Not in the registry.",
    }),
    reading({
      status: "5.7.134",
      replyCode: 550,
      cause: "sender-policy",
      source: EXO,
      example: "5.7.134 Sender was not authenticated for mailbox",
      note: "Not in the registry.",
    }),
    reading({
      status: "5.7.136",
      replyCode: 550,
      cause: "sender-policy",
      source: EXO,
      example: "5.7.136 Sender was not authenticated",
      note: "Not in the registry.",
    }),
    reading({
      status: "5.7.321",
      replyCode: 550,
      cause: "tls-required",
      source: EXO,
      example:
        "5.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.",
      note: "Not in the registry; DANE delivery failed at STARTTLS.",
    }),
    reading({
      status: "5.7.501",
      replyCode: 550,
      cause: "bad-reputation",
      source: EXO,
      example: "5.7.501 Access denied, spam abuse detected",
      note: "Not in the registry; the sending account is banned for spam.",
    }),
    reading({
      status: "5.7.509",
      replyCode: 550,
      cause: "authentication-failure",
      source: EXO,
      example:
        "5.7.509 Access denied, sending domain [$SenderDomain] does not pass DMARC verification",
      note: "Not in the registry; DMARC failure.",
    }),
    reading({
      status: "5.7.511",
      replyCode: 550,
      cause: "ip-blocklisted",
      source: EXO,
      example: "5.7.511 Access denied, banned sender",
      note: "Not in the registry; the sending IP is banned.",
    }),
    reading({
      status: "5.7.513",
      replyCode: 550,
      cause: "sender-policy",
      source: EXO,
      example:
        "5.7.513 Service unavailable, Client host [$ConnectingIP] blocked by $recipientDomain using Customer Block list (AS16012607)",
      note: "Not in the registry; the recipient's own block list.",
    }),
    reading({
      status: "5.7.515",
      replyCode: 550,
      cause: "authentication-failure",
      source: HVS,
      example:
        "550; 5.7.515 Access denied, sending domain [SendingDomain] does not meet the required authentication level.",
      note: "Not in the registry; Outlook's 2025 high-volume sender authentication rule.",
    }),
    reading({
      status: "5.7.750",
      replyCode: 550,
      cause: "sender-address-invalid",
      source: EXO,
      example: "5.7.750 Service unavailable. Client blocked from sending from unregistered domains",
      note: "Not in the registry; unverified sending domains.",
    }),
  ],
  missingPages: [
    "Outlook.com postmaster troubleshooting: read from an archived copy (2026-06-15); it does not list S3150, 4.7.650 or 4.7.500: those lines are quoted verbatim from public issue threads and CloudMailin's list of 451 replies.",
    "Exchange Server NDR page read from its Markdown source (x13-me/OfficeDocs-Exchange); 5.4.310 (earlier Exchange versions) is carried from the first cut.",
    "The stored Exchange Online table predates 5.7.515: that code comes from Microsoft's Tech Community post (archived copy) and the Outlook.com postmaster table.",
    "Fix error code 5.4.1 page (AS(201806281)): not stored; the AS(201806281) line is quoted from a public pull request (zone-eu/zone-mta #214).",
  ],
};
