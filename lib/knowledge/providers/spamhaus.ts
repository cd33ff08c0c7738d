// Spamhaus (ZEN = SBL + CSS + XBL + PBL for IPs; DBL and ZRD for domains), from Spamhaus's own
// pages. Receivers quote the list's zone and Spamhaus's TXT answer in their refusal, so the
// entries match the zone names and Spamhaus's URLs, whatever MTA wrote the line. Spamhaus also
// answers with error codes when the receiver queried it wrongly (through a public resolver, or
// too often): the receiver's MTA may then refuse mail as if the sender were listed, but the
// fault is the receiver's DNS set-up, which the error text says.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const USAGE = page("https://www.spamhaus.org/faqs/dnsbl-usage/", "DNSBL Usage FAQ (Spamhaus)");
const PBL = USAGE;
const DBL = page(
  "https://www.spamhaus.org/blocklists/domain-blocklist/",
  "Domain Blocklist (DBL) (Spamhaus)",
);
const RETURNC_VOL = page(
  "https://www.spamhaus.org/returnc/vol/",
  "Your DNS query was blocked: excessive number of queries (Spamhaus)",
);
const LOOKUP = page(
  "http://www.spamhaus.org/lookup.lasso",
  "Listed by Spamhaus? Here's what to do... (Spamhaus)",
  "stored copy (pages corpus)",
);
const RETURN_CODES = page(
  "https://www.spamhaus.org/news/article/788/",
  "Spamhaus DNSBL return codes: technical update",
  "stored copy (pages corpus)",
);
const OUTLOOK_QUOTE = page(
  "https://www.e-com-net.com/article/1935771633256034304.htm",
  "邮件反弹(退信):发信域被Spamhaus列入黑名单,直接导致退信",
  "stored copy (pages corpus)",
);
const MAILSCANNER_634 = page(
  "https://github.com/MailScanner/v5/issues/634",
  "Mailing list issue ? (MailScanner/v5 #634)",
  "stored thread (issues corpus)",
);
const SENDGRID_6275 = page(
  "https://github.com/sendgrid/docs/issues/6275",
  "Ip banned (sendgrid/docs #6275)",
  "stored thread (issues corpus)",
);
const FORM =
  "Postfix's reply form (postconf default_rbl_reply) around Spamhaus's TXT answer; reconstructed.";
// Answers that are no listing: Spamhaus's error codes for the resolver that asked, and Sendmail's
// FEATURE(dnsbl) deferral when the query itself failed ("451 4.4.3 Temporary lookup failure of
// 192.0.2.1 at zen.spamhaus.org", cf/feature/dnsbl.m4, signatures/sendmail.ts): the zone is named
// as the list that could not be asked.
const ERR = [
  "error: open resolver",
  "returnc/",
  "excessive number of queries",
  "temporary lookup failure",
] as const;

const { phrase } = entryKit("spamhaus");

