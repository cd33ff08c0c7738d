// Spamhaus (ZEN = SBL + CSS + XBL + PBL for IPs; DBL and ZRD for domains), from Spamhaus's own
// pages. Receivers quote the list's zone and Spamhaus's TXT answer in their refusal, so the
// entries match the zone names and Spamhaus's URLs, whatever MTA wrote the line. Spamhaus also
// answers with error codes when the receiver queried it wrongly (through a public resolver, or
// too often): the receiver's MTA may then refuse mail as if the sender were listed, but the
// fault is the receiver's DNS set-up, which the error text says.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const USAGE = page("https://www.spamhaus.org/faqs/dnsbl-usage/", "DNSBL Usage FAQ (Spamhaus)");
const ZEN = USAGE;
const PBL = USAGE;
const DBL = page(
  "https://www.spamhaus.org/blocklists/domain-blocklist/",
  "Domain Blocklist (DBL) (Spamhaus)",
);
const RETURNC_PUB = page(
  "https://www.spamhaus.org/returnc/pub/",
  "Your DNS query was blocked: public/open resolver (Spamhaus)",
  "the error text as MTAs quote it, in public repositories (find_string 'returnc/pub')",
);
const RETURNC_VOL = page(
  "https://www.spamhaus.org/returnc/vol/",
  "Your DNS query was blocked: excessive number of queries (Spamhaus)",
);
const FORM =
  "Postfix's reply form (postconf default_rbl_reply) around Spamhaus's TXT answer; reconstructed.";
const ERR = ["error: open resolver", "returnc/", "excessive number of queries"] as const;

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
      source: ZEN,
      example:
        "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1",
      verbatim: false,
      note: FORM,
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
      id: "error-open-resolver",
      cause: "remote-server-error",
      match: ["error: open resolver", "spamhaus.org/returnc/pub"],
      scope: "any",
      source: RETURNC_PUB,
      example:
        "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/162.158.148.77",
      verbatim: false,
      note: "Not a listing: the receiving server asked Spamhaus through a public DNS resolver, Spamhaus answered with an error code (127.255.255.254), and the receiver's MTA treated it as a listing. The receiver's administrator must fix their DNS (or use a DQS key).",
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
      note: "Not a listing: the receiving server's resolver passed Spamhaus's free query limit (127.255.255.255). The receiver must fix it.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Spamhaus's TXT answers and return-code pages were not read from stored copies; the replies are reconstructed (verbatim: false) from MTA reply forms and the error texts as MTAs quote them.",
  ],
};
