// Cox Communications (cox.net), from Cox's "Email Error Codes" page, read through Sisimai's Cox
// module, which quotes each code's meaning and remedy. The page lists codes (CXBL, CXDNS, IPBL0001,
// URLBL011, ...) with descriptions, not whole reply lines. Rows read on Cox's postmaster Error Codes
// page, replies quoted on Cox's forum and in the SMTP Field Manual are verbatim; the other codes put
// the meaning in Cox's reply form (verbatim: false). The codes are Cox's own and name the cause.
import type { CauseId } from "@/lib/causes/causes";
import { entryKit, page } from "./entry-kit";
import type { ProviderTable, SourcePage } from "./types";

const CODES = page(
  "https://www.cox.com/residential/support/email-error-codes.html",
  "Email Error Codes (Cox)",
  "codes and descriptions quoted in repo sisimai/p5-sisimai lib/Sisimai/Rhost/Cox.pm",
);
const POSTMASTER = page(
  "http://postmaster.cox.net/confluence/display/postmaster/Error+Codes",
  "Error Codes (Cox Postmaster)",
  "stored copy (pages corpus); the stored text ends within the IPBL1000 row",
);
const FORUM_CNCT = page(
  "https://forums.cox.com/discussions/internet/cox-has-marked-my-email-server-as-a-spammer---how-to-resolve/136978",
  "Cox has marked my email server as a spammer - how to resolve? (Cox forums)",
  "stored copy (pages corpus); the stored text drops the URL and addresses from the quoted reply",
);
const FORUM_SNDR = page(
  "https://forums.cox.com/discussions/internet/cox-censorship-reopened/142720",
  "Cox Censorship? Reopened! (Cox forums)",
  "stored copy (pages corpus); the stored text drops the URL and addresses from the quoted reply",
);
const FORUM_MJ = page(
  "https://forums.cox.com/discussions/internet/aupcxsndr----error-trigger-depends-upon-message-content/109845",
  "AUP#CXSNDR -- error trigger depends upon message content (Cox forums)",
  "stored copy (pages corpus); the stored text drops the URLs",
);

/** Rows whose words were read on a page: Cox's own table, or a reply quoted on Cox's forum. */
const SEEN: Readonly<Record<string, { source: SourcePage; example: string; note?: string }>> = {
  CXBL: {
    source: POSTMASTER,
    example:
      "CXBL The sending IP address has been blocked by Cox due to exhibiting spam-like behavior",
    note: "The page: submit a request with Cox's contact form; Cox decides whether to unblock.",
  },
  CDRBL: {
    source: POSTMASTER,
    example:
      "CDRBL The sending IP address has been temporarily blocked by Cox due to exhibiting behavior characteristic of spam",
    note: "The page: the block will not exceed 24 hours; inspect the traffic for spam and retry.",
  },
  IPBL0001: {
    source: POSTMASTER,
    example: "IPBL0001 The sending IP is listed in the Spamhaus Zen DNSBL.",
  },
  IPBL0010: {
    source: POSTMASTER,
    example: "IPBL0010 The sending IP is listed in the Return Path DNSBL",
  },
  IPBL0100: {
    source: POSTMASTER,
    example: "IPBL0100 The sending IP is listed in the Invaluement ivmSIP DNSBL",
  },
  IPBL1000: {
    source: POSTMASTER,
    example: "IPBL1000 The Sending IP is listed in the Cloudmark CSI DNSBL",
  },
  CXCNCT: {
    source: FORUM_CNCT,
    example:
      "Diagnostic-Code: smtp; 421 cmsmtp blocked. Refer to Error Codes section at for more information. AUP#CXCNCT: retry timeout exceeded",
    note: "Not a blocklisting (a reply in the thread): too many concurrent connections from the sending IP.",
  },
  CXSNDR: {
    source: FORUM_SNDR,
    example:
      "The server response was: <> message rejected. Refer to Error Codes section at for more information. AUP#CXSNDR",
    note: "Cox's description, as quoted on its forum: 'There was a problem with the sender's domain. Your email failed authentication checks against your sending domain's SPF, DomainKeys, or DKIM policy.'",
  },
  CXMJ: {
    source: FORUM_MJ,
    example:
      "Email sending blocked due to suspicious account activity on primary Cox account. To secure your account, please reset all Cox account passwords at Contact Cox at to remove block and reference error code AUP#CXMJ.",
    note: "Cox's text as a user quotes it on Cox's forum: the Cox account's outgoing mail is blocked until its passwords are reset and Cox removes the block.",
  },
};

