// United Internet's mail brands: GMX, WEB.DE, mail.com, 1&1 / IONOS. They run one mail system
// ("Nemesis") and one set of postmaster pages ("Error messages": postmaster.gmx.com,
// postmaster.web.de, postmaster.mail.com). The pages give reply classes as "4xy"/"5xy" with the
// reply text; GMX's page prints one whole multi-line refusal. Their replies carry no enhanced
// status codes, and link a per-case explanation page (postmaster.gmx.net/en/case?c=...).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const MAILCOM = page(
  "https://postmaster.mail.com/en/error-messages",
  "Error messages on sending and receiving emails (mail.com Postmaster)",
  "stored copy (pages corpus)",
);
const GMX = page(
  "https://postmaster.gmx.com/en/error-messages",
  "Error messages (GMX Postmaster)",
  "stored copy (pages corpus)",
);
const GMX_NEWS = page(
  "https://newsroom.gmx.net/2017/09/28/unzustellbar-fehlermeldungen-email/",
  "Unzustellbar: Was tun, wenn E-Mails beim Empfänger nicht ankommen? (GMX Newsroom)",
  "stored copy (pages corpus)",
);

const ONEANDONE_550 = page(
  "http://m.help.1and1.co.uk/mail-c65093/1and1-mail-basic-c40987/troubleshooting-c41023/mail-delivery-failed-message-550-error-a792908.html",
  "Mail Delivery Failed Message (550 error) (1&1 Help Center)",
  "stored copy (pages corpus)",
);
const ONEANDONE_DNS_NOTE =
  "1&1's page: a misconfigured MX (or A/AAAA) record, for instance an MX that points to a CNAME, which may be the sender's domain or the recipient's. When your own provider refuses to send, it is the recipient's domain; when the receiving server refuses, it checked your sender domain. A DNS lookup of both domains tells which.";

// A real WEB.DE refusal kept in a public repository's test data: no postmaster page found
// prints this reply.
const WEBDE_BOUNCE = page(
  "https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/130e9d61f1286841070d76ec46ee4ba5a7418e26/t/corpus/quota-6.msg",
  "A WEB.DE refusal (mx-ha01.web.de) kept in Mail::DeliveryStatus::BounceParser's test corpus, t/corpus/quota-6.msg",
  "repo rjbs/Mail-DeliveryStatus-BounceParser t/corpus/quota-6.msg",
);

const SFM_550 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json",
  "SMTP Field Manual: 550 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/550.json",
);
const SFM_NOTE =
  "The reply as ActiveCampaign's SMTP Field Manual records it (a public, curated list of replies seen in bounces).";

// A German host's list of the replies German providers give, by provider: WEB.DE's answers
// are in German and English, one after the other ("Benutzer ... / User ...").
const SITEPACKAGE = page(
  "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
  "Typische Fehlermeldungen bei Unzustellbarkeit (sitepackage.de)",
  "stored copy (pages corpus)",
);

const SMTP_CODES = page(
  "https://smtp.codes/unitedinternet",
  "United Internet (GMX, WEB.DE, mail.com) (smtp.codes)",
  "repo fm/smtp-codes data/codes/*.json (the site's source)",
);
const SMTP_CODES_NOTE =
  "The reply as smtp.codes lists it for United Internet (GMX, WEB.DE, mail.com) (a public, curated collection of providers' replies, after ActiveCampaign's SMTP Field Manual).";

/** A Server Fault question (as a mirror keeps it) quoting WEB.DE's postmaster's answer on c=hi. */
const HEADER_CASE = page(
  "https://newbetuts.com/1051380-postfix-how-to-check-if-my-email-headers-are-rfc5321rfc5322-compliant",
  "Postfix: How to check if my email headers are RFC5321/RFC5322 compliant? (a Server Fault question, mirrored; it quotes WEB.DE's answer)",
  "stored copy (pages corpus)",
);

/**
 * A mail server's administrator's own account of GMX's refusal (2013), quoting the reply his
 * server received: GMX's wording then was "black listed", the page's today "block listed".
 */
