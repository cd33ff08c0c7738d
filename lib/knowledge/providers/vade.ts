// Mail platforms whose inbound filtering Vade (ex-Vade Secure) runs, each with a postmaster page
// on vadesecure.com: EarthLink (codes "ELNK_..."), Open-Xchange's OX App Suite Cloud in the US
// ("OXSUS0001_...") and in Europe ("OXSEU_..."). Every platform numbers its reasons alike (_101
// Vade's threat list, _105 reverse DNS, _110 concurrent connections, ...), and every page prints
// each code with its reply line and an explanation. The stored copies were read from the top: the
// rows below are those the copies hold. Each example is the row's reply line followed by its code
// (the pages print them apart, so verbatim: false), the row's explanation in the note; where a
// page prints only the code's suffix ("_101" under "a unique code starting with ELNK_"), the
// prefix is put back. Explanations that name a cause on their own are entered as wordings too.
import type { CauseId } from "@/lib/causes/causes";
import { entryKit, page } from "./entry-kit";
import type { ProviderTable, SourcePage } from "./types";

const STORED = "stored copy (pages corpus), read from the top";

const ELNK_IN = page(
  "https://postmaster-earthlink.vadesecure.com/inbound_error_codes",
  "Inbound SMTP error codes (EarthLink postmaster, Vade)",
  `${STORED}; the copy ends within the _133 row`,
);
const ELNK_OUT = page(
  "https://postmaster-earthlink.vadesecure.com/outbound_error_codes",
  "Outbound SMTP error codes (EarthLink postmaster, Vade)",
  `${STORED}; the copy ends within the _20x rows`,
);
const OXSUS = page(
  "https://postmaster-oxsus.vadesecure.com/",
  "Postmaster (OX App Suite Cloud US, Vade)",
  `${STORED}; the copy ends within the OXSUS0001_136 row`,
);
const OXSEU = page(
  "https://postmaster-oxseu.vadesecure.com/inbound_error_codes",
  "Inbound SMTP error codes (OX App Suite Cloud EU, Vade)",
  `${STORED}; the copy ends within the _130 row`,
);
const SUPED_403 = page(
  "https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-does-the-vade-secure-oxsus0001_403-error-code-mean-and-how-should-it-be-handled",
  "What does the Vade Secure OXSUS0001_403 error code mean and how should it be handled? (Suped)",
  STORED,
);

const JOINED =
  "The page prints the code and its reply line apart; the example writes the code after the reply, where Vade-filtered platforms put theirs (as Orange's 'OFR006_102').";
const SUFFIX_ONLY = `The page prints the code's suffix under 'a unique code starting with ELNK_' (OXSEU_ likewise); the prefix is put back. ${JOINED}`;

/** A platform: its page, how its codes are written, and how its examples spell the code. */
interface Platform {
  key: string;
  source: SourcePage;
  /** Regular-expression source for the code's prefix (lower case). */
  prefix: string;
  /** The code as an example writes it, for reason number n. */
  code: (n: string) => string;
  /** True when the page prints the whole code, false when only its suffix. */
  whole: boolean;
}

const ELNK = (source: SourcePage, key: string): Platform => ({
  key,
  source,
  prefix: "elnk[0-9]{0,4}",
  code: (n) => `ELNK_${n}`,
  whole: false,
});
const EL_IN = ELNK(ELNK_IN, "elnk");
const EL_OUT = ELNK(ELNK_OUT, "elnk-out");
const OX_US: Platform = {
  key: "oxsus",
  source: OXSUS,
  prefix: "oxsus[0-9]{0,4}",
  code: (n) => `OXSUS0001_${n}`,
  whole: true,
};
const OX_EU: Platform = {
  key: "oxseu",
  source: OXSEU,
  prefix: "oxseu[0-9]{0,4}",
  code: (n) => `OXSEU_${n}`,
  whole: false,
};

