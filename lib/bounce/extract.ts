// Extractors for the whole bounce: IP addresses, host names, domains, blocklist zones and
// provider codes. Each pattern matches one bounded token; none nests quantifiers.
import {
  BLOCKLIST_OPERATOR_ZONES,
  BLOCKLIST_ZONE_LABELS,
  KNOWN_BLOCKLIST_ZONES,
  joinReplyContinuations,
} from "./blocklist-zones";
import { holdsLiteral, literal, type Literal } from "./find-literal";
import { literalGrams, type GramSet } from "./gram-set";
import {
  boundaryHopIp,
  namedAsClient,
  namedAsReceiving,
  namedAsSendingSide,
  type IpReading,
} from "./ip-roles";
import { PROVIDER_CODE_PATTERNS } from "./provider-codes";
import type { ProviderCode } from "./types";
import { isIP, unmapIPv4 } from "@/lib/net/ip";

// Not the first labels of a host name: "222.2.0.192.neko.example.co.th" (a Received field's
// name for 192.0.2.222) and "1.2.0.192.in-addr.arpa" name no address 222.2.0.192 or 1.2.0.192.
const IPV4 =
  /(?<![\d.])((?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})(?![\d]|\.[\dA-Za-z-])/g;
// IPv6: hex groups and colons, at least two colons; validated after matching.
// Not followed by a dot and a digit: "::ffff:127.0.0.1" is one address, not "::ffff:127".
const IPV6_CANDIDATE =
  /(?<![\w:.])((?:IPv6:)?[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?::\d{1,3}(?:\.\d{1,3}){3})?)(?![\w:]|\.\d)/g;
const HOST =
  /(?<![\w.@-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,10}[A-Za-z]{2,24})(?![\w-]|\.[A-Za-z0-9])/g;
/** HOST tried at one place only (see extractHosts). */
const HOST_AT = new RegExp(HOST.source, "y");
const EMAIL_DOMAIN =
  /@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,10}[A-Za-z]{2,24})(?![\w-])/g;
// "\s*(?::\s*)?", not "\s*:?\s*": two runs of the same blanks, side by side, let the engine split
// a long run of spaces every way before it gives up (quadratic: "see" and 200,000 spaces took 26 s).
const ZONE_WORDING =
  /(?:blocked using|listed (?:at|on|in|by)|blacklisted (?:at|on|by)|blocklisted (?:at|on|by)|RBL|DNSBL|rejected by|see)\s*(?::\s*)?\(?((?:[A-Za-z0-9-]{1,63}\.){1,6}[A-Za-z]{2,24})/gi;

// Words that look like host names but are file names or protocol words.
const NOT_HOSTS =
  /\.(?:txt|eml|html?|php|aspx?|jsp|png|gif|jpe?g|pdf|zip|exe|doc|docx|xls|js|css|cgi|pl|py|sh|msg|dat|log|id)$/i;
const TOP_LEVEL =
  /\.(?:com|net|org|edu|gov|mil|int|info|biz|io|co|us|uk|de|fr|jp|nl|ru|cn|br|it|es|ca|au|ch|se|no|fi|dk|pl|be|at|cz|in|kr|tw|hk|sg|nz|za|mx|ar|cl|eu|me|tv|cc|ly|ai|app|dev|test|example|invalid|localhost|local|zone|[a-z]{2})$/i;

/** Lists at most this long are made unique without a Set. */
const SMALL_LIST = 16;

/**
 * The values of the lists in order, each once (its first place): what [...new Set([...a, ...b])]
 * gives, without the spreads' iterators and copies.
 */
function uniq(values: readonly string[], more: readonly string[] = []): string[] {
  const out: string[] = [];
  // A bounce names a few hosts and domains: a search of the short list costs less than a Set.
  // Past SMALL_LIST values (a long transcript), the Set keeps the work linear.
  if (values.length + more.length <= SMALL_LIST) {
    for (let k = 0; k < values.length; k++) if (!out.includes(values[k]!)) out.push(values[k]!);
    for (let k = 0; k < more.length; k++) if (!out.includes(more[k]!)) out.push(more[k]!);
    return out;
  }
  const seen = new Set<string>();
  for (const list of [values, more])
    for (const v of list)
      if (!seen.has(v)) {
        seen.add(v);
        out.push(v);
      }
  return out;
}

/**
 * Every token the patterns above match is made of the characters [A-Za-z0-9_.@:-], and their
 * look-arounds only look at those characters; what is outside a maximal run of them satisfies
 * every look-around as the run's edge does. So each pattern finds, inside the runs, exactly
 * what it finds in the whole text: the runs are found once per text, in one loop, and only
 * those holding a dot, an at sign or two colons are searched (most of a bounce is words).
 */
const RUN = 1;
const DOT = 2;
const AT = 4;
const COLON = 8;
const DIGIT = 16;
/**
 * What each ASCII character is to a run: 0 outside one, else RUN and the one class of the
 * character the lists ask about (a dot, an at sign, a colon, a digit). One table look-up a
 * character tells both whether the run goes on and what it adds.
 */
const RUN_CLASS = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (!/[A-Za-z0-9_.@:-]/.test(ch)) continue;
    t[c] =
      RUN | (ch === "." ? DOT : ch === "@" ? AT : ch === ":" ? COLON : /\d/.test(ch) ? DIGIT : 0);
  }
  return t;
})();