const BLACK_LISTED_ACCOUNT = page(
  "http://marmaro.de/lue/txt/2013-10-24.txt",
  "2013-10-24: Suddenly, my mail server was blacklisted (markus schnalke, marmaro.de)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("united-internet");

export const UNITED_INTERNET_TABLE: ProviderTable = {
  provider: "united-internet",
  identity: {
    provider: "united-internet",
    name: "GMX / WEB.DE / mail.com / IONOS",
    hosts: [
      "gmx.net",
      "gmx.de",
      "gmx.com",
      "web.de",
      "mail.com",
      "kundenserver.de",
      "ionos.com",
      "ionos.de",
      "1and1.com",
      "perfora.net",
    ],
    markers: [
      "nemesis esmtp",
      "postmaster.gmx.net/en/case",
      "postmaster.web.de",
      "postmaster.gmx.com",
      "postmaster.mail.com",
    ],
    source: GMX,
  },
  phrases: [
    // Their servers check the MX and A/AAAA records of the domains in the envelope; the words
    // do not say which address's domain failed: two weak readings, ranked side by side.
    phrase({
      id: "invalid-dns-mx-recipient-domain",
      cause: "recipient-domain-invalid",
      match: ["invalid dns mx or a/aaaa resource record"],
      scope: "any",
      strength: "weak",
      source: ONEANDONE_550,
      example: "550 invalid DNS MX or A/AAAA resource record",
      note: ONEANDONE_DNS_NOTE,
    }),
    phrase({
      id: "invalid-dns-mx-sender-domain",
      cause: "sender-address-invalid",
      match: ["invalid dns mx or a/aaaa resource record"],
      scope: "any",
      strength: "weak",
      source: ONEANDONE_550,
      example: "550 invalid DNS MX or A/AAAA resource record",
      note: ONEANDONE_DNS_NOTE,
    }),
    phrase({
      id: "ip-block-listed",
      cause: "ip-blocklisted",
      match: [
        "ip address is block listed",
        /postmaster\.(?:gmx|web)\.(?:net|de|com)\/\w{2}\/case\?c=r02/,
      ],
      source: GMX,
      example:
        "554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=198.51.100.42&r=1MNcgj-1ue23t3pyV-00S2YR",
      note: "The page's own example: the IP is on a blocklist GMX uses; the linked case page names it.",
    }),
    phrase({
      // The same refusal in GMX's older wording. "Service not available" and "No SMTP service"
      // before it are the preamble GMX sends with every refusal at the greeting (the page's own
      // example has them too); the listing is the reason.
      id: "ip-black-listed",
      cause: "ip-blocklisted",
      match: ["ip address is black listed"],
      source: BLACK_LISTED_ACCOUNT,
      example:
        "554-gmx.net (mxgmx007) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is black listed.",
      note: "The IP is on a list of United Internet's own (GMX, WEB.DE): the administrator's blocklist checks showed nothing that explained it, and GMX's support removed the IP from its own list on request.",
    }),
    phrase({
      id: "rate-limit-reached",
      cause: "rate-limited",
      match: ["rate limit reached. please try again later"],
      source: MAILCOM,
      example: "4xy Rate limit reached. Please try again later",
    }),
    phrase({
      id: "reject-due-to-policy-violations",
      cause: "bad-reputation",
      match: ["reject due to policy violations"],
      source: MAILCOM,
      example: "4xy Reject due to policy violations",
      note: "The page: delivery temporarily not permitted for administrative reasons (its e-mail policy). In practice the IP's delivery record (many unknown recipients, changing HELO names) is the reason: fix the list and the server, then retry.",
    }),
    phrase({
      id: "administrative-reject",
      cause: "remote-server-error",
      match: ["administrative reject"],
      replyCode: "4xx",
      source: MAILCOM,
      example: "421 Administrative reject",
      verbatim: false,
      note: "The page prints '4xy Administrative reject': a temporary refusal during a general system overload.",
    }),
    phrase({
      id: "reject-due-to-spf",
      cause: "authentication-failure",
      match: [
        "reject due to spf policy",
        "the originating ip of the message is not permitted by the domain owner",
      ],
      source: MAILCOM,
      example:
        "5xy Reject due to SPF policy. The originating IP of the message is not permitted by the domain owner",
      note: "SPF failed; forwarders that do not rewrite MAIL FROM (no SRS) cause it too.",
    }),
    phrase({
      id: "quota-exceeded",
      cause: "mailbox-full",
      match: [/requested mail action abor[a-z]{2,4}: exceeded storage allocation, quota exceeded/],
      source: GMX_NEWS,
      example: "5xy: „Requested mail action aborded: exceeded storage allocation, Quota exceeded“",
      note: "GMX's own article (with its spelling 'aborded').",
    }),
    phrase({
      id: "too-many-messages-on-server",
      cause: "mailbox-full",
      match: [
        "benutzer hat zuviele mails auf dem server",
        "user has too many messages on the server",
      ],
      source: WEBDE_BOUNCE,
      strength: "strong",
      example:
        "550 <fred.bloggs@web.de> Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server.",
      verbatim: true,
      note: "Too many messages stored in the recipient's mailbox: a full mailbox, not a limit on the sender's rate (the words 'too many messages' alone are Exim's wording for a sending rate). The reply as a real WEB.DE bounce gives it.",
    }),
    phrase({
      id: "mailbox-unavailable",
      cause: "recipient-unknown",
      match: ["requested action not taken: mailbox unavailable"],
      // The same text followed by a policy reason is a policy refusal, not a missing address
      // (smtp-field-manual 550.json's GMX row: 'Reject due to policy restrictions').
      unless: ["reject due to policy restrictions"],
      // RFC 5321 section 4.2.2's own text for any 550 ("mailbox not found, no access, or command
      // rejected for policy reasons"): it names a missing address only where WEB.DE or GMX answered.
      scope: "identified",
      source: SFM_550,
      example: "smtp;550 <example@example.com>: Requested action not taken: mailbox unavailable",
      note: `${SFM_NOTE} This is WEB.DE's form; GMX's article (${GMX_NEWS.url}) gives the same text for an address that does not exist.`,
    }),
    phrase({
      id: "web-de-storage-exhausted",
      cause: "mailbox-full",
      // Either half: a bounce may carry the German words alone.
      match: [
        "benutzer hat das speichervolumen ueberschritten",
        "user has exhausted allowed storage space",
      ],
      source: SITEPACKAGE,
      example:
        "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space.",
      note: "WEB.DE's reply for a recipient whose mailbox has used its storage ('Speichervolumen'): the mailbox is full.",
    }),
    phrase({
      id: "web-de-too-many-messages",
      cause: "mailbox-full",
      match: [
        "benutzer hat zuviele mails auf dem server",
        "user has too many messages on the server",
      ],
      source: SITEPACKAGE,
      example:
        "550 Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server.",
      note: "WEB.DE's reply for a recipient whose mailbox holds as many messages as it may: the mailbox is full (by count, not size). 'Too many' here is stored mail, not a sending rate; the sitepackage.de page lists it under 'E-Mail-Postfach des Empfängers ist voll'.",
    }),
    phrase({
      id: "policy-restrictions-header",
      cause: "protocol-syntax",
      match: ["reject due to policy restrictions (header based)"],
      scope: "any",
      source: SMTP_CODES,
      example: "550 <example@example.com>: Reject due to policy restrictions (header based)",
      note: `${SMTP_CODES_NOTE} The message's headers do not meet the standards (RFC 5322) United Internet checks.`,
    }),
    // The reason is the explanation link's case code: c=hi, in WEB.DE's, GMX's and 1&1's
    // links alike ("postmaster.web.de/en/case?c=hi", "web.de/email/senderguidelines?...&c=hi",
    // "postmaster.1und1.de/de/case?c=hi"). WEB.DE's postmaster answered that such mail is
    // refused because its header does not comply with RFC 5321/5322 (Date, From, Sender, To
    // malformed, or a header that may appear once repeated).
    phrase({
      id: "policy-restrictions-case-hi",
      cause: "protocol-syntax",
      match: [/reject due to policy restrictions[\s\S]{0,200}?[?&]c=hi\b/],
      scope: "any",
      source: HEADER_CASE,
      example:
        "554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit https://web.de/email/senderguidelines?ip=1.3.5.2&c=hi",
      note: "WEB.DE's postmaster, quoted in the question: mail is refused when its header does not comply with RFC 5321 and RFC 5322 (Date, From, Sender and To must be syntactically correct; BCC, CC, Date, From, Sender, Subject and To must not appear more than once). Fix the sending program's headers.",
    }),
    phrase({
      id: "policy-restrictions-domain",
      cause: "bad-reputation",
      match: ["reject due to policy restrictions (domain based)"],
      scope: "any",
      source: SMTP_CODES,
      example: "550 <example@example.com>: Reject due to policy restrictions (domain based)",
      note: `${SMTP_CODES_NOTE} United Internet's security policy refuses the sender's domain, for instance one known as a spam source: its own judgement of the domain.`,
    }),
    phrase({
      id: "policy-restrictions-ip",
      cause: "bad-reputation",
      match: ["reject due to policy restrictions (ip based)"],
      scope: "any",
      source: SMTP_CODES,
      example: "550 <example@example.com>: Reject due to policy restrictions (IP based)",
      note: `${SMTP_CODES_NOTE} A high share of the sending IP's mail was classified as spam, and all its mail is refused for now.`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "postmaster.web.de/en/error-messages and postmaster.gmx.com's per-case pages were read only in excerpts; the mail.com page (same system) supplied the reply texts.",
  ],
};
