// DNS blocklist zones a bounce may name. Zones and lists from each operator's own pages
// (Spamhaus https://docs.spamhaus.com/datasets/docs/source/40-real-world-usage/PublicMirrors/MTAs/020-Postfix.html,
// SpamCop https://www.spamcop.net/fom-serve/cache/291.html, Barracuda https://www.barracudacentral.org/rbl/how-to-use,
// UCEPROTECT https://www.uceprotect.net/en/index.php?m=6&s=11, SORBS, Mailspike, PSBL, SURBL, URIBL, DroneBL,
// NiX Spam, 0spam, s5h; collected in ../shared/research/dnsbl-catalog.json).
// A zone is also recognised from wording ("blocked using X", "listed at X"); this list adds
// names mentioned without such wording and keeps generic words from being taken for zones.

export const KNOWN_BLOCKLIST_ZONES: string[] = [
  "zen.spamhaus.org",
  "sbl.spamhaus.org",
  "xbl.spamhaus.org",
  "pbl.spamhaus.org",
  "dbl.spamhaus.org",
  "sbl-xbl.spamhaus.org",
  "bl.spamcop.net",
  "b.barracudacentral.org",
  "bb.barracudacentral.org",
  "dnsbl-1.uceprotect.net",
  "dnsbl-2.uceprotect.net",
  "dnsbl-3.uceprotect.net",
  "psbl.surriel.com",
  "bl.mailspike.net",
  "multi.surbl.org",
  "multi.uribl.com",
  "black.uribl.com",
  "dnsbl.sorbs.net",
  "spam.dnsbl.sorbs.net",
  "dul.dnsbl.sorbs.net",
  "dnsbl.dronebl.org",
  "ix.dnsbl.manitu.net",
  "bl.0spam.org",
  "all.s5h.net",
  "cbl.abuseat.org",
  "combined.mail.abusix.zone",
  "dnsbl.spfbl.net",
  "truncate.gbudb.net",
  "bl.spameatingmonkey.net",
  "hostkarma.junkemailfilter.com",
  "rbl.interserver.net",
  "spamrbl.imp.ch",
  "list.dnswl.org",
];

/**
 * Labels that make a name that wording points at ("blocked using X", "listed at X") a blocklist
 * zone rather than a web page or a host: the generic bl, rbl and dnsbl, and the operators' own
 * domain labels (the zones above). Plain words: they are joined into a pattern as they are.
 */
export const BLOCKLIST_ZONE_LABELS: readonly string[] = [
  "bl",
  "rbl",
  "dnsbl",
  "spamhaus",
  "spamcop",
  "barracudacentral",
  "uceprotect",
  "sorbs",
  "surbl",
  "uribl",
  "mailspike",
  "abuseat",
  "abusix",
  "dronebl",
  "manitu",
  "surriel",
  "0spam",
  "spfbl",
  "s5h",
];

/** Operators whose name alone, in "listed on Spamhaus", points to a list (no zone named). */
export const BLOCKLIST_OPERATOR_ZONES: Record<string, string> = {
  spamhaus: "zen.spamhaus.org",
  spamcop: "bl.spamcop.net",
  barracuda: "b.barracudacentral.org",
  uceprotect: "dnsbl-1.uceprotect.net",
  sorbs: "dnsbl.sorbs.net",
  abuseat: "cbl.abuseat.org",
};

/** A line that a multi-line reply continues (RFC 5321 section 4.2.1: "554-" until "554 "). */
const CONTINUED_LINE = /^[ \t]*(\d{3})-/;
/** The prefix of a reply's next line, with the enhanced status some servers repeat on each. */
const CONTINUATION_PREFIX = /^[ \t]*(\d{3})[- ](?:[245]\.\d{1,3}\.\d{1,3}[ \t]+)?/;

/**
 * The text with each multi-line reply's lines joined into one ("554-... blocked using\n554-Barracuda
 * Reputation;" reads "... blocked using Barracuda Reputation;") and lines wrapped by indentation
 * (Postfix's and Exim's bounces fold a long reply onto indented lines) joined to the line before:
 * a list named in a reply is named across its lines. Other line breaks are kept, so that wording
 * on one line does not reach a name on the next unrelated one.
 */
export function joinReplyContinuations(text: string): string {
  const lines = text.split("\n");
  let out = lines[0]!;
  let code = CONTINUED_LINE.exec(out)?.[1] ?? null;
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!;
    const prefix = code === null ? null : CONTINUATION_PREFIX.exec(line);
    if (prefix && prefix[1] === code) {
      out = `${out.replace(/\r$/, "")} ${line.slice(prefix[0].length)}`;
      if (line.charAt(prefix[0].indexOf(code) + 3) !== "-") code = null;
    } else if (/^[ \t]+\S/.test(line) && out.length > 0) {
      out = `${out.replace(/\r$/, "")} ${line.trim()}`;
    } else {
      out += `\n${line}`;
      code = CONTINUED_LINE.exec(line)?.[1] ?? null;
    }
  }
  return out;
}