/** [platform, reason number, cause, reply line, the page's explanation, note]. */
const ROWS: readonly (readonly [Platform, string, CauseId, string, string, string?])[] = [
  [
    EL_IN,
    "101",
    "ip-blocklisted",
    "550 5.7.1 Connection refused",
    "Your sending address is listed on the Vade Threat Network List.",
  ],
  [
    EL_IN,
    "102",
    "ip-blocklisted",
    "550 5.7.1 Sender blocked error",
    "Your sending address is listed on a Validity Blocklist.",
  ],
  [
    EL_IN,
    "103",
    "remote-server-error",
    "421 4.2.1 Connection deferred",
    "The server is temporarily unavailable.",
  ],
  [
    EL_IN,
    "105",
    "reverse-dns",
    "550 5.7.1 Connection refused",
    "Please check your reverse DNS configuration.",
  ],
  [
    EL_IN,
    "108",
    "reverse-dns",
    "550 5.7.1 Connection refused",
    "Please check your FCrDNS configuration.",
    "FCrDNS: the sending IP's PTR name must resolve back to the same IP.",
  ],
  [
    EL_IN,
    "110",
    "rate-limited",
    "421 4.2.1 Connection deferred",
    "This error is returned when the sending IP address exceeds the concurrent connections limit.",
  ],
  [
    EL_IN,
    "111",
    "ip-blocklisted",
    "550 5.7.1 Sender blocked error",
    "Your sending address is listed on a Spamhaus Blocklist.",
  ],
  [
    EL_IN,
    "130",
    "bad-reputation",
    "421 4.2.1 Connection deferred",
    "Your server is the source of unacceptable messages.",
    "EarthLink's own record of the volume and quality of the sender's traffic defers it (the page: 'we keep track of volume and quality of the traffic we receive').",
  ],
  [
    EL_OUT,
    "134",
    "bad-reputation",
    "421 4.2.1 Connection deferred",
    "Your server was detected to take part of SMTP AUTH attacks.",
    "From the outbound page (sending through EarthLink): the IP is temporarily rate-limited because of the attacks, not because of its volume.",
  ],
  [
    EL_OUT,
    "136",
    "rate-limited",
    "421 4.2.1 Connection deferred",
    "Your server is rate-limited due to excessive volume sent.",
  ],
  [
    EL_OUT,
    "139",
    "rate-limited",
    "421 4.2.1 Connection deferred",
    "Your server is rate-limited due to excessive connections received.",
  ],
  [
    EL_OUT,
    "200",
    "relay-denied",
    "550 5.7.1 Authentication refused",
    "The attempted authentication method is not supported.",
    "From the outbound page: the mail client's login to EarthLink's submission server used an authentication method the server does not offer.",
  ],
  [
    EL_OUT,
    "201",
    "protocol-syntax",
    "550 5.7.1 HELO command rejected",
    "Your server's HELO/EHLO string is unacceptable.",
  ],
  [
    OX_US,
    "101",
    "ip-blocklisted",
    "550 5.7.1 Connection refused",
    "We could not accept your email because your email provider is listed on the Vade Secure Threat Network list.",
  ],
  [
    OX_US,
    "102",
    "remote-server-error",
    "421 4.2.1 Connection deferred",
    "We could not accept your email at that moment because the server is experiencing issues delivering to backend servers.",
  ],
  [
    OX_US,
    "105",
    "reverse-dns",
    "550 5.7.1 Connection refused",
    "Reject if reverse dns is not present",
  ],
  [
    OX_US,
    "110",
    "rate-limited",
    "421 4.2.1 Connection refused",
    "We could not accept your email because the email provider has opened too many connections from a single IP address.",
  ],
  [
    OX_US,
    "139",
    "rate-limited",
    "421 4.2.1 Connection refused",
    "This message informs you that the IP address of the mail delivery system has reached its limit by opening too many connections, and that the message may be retried at a later time.",
  ],
  [
    OX_US,
    "140",
    "rate-limited",
    "421 4.2.1 Connection refused",
    "This message informs you that the IP address of the mail delivery system has reached its limit by sending too many messages, and that the message may be retried at a later time.",
  ],
  [
    OX_EU,
    "101",
    "ip-blocklisted",
    "550 5.7.1 Connection refused - [IP_ADDRESS] blocked by Vade Threat List",
    "Your sending address is listed on the Vade Threat Network List.",
  ],
  [
    OX_EU,
    "102",
    "ip-blocklisted",
    "550 5.7.1 Connection refused - [IP_ADDRESS] blocked by Validity - https://senderscore.org/blocklist-lookup/",
    "Your sending address is listed on a Validity Blocklist.",
  ],
  [
    OX_EU,
    "103",
    "remote-server-error",
    "421 4.2.1 Connection deferred",
    "The server is temporarily unavailable.",
  ],
  [
    OX_EU,
    "105",
    "reverse-dns",
    "550 5.7.1 Connection refused",
    "Please check your reverse DNS configuration.",
  ],
  [
    OX_EU,
    "108",
    "reverse-dns",
    "550 5.7.1 Connection refused",
    "Please check your FCrDNS configuration.",
  ],
  [
    OX_EU,
    "110",
    "rate-limited",
    "421 4.2.1 Connection deferred",
    "This error is returned when the sending IP address exceeds the concurrent connections limit.",
  ],
  [
    OX_EU,
    "111",
    "ip-blocklisted",
    "550 5.7.1 Connection refused - IP_ADDRESS - https://check.spamhaus.org/results?query=IP_ADDRESS",
    "Your sending address is listed on a Spamhaus Blocklist.",
  ],
];

