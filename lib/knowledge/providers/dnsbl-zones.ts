// Public DNS blocklists that have no operator table of their own, and the wordings receivers
// use when a DNSBL lookup refuses the client (RFC 5782 describes the lookup, not the reply
// text). A named IP list means ip-blocklisted; a named domain list (URIBL, SURBL) means
// domain-blocklisted. Zones and pages come from ../shared/research/dnsbl-catalog.json (each
// list's own "source" pages); the reply lines around them are reconstructed (verbatim: false),
// as receivers word them differently, except where a public thread quotes a whole refusal. Moved here from the first cut's signatures/blocklists.ts.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const FORM =
  "The list's name (its DNS zone) in a receiver's reply; receivers word the rest of the line in their own ways.";

const dnsbl = entryKit("dnsbl");
const RFC5782 = page(
  "https://www.rfc-editor.org/rfc/rfc5782",
  "RFC 5782: DNS Blacklists and Whitelists",
);
const URIBL = page("https://uribl.com/refused.shtml", "URIBL: why was my message refused");
const SURBL = page("http://www.surbl.org/lists", "SURBL Lists");
const SORBS = page(
  "https://github.com/apache/spamassassin/blob/trunk/rules/20_dnsbl_tests.cf",
  "SpamAssassin 20_dnsbl_tests.cf (DNSBL zones it queries)",
);
const DRONEBL = page("https://dronebl.org/docs/howtouse", "DroneBL: how to use");
const NIXSPAM = page(
  "https://github.com/luids-io/xlist-database/blob/master/services/dnsxl/manitu-net.json",
  "xlist-database: manitu.net (NiX Spam) zone",
);
const ZEROSPAM = page(
  "https://0spam.org/how-does-the-0spam-service-work",
  "0spam: how does the service work",
);
const S5H = page("http://www.s5h.net/rblcheck", "s5h.net RBL check");
const SOVEREIGN_45 = page(
  "https://github.com/sovereign/sovereign/issues/45",
  "SORBS rejected an email from my parents' gmail account (sovereign/sovereign #45)",
  "stored thread (issues corpus); a Postfix log line, the reply within it",
);
const MICROMASTERS_2958 = page(
  "https://github.com/mitodl/micromasters/issues/2958",
  "Mailgun blacklist errors (mitodl/micromasters #2958)",
  "stored thread (issues corpus)",
);

