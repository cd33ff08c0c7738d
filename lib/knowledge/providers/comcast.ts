// Comcast / Xfinity (comcast.net), from Comcast's postmaster page "Mail delivery error codes"
// (postmaster.comcast.net/mail-error-codes.html, stored copy) and Xfinity's "Email error codes"
// help article. Refusals carry a block code (ES000001, BL000000, ...) and a link to its FAQ; the
// page lists codes with their meaning: each code's example is the page's row (code and text) as
// printed, and whole reply lines where a page prints them. Comcast moved consumer mail to Yahoo in 2025: newer refusals
// for comcast.net come from Yahoo's servers and read as Yahoo's.
import type { CauseId } from "@/lib/causes/causes";
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const CODES = page(
  "http://postmaster.comcast.net/mail-error-codes.html",
  "Mail to Comcast is rejected and is returned with an error message (Comcast Postmaster)",
  "stored copy (pages corpus)",
);
const SECURITY = page(
  "http://security.comcast.net/get-help/Mail-Delivery-Error-Messages.aspx",
  "What are Comcast's Mail Delivery Error Codes?",
  "stored copy (pages corpus)",
);

const BUSINESS = page(
  "https://business.comcast.com/help-and-support/internet/email-bounce-back-messages/",
  "Email bounce back messages (Comcast Business)",
  "stored copy (pages corpus)",
);
const BL004 = page(
  "http://www.behosting.com/compleat/knowledgebase.php?action=displayarticle&id=44",
  "Comcast's BL004 FAQ, as a hosting provider's knowledge base reproduces it (behosting.com)",
  "stored copy (pages corpus)",
);

const FIELD_MANUAL_65 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/pull/65",
  "Add two 554 error messages from Comcast (ActiveCampaign/smtp-field-manual #65)",
  "stored thread (issues corpus)",
);

const SFM_450 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/450.json",
  "SMTP Field Manual: 450 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/450.json",
);
const SFM_452 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/452.json",
  "SMTP Field Manual: 452 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/452.json",
);
const SFM_550 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json",
  "SMTP Field Manual: 550 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/550.json",
);
const SFM_NOTE =
  "The reply as ActiveCampaign's SMTP Field Manual records it (a public, curated list of replies seen in bounces).";

const { phrase } = entryKit("comcast");

const ROWS: readonly (readonly [string, CauseId, string, string?])[] = [
  [
    "ES000001",
    "ip-blocklisted",
    "This error results when mail delivery is attempted from Comcast's dynamic/residential space.",
    "Comcast's own residential range: send through smtp.comcast.net.",
  ],
  [
    "ES000010",
    "ip-blocklisted",
    "This error results when mail delivery is attempted from external dynamic/residential space.",
    "The IP looks dynamic (often: its reverse DNS is not a static-style name): have the sending server's provider fix its PTR or send through a relay.",
  ],
  [
    "BL000000",
    "bad-reputation",
    "This error results when mail delivery is attempted from addresses that sent mail in patterns characteristic of spam.",
    "Comcast's own block list.",
  ],
  [
    "BL000001",
    "ip-blocklisted",
    "This error results when mail delivery is attempted from addresses that are listed on the Spamhaus Zen Blocklist.",
  ],
  [
    "BL000010",
    "ip-blocklisted",
    "This error results when mail delivery is attempted from addresses that are listed on Cloudmark CSI.",
  ],
  [
    "BL000011",
    "ip-blocklisted",
    "This error results when mail delivery is attempted from addresses that are listed on the Spamhaus Zen blocklist and Cloudmark CSI.",
  ],
  [
    "BL000100",
    "ip-blocklisted",
    "This error results when mail delivery is attempted from addresses that are listed on the SenderScore blocklist.",
  ],
  [
    "BL000101",
    "ip-blocklisted",
    "This error results when mail delivery is attempted from addresses that are listed on the Spamhaus Zen blocklist and the SenderScore blocklist.",
  ],
  [
    "BL000110",
    "ip-blocklisted",
    "This error results when mail delivery is attempted from addresses that are listed on the SenderScore blocklist and Cloudmark CSI.",
  ],
];