/** The pages' explanations that name a cause on their own: [id, cause, needle, page, example]. */
const EXPLAINED: readonly (readonly [string, CauseId, string, SourcePage, string])[] = [
  [
    "check-reverse-dns",
    "reverse-dns",
    "check your reverse dns configuration",
    ELNK_IN,
    "550 5.7.1 Connection refused Please check your reverse DNS configuration.",
  ],
  [
    "check-fcrdns",
    "reverse-dns",
    "check your fcrdns configuration",
    ELNK_IN,
    "550 5.7.1 Connection refused Please check your FCrDNS configuration.",
  ],
  [
    "concurrent-connections-limit",
    "rate-limited",
    "exceeds the concurrent connections limit",
    ELNK_IN,
    "421 4.2.1 Connection deferred This error is returned when the sending IP address exceeds the concurrent connections limit.",
  ],
  [
    "unacceptable-messages",
    "bad-reputation",
    "your server is the source of unacceptable messages",
    ELNK_IN,
    "421 4.2.1 Connection deferred Your server is the source of unacceptable messages.",
  ],
  [
    "excessive-volume",
    "rate-limited",
    "rate-limited due to excessive volume sent",
    ELNK_OUT,
    "421 4.2.1 Connection deferred Your server is rate-limited due to excessive volume sent.",
  ],
  [
    "excessive-connections",
    "rate-limited",
    "rate-limited due to excessive connections received",
    ELNK_OUT,
    "421 4.2.1 Connection deferred Your server is rate-limited due to excessive connections received.",
  ],
  [
    "helo-unacceptable",
    "protocol-syntax",
    "helo/ehlo string is unacceptable",
    ELNK_OUT,
    "550 5.7.1 HELO command rejected Your server's HELO/EHLO string is unacceptable.",
  ],
  [
    "connections-single-ip",
    "rate-limited",
    "too many connections from a single ip address",
    OXSUS,
    "421 4.2.1 Connection refused We could not accept your email because the email provider has opened too many connections from a single IP address.",
  ],
];

const { phrase } = entryKit("vade");

export const VADE_TABLE: ProviderTable = {
  provider: "vade",
  identity: {
    provider: "vade",
    name: "Vade-filtered mail (EarthLink, OX App Suite Cloud)",
    hosts: ["earthlink.net", "mindspring.com", "vadesecure.com"],
    markers: [/\b(?:elnk|oxs(?:us|eu))[0-9]{0,4}_[1-9][0-9]{2}\b/],
    source: ELNK_IN,
  },
  phrases: [
    ...ROWS.map(([p, n, cause, reply, explanation, note]) => {
      const notes = [`The page: '${explanation}'`, note, p.whole ? JOINED : SUFFIX_ONLY];
      return phrase({
        id: `${p.key}-${n}`,
        cause,
        match: [new RegExp(`\\b${p.prefix}_${n}\\b`)],
        source: p.source,
        example: `${reply} ${p.code(n)}`,
        verbatim: false,
        note: notes.filter(Boolean).join(" "),
      });
    }),
    ...EXPLAINED.map(([id, cause, needle, source, example]) =>
      phrase({
        id,
        cause,
        match: [needle],
        scope: "any",
        strength: "strong",
        source,
        example,
        note: "The page's explanation of its code, after the reply line it explains (the page prints them apart): the words name the cause where the code is missing.",
      }),
    ),
    phrase({
      id: "vade-threat-list",
      cause: "ip-blocklisted",
      match: ["blocked by vade threat list", "listed on the vade threat network list"],
      scope: "any",
      strength: "strong",
      source: OXSEU,
      example: "550 5.7.1 Connection refused - [IP_ADDRESS] blocked by Vade Threat List",
      note: "The reply without its code: Vade's own IP blocklist.",
    }),
    phrase({
      id: "validity-blocklist",
      cause: "ip-blocklisted",
      match: ["blocked by validity", "listed on a validity blocklist"],
      scope: "any",
      strength: "strong",
      source: OXSEU,
      example:
        "550 5.7.1 Connection refused - [IP_ADDRESS] blocked by Validity - https://senderscore.org/blocklist-lookup/",
      note: "The reply without its code: Validity's (Sender Score) IP blocklist.",
    }),
    phrase({
      id: "spamhaus-check-link",
      cause: "ip-blocklisted",
      match: ["check.spamhaus.org/results"],
      also: ["connection refused"],
      scope: "any",
      strength: "strong",
      source: OXSEU,
      example:
        "550 5.7.1 Connection refused - IP_ADDRESS - https://check.spamhaus.org/results?query=IP_ADDRESS",
      note: "The reply without its code (OXSEU _111): the sending IP is on a Spamhaus blocklist; the link looks the address up.",
    }),
    phrase({
      id: "oxsus-403",
      cause: "recipient-unknown",
      match: [/\boxs(?:us|eu)[0-9]{0,4}_403\b/, /\belnk[0-9]{0,4}_403\b/],
      source: SUPED_403,
      example: "550 5.7.1 Connection refused OXSUS0001_403",
      verbatim: false,
      note: "Possible causes, as the article reads Vade's postmaster page: the recipient (or the customer domain) does not exist on the platform, or the address given in RCPT TO is not a valid address. Either way the address as written cannot be delivered to; the reply line ('550 5.7.1 Connection refused' with the code) is put together from the article's words.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The stored copies of Vade's postmaster pages end after the first rows (EarthLink inbound at _133, outbound at _20x, OXSUS at _136, OXSEU at _130); later codes (2xx to 5xx: HELO, sender, recipient, content, size) are not entered. Open-Xchange's own knowledge-base page (confluence-public.open-xchange.com, 'Mail Server error codes of OX App Suite Cloud and OX AppSuite Managed MX handlers') lists reasons (invalid DNS entry, sender domain, SPF, unknown recipient, spam, size, messages per session, recipients, content) but its stored copy lost the code column.",
  ],
};
