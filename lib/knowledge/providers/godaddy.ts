// GoDaddy / Secureserver.net email (Workspace Email, Microsoft 365 from GoDaddy inbound relays),
// from GoDaddy's help page on bounce (IB) codes (stored copies, read from its start). Sisimai's
// GoDaddy module quotes each row of the page (the reply, what it means, what to do); the IB replies
// below are those quotes, re-joined where they were wrapped.
import { entryKit, page } from "./entry-kit";
import type { CauseId } from "@/lib/causes/causes";
import type { ProviderTable } from "./types";

const IB = page(
  "https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685",
  "Fix rejected email with a bounce error (GoDaddy Help)",
  "stored copies (pages corpus: sg.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685 and help-center.dc-aws.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685, read from the start to the invalid-recipient rows); the IB rows as quoted in repo sisimai/p5-sisimai lib/Sisimai/Rhost/GoDaddy.pm",
);

const SMTP_CODES = page(
  "https://smtp.codes/godaddy",
  "GoDaddy (smtp.codes)",
  "repo fm/smtp-codes data/codes/*.json (the site's source)",
);
const SMTP_CODES_NOTE =
  "The reply as smtp.codes lists it for GoDaddy (a public, curated collection of providers' replies, after ActiveCampaign's SMTP Field Manual).";

const { phrase } = entryKit("godaddy");

interface IbRow {
  code: string;
  reply: string;
  cause: CauseId;
  also?: string;
  note?: string;
}

// Each IB code is GoDaddy's own; the code alone names the row.
const ROWS: readonly IbRow[] = [
  {
    code: "IB401",
    reply: "535 Authentication not allowed on IBSMTP Servers. IB401",
    cause: "relay-denied",
    note: "The mail client uses GoDaddy's inbound servers to send: set the outgoing server to smtpout.secureserver.net.",
  },
  {
    code: "IB501",
    reply:
      "550 jane@coolexample.com Blank From: addresses are not allowed. Provide a valid From. IB501",
    cause: "protocol-syntax",
  },
  {
    code: "IB502",
    reply:
      "550 jane@coolexample.com IP addresses are not allowed as a From: Address. Provide a valid From. IB502",
    cause: "protocol-syntax",
  },
  {
    code: "IB506",
    reply: "550 coolexample.com From: Domain is invalid. Provide a valid From: IB506",
    cause: "sender-address-invalid",
    note: "The sender's domain has no valid MX or A record, or its DNS lookup failed.",
  },
  {
    code: "IB508",
    reply:
      "550 jane@coolexample.com Invalid SPF record. Inspect your SPF settings, and try again. IB508",
    cause: "authentication-failure",
    note: "The sender domain's SPF record does not authorise the sending server.",
  },
  {
    code: "IB108",
    reply: "421 Temporarily rejected. Reverse DNS for this IP failed. IB108",
    cause: "reverse-dns",
  },
  {
    code: "IB212",
    reply:
      "552 This message has been rejected due to content judged to be spam by the internet community. IB212",
    cause: "content-spam",
  },
  { code: "IB705", reply: "552 Virus infected message rejected. IB705", cause: "content-virus" },
  {
    code: "IB605",
    reply:
      "452 This message contains too many recipients. Reduce the number of recipients and retry. IB605",
    cause: "rate-limited",
  },
  {
    code: "IB007",
    reply:
      "421 Connection refused, too many sessions from This IP. Lower the number of concurrent sessions. IB007",
    cause: "rate-limited",
  },
  {
    code: "IB101",
    reply: "421 Server temporarily unavailable. Try again later. IB101",
    cause: "remote-server-error",
    note: "GoDaddy's queue has more mail than usual: a short delay on their side.",
  },
  {
    code: "IB110",
    reply:
      "554 This IP has been temporarily blocked for attempting to send too many messages containing content judged to be spam by the Internet community. IB110",
    cause: "bad-reputation",
    note: "Blocked for an hour for spam-like mail from the IP.",
  },
  {
    code: "IB111",
    reply:
      "554 This IP has been blocked for the day, for attempting to send too many messages containing content judged to be spam by the Internet community. IB111",
    cause: "bad-reputation",
  },
  {
    code: "IB112",
    reply:
      "554 This IP has been temporarily blocked for attempting to mail too many invalid recipients. IB112",
    cause: "bad-reputation",
    note: "Too many invalid recipients from the IP: clean the list.",
  },
  {
    code: "IB113",
    reply:
      "554 This IP has been blocked for the day, for attempting to mail too many invalid recipients. IB113",
    cause: "bad-reputation",
  },
  {
    code: "IB504",
    reply: "550 This IP has sent too many messages this hour. IB504",
    cause: "rate-limited",
  },
  {
    code: "IB510",
    reply:
      "550 This message has exceeded the max number of messages per session. Open a new session and try again. IB510",
    cause: "rate-limited",
  },
  {
    code: "IB607",
    reply: "550 This IP has sent too many to too many recipients this hour. IB607",
    cause: "rate-limited",
  },
  {
    code: "IB103",
    reply:
      "554 Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence (CSI). IB103",
    cause: "ip-blocklisted",
    note: "Listed by Cloudmark CSI: request a reset from Cloudmark.",
  },
  {
    code: "IB104",
    reply:
      "554 Connection refused. This IP address is listed on the Spamhaus Block List (SBL). IB104",
    cause: "ip-blocklisted",
  },
  {
    code: "IB105",
    reply:
      "554 Connection refused. This IP address is listed on the Exploits Block List (XBL). IB105",
    cause: "ip-blocklisted",
  },
  {
    code: "IB106",
    reply:
      "554 Connection refused. This IP address is listed on the Policy Block List (PBL). IB106",
    cause: "ip-blocklisted",
    note: "A dynamic/residential range (Spamhaus PBL): send through the provider's relay.",
  },
];