const RECON = "The page gives the code and its meaning; the reply line around it is reconstructed.";

const { phrase } = entryKit("cox");

const CODE_ROWS: readonly (readonly [string, CauseId, string])[] = [
  [
    "CXBL",
    "bad-reputation",
    "The sending IP address has been blocked by Cox due to exhibiting spam-like behavior.",
  ],
  [
    "CXDNS",
    "reverse-dns",
    "There was an issue with the connecting IP address Domain Name System (DNS).",
  ],
  ["CXSNDR", "authentication-failure", "There was a problem with the sender's domain."],
  ["CXSMTP", "protocol-syntax", "There was a violation of SMTP protocol."],
  ["CXCNCT", "rate-limited", "There was a connection issue from the IP address."],
  [
    "CXMXRT",
    "rate-limited",
    "The sender has sent email to too many recipients and needs to wait before sending more email.",
  ],
  [
    "CDRBL",
    "bad-reputation",
    "The sending IP address has been temporarily blocked by Cox due to exhibiting spam-like behavior.",
  ],
  ["CXTHRT", "relay-denied", "Email sending limited due to suspicious account activity."],
  [
    "CXMJ",
    "relay-denied",
    "Email sending blocked due to suspicious account activity on primary Cox account.",
  ],
  ["IPBL0001", "ip-blocklisted", "The sending IP address is listed in the Spamhaus Zen DNSBL."],
  ["IPBL0010", "ip-blocklisted", "The sending IP is listed in the Return Path DNSBL."],
  ["IPBL0100", "ip-blocklisted", "The sending IP is listed in the Invaluement ivmSIP DNSBL."],
  ["IPBL1000", "ip-blocklisted", "The sending IP address is listed on a CSI blacklist."],
  ["IPBL00001", "ip-blocklisted", "The sending IP address is listed on a Spamhaus blacklist."],
  [
    "URLBL011",
    "domain-blocklisted",
    "A URL within the body of the message was found on blocklists SURBL and Spamhaus DBL.",
  ],
  [
    "URLBL101",
    "domain-blocklisted",
    "A URL within the body of the message was found on blocklists SURBL and ivmURI.",
  ],
  [
    "URLBL110",
    "domain-blocklisted",
    "A URL within the body of the message was found on blocklists Spamhaus DBL and ivmURI.",
  ],
  ["URLBL1001", "domain-blocklisted", "The URL is listed on a Spamhaus blacklist."],
];