interface Runs {
  /**
   * [start, end) pairs of runs where a dot is followed by two letters: every host name ends so.
   * A run that also holds a colon is given as [start, -end]: a host name may start after it.
   */
  lettered: number[];
  /** Runs with three dots or more and a digit: every IPv4 address has them. */
  numbered: number[];
  /** Runs with an at sign and a dot followed by a run character. */
  addressed: number[];
  /** Runs with two colons or more. */
  colons: number[];
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

let lastText: string | null = null;
let lastRuns: Runs | null = null;

/**
 * Drops the memo of the last text's runs: a server worker calls it (through
 * ./forget-input.ts) once a diagnosis is answered, so that no pasted text outlives its request.
 */
export function forgetLastRuns(): void {
  lastText = null;
  lastRuns = null;
}

/** RUN_CLASS of a character code (0 for any non-ASCII one). */
function runClass(c: number): number {
  return c < 128 ? RUN_CLASS[c]! : 0;
}

/**
 * Every run that a list keeps holds a dot or a colon, so the runs are found from those: each
 * dot or colon (indexOf, native) is widened to its run, and the run is read once. The words in
 * between, most of a bounce, are never read character by character.
 */
function runsOf(text: string): Runs {
  if (lastRuns && lastText === text) return lastRuns;
  const runs: Runs = { lettered: [], numbered: [], addressed: [], colons: [] };
  const n = text.length;
  let nextDot = text.indexOf(".");
  let nextColon = text.indexOf(":");
  while (nextDot !== -1 || nextColon !== -1) {
    const seed = nextColon === -1 || (nextDot !== -1 && nextDot < nextColon) ? nextDot : nextColon;
    // The first dot or colon of its run (none lies between the last run and it) and the run's
    // last character ("end.", "Subject:"): the run holds one dot or one colon and nothing after
    // it, which no list keeps (no pattern matches a dot that ends a run). Most seeds in a
    // bounce's prose are such.
    if (seed + 1 >= n || runClass(text.charCodeAt(seed + 1)) === 0) {
      if (seed === nextDot) nextDot = text.indexOf(".", seed + 1);
      else nextColon = text.indexOf(":", seed + 1);
      continue;
    }
    // The run's start, before the seed: no dot or colon there (the seed is the first after the
    // last run), so an at sign and digits are all that part can add.
    let start = seed;
    let seen = 0;
    while (start > 0) {
      const k = runClass(text.charCodeAt(start - 1));
      if (k === 0) break;
      seen |= k;
      start--;
    }
    let dots = 0;
    let colons = 0;
    let lettered = false;
    let i = seed;
    for (; i < n; i++) {
      const k = runClass(text.charCodeAt(i));
      if (k === 0) break;
      seen |= k;
      if (k === (RUN | DOT)) {
        dots++;
        if (
          !lettered &&
          isAsciiLetter(text.charCodeAt(i + 1)) &&
          isAsciiLetter(text.charCodeAt(i + 2))
        )
          lettered = true;
      } else if (k === (RUN | COLON)) colons++;
    }
    if (lettered) runs.lettered.push(start, colons > 0 ? -i : i);
    if (dots >= 3 && (seen & DIGIT) !== 0) runs.numbered.push(start, i);
    if (dots > 0 && (seen & AT) !== 0) runs.addressed.push(start, i);
    if (colons >= 2) runs.colons.push(start, i);
    // The run is read: the next seeds lie after it.
    if (nextDot !== -1 && nextDot < i) nextDot = text.indexOf(".", i);
    if (nextColon !== -1 && nextColon < i) nextColon = text.indexOf(":", i);
  }
  lastText = text;
  lastRuns = runs;
  return runs;
}

/**
 * Calls `found` with each match of a global pattern inside the given runs (group 1, and its
 * index in the whole text). The pattern's lastIndex is reset on every run; matchAll would
 * clone the pattern for every run.
 */
function eachMatch(
  text: string,
  runs: number[],
  pattern: RegExp,
  found: (group: string, index: number) => void,
): void {
  for (let k = 0; k < runs.length; k += 2) {
    const start = runs[k]!;
    const run = text.slice(start, runs[k + 1]!);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(run); m; m = pattern.exec(run)) found(m[1]!, start + m.index);
  }
}

