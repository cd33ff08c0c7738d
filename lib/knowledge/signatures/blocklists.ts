// Rejections that name a public blocklist. Sources: the lists' own pages — Spamhaus
// (https://www.spamhaus.org/faqs/dnsbl-usage/), SpamCop (https://www.spamcop.net/bl.shtml),
// Barracuda (https://www.barracudacentral.org/rbl), SORBS, UCEPROTECT, PSBL, Proofpoint, and
// ../shared/research/dnsbl-catalog.json. A named IP list means ip-blocklisted; a named
// domain list (DBL, URIBL, SURBL) means domain-blocklisted.
import type { Signature } from "./types";

export const BLOCKLIST_SIGNATURES: readonly Signature[] = [
  {
    id: "blocklists.domain-lists",
    provider: "blocklists",
    match: ["dbl.spamhaus.org", "multi.uribl.com", "black.uribl.com", "multi.surbl.org", "uribl", "surbl", "spamhaus.org/query/domain", "sender domain listed at", "dbl.spamhaus", "blacklisted url in message", "breaches local uribl policy"],
    cause: "domain-blocklisted",
    confidence: 0.95,
    source: "https://www.spamhaus.org/blocklists/domain-blocklist/",
    example: "554 5.7.1 Service unavailable; Sender address [a@example.com] blocked using dbl.spamhaus.org",
  },
  {
    id: "blocklists.spamhaus-ip",
    provider: "blocklists",
    match: ["zen.spamhaus.org", "sbl.spamhaus.org", "xbl.spamhaus.org", "pbl.spamhaus.org", "sbl-xbl.spamhaus.org", "spamhaus.org/query/ip", "spamhaus.org/sbl/query", "spamhaus.org/query/bl", "spamhaus.org/pbl", "blocked using spamhaus", "email blocked by spamhaus", "listed in spamhaus", "on spamhaus xbl", "because the ip is in spamhaus"],
    cause: "ip-blocklisted",
    confidence: 0.96,
    source: "https://www.spamhaus.org/faqs/dnsbl-usage/",
    example: "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1",
  },
  {
    id: "blocklists.spamcop",
    provider: "blocklists",
    match: ["bl.spamcop.net", "spamcop.net/bl.shtml", "spamcop.net/w3m", "spamcop's list"],
    cause: "ip-blocklisted",
    confidence: 0.96,
    source: "https://www.spamcop.net/bl.shtml",
    example: "550 5.7.1 Blocked - see http://www.spamcop.net/bl.shtml?192.0.2.1",
  },
  {
    id: "blocklists.barracuda",
    provider: "blocklists",
    match: ["b.barracudacentral.org", "barracudacentral.org", "barracuda reputation", "bbl.barracudacentral"],
    cause: "ip-blocklisted",
    confidence: 0.95,
    source: "https://www.barracudacentral.org/rbl",
    example: "554 Service unavailable; Client host [192.0.2.1] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.1",
  },
  {
    id: "blocklists.others-ip",
    provider: "blocklists",
    match: ["dnsbl.sorbs.net", "sorbs.net", "uceprotect", "psbl.surriel.com", "dnsbl-1.uceprotect.net", "bl.mailspike.net", "mailspike", "cbl.abuseat.org", "abuseat.org", "dnsbl.justspam.org", "ix.dnsbl.manitu.net", "all.s5h.net", "truncate.gbudb.net", "spam.dnsbl.anonmails.de", "bl.0spam.org", "rbl.interserver.net", "hostkarma", "dsbl.org", "njabl.org", "dnsbl.spfbl.net", "backscatterer.org", "cloudmark csi", "csi.cloudmark.com"],
    cause: "ip-blocklisted",
    confidence: 0.93,
    source: "https://www.spamhaus.org/faqs/dnsbl-usage/",
    example: "550 5.7.1 Rejected: 192.0.2.1 listed at dnsbl.sorbs.net",
  },
  {
    // A receiving server's own IP blocklist: "554 IP=<address> - A problem occurred. (Ask your
    // postmaster ...) (BL)", given in place of the greeting. Plesk's knowledge base quotes this
    // exact reply and explains it as the remote server blocking the sending IP address.
    id: "blocklists.ip-problem-occurred-bl",
    provider: "blocklists",
    match: [/ip=[0-9a-f.:]{3,45} - a problem occurred\./],
    also: ["(bl)"],
    cause: "ip-blocklisted",
    confidence: 0.85,
    source: "https://www.plesk.com/kb/support/unable-to-send-mail-in-plesk-error-554-host-refused-to-talk-to-me/",
    example: "554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact postmaster@example.org to clarify.) (BL)",
    note: "The server names the sending IP address and marks the refusal \"(BL)\": its own blocklist holds that address.",
  },
  {
    id: "blocklists.generic-rbl",
    provider: "blocklists",
    match: [
      "blocked using ",
      "blacklisted by",
      "is in a black list",
      "listed in an rbl",
      "rbl restriction",
      "dnsbl:",
      "dnsbl listed",
      "listed on a dnsbl",
      "realtime blackhole list",
      "rejected because it is listed in",
      "found in dnsbl",
      "black list at",
      "your ip address is listed",
      "ip is blacklisted",
      "ip address is blacklisted",
      "client ip is blacklisted",
      "is listed in",
      "is listed on",
    ],
    unless: ["dbl.spamhaus.org", "uribl", "surbl", "sender address ["],
    cause: "ip-blocklisted",
    confidence: 0.85,
    source: "https://www.rfc-editor.org/rfc/rfc5782",
    example: "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.example.org",
  },
];