export const GODADDY_TABLE: ProviderTable = {
  provider: "godaddy",
  identity: {
    provider: "godaddy",
    name: "GoDaddy (secureserver.net)",
    hosts: ["secureserver.net", "godaddy.com"],
    markers: [/\bib\d{3}\b/],
    source: IB,
  },
  phrases: [
    ...ROWS.map((r) =>
      phrase({
        id: r.code.toLowerCase(),
        cause: r.cause,
        match: [new RegExp(`\\b${r.code.toLowerCase()}\\b`)],
        source: IB,
        example: r.reply,
        ...(r.note ? { note: r.note } : {}),
      }),
    ),
    phrase({
      id: "rbl-reject",
      cause: "ip-blocklisted",
      match: ["554 rbl reject"],
      source: IB,
      example: "554 RBL Reject.",
      note: "GoDaddy's internal blocklist: the bounce links the removal form.",
    }),
    phrase({
      id: "queue-too-long",
      cause: "remote-unreachable",
      match: ["this message has been in the queue too long"],
      scope: "any",
      // qmail-send's expiry line (qmail-send.c, signatures/qmail.ts), appended after whatever
      // temporary failure came before it: on GoDaddy's page that is the connection failure, in
      // other bounces a remote's quoted 4xx. It ranks its cause and never outvotes that reason.
      strength: "weak",
      source: IB,
      example:
        "451 Sorry, I wasn't able to establish an SMTP connection. I'm not going to try again; this message has been in the queue too long.",
    }),
    phrase({
      id: "account-storage-limit",
      cause: "mailbox-full",
      match: ["account storage limit"],
      source: IB,
      example: "Account storage limit",
      note: "The page's own name for the bounce (its 'Bounce error' column); the reply's wording around it is not given. The recipient's account is full.",
    }),
    phrase({
      id: "spam-or-virus-content",
      cause: "content-spam",
      match: ["message rejected for spam or virus content"],
      source: IB,
      example: "552 Message rejected for spam or virus content",
    }),
    phrase({
      id: "account-disabled",
      cause: "mailbox-disabled",
      match: ["account disabled"],
      source: IB,
      example: "Account disabled",
      note: "The page's own name for the bounce (its 'Bounce error' column): the recipient's account exists but takes no mail.",
    }),
    phrase({
      id: "message-is-looping",
      cause: "remote-server-error",
      match: ["this message is looping: it already has my delivered-to line"],
      scope: "any",
      source: IB,
      example: "This message is looping: it already has my Delivered-To line. (#5.4.6)",
      note: "Two addresses forward to each other: the recipient must fix the forwarding.",
    }),
    phrase({
      id: "recipient-not-found",
      cause: "recipient-unknown",
      match: ["recipient not found", "account does not exist"],
      replyCode: [550],
      source: IB,
      example: "550 Recipient not found",
    }),
    phrase({
      id: "ib301",
      cause: "protocol-syntax",
      match: [/helo\/ehlo rejected\. ib301\b/],
      scope: "any",
      source: SMTP_CODES,
      example: "HELO/EHLO rejected. IB301",
      note: `${SMTP_CODES_NOTE} GoDaddy refuses the HELO/EHLO name the sending server gave: it must be a proper host name.`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "GoDaddy's help page is stored (two copies) but was read only from its start through the recipient and invalid-recipient rows (those entries checked against it); the IB rows further down come through Sisimai's quotes of the page.",
  ],
};
