// AT&T (att.net, bellsouth.net, sbcglobal.net and the other legacy AT&T domains), from AT&T's
// postmaster "Error Message Summary" pages (rbl.att.net/block_enduser.html and the Worldnet
// copies, stored). AT&T moved its consumer domains' MX to Yahoo in 2025 (mx-att.mail.am0.yahoodns.net):
// newer refusals for these domains are Yahoo's, and read as Yahoo's.
import type { CauseId } from "@/lib/causes/causes";
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const SUMMARY = page(
  "http://worldnet.att.net/general-info/bls_info/block_enduser.html",
  "Error Message Summary (AT&T Mailblock Inquiry)",
  "stored copies (pages corpus; also rbl.att.net/block_enduser.html)",
);
const ENDUSER = page(
  "http://www.att.net/general-info/mail_info/block_enduser.html",
  "AT&T Worldnet: Individual Users (NDR 450 / 550 errors)",
  "stored copy (pages corpus)",
);

const SMB_REJECTS = page(
  "https://www.att.com/support/smallbusiness/article/smb-email-support/KM1189242/",
  "Email server rejects your email message (AT&T Small Business support)",
  "stored copy (pages corpus); the page puts placeholders for the address, subject and server",
);

const SMB_BANNED = page(
  "https://www.att.com/support/smallbusiness/article/smb-internet/KM1191756/",
  'Why am I receiving email errors like "Service Unavailable" and "Your Domain Is Banned"? (AT&T Small Business support)',
  "stored copy (pages corpus)",
);

const SFM_550 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json",
  "SMTP Field Manual: 550 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/550.json",
);
const SFM_NOTE =
  "The reply as ActiveCampaign's SMTP Field Manual records it (a public, curated list of replies seen in bounces).";

const NET_ERRORS = page(
  "http://www.postmaster.bellsouth.net/error.htm",
  "E-mail Error List (AT&T Postmaster Information Website, BellSouth)",
  "stored copy (pages corpus)",
);
const NET_NOTE =
  "One of BellSouth's numbered notifications ('net 00n'), as AT&T's postmaster error list names it.";

const { phrase } = entryKit("att");

/** [number, cause, the list's text, what the page says]. */
const NET_ROWS: readonly (readonly [string, CauseId, string, string])[] = [
  [
    "001",
    "bad-reputation",
    "net 001: You are not allowed to send e-mail to ADDRESS.",
    "The page: a sender who is not an AT&T customer may be blocked because of an abuse situation.",
  ],
  [
    "003",
    "remote-server-error",
    "net 003: The recipient has one or more forwarding addresses which are invalid.",
    "The page: the recipient set up forwarding to an address that does not work; only the recipient can fix it (reach them another way).",
  ],
  [
    "005",
    "protocol-syntax",
    "net 005: The e-mail message uses 8-bit or binary encoding and the destination mail system does not support this encoding.",
    "The message must be sent in a 7-bit encoding the destination accepts.",
  ],
  [
    "006",
    "message-too-large",
    "net 006: Your e-mail message is larger than the destination mail system is able to accept.",
    "The message is over the destination's size limit.",
  ],
  [
    "007",
    "relay-denied",
    "net 007: Your current IP address is not allowed to relay to DOMAIN.",
    "The sending IP may not relay mail through AT&T to that domain.",
  ],
  [
    "008",
    "reverse-dns",
    "net 008: The IP you are sending from does not have a valid revers DNS entry.",
    "The sending IP has no valid reverse DNS (PTR) record.",
  ],
];