export const COX_TABLE: ProviderTable = {
  provider: "cox",
  identity: {
    provider: "cox",
    name: "Cox Communications",
    hosts: ["cox.net", "cox.com"],
    markers: [
      /\b(?:cx(?:bl|dns|sndr|smtp|cnct|mxrt|thrt|mj)|cdrbl|ipbl[01]{4,5}|urlbl[01]{3,4})\b/,
    ],
    source: POSTMASTER,
  },
  phrases: [
    ...CODE_ROWS.map(([code, cause, meaning]) => {
      const seen = SEEN[code];
      return phrase({
        id: code.toLowerCase(),
        cause,
        match: [new RegExp(`\\b${code.toLowerCase()}\\b`)],
        ...(seen
          ? {
              source: seen.source,
              example: seen.example,
              ...(seen.note ? { note: seen.note } : {}),
            }
          : { source: CODES, example: `554 ${meaning} AUP#${code}`, verbatim: false, note: RECON }),
      });
    }),
    phrase({
      id: "ipbl-combined",
      cause: "ip-blocklisted",
      match: [/\bipbl[01]{4}\b/],
      source: POSTMASTER,
      example: "IPBL0011 The sending IP is in the Spamhaus Zen and Return Path DNSBLs",
      note: "IPBL codes are a bit field, each 1 a blocklist (from the left: Cloudmark CSI, ivmSIP, Return Path, Spamhaus Zen); the page lists the combinations.",
    }),
    phrase({
      id: "too-many-bad-commands",
      // The page's reason is the client's: "an email client has repeatedly sent bad commands or
      // invalid passwords", which blocks its IP address for three hours. The block is what
      // follows; the fix is the client's commands or password, not sending slower (rate-limited,
      // as this row read before: "too many messages were sent too fast" is no advice for it).
      // Servers that write the same words mean the same (sendmail's "Too many bad commands;
      // closing connection", concept.too-many-session-errors).
      cause: "protocol-syntax",
      match: ["cox too many bad commands from"],
      source: CODES,
      example: "421 cox too many bad commands from 192.0.2.1",
      verbatim: false,
      note: `${RECON} The mail client sent too many bad commands or wrong passwords, so Cox blocks its IP address for three hours: check the program's outgoing-server settings and password, then wait for the block to end.`,
    }),
    phrase({
      id: "too-many-invalid-recipients",
      cause: "bad-reputation",
      match: ["too many invalid recipients"],
      source: CODES,
      example: "550 too many invalid recipients",
      verbatim: false,
      note: `${RECON} The IP passed the threshold of invalid recipients: clean the list.`,
    }),
    phrase({
      id: "no-rdns",
      cause: "reverse-dns",
      match: ["dns check failure - try again later", "rejected - no rdns"],
      source: CODES,
      example: "421 DNS check failure - try again later",
      verbatim: false,
      note: `${RECON} Cox requires a valid PTR record for every connecting server.`,
    }),
    phrase({
      id: "forbidden-attachment",
      cause: "content-virus",
      match: ["attachment extension is forbidden"],
      source: CODES,
      example: "552 attachment extension is forbidden",
      verbatim: false,
      note: `${RECON} .exe, .scr, .js, .bat and similar attachments are refused.`,
    }),
    phrase({
      id: "no-data-before-greeting",
      cause: "protocol-syntax",
      match: ["esmtp no data before greeting"],
      source: CODES,
      example: "554 cox.net ESMTP No data before greeting",
      verbatim: false,
      note: `${RECON} The client spoke before the server's greeting.`,
    }),
    phrase({
      id: "sender-rejected",
      cause: "sender-address-invalid",
      match: ["sender rejected"],
      // Cox's reading of its own words, where its server is identified: other servers write
      // "sender rejected" for other reasons (a blocklisted IP or a failed SPF check on
      // Proofpoint Essentials, possibility-wordings.ts smtp.sender-rejected-without-reason).
      scope: "identified",
      // Cox's replies name the rule that refused in an AUP# code ("<addr> sender rejected.
      // Refer to Error Codes section at ... AUP#CDRBL"): where one follows, the code's row
      // says why, not this generic row.
      unless: [/\baup#[a-z0-9]{4,9}\b/],
      replyCode: "5xx",
      source: CODES,
      example: "550 sender rejected",
      verbatim: false,
      note: `${RECON} Cox requires the sender domain to resolve to an MX or A record.`,
    }),
    phrase({
      id: "temporarily-not-available",
      cause: "remote-server-error",
      match: ["esmtp server temporarily not available"],
      source: CODES,
      example: "421 cox.net ESMTP server temporarily not available",
      verbatim: false,
      note: RECON,
    }),
    phrase({
      id: "connection-limits",
      cause: "rate-limited",
      match: ["too many sessions from", "message threshold exceeded"],
      source: CODES,
      example: "421 too many sessions from 192.0.2.1",
      verbatim: false,
      note: `${RECON} Five concurrent connections, 100 messages per connection.`,
    }),
    phrase({
      id: "recipient-rejected",
      cause: "recipient-unknown",
      match: ["recipient rejected"],
      // Cox's reading only where Cox answered: elsewhere the same two words open a refusal
      // whose reason follows them, another cause ("552 5.1.1 <example@comcast.net> recipient
      // rejected - extended quota violation", Comcast's full mailbox: SMTP Field Manual
      // data/codes/552.json; generic.ts keeps no "recipient rejected" for this reason).
      scope: "identified",
      replyCode: "5xx",
      source: CODES,
      example: "550 recipient rejected",
      verbatim: false,
      note: `${RECON} Not a valid Cox email account.`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "cox.com email-error-codes page: not stored. Cox's postmaster Error Codes page was read up to the IPBL1000 row (those rows verbatim); CXCNCT, CXSNDR and CXMJ are quoted from Cox's forum; the other codes' meanings and the text replies (too many bad commands, no rDNS, ...) come through Sisimai's quotes, reconstructed (verbatim: false).",
  ],
};