export const COMCAST_TABLE: ProviderTable = {
  provider: "comcast",
  identity: {
    provider: "comcast",
    name: "Comcast / Xfinity",
    hosts: ["comcast.net", "xfinity.com"],
    markers: [/\b(?:es0000(?:01|10)|bl0{3}[01]{3}|bl00[467])\b/, "help.comcast.net/content/faq/"],
    source: CODES,
  },
  phrases: [
    ...ROWS.map(([code, cause, meaning, note]) =>
      phrase({
        id: code.toLowerCase(),
        cause,
        match: [new RegExp(`\\b${code.toLowerCase()}\\b`)],
        source: CODES,
        // The page's own row, code then text, as the stored copy prints it.
        example: `${code} ${meaning}`,
        note: `The page's row for the code; Comcast's refusals carry the code and link its FAQ.${note ? ` ${note}` : ""}`,
      }),
    ),
    phrase({
      id: "bl004",
      cause: "bad-reputation",
      match: [/\bbl004\b/],
      source: BL004,
      example:
        "Mail to Comcast is rejected and is returned with an error message containing the code BL004. What does this mean?\n\nYou have been identified for sending spam into the Comcast domain.",
      note: "An older Comcast code: its filters saw mail from the server in patterns characteristic of spam and blocked the server (Comcast's own block, not a public list); removal is by request once the cause is fixed.",
    }),
    phrase({
      id: "bl006",
      cause: "ip-blocklisted",
      match: [/\bbl006\b/],
      source: BUSINESS,
      example:
        "Mail to Comcast is rejected and is returned with an error message containing the code BL006. What does this mean?\n\nYour mail could not be delivered because your mail provider is listed on the Spamhaus SBL/XBL.",
      note: "An older Comcast code: the sending IP is on Spamhaus's SBL/XBL; delist at Spamhaus.",
    }),
    phrase({
      id: "bl007",
      cause: "ip-blocklisted",
      match: [/\bbl007\b/],
      source: BUSINESS,
      example:
        "Mail to Comcast is rejected and is returned with an error message containing the code BL007. What does this mean?\n\nYour email could not be delivered because your email provider is listed on the Cloudmark Sender Intelligence (CSI).",
      note: "An older Comcast code: the sending IP is on Cloudmark Sender Intelligence; request a reset at Cloudmark.",
    }),
    phrase({
      id: "ptr-required",
      cause: "reverse-dns",
      match: ["comcast requires that all mail servers must have a ptr record"],
      source: FIELD_MANUAL_65,
      example:
        "554 resimta-po-02v.sys.comcast.net comcast 192.0.2.1 Comcast requires that all mail servers must have a PTR record with a valid Reverse DNS entry.",
      note: "The sending IP has no PTR record (or one that does not resolve back): its owner must publish reverse DNS.",
    }),
    phrase({
      id: "block-for-spam",
      cause: "bad-reputation",
      match: ["comcast block for spam"],
      source: FIELD_MANUAL_65,
      example:
        "554 imta14.emeryville.ca.mail.comcast.net comcast 192.0.2.2 Comcast block for spam.",
      note: "Comcast's own block on the sending IP for spam it saw from it (not a public blocklist).",
    }),
    phrase({
      id: "too-many-sessions",
      cause: "rate-limited",
      match: ["too many sessions opened"],
      source: SECURITY,
      example: "421 - [Too many sessions opened]",
      note: "Comcast allows 10 simultaneous connections.",
    }),
    phrase({
      id: "reverse-dns-failure",
      cause: "reverse-dns",
      match: ["reverse dns failure : try again later"],
      source: SECURITY,
      example: "421 - [Reverse DNS failure : Try again later]",
      note: "Comcast requires a valid rDNS for every sending IP.",
    }),
    phrase({
      id: "dmarc-dm000001",
      cause: "authentication-failure",
      match: ["message rejected due to dmarc", "dm000001"],
      source: SFM_550,
      example:
        "smtp;550 5.2.0 Message rejected due to DMARC. Please see http://postmaster.comcast.net/smtp-error-codes.php#DM000001",
      note: `${SFM_NOTE} The message failed DMARC for a sending domain whose policy is reject.`,
    }),
    phrase({
      id: "not-our-customer",
      cause: "recipient-unknown",
      match: ["5.1.1 not our customer"],
      source: SFM_550,
      example: "smtp;550 5.1.1 Not our Customer",
      note: `${SFM_NOTE} The address is not a Comcast mailbox.`,
    }),
    phrase({
      id: "mailbox-unallocated",
      cause: "recipient-unknown",
      match: ["recipient mailbox unallocated"],
      source: SFM_550,
      example: "smtp;550 5.1.1 <example@comcast.net> recipient mailbox unallocated",
      note: `${SFM_NOTE} The comcast.net address does not exist (or no longer exists).`,
    }),
    phrase({
      id: "too-many-recent-messages",
      cause: "rate-limited",
      match: ["too many recent messages; try again later"],
      source: SFM_452,
      example: "smtp;452 4.1.1 <example@comcast.net> too many recent messages; Try again later",
      note: `${SFM_NOTE} The recipient is receiving mail faster than Comcast allows: retry later.`,
    }),
    phrase({
      id: "user-over-quota",
      cause: "mailbox-full",
      match: ["user over quota", "extended quota violation"],
      source: SFM_452,
      example: "smtp;452 4.1.1 <example@comcast.net> user over quota",
      note: `${SFM_NOTE} The recipient's mailbox is full; Comcast's permanent form reads 'recipient rejected - extended quota violation' (552).`,
    }),
    phrase({
      id: "recipient-temporarily-unavailable",
      cause: "remote-server-error",
      match: ["- recipient temporarily unavailable"],
      source: SFM_450,
      example: "smtp;450 4.2.0 <example@comcast.net> - Recipient temporarily unavailable",
      note: `${SFM_NOTE} A temporary failure at Comcast for that mailbox: the sending server retries.`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The RL (rate limit) codes' rows, and the text of BL000111, were not in the stored excerpts; they are not entered.",
  ],
};