export const ATT_TABLE: ProviderTable = {
  provider: "att",
  identity: {
    provider: "att",
    name: "AT&T / BellSouth",
    hosts: ["att.net", "bellsouth.net", "sbcglobal.net", "prodigy.net", "pacbell.net"],
    markers: ["att.net/blocks", "dc=bellsouth, dc=net", "att.net/general-info/bls_info"],
    source: SUMMARY,
  },
  phrases: [
    phrase({
      id: "505-authentication-required",
      cause: "relay-denied",
      match: ["505 authentication required"],
      source: SMB_REJECTS,
      example:
        "Server Response: '505 Authentication required', Port: 25, Secure(SSL): No, Server Error: 505, Error Number: 0x800CCC78",
      note: "AT&T's page: the server cannot verify the sender because SMTP authentication is turned off in the mail program; turn it on (the refusal of an unauthenticated submission, not of the recipient).",
    }),
    phrase({
      id: "421-dns-lookup-failure",
      cause: "reverse-dns",
      match: ["421-failure in dns look-up", "failure in dns look-up"],
      source: SUMMARY,
      example: "421-failure in DNS look-up.",
      note: "The page: no DNS information for the sending system (its IP needs a valid reverse DNS entry).",
    }),
    phrase({
      id: "450-busy",
      cause: "remote-server-error",
      match: ["busy--please try again later"],
      source: SUMMARY,
      example: "450 busy--Please try again later",
      note: "AT&T's servers were short of resources; the sender retries.",
    }),
    phrase({
      id: "521-is-blocked",
      cause: "bad-reputation",
      match: [/^521 <?[0-9a-f.:]{3,45}>? is blocked|\b521 <[0-9a-f.:]{3,45}> is blocked/],
      source: SUMMARY,
      example: "521 <0.0.0.0> is blocked",
      note: "The sending system was identified as a source of spam (AT&T's own block).",
    }),
    phrase({
      id: "550-suspend",
      cause: "mailbox-disabled",
      match: ["[suspend] mailbox currently suspended"],
      source: SUMMARY,
      example: "550 [suspend] Mailbox currently suspended--Please contact correspondent directly.",
    }),
    phrase({
      id: "550-permfail-sender-domain",
      cause: "sender-address-invalid",
      match: ["[permfail]", "requires valid sender domain"],
      source: SUMMARY,
      example: "550 [permfail] bellsouth.net requires valid sender domain",
      note: "The page: AT&T could not verify the sending system; its DNS information must be corrected.",
    }),
    phrase({
      id: "550-unauthorized-interface",
      cause: "ip-blocklisted",
      match: ["unauthorized interface for"],
      source: SUMMARY,
      example: "550 unauthorized interface for <0.0.0.0.>",
      note: "Not a recognised mail source (typically a dynamic range): send through a registered mail system.",
    }),
    phrase({
      id: "550-ldap-rblmx",
      cause: "bad-reputation",
      match: ["blocked by ldap:ou=rblmx"],
      source: SUMMARY,
      example: "550 <0.0.0.0.> blocked by ldap:ou=rblmx, dc=bellsouth, dc=net",
      note: "AT&T's own block for spam-like behaviour: request removal after fixing it.",
    }),
    phrase({
      id: "550-blocked-for-abuse",
      cause: "bad-reputation",
      match: ["blocked for abuse"],
      source: ENDUSER,
      example: "550 Error. Blocked for abuse",
      note: "The sending system sent high levels of spam to AT&T customers in the past.",
    }),
    phrase({
      id: "550-unknown-sender",
      cause: "reverse-dns",
      match: ["blocked for status: <unknown sender>"],
      source: ENDUSER,
      example: "550 Error. Blocked for status: <unknown sender>",
      note: "No DNS records identify the sending system (the page points at reverse DNS delegation, RFC 2317).",
    }),
    phrase({
      id: "prodigy-addressee-unknown",
      cause: "recipient-unknown",
      match: ["... addressee unknown, relay="],
      source: SFM_550,
      example: "smtp;550 5.2.1 <EXAMPLE@PRODIGY.NET>... Addressee unknown, relay=[x.xx.xx.xx]",
      note: `${SFM_NOTE} The AT&T (prodigy.net / sbcglobal) address does not exist.`,
    }),
    phrase({
      id: "blank-mailhost",
      cause: "recipient-unknown",
      match: ["blank mailhost - invalid address"],
      source: SFM_550,
      example:
        "smtp;550 5.2.1 <example@prodigy.net>... blank mailhost - invalid address, relay=[x.xx.xx.xx]",
      note: `${SFM_NOTE} The recipient address is not valid at AT&T.`,
    }),
    phrase({
      id: "no-valid-sender-domain-rdns",
      cause: "reverse-dns",
      match: ["connections not accepted from servers without a valid sender domain"],
      source: SFM_550,
      example:
        "smtp;550 5.7.1 Connections not accepted from servers without a valid sender domain. ## Fix reverse DNS for x.xx.xx.xx",
      note: `${SFM_NOTE} AT&T wants the sending IP's reverse DNS to name a valid domain: publish a PTR record for it.`,
    }),
    phrase({
      id: "your-domain-is-banned",
      cause: "sender-policy",
      match: ["your domain is banned"],
      scope: "any",
      source: SMB_BANNED,
      example: "Your domain is banned",
      note: "The page: returned mail with this error means the receiving domain has blocked mail from the sender's domain (providers block by domain or by IP address). The receiver's own block of the sending domain; ask the receiver (or the sender's provider) about it.",
    }),
    ...NET_ROWS.map(([n, cause, text, note]) =>
      phrase({
        id: `net-${n}`,
        cause,
        match: [new RegExp(`\\bnet ${n}: `)],
        scope: "any",
        source: NET_ERRORS,
        example: text,
        note: `${NET_NOTE} ${note}`,
      }),
    ),
  ],
  statusReadings: [],
  missingPages: [
    "The current AT&T postmaster pages (and the net 001-009 list) were read only in excerpts; the codes entered are from the stored Mailblock summary, and the submission refusal from AT&T's small-business support page.",
  ],
};