export const DNSBL_ZONES_TABLE: ProviderTable = {
  provider: "dnsbl",
  identity: {
    provider: "dnsbl",
    name: "A public DNS blocklist",
    hosts: [],
    source: RFC5782,
  },
  phrases: [
    dnsbl.phrase({
      id: "uribl-surbl-domain",
      cause: "domain-blocklisted",
      match: [
        "multi.uribl.com",
        "black.uribl.com",
        "uribl",
        "blacklisted url in message",
        "sender domain listed at",
      ],
      scope: "any",
      strength: "strong",
      source: URIBL,
      example:
        "554 5.7.1 Service unavailable; Sender address [a@example.com] blocked using multi.uribl.com",
      verbatim: false,
      note: `${FORM} URIBL and SURBL list domains (in links and senders), not IP addresses: the domain must be cleaned and delisted.`,
    }),
    dnsbl.phrase({
      id: "surbl-zone",
      cause: "domain-blocklisted",
      match: ["multi.surbl.org", "surbl"],
      scope: "any",
      strength: "strong",
      source: SURBL,
      example: "554 5.7.1 Message rejected: URL example.com listed at multi.surbl.org",
      verbatim: false,
      note: FORM,
    }),
    dnsbl.phrase({
      id: "sorbs",
      cause: "ip-blocklisted",
      match: ["dnsbl.sorbs.net", "sorbs.net"],
      scope: "any",
      strength: "strong",
      source: SOVEREIGN_45,
      example:
        "554 5.7.1 Service unavailable; Client host [209.85.223.172] blocked\n    using dnsbl.sorbs.net; Currently Sending Spam\n    See: http://www.sorbs.net/lookup.shtml?209.85.223.172;",
      note: `A receiver's Postfix refusing the client because SORBS listed it, as the thread quotes it (zone as ${SORBS.title} lists it). SORBS was shut down in June 2024 and its zones emptied: a receiver still naming it should stop querying it.`,
    }),
    dnsbl.phrase({
      id: "dronebl",
      cause: "ip-blocklisted",
      match: ["dnsbl.dronebl.org", "dronebl.org"],
      scope: "any",
      strength: "strong",
      source: DRONEBL,
      example: "554 5.7.1 Client host [192.0.2.1] blocked using dnsbl.dronebl.org",
      verbatim: false,
      note: FORM,
    }),
    dnsbl.phrase({
      id: "nixspam",
      cause: "ip-blocklisted",
      match: ["ix.dnsbl.manitu.net"],
      scope: "any",
      strength: "strong",
      source: MICROMASTERS_2958,
      example:
        "Server response: 550 550 rejected because 198.61.254.12 is in a black list at ix.dnsbl.manitu.net Your e-mail service was detected by spam.over.port25.me (NiX Spam) as spamming at Mon, 27 Mar 2017 14:52:05 +0200. Your admin should visit http://www.dnsbl.manitu.net/lookup.php?value=198.61.254.12",
      note: `A receiver's refusal naming NiX Spam (zone as ${NIXSPAM.title} gives it), as a Mailgun log in the thread quotes it: the sending IP was caught spamming by NiX Spam's traps. NiX Spam was discontinued in January 2025: a receiver still naming it should stop querying it.`,
    }),
    dnsbl.phrase({
      id: "0spam",
      cause: "ip-blocklisted",
      match: ["bl.0spam.org"],
      scope: "any",
      strength: "strong",
      source: ZEROSPAM,
      example: "554 5.7.1 Client host [192.0.2.1] blocked using bl.0spam.org",
      verbatim: false,
      note: FORM,
    }),
    dnsbl.phrase({
      id: "s5h",
      cause: "ip-blocklisted",
      match: ["all.s5h.net"],
      scope: "any",
      strength: "strong",
      source: S5H,
      example: "554 5.7.1 Client host [192.0.2.1] blocked using all.s5h.net",
      verbatim: false,
      note: FORM,
    }),
    dnsbl.phrase({
      id: "other-ip-zones",
      cause: "ip-blocklisted",
      match: [
        "cbl.abuseat.org",
        "abuseat.org",
        "dnsbl.justspam.org",
        "truncate.gbudb.net",
        "spam.dnsbl.anonmails.de",
        "rbl.interserver.net",
        "hostkarma",
        "dsbl.org",
        "njabl.org",
        "dnsbl.spfbl.net",
        "backscatterer.org",
        "csi.cloudmark.com",
        "cloudmark csi",
        // The same list by its full name (GoDaddy's IB103 "a poor reputation on Cloudmark Sender
        // Intelligence (CSI)", providers/godaddy.ts; Proofpoint's "blocked using Cloudmark Sender
        // Intelligence", providers/proofpoint.ts): a reputation held by a third party's list is
        // that list's listing, delisted at csi.cloudmark.com, not the receiver's own judgement.
        "cloudmark sender intelligence",
      ],
      scope: "any",
      strength: "strong",
      source: RFC5782,
      example: "554 5.7.1 Client host [192.0.2.1] blocked using cbl.abuseat.org",
      verbatim: false,
      note: `${FORM} A DNSBL zone names an IP list (RFC 5782 section 2); the sending IP is on it.`,
    }),
    dnsbl.phrase({
      id: "lookup-refused",
      cause: "ip-blocklisted",
      match: [
        // Postfix's reject_rbl_client reply, "blocked using $rbl_domain" (postconf(5),
        // default_rbl_reply): a DNS zone follows. Without one the words name no list ("553
        // Blocked using spam pattern, your message may contain the spam contents",
        // rjbs/Mail-DeliveryStatus-BounceParser t/corpus/spam-rejection9.msg, is a content
        // filter's); a list named otherwise (Spamhaus, Barracuda) is read by its own entry.
        /\bblocked using (?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}\b/,
        "blacklisted by",
        // A list that names itself a DNSBL: "550 5.7.1 Your message (sent through 209.85.132.244)
        // was blocked by ROTA DNSBL. If you are not a spammer, open http://www.rota.lv/DNSBL ..."
        // (crazy-max/CwsMailBounceHandler tests/emls/bounce_571_003.eml, a real refusal).
        /\bblocked by [a-z0-9.-]{1,40} dnsbl\b/,
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
      // A domain list's zone in the same reply names the listed thing: the domain. So does
      // Postfix's reply to an RHSBL check of a name, which says what it looked up ("Service
      // unavailable; Sender address [bounce@example.net] blocked using dbl.example.org",
      // smtpd_check.c reject_rhsbl_sender, _helo, _recipient).
      unless: [
        "uribl",
        "surbl",
        "dbl.spamhaus",
        "sender address [",
        "helo command [",
        "recipient address [",
      ],
      scope: "any",
      strength: "strong",
      source: RFC5782,
      example:
        "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.example.org",
      verbatim: false,
      note: 'A receiver refused the client after a DNSBL lookup (RFC 5782): the sending IP is on a list the reply names. Postfix\'s reject_rbl_client writes "blocked using <zone>".',
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The lists' pages were not read from stored copies: zones and pages as dnsbl-catalog.json gives them. The SORBS and NiX Spam refusals are quoted from public issue threads; the others stay reconstructed around the zone.",
  ],
};