export const SPAMHAUS_TABLE: ProviderTable = {
  provider: "spamhaus",
  identity: {
    provider: "spamhaus",
    name: "Spamhaus (blocklist operator)",
    hosts: ["spamhaus.org", "spamhaus.net", "spamhaus.com"],
    markers: ["spamhaus.org", "spamhaus.net"],
    source: USAGE,
  },
  phrases: [
    phrase({
      id: "zen-ip",
      cause: "ip-blocklisted",
      match: [
        /\b(?:zen|sbl|xbl|sbl-xbl|css)\.spamhaus\.(?:org|net)\b/,
        "spamhaus.org/query/ip",
        "spamhaus.org/sbl/query",
        "spamhaus.org/query/bl",
        "check.spamhaus.org/listed",
        "check.spamhaus.org/query",
        /listed (?:in|on|by) (?:the )?spamhaus (?:zen|sbl|xbl|css)/,
      ],
      unless: [...ERR, "dbl.spamhaus", "pbl.spamhaus", "spamhaus.org/pbl"],
      scope: "any",
      source: LOOKUP,
      example: "550 5.7.1 Email rejected because 1.2.3.4 is listed by zen.spamhaus.org",
      note: "Spamhaus's page gives this as 'a typical reject message from a server using Spamhaus' spam-blocking system'; Postfix's own form is 'Client host [ip] blocked using zen.spamhaus.org; <TXT answer>'.",
    }),
    phrase({
      id: "pbl",
      cause: "ip-blocklisted",
      match: ["pbl.spamhaus.org", "spamhaus.org/pbl", /spamhaus (?:pbl|policy block list)/],
      unless: [...ERR],
      scope: "any",
      source: PBL,
      example:
        "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using pbl.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1",
      verbatim: false,
      note: `${FORM} The PBL lists address ranges that should not send mail directly (dynamic, residential): not a spam verdict. Send through the provider's relay, or have the range's owner update it.`,
    }),
    phrase({
      id: "dbl-domain",
      cause: "domain-blocklisted",
      match: [
        "dbl.spamhaus.org",
        "spamhaus.org/query/domain",
        /spamhaus dbl\b/,
        "zrd.spamhaus.org",
      ],
      unless: [...ERR],
      scope: "any",
      source: DBL,
      example:
        "554 5.7.1 Service unavailable; Sender address [a@example.com] blocked using dbl.spamhaus.org; https://www.spamhaus.org/query/domain/example.com",
      verbatim: false,
      note: `${FORM} A domain in the sender address, the HELO or the message's links is on the DBL (ZRD: a newly registered domain).`,
    }),
    phrase({
      id: "mailfrom-domain-listed",
      cause: "domain-blocklisted",
      match: ["mailfrom domain is listed in spamhaus"],
      unless: [...ERR],
      scope: "any",
      source: OUTLOOK_QUOTE,
      example:
        "550 5.7.1\nService unavailable, MailFrom domain is listed in Spamhaus. To request\nremoval from this list see https://www.spamhaus.org/query",
      note: "Outlook.com's refusal (host hotmail-com.olc.protection.outlook.com in the quoted bounce) when the envelope sender's domain is on a Spamhaus domain list (DBL); the page quotes the whole Postfix bounce.",
    }),
    phrase({
      id: "outlook-blocked-using-spamhaus",
      cause: "ip-blocklisted",
      match: ["blocked using spamhaus. to request removal from this list see"],
      unless: [...ERR],
      scope: "any",
      source: SENDGRID_6275,
      example:
        "550 5.7.1 Service unavailable, Client host [50.31.49.41] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/50.31.49.41 (AS3130). [VE1EUR01FT062.eop-EUR01.prod.protection.outlook.com]",
      note: "Microsoft's (Exchange Online / Outlook.com) refusal of an IP that Spamhaus lists; the link names the IP to look up and delist at Spamhaus.",
    }),
    phrase({
      id: "error-open-resolver",
      cause: "remote-server-error",
      match: ["error: open resolver", "spamhaus.org/returnc/pub"],
      scope: "any",
      source: MAILSCANNER_634,
      example:
        "said: 554 5.7.1 Service unavailable; Client host [37.x.y.z] blocked\n    using zen.spamhaus.org; Error: open resolver;\n    https://www.spamhaus.org/returnc/pub/44.192.176.0 (in reply to RCPT TO\n    command)",
      note: "A receiver's refusal as the sender pasted it. Not a listing (Spamhaus's return-code table: '127.255.255.254 Any Query via public/open resolver'): the receiving server asked Spamhaus through a public DNS resolver, Spamhaus answered with an error code (127.255.255.254), and the receiver's MTA treated it as a listing. The receiver's administrator must fix their DNS (or use a DQS key).",
    }),
    phrase({
      id: "error-excessive-queries",
      cause: "remote-server-error",
      match: ["spamhaus.org/returnc/vol", "error: excessive number of queries"],
      scope: "any",
      source: RETURNC_VOL,
      example:
        "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; Error: excessive number of queries; https://www.spamhaus.org/returnc/vol/192.0.2.53",
      verbatim: false,
      note: "Not a listing (Spamhaus's return-code table: '127.255.255.255 Any Excessive number of queries'): the receiving server's resolver passed Spamhaus's free query limit (127.255.255.255). The receiver must fix it.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    `The typical reject line is from Spamhaus's lookup page; the return-code table (${RETURN_CODES.url}) and returnc/vol were read, but no Spamhaus page prints a whole reply with the error texts or the PBL/DBL lines: those stay reconstructed (verbatim: false) from Postfix's reply form.`,
  ],
};