/**
 * Wording just before four dotted numbers that makes them a software version, not an address:
 * Received fields name the relay's build there. Momentum (Ecelerity) writes "(ecelerity 2.2.3.46
 * r())" and "r(Momo-dev:3.5.1.0)" (LoneStarInternet/mail_manager bounce-over-quota.txt,
 * sendgrid/go-gmime gmime/fixtures/DSN-spam.eml); Exchange "Microsoft SMTP Server (TLS) id
 * 14.3.123.3" and "Microsoft SMTP Server id 8.2.255.0"; IIS "Microsoft SMTPSVC(6.0.3790.211)".
 */
const VERSION_BEFORE =
  /(?:\becelerity[ \t]|\br\([A-Za-z0-9_.-]{0,40}:|\bSMTPSVC\(|(?:\bServer|\))[ \t]{1,4}id[ \t])$/i;

/** Whether the dotted numbers that start at `at` are a version (VERSION_BEFORE). */
function namedAsVersion(text: string, at: number): boolean {
  return VERSION_BEFORE.test(text.slice(Math.max(0, at - 48), at));
}

/** IP addresses in the text: those the wording names as the sending side's first, then the rest in order. */
export function extractIps(text: string): string[] {
  return extractIpRoles(text).ips;
}

/**
 * Each IP address of the text, read once, and the party its words name (ip-roles.ts). `ips`: all
 * of them, those the words put on the sending side first, the receiving server's last.
 * `receiving`: those named only as the server connected to or that answered, never the sender's.
 * `sending`: those the notice names as the refusing server's client, in order, then the Received
 * hop into the recipients' domain (boundaryHopIp), none of `receiving`.
 */
export function extractIpRoles(text: string, reading: IpReading = {}) {
  const leaning: string[] = [];
  const out: string[] = [];
  const receiving: string[] = [];
  // The addresses named as the client, after where they start: IPv4 and IPv6 are found apart.
  const clients: { at: number; ip: string }[] = [];
  const runs = runsOf(text);
  eachMatch(text, runs.numbered, IPV4, (ip, at) => {
    if (namedAsVersion(text, at)) return;
    const list = namedAsSendingSide(text, at)
      ? leaning
      : namedAsReceiving(text, at)
        ? receiving
        : out;
    list.push(ip);
    if (namedAsClient(text, at, at + ip.length, reading)) clients.push({ at, ip });
  });
  out.unshift(...leaning);
  const colons = runs.colons;
  for (let k = 0; k < colons.length; k += 2) {
    const start = colons[k]!;
    const end = colons[k + 1]!;
    // A run that is a time of day ("12:30:45": most runs with two colons, from the Date and
    // Received fields) holds one candidate, itself (no candidate starts after a digit or a
    // colon), which is no address: not searched, no match made.
    if (isTimeRun(text, start, end)) continue;
    const run = text.slice(start, end);
    IPV6_CANDIDATE.lastIndex = 0;
    for (let m = IPV6_CANDIDATE.exec(run); m; m = IPV6_CANDIDATE.exec(run)) {
      const candidate = m[1]!;
      // Only a candidate that starts with an "I" can have the prefix to take off.
      const first = candidate.charCodeAt(0) | 0x20;
      const v = (first === 0x69 ? candidate.replace(IPV6_PREFIX, "") : candidate).toLowerCase();
      // "::", the unspecified address (RFC 4291 §2.5.2), is no party's, and a bare "::" is prose.
      if (isIP(v) !== 6 || v === "::") continue;
      const at = start + m.index + m[0].indexOf(candidate);
      (namedAsReceiving(text, at) ? receiving : out).push(v);
      // An IPv4-mapped client ("[::ffff:192.0.2.1]", as Courier writes it) is its IPv4 address.
      if (namedAsClient(text, at, at + candidate.length, reading))
        clients.push({ at, ip: unmapIPv4(v) ?? v });
    }
  }
  const ips = uniq([...out, ...receiving]);
  const named = new Set(leaning);
  const notSending = receiving.length === 0 ? [] : uniq(receiving.filter((ip) => !named.has(ip)));
  const sending = uniq(clients.sort((a, b) => a.at - b.at).map((c) => c.ip));
  const hop = reading.recipients ? boundaryHopIp(text, reading.recipients) : null;
  if (hop && !sending.includes(hop)) sending.push(hop);
  return {
    ips,
    receiving: notSending,
    sending: notSending.length === 0 ? sending : sending.filter((ip) => !notSending.includes(ip)),
  };
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Whether text[start, end) is a time of day: one or two digits, ":", two digits, ":", two. */
function isTimeRun(text: string, start: number, end: number): boolean {
  const h = end - start === 8 ? 2 : end - start === 7 ? 1 : 0;
  if (h === 0) return false;
  for (let i = 0; i < h; i++) if (!isDigitCode(text.charCodeAt(start + i))) return false;
  const c = start + h;
  return (
    text.charCodeAt(c) === 0x3a &&
    isDigitCode(text.charCodeAt(c + 1)) &&
    isDigitCode(text.charCodeAt(c + 2)) &&
    text.charCodeAt(c + 3) === 0x3a &&
    isDigitCode(text.charCodeAt(c + 4)) &&
    isDigitCode(text.charCodeAt(c + 5))
  );
}

const IPV6_PREFIX = /^IPv6:/i;

export function extractHosts(text: string): string[] {
  const out: string[] = [];
  // A name is judged once: the Received fields repeat the same few hosts.
  const judged = new Set<string>();
  const found = (name: string) => {
    const host = name.toLowerCase();
    if (judged.has(host)) return;
    judged.add(host);
    if (!NOT_HOSTS.test(host) && TOP_LEVEL.test(host)) out.push(host);
  };
  const lettered = runsOf(text).lettered;
  for (let k = 0; k < lettered.length; k += 2) {
    const start = lettered[k]!;
    const end = lettered[k + 1]!;
    if (end < 0) {
      // A colon in the run: a name may also start after it. Searched as before, in the run.
      eachMatch(text, [start, -end], HOST, found);
      continue;
    }
    // HOST's look-behind lets a name start only where the character before is none of
    // [A-Za-z0-9_.@-]: in a run without a colon, at the run's start alone, and one name at most
    // (after it, the run's characters are all of those). Tried there, in place.
    // test, not exec: the name (group 1) is the whole match, from the start to where the
    // search stopped, and no match array is made.
    HOST_AT.lastIndex = start;
    if (HOST_AT.test(text)) found(text.slice(start, HOST_AT.lastIndex));
  }
  return out;
}

export function extractDomains(text: string, hosts: string[]): string[] {
  const out: string[] = [];
  eachMatch(text, runsOf(text).addressed, EMAIL_DOMAIN, (domain) => out.push(domain.toLowerCase()));
  return uniq(out, hosts);
}

const KNOWN_ZONES = new Set(KNOWN_BLOCKLIST_ZONES);
const ZONE_LABEL = new RegExp(`(?:^|\\.)(?:${BLOCKLIST_ZONE_LABELS.join("|")})\\b`);
/**
 * A zone label, any case. A zone that wording names holds a dot followed by letters, and a label
 * of ZONE_LABEL: it lies in a run of address characters with a dot before two letters (a
 * lettered run), and that run holds the label. Without a label in any lettered run, no wording
 * can name a zone.
 */
const ZONE_LABEL_ANYWHERE = new RegExp(
  // Without the labels that hold another (rbl, dnsbl, surbl, uribl, dronebl, spfbl hold "bl"):
  // the same texts match, with fewer branches tried at each place (measured on the dev
  // corpus's lettered runs under Maglev: 1.9 us a message instead of 2.1).
  BLOCKLIST_ZONE_LABELS.filter(
    (label) => !BLOCKLIST_ZONE_LABELS.some((other) => other !== label && label.includes(other)),
  ).join("|"),
  "i",
);

/** Whether a lettered run holds a zone label (see ZONE_LABEL_ANYWHERE). */
function labelInLetteredRun(text: string): boolean {
  const lettered = runsOf(text).lettered;
  for (let k = 0; k < lettered.length; k += 2)
    if (ZONE_LABEL_ANYWHERE.test(text.slice(lettered[k], Math.abs(lettered[k + 1]!)))) return true;
  return false;
}
/** Any operator's name: without one, no operator wording can match. */
const OPERATOR_ANYWHERE = new RegExp(Object.keys(BLOCKLIST_OPERATOR_ZONES).join("|"), "i");
/** The operators' names as grams (they are ASCII), to rule them out without reading the text. */
const OPERATOR_GRAMS = Object.keys(BLOCKLIST_OPERATOR_ZONES).map((name) =>
  literalGrams(name.toLowerCase()),
);
const OPERATOR_WORDING = Object.entries(BLOCKLIST_OPERATOR_ZONES).map(
  ([operator, zone]) =>
    [
      new RegExp(`(?:listed|blocked|blacklisted|blocklisted)[^\\n]{0,80}\\b${operator}\\b`, "i"),
      zone,
    ] as const,
);

/**
 * Blocklist zones named in the text; `hosts` are the host names already extracted from it.
 * `grams`, when given, holds every gram of the lower-cased text (GramSet.load of it, or of
 * a text that contains it): operator names it lacks are not searched for.
 */
export function extractBlocklistZones(
  text: string,
  hosts: string[] = extractHosts(text),
  grams?: GramSet,
): string[] {
  const out: string[] = hosts.filter((h) => KNOWN_ZONES.has(h));
  // The wordings are read on the replies with their continuation lines joined: a list named on
  // a reply's next line ("blocked using\n554-Barracuda Reputation") is named all the same.
  let joined: string | null = null;
  if (labelInLetteredRun(text))
    for (const m of (joined ??= joinReplyContinuations(text)).matchAll(ZONE_WORDING)) {
      const zone = m[1]!.toLowerCase();
      // Wording alone names a zone only when it looks like a DNSBL, not a web page or a host.
      if (ZONE_LABEL.test(zone) && !out.includes(zone)) out.push(zone);
    }
  if (
    out.length === 0 &&
    (!grams || OPERATOR_GRAMS.some((g) => grams.mayHold(g))) &&
    OPERATOR_ANYWHERE.test(text)
  ) {
    joined ??= joinReplyContinuations(text);
    for (const [wording, zone] of OPERATOR_WORDING) if (wording.test(joined)) out.push(zone);
  }
  return uniq(out);
}

/**
 * PROVIDER_CODE_PATTERNS as few patterns as their flags allow (one per set of flags besides g):
 * a text that none of a group's patterns matches (most texts) is searched once for the group
 * instead of once per pattern, and the group's first match, the leftmost match of any of its
 * patterns, is where each of them starts searching (look-behinds still see the text before it).
 */
const PROVIDER_CODE_GROUPS: RegExp[] = [];
/**
 * For each group, the literals one of which every match of its patterns holds, or null when a
 * pattern has none: a text with none of them is not searched for the group.
 */
const PROVIDER_CODE_LITERALS: (Literal[] | null)[] = [];
/** For each pattern of PROVIDER_CODE_PATTERNS, the index of its group. */
const PROVIDER_CODE_GROUP_OF: number[] = (() => {
  const byFlags = new Map<string, string[]>();
  const flagsOf = PROVIDER_CODE_PATTERNS.map((p) => p.pattern.flags.replace("g", ""));
  PROVIDER_CODE_PATTERNS.forEach((p, k) => {
    // Each source in a group of its own: the alternation cannot reach into a pattern.
    byFlags.set(flagsOf[k]!, [...(byFlags.get(flagsOf[k]!) ?? []), `(?:${p.pattern.source})`]);
  });
  const groups = [...byFlags.keys()];
  for (const flags of groups) {
    PROVIDER_CODE_GROUPS.push(new RegExp(byFlags.get(flags)!.join("|"), flags));
    const members = PROVIDER_CODE_PATTERNS.filter((_, k) => flagsOf[k] === flags);
    PROVIDER_CODE_LITERALS.push(
      // Prepared for holdsLiteral, a faster includes (find-literal.ts).
      members.every((p) => p.literal) ? members.map((p) => literal(p.literal!)) : null,
    );
  }
  return flagsOf.map((flags) => groups.indexOf(flags));
})();

/** Whether the text holds one of the literals; true for null (no literal to rule it out). */
function holdsAny(text: string, literals: readonly Literal[] | null): boolean {
  if (literals === null) return true;
  for (let k = 0; k < literals.length; k++) if (holdsLiteral(text, literals[k]!)) return true;
  return false;
}

export function extractProviderCodes(text: string): ProviderCode[] {
  const out: ProviderCode[] = [];
  const seen = new Set<string>();
  // Each group's first match: -2 not searched yet, -1 none.
  const firsts: number[] = [];
  for (let g = 0; g < PROVIDER_CODE_GROUPS.length; g++) firsts.push(-2);
  // An indexed loop: a callback per pattern would be a closure made per text.
  for (let k = 0; k < PROVIDER_CODE_PATTERNS.length; k++) {
    const { provider, pattern } = PROVIDER_CODE_PATTERNS[k]!;
    const group = PROVIDER_CODE_GROUP_OF[k]!;
    if (firsts[group] === -2)
      firsts[group] = holdsAny(text, PROVIDER_CODE_LITERALS[group]!)
        ? (PROVIDER_CODE_GROUPS[group]!.exec(text)?.index ?? -1)
        : -1;
    const first = firsts[group]!;
    if (first < 0) continue;
    pattern.lastIndex = first;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // An empty match would be found again at the same place (none of the patterns has one).
      if (m[0] === "") pattern.lastIndex++;
      const code = m[1]!;
      const key = `${provider}:${code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const start = m.index + m[0].indexOf(code);
      out.push({ provider, code, span: { start, end: start + code.length } });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
