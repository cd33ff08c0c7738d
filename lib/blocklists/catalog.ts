// The DNS blocklists Bounce Doctor knows, as data with sources. Pure and browser-safe: the UI
// shows meanings and delisting links from here; lib/checks/blocklists.ts queries the lists.
//
// Built from ../shared/research/dnsbl-catalog.json (researched with sources). Entries the
// research marked UNCERTAIN were re-checked with the search tool on 2026-11-28; each entry's
// `verification` says what was confirmed, from where, and what was not.
//
// How answers are read (RFC 5782 §2.1-2.3): NXDOMAIN = not listed; an A record in 127.0.0.0/8
// = listed, its value = the reason; the lists' own error codes (Spamhaus 127.255.255.0/24,
// DBL 127.0.1.255, URIBL 127.0.0.1) are refusals, never listings. An answer outside 127/8
// means something between us and the list rewrote the answer: could not check.

export type BlocklistKind = "ip" | "domain";

export interface ReturnCode {
  meaning: string;
  /** How bad a listing with this code is for delivery. */
  severity: "critical" | "error" | "warning";
  /**
   * The part of a combined list this code comes from (ZEN's 127.0.0.10/11 are its PBL part):
   * a listing is named, and its removal route given, by the parts that answered, not the family.
   */
  part?: ListPart;
}

/**
 * One of the lists a combined list is made of (Spamhaus ZEN: SBL, CSS, XBL, PBL), as the list's
 * own documentation describes it. Each part has its own meaning and its own way out.
 */
export interface ListPart {
  id: string;
  /** The part's own name ("PBL"). */
  name: string;
  /** What a listing in this part says, in a few words ("end-user address space"). */
  gist: string;
  /** What ending a listing in this part takes, in plain words; read alone, so it says when. */
  delisting: string;
  /**
   * The listing is policy about the address range (end-user space that should not send mail
   * straight to MX servers), not a verdict on what was sent: the fix is the provider's relay.
   */
  endUserSpace?: true;
}

export interface BlocklistEntry {
  id: string;
  name: string;
  /**
   * For a list that combines several (its return codes name their `part`): its name without the
   * parts ("Spamhaus ZEN"), which a listing's name completes with the parts that answered.
   */
  baseName?: string;
  /** The zone queried (public mirror). */
  zone: string;
  /** Other zone names a bounce may name that belong to this list (findBlocklistByZone). */
  aliases?: string[];
  kind: BlocklistKind;
  /** Whether the list publishes IPv6 entries (queried in RFC 5782 §2.4 nibble form). */
  ipv6: boolean;
  /** "exact": each A record value has its own meaning; "bitmask": last octet is a set of bits. */
  decoding: "exact" | "bitmask";
  /** exact: "127.0.0.2" -> meaning; bitmask: bit value as string ("8") -> meaning. */
  returnCodes: Record<string, ReturnCode>;
  /** Answers that mean "the list refused or could not answer", with the reason. */
  errorCodes: Record<string, string>;
  /** Any answer in this prefix (e.g. "127.255.255.") that is not listed above is also an error. */
  errorPrefixes?: string[];
  delistUrl: string;
  /** What delisting takes, in plain words. */
  delisting: string;
  /**
   * "expires": the list takes no removal requests; a listing ends by itself once what caused
   * it ends (`delisting` says what, and who can act). "expires-paid": the same, except that
   * the operator sells an early ("express") removal, which nobody needs to buy. Otherwise
   * removal is asked at delistUrl.
   */
  removal?: "expires" | "expires-paid";
  /**
   * How long a listing lasts once what caused it stops, where the list (or the sources in
   * `sources`/`verification`) says so: when looking again can show it gone. `from` completes
   * "<hours> after …". Absent where no fixed time is documented.
   */
  expiresAfter?: { hours: number; from: string };
  /** Terms of free use, keys, registration. */
  usage: string;
  /** Queried only with a key from configuration (env var named here). */
  needsKey?: { env: string; zoneTemplate: string; note: string };
  /** With this env var set, this zone replaces `zone` (Spamhaus DQS). */
  keyedZone?: { env: string; zoneTemplate: string };
  /** Domain lists that list registrable domains only: ask for example.com, not mail.example.com. */
  registrableDomainOnly?: boolean;
  /** Part of the default set of lists queried. Component zones covered by a combined one are not. */
  queried: boolean;
  /** Shut down: never queried, shown only to explain an old bounce. */
  retired?: { since: string; note: string };
  sources: string[];
  verification: string;
}

const SPAMHAUS_ERRORS: Record<string, string> = {
  "127.255.255.252":
    "Spamhaus error code: a typing error in the DNSBL name (the query went to a wrong or malformed zone name). Not a listing.",
  "127.255.255.254":
    "Spamhaus refuses queries that come through a public/open resolver (Google, Cloudflare, OVH...). The check must run through your own resolver or with a DQS key. Not a listing.",
  "127.255.255.255":
    "Spamhaus refuses: excessive number of queries from this resolver (over the free-use limit). Not a listing.",
};

const SPAMHAUS_USAGE =
  "Public mirrors: free only for low-volume, non-commercial use and never through public/open resolvers. Otherwise the free Data Query Service (DQS): register, get a key, query <key>.<zone>.dq.spamhaus.net. Set SPAMHAUS_DQS_KEY to use it.";

const SPAMHAUS_SOURCES = [
  "https://docs.spamhaustech.com/10-data-type-documentation/datasets/040-zones.html",
  "https://www.spamhaus.org/news/article/788/",
  "https://www.spamhaus.com/resource-center/help-for-spamhaus-projects-legacy-blocklist-users",
  "https://www.spamhaus.org/returnc/vol/",
  "https://www.spamhaus.org/resource-hub/delisting/good-bye-blocklist-removal-center-hello-ip-and-domain-reputation-checker/",
];

// The DBL's own route out (spamhaus.org/dbl/, stored copy: "Simillar to the Spamhaus PBL, the DBL
// has a monitored automated self-service removal system"): none of the IP lists' SBL/PBL/XBL
// routes applies to a domain. Its return codes (127.0.1.102-106, "abused legitimate") say a
// legitimate domain lands there when others abuse it, so the first step is to find that use.
const SPAMHAUS_DBL_DELIST =
  "Look the domain (not an IP address) up in Spamhaus's IP and Domain Reputation Checker: it says why the domain is listed. The DBL lists domains seen in spam, phishing or malware, and legitimate domains that others abuse (a hacked website, a compromised mailbox, links to it in someone's spam). Find and stop that use first: clean the site, change the passwords, stop the mailing. Then request removal in the checker: like the PBL, the DBL has a monitored self-service removal.";

const SPAMHAUS_DELIST =
  "Look the address up in Spamhaus's IP and Domain Reputation Checker, fix the cause it names, then request removal there. SBL listings are removed through the network's abuse desk; PBL entries are policy (end-user address space) and self-service; XBL/CSS clear after the infection or misconfiguration is fixed.";

// The parts of Spamhaus's combined zones, as docs.spamhaustech.com "Available Zones" (the first of
// SPAMHAUS_SOURCES) sorts their return codes: SBL (.2, with DROP/EDROP .9 and BCL .30), CSS (.3),
// XBL (.4), PBL (.10 set by the ISP, .11 set by Spamhaus). Each has its own route out: SBL through
// the abuse desk of the network that holds the address, CSS and XBL once what caused them is
// fixed, PBL self-service and only for a static address that runs a mail server.
const SPAMHAUS_PARTS = {
  sbl: {
    id: "sbl",
    name: "SBL",
    gist: "spam source or spam operation",
    delisting:
      "An SBL listing is removed through the abuse desk of the network the address belongs to (your provider or hosting company): once the spam has stopped, that network asks Spamhaus to remove it. The listing's page in Spamhaus's IP and Domain Reputation Checker gives its reason.",
  },
  css: {
    id: "css",
    name: "CSS",
    gist: "low-reputation spam source, detected automatically",
    delisting:
      "A CSS listing is Spamhaus's automatic verdict on mail seen from the address: first fix what sent it (a compromised account or script, a misconfigured server, a list that mails people who did not ask), then look the address up in Spamhaus's IP and Domain Reputation Checker and request removal there.",
  },
  xbl: {
    id: "xbl",
    name: "XBL",
    gist: "exploited or infected host",
    delisting:
      "An XBL listing means a machine behind the address is infected or exploited (malware, an open proxy, a compromised device): clean it first, then look the address up in Spamhaus's IP and Domain Reputation Checker and request removal there. The listing comes back while the infection remains.",
  },
  pbl: {
    id: "pbl",
    name: "PBL",
    gist: "end-user address space",
    delisting:
      "A PBL listing is policy, not a spam verdict: the owner of the address range (usually an internet provider) says it should not send mail straight to other mail servers. Send through your provider's mail server instead. Only a static address that really runs a mail server is taken out, self-service, in Spamhaus's IP and Domain Reputation Checker.",
    endUserSpace: true,
  },
} as const satisfies Record<string, ListPart>;

export const BLOCKLISTS: readonly BlocklistEntry[] = [
  {
    id: "spamhaus-zen",
    name: "Spamhaus ZEN (SBL, CSS, XBL, PBL)",
    baseName: "Spamhaus ZEN",
    zone: "zen.spamhaus.org",
    kind: "ip",
    ipv6: true,
    decoding: "exact",
    returnCodes: {
      "127.0.0.2": {
        meaning: "SBL: a direct spam source, spam operation or spam service",
        severity: "critical",
        part: SPAMHAUS_PARTS.sbl,
      },
      "127.0.0.3": {
        meaning: "CSS: a snowshoe/low-reputation spam source detected automatically",
        severity: "critical",
        part: SPAMHAUS_PARTS.css,
      },
      "127.0.0.4": {
        meaning: "XBL: an exploited host (malware, proxy, compromised device)",
        severity: "critical",
        part: SPAMHAUS_PARTS.xbl,
      },
      "127.0.0.9": {
        meaning: "DROP/EDROP: a hijacked or criminal network (returned with SBL)",
        severity: "critical",
        part: SPAMHAUS_PARTS.sbl,
      },
      "127.0.0.10": {
        meaning:
          "PBL (set by the ISP): end-user address space that should not send mail directly to MX servers",
        severity: "error",
        part: SPAMHAUS_PARTS.pbl,
      },
      "127.0.0.11": {
        meaning:
          "PBL (set by Spamhaus): end-user address space that should not send mail directly to MX servers",
        severity: "error",
        part: SPAMHAUS_PARTS.pbl,
      },
      "127.0.0.30": {
        meaning: "BCL: a botnet command-and-control server",
        severity: "critical",
        part: SPAMHAUS_PARTS.sbl,
      },
    },
    errorCodes: SPAMHAUS_ERRORS,
    errorPrefixes: ["127.255.255."],
    delistUrl: "https://check.spamhaus.org/",
    delisting: SPAMHAUS_DELIST,
    usage: SPAMHAUS_USAGE,
    keyedZone: { env: "SPAMHAUS_DQS_KEY", zoneTemplate: "{key}.zen.dq.spamhaus.net" },
    queried: true,
    sources: SPAMHAUS_SOURCES,
    verification:
      "Return codes confirmed on docs.spamhaustech.com 'Available Zones' (zen: .2 .3 .9 .4 .10 .11 .30; XBL .5-.7 'currently unused', so not listed here). 127.255.255.254/.255 confirmed on spamhaus.org news 788 and the legacy-users help page. 127.255.255.252 ('typing error in DNSBL name') NOT confirmed on a Spamhaus page: seen only in third-party code (mail-in-a-box PR 2332, a gist); it is in Spamhaus's error range 127.255.255.0/24 either way. The zones page says two further codes signal an invalid DQS key; their values were not visible in the excerpt read, so any other 127.255.255.x is treated as an error through errorPrefixes.",
  },
  {
    id: "spamhaus-sbl",
    name: "Spamhaus SBL (with CSS)",
    baseName: "Spamhaus SBL",
    zone: "sbl.spamhaus.org",
    aliases: ["sbl-xbl.spamhaus.org"],
    kind: "ip",
    ipv6: true,
    decoding: "exact",
    returnCodes: {
      "127.0.0.2": {
        meaning: "SBL: a direct spam source, spam operation or spam service",
        severity: "critical",
        part: SPAMHAUS_PARTS.sbl,
      },
      "127.0.0.3": {
        meaning: "CSS: a snowshoe/low-reputation spam source detected automatically",
        severity: "critical",
        part: SPAMHAUS_PARTS.css,
      },
      "127.0.0.9": {
        meaning: "DROP/EDROP: a hijacked or criminal network",
        severity: "critical",
        part: SPAMHAUS_PARTS.sbl,
      },
      "127.0.0.4": {
        meaning: "XBL: an exploited host (sbl-xbl zone)",
        severity: "critical",
        part: SPAMHAUS_PARTS.xbl,
      },
      "127.0.0.30": {
        meaning: "BCL: a botnet command-and-control server",
        severity: "critical",
        part: SPAMHAUS_PARTS.sbl,
      },
    },
    errorCodes: SPAMHAUS_ERRORS,
    errorPrefixes: ["127.255.255."],
    delistUrl: "https://check.spamhaus.org/",
    delisting: SPAMHAUS_DELIST,
    usage: SPAMHAUS_USAGE,
    keyedZone: { env: "SPAMHAUS_DQS_KEY", zoneTemplate: "{key}.sbl.dq.spamhaus.net" },
    queried: false,
    sources: SPAMHAUS_SOURCES,
    verification:
      "Covered by ZEN, so not queried separately. Codes as confirmed for ZEN on docs.spamhaustech.com.",
  },
  {
    id: "spamhaus-xbl",
    name: "Spamhaus XBL",
    zone: "xbl.spamhaus.org",
    kind: "ip",
    ipv6: true,
    decoding: "exact",
    returnCodes: {
      "127.0.0.4": {
        meaning: "XBL: an exploited host (malware, proxy, compromised device)",
        severity: "critical",
        part: SPAMHAUS_PARTS.xbl,
      },
    },
    errorCodes: SPAMHAUS_ERRORS,
    errorPrefixes: ["127.255.255."],
    delistUrl: "https://check.spamhaus.org/",
    delisting: SPAMHAUS_DELIST,
    usage: SPAMHAUS_USAGE,
    keyedZone: { env: "SPAMHAUS_DQS_KEY", zoneTemplate: "{key}.xbl.dq.spamhaus.net" },
    queried: false,
    sources: SPAMHAUS_SOURCES,
    verification:
      "Covered by ZEN. docs.spamhaustech.com: xbl returns 127.0.0.4; .5-.7 currently unused.",
  },
  {
    id: "spamhaus-pbl",
    name: "Spamhaus PBL",
    zone: "pbl.spamhaus.org",
    kind: "ip",
    ipv6: true,
    decoding: "exact",
    returnCodes: {
      "127.0.0.10": {
        meaning: "PBL (set by the ISP): end-user address space, not for direct-to-MX mail",
        severity: "error",
        part: SPAMHAUS_PARTS.pbl,
      },
      "127.0.0.11": {
        meaning: "PBL (set by Spamhaus): end-user address space, not for direct-to-MX mail",
        severity: "error",
        part: SPAMHAUS_PARTS.pbl,
      },
    },
    errorCodes: SPAMHAUS_ERRORS,
    errorPrefixes: ["127.255.255."],
    delistUrl: "https://check.spamhaus.org/",
    delisting:
      "A PBL entry is policy, not a spam verdict: send through your provider's smarthost, or, if this really is a mail server on a static address, request removal in the checker.",
    usage: SPAMHAUS_USAGE,
    keyedZone: { env: "SPAMHAUS_DQS_KEY", zoneTemplate: "{key}.pbl.dq.spamhaus.net" },
    queried: false,
    sources: SPAMHAUS_SOURCES,
    verification: "Covered by ZEN. Codes confirmed on docs.spamhaustech.com.",
  },
  {
    id: "spamhaus-dbl",
    name: "Spamhaus DBL (domains)",
    zone: "dbl.spamhaus.org",
    kind: "domain",
    ipv6: false,
    decoding: "exact",
    returnCodes: {
      "127.0.1.2": { meaning: "A low-reputation (spam) domain", severity: "critical" },
      "127.0.1.4": { meaning: "A phishing domain", severity: "critical" },
      "127.0.1.5": { meaning: "A malware domain", severity: "critical" },
      "127.0.1.6": { meaning: "A botnet command-and-control domain", severity: "critical" },
      "127.0.1.102": { meaning: "An abused legitimate domain (used in spam)", severity: "error" },
      "127.0.1.103": { meaning: "An abused redirector or URL shortener", severity: "error" },
      "127.0.1.104": { meaning: "An abused legitimate domain used in phishing", severity: "error" },
      "127.0.1.105": { meaning: "An abused legitimate domain used by malware", severity: "error" },
      "127.0.1.106": {
        meaning: "An abused legitimate domain hosting botnet C&C",
        severity: "error",
      },
    },
    errorCodes: {
      ...SPAMHAUS_ERRORS,
      "127.0.1.255": "The DBL was asked about an IP address; it only lists domains. Not a listing.",
    },
    errorPrefixes: ["127.255.255."],
    delistUrl: "https://check.spamhaus.org/",
    delisting: SPAMHAUS_DBL_DELIST,
    usage: SPAMHAUS_USAGE,
    keyedZone: { env: "SPAMHAUS_DQS_KEY", zoneTemplate: "{key}.dbl.dq.spamhaus.net" },
    queried: true,
    sources: [...SPAMHAUS_SOURCES, "https://www.spamhaus.org/dbl/"],
    verification:
      "All DBL codes (.2 .4 .5 .6 .102-.106, error .255) confirmed on docs.spamhaustech.com 'Available Zones'. The research's 127.0.1.3 (spammed redirector, from SpamAssassin) does not appear there and is left out; 127.0.1.103 is 'abused redirector' per that page, which settles the research's UNCERTAIN note. Removal from spamhaus.org/dbl/ (stored copy, read 2026-12-07): the DBL 'has a monitored automated self-service removal system', like the PBL.",
  },
  {
    id: "spamcop",
    name: "SpamCop Blocking List",
    zone: "bl.spamcop.net",
    kind: "ip",
    ipv6: false,
    decoding: "exact",
    returnCodes: {
      "127.0.0.2": {
        meaning: "Reported by SpamCop users or hit SpamCop spam traps",
        severity: "error",
      },
    },
    errorCodes: {},
    delistUrl: "https://www.spamcop.net/bl.shtml",
    delisting:
      "SpamCop takes no removal requests: its list is time-based, and a listing ends by itself soon after the reports stop (about a day). Find and stop what people are reporting (a compromised account, a list that mails people who did not ask); the lookup page shows the listing and when it is expected to end.",
    removal: "expires",
    expiresAfter: { hours: 24, from: "the reports stop" },
    usage: "Free; no registration documented.",
    queried: true,
    sources: [
      "http://spamcop.net/bl.shtml",
      "https://forum.spamcop.net/topic/6539-server-admin-portion-of-why-am-i-blocked/",
      "https://mxio.io/blacklists/spamcop",
    ],
    verification:
      "Expiry confirmed on spamcop.net/bl.shtml (stored copy, read 2026-12-05): 'The SCBL is time-based, resulting in quick and automatic delisting of these sites when reports stop.' The part of the page read names no removal form; the 'about a day' and 'no manual delisting form' are from third-party pages (mxio.io, mailflowauthority.com).",
  },
  {
    id: "barracuda",
    name: "Barracuda Reputation Block List",
    zone: "b.barracudacentral.org",
    kind: "ip",
    ipv6: false,
    decoding: "exact",
    returnCodes: {
      "127.0.0.2": {
        meaning: "Poor reputation at Barracuda (spam seen from this address)",
        severity: "error",
      },
    },
    errorCodes: {},
    delistUrl: "https://www.barracudacentral.org/lookups",
    delisting:
      "Request removal with the form on the lookup page; reviewed by hand, usually within a day.",
    usage:
      "Free, but the querying DNS server must be registered at barracudacentral.org; unregistered resolvers may get no answer.",
    queried: true,
    sources: [
      "https://www.barracudacentral.org/lookups",
      "https://www.dnsbl.info/dnsbl-details.php?dnsbl=b.barracudacentral.org",
    ],
    verification: "From the research (third-party pages); not re-checked on barracudacentral.org.",
  },
  {
    id: "uceprotect-1",
    name: "UCEPROTECT Level 1 (single IPs)",
    zone: "dnsbl-1.uceprotect.net",
    kind: "ip",
    ipv6: false,
    decoding: "exact",
    returnCodes: {
      "127.0.0.2": { meaning: "This IP hit UCEPROTECT spam traps", severity: "warning" },
    },
    errorCodes: {},
    delistUrl: "https://www.uceprotect.net/en/rblcheck.php",
    delisting:
      "UCEPROTECT takes no free removal requests for Level 1: a listing expires by itself 7 days after the address's last spam-trap hit, and every new hit starts the 7 days again. Find and stop what sends from the address to its traps (a compromised account or script, a bad list); then the listing ends without anyone asking. UCEPROTECT sells an 'express delisting'; the listing ends without it.",
    removal: "expires-paid",
    expiresAfter: { hours: 7 * 24, from: "the address's last spam-trap hit" },
    usage: "Free to query.",
    queried: true,
    sources: [
      "https://www.uceprotect.net/en/rblcheck.php",
      "https://docs.inboxally.com/en_US/blocklists/uceprotectl1",
    ],
    verification:
      "Zone, 7-day expiry and the paid express delisting confirmed on third-party pages (inboxally, whatismyipaddress) and in the research notes ('Auto-expires 7 days after last trap hit; paid express delisting exists'); no free removal request is documented anywhere read. The 127.0.0.2 return code is NOT confirmed from UCEPROTECT's own pages; any 127/8 answer is reported as listed.",
  },
  {
    id: "uceprotect-2",
    name: "UCEPROTECT Level 2 (network ranges)",
    zone: "dnsbl-2.uceprotect.net",
    kind: "ip",
    ipv6: false,
    decoding: "exact",
    returnCodes: {
      "127.0.0.2": {
        meaning: "The network range around this IP is listed because of its neighbours",
        severity: "warning",
      },
    },
    errorCodes: {},
    delistUrl: "https://www.uceprotect.net/en/rblcheck.php",
    delisting:
      "UCEPROTECT takes no removal requests for Level 2: it lists the network range around the address because of other addresses in it, and the listing ends by itself once the Level 1 listings in that range expire (each 7 days after its last spam-trap hit). Make sure the address itself is not on Level 1, and ask the hosting or network provider to stop the spam from the rest of the range; until the listing ends, send through a relay on another network (e.g. your mail provider's outgoing server) if receivers refuse mail because of it.",
    removal: "expires",
    expiresAfter: { hours: 7 * 24, from: "the last spam-trap hit in the range" },
    usage: "Free to query.",
    queried: true,
    sources: [
      "http://whatismyipaddress.com/staticpages/index.php/dnsbl-details?dnsbl=dnsbl-2.uceprotect.net",
    ],
    verification:
      "Escalation policy confirmed (UCEPROTECT's policy text as quoted by whatismyipaddress); the return code value is NOT confirmed.",
  },
  {
    id: "uceprotect-3",
    name: "UCEPROTECT Level 3 (whole networks/ASNs)",
    zone: "dnsbl-3.uceprotect.net",
    kind: "ip",
    ipv6: false,
    decoding: "exact",
    returnCodes: {
      "127.0.0.2": { meaning: "The whole network (ASN) of this IP is listed", severity: "warning" },
    },
    errorCodes: {},
    delistUrl: "https://www.uceprotect.net/en/rblcheck.php",
    delisting:
      "UCEPROTECT takes no removal requests for Level 3: it lists the provider's whole network (its AS number) because too many of its addresses are on Level 1, and the listing ends by itself once their share falls below UCEPROTECT's threshold. Only the provider can bring that about: tell it, and until the listing ends send through a relay on another network (e.g. your mail provider's outgoing server) if receivers refuse mail because of it. UCEPROTECT sells a per-address exemption; the listing ends without it.",
    removal: "expires",
    usage: "Free to query.",
    queried: true,
    sources: ["https://glockapps.com/blacklist/dnsbl-2-uceprotect-net/"],
    verification: "Zone confirmed on third-party pages; return code value NOT confirmed.",
  },
  {
    id: "psbl",
    name: "Passive Spam Block List",
    zone: "psbl.surriel.com",
    kind: "ip",
    ipv6: false,
    decoding: "exact",
    returnCodes: {
      "127.0.0.2": { meaning: "This IP sent mail to PSBL spam traps", severity: "warning" },
    },
    errorCodes: {},
    delistUrl: "https://psbl.org/remove",
    delisting: "Self-service removal on the PSBL site; anyone can remove an entry.",
    usage: "Free ('anybody is free to use PSBL').",
    queried: true,
    sources: ["http://psbl.surriel.com/", "http://psbl.surriel.com/howto/"],
    verification: "From the research (PSBL's own pages); not re-checked.",
  },
  {
    id: "mailspike",
    name: "Mailspike Blacklist",
    zone: "bl.mailspike.net",
    kind: "ip",
    ipv6: false,
    decoding: "exact",
    returnCodes: {
      "127.0.0.2": { meaning: "Zero-hour: part of a distributed spam wave", severity: "error" },
      "127.0.0.10": { meaning: "Worst reputation (L5)", severity: "error" },
      "127.0.0.11": { meaning: "Very bad reputation (L4)", severity: "error" },
      "127.0.0.12": { meaning: "Bad reputation (L3)", severity: "warning" },
    },
    errorCodes: {},
    delistUrl: "https://mailspike.io/ip_verify",
    delisting: "Automated: look the IP up in IP Verify and request delisting there.",
    usage:
      "Free up to 100,000 messages and 100,000 DNS queries a day; larger sites must contact Mailspike.",
    queried: true,
    sources: ["https://mailspike.org/usage.html", "https://mailspike.io/ip_verify/about"],
    verification: "From the research (mailspike.org usage page); not re-checked.",
  },
  {
    id: "dronebl",
    name: "DroneBL",
    zone: "dnsbl.dronebl.org",
    kind: "ip",
    ipv6: true,
    decoding: "exact",
    returnCodes: {
      "127.0.0.3": { meaning: "IRC drone", severity: "warning" },
      "127.0.0.5": { meaning: "DDoS drone", severity: "warning" },
      "127.0.0.6": { meaning: "Web exploitation", severity: "warning" },
      "127.0.0.8": { meaning: "SOCKS proxy", severity: "warning" },
      "127.0.0.9": { meaning: "HTTP proxy", severity: "warning" },
      "127.0.0.10": { meaning: "Compromised router", severity: "warning" },
      "127.0.0.11": { meaning: "Spam drone", severity: "warning" },
      "127.0.0.13": { meaning: "Brute-force attacker", severity: "warning" },
      "127.0.0.14": { meaning: "Open resolver", severity: "warning" },
      "127.0.0.16": { meaning: "DDoS participant", severity: "warning" },
    },
    errorCodes: {},
    delistUrl: "https://dronebl.org/lookup",
    delisting:
      "Request removal on the lookup page, only for addresses you are the primary user of, after cleaning the host.",
    usage: "Free for commercial and non-commercial use.",
    queried: true,
    sources: ["https://dronebl.org/docs/howtouse", "https://dronebl.org/docs/faq"],
    verification:
      "Zone from dronebl.org docs (research); several category labels come from a third-party page and were not re-checked.",
  },
  {
    id: "nixspam",
    name: "NiX Spam (iX)",
    zone: "ix.dnsbl.manitu.net",
    kind: "ip",
    ipv6: false,
    decoding: "exact",
    returnCodes: { "127.0.0.2": { meaning: "Sent mail to NiX Spam traps", severity: "warning" } },
    errorCodes: {},
    delistUrl: "http://www.dnsbl.manitu.net/",
    delisting:
      "Removed automatically 12 hours after the spam stops; a removal form exists on the NiX site.",
    expiresAfter: { hours: 12, from: "the spam stops" },
    usage: "Not confirmed.",
    queried: true,
    sources: [
      "https://help.returnpath.com/hc/en-us/articles/222485788-NiX-Spam-blacklist",
      "https://mxtoolbox.com/problem/blacklist/nixspam",
    ],
    verification:
      "12-hour expiry and removal form confirmed on Return Path and MxToolbox pages. Return code 127.0.0.2 and usage terms NOT confirmed from manitu's own pages.",
  },
  {
    id: "0spam",
    name: "0spam",
    zone: "bl.0spam.org",
    kind: "ip",
    ipv6: false,
    decoding: "exact",
    returnCodes: {},
    errorCodes: {},
    delistUrl: "https://0spam.org/",
    delisting:
      "Free removal with an account, at most one IP every 3 hours; long-standing listings need 60 clean days.",
    usage: "Free to query (donation-funded).",
    queried: true,
    sources: ["https://0spam.org/how-does-the-0spam-service-work"],
    verification:
      "Per-code meanings are not published in the sources read: any 127/8 answer is reported as 'listed (spam trap hits)'.",
  },
  {
    id: "s5h",
    name: "s5h.net RBL",
    zone: "all.s5h.net",
    kind: "ip",
    ipv6: true,
    decoding: "exact",
    returnCodes: { "127.0.0.2": { meaning: "Listed", severity: "warning" } },
    errorCodes: {},
    delistUrl: "http://www.usenix.org.uk/content/rblremove",
    delisting: "Visit the removal page from the listed IP for immediate removal.",
    usage: "Free.",
    queried: true,
    sources: ["http://www.s5h.net/rblcheck"],
    verification: "Return code NOT confirmed from s5h's pages.",
  },
  {
    id: "surbl",
    name: "SURBL multi (domains in message bodies)",
    zone: "multi.surbl.org",
    registrableDomainOnly: true,
    kind: "domain",
    ipv6: false,
    decoding: "bitmask",
    returnCodes: {
      "8": { meaning: "PH: phishing", severity: "critical" },
      "16": { meaning: "MW: malware", severity: "critical" },
      "64": { meaning: "ABUSE: spam and abuse sites", severity: "error" },
      "128": { meaning: "CR: cracked (compromised) sites", severity: "error" },
    },
    errorCodes: {},
    delistUrl: "https://www.surbl.org/",
    delisting:
      "Look the domain up on SURBL's site and request removal there after cleaning a compromised site.",
    usage:
      "Public DNS for low-volume use; data feed for high volume (exact free limits not confirmed).",
    queried: true,
    sources: ["http://www.surbl.org/lists", "https://pipelinedata.tilda.ws/surbl"],
    verification:
      "Bitmask (8 PH, 16 MW, 64 ABUSE, 128 CR; sums for several lists; middle octets reserved) confirmed on a copy of SURBL's lists page. No query-refused code found: UNCONFIRMED.",
  },
  {
    id: "uribl",
    name: "URIBL multi (domains in message bodies)",
    zone: "multi.uribl.com",
    registrableDomainOnly: true,
    kind: "domain",
    ipv6: false,
    decoding: "bitmask",
    returnCodes: {
      "2": { meaning: "black: domains belonging to and used by spammers", severity: "critical" },
      "4": { meaning: "grey: bulk-mail domains that may have legitimate use", severity: "warning" },
      "8": {
        meaning: "red: very young or whois-private domains seen in mail",
        severity: "warning",
      },
    },
    errorCodes: {
      "127.0.0.1":
        "URIBL refuses queries from this resolver (public DNS such as Google or OpenDNS, or a high-volume cache). Not a listing.",
    },
    delistUrl: "https://admin.uribl.com/",
    delisting: "Look the domain up on uribl.com and submit a delisting request (account required).",
    usage: "Free public DNS for low volume; paid data feed for high volume.",
    queried: true,
    sources: ["https://uribl.com/refused.shtml", "http://www.uribl.com/about.shtml"],
    verification:
      "From the research (uribl.com refused.shtml and about.shtml); the refusal code 127.0.0.1 is URIBL's own.",
  },
  {
    id: "abusix",
    name: "Abusix Mail Intelligence (combined)",
    zone: "combined.mail.abusix.zone",
    kind: "ip",
    ipv6: true,
    decoding: "exact",
    returnCodes: {},
    errorCodes: {},
    delistUrl: "https://abusix.com/docs/lookup-and-delisting/lookup-and-delisting-overview/",
    delisting: "Look up and request delisting on Abusix's lookup page.",
    usage:
      "Needs an API key (billed by queries, free trial). Unauthorised queries get DNS REFUSED.",
    needsKey: {
      env: "ABUSIX_KEY",
      zoneTemplate: "{key}.combined.mail.abusix.zone",
      note: "queried only when ABUSIX_KEY is set",
    },
    queried: true,
    sources: [
      "https://abusix.com/docs/abusix-mail-intelligence/executing-dig-host-and-nslookup-queries",
    ],
    verification:
      "Zone <APIKEY>.combined.mail.abusix.zone, reversed octets / IPv6 nibbles, and 'an address in 127.0.0.0/8 means listed' confirmed on Abusix's docs. Per-code meanings not read.",
  },
  {
    id: "invaluement",
    name: "Invaluement",
    zone: "invaluement (subscriber zones)",
    kind: "ip",
    ipv6: false,
    decoding: "exact",
    returnCodes: {},
    errorCodes: {},
    delistUrl: "https://dnsbl.invaluement.com/",
    delisting: "Use the lookup and removal utility on the Invaluement site.",
    usage: "Paid subscribers only (rsync); cannot be queried by a public checker.",
    queried: false,
    sources: ["http://dnsbl.invaluement.com/"],
    verification: "From the research; no public zone exists.",
  },
  {
    id: "sorbs",
    name: "SORBS",
    zone: "dnsbl.sorbs.net",
    aliases: ["spam.dnsbl.sorbs.net", "dul.dnsbl.sorbs.net", "problems.dnsbl.sorbs.net"],
    kind: "ip",
    ipv6: false,
    decoding: "exact",
    returnCodes: {},
    errorCodes: {},
    delistUrl: "https://www.proofpoint.com/",
    delisting:
      "Nothing to delist: the service is closed. A receiver still rejecting because of SORBS uses a dead list.",
    usage: "Closed.",
    queried: false,
    retired: {
      since: "2024-06-05",
      note: "Decommissioned by Proofpoint on 5 June 2024; its zones no longer hold reputation data, so any answer is meaningless.",
    },
    sources: [
      "https://spamtacular.com/2024/06/05/sorbs-closing-has-been-announced",
      "https://www.techzine.eu/news/security/120916/proofpoint-discontinues-anti-spam-service-sorbs/",
    ],
    verification: "Shutdown reported by several independent sources (research).",
  },
];

/**
 * What ending a listing takes: a request at the list's page, waiting (the list takes no
 * requests, or only paid ones), or nothing at all (the list has closed).
 */
export type RemovalKind = "request" | "expires" | "expires-paid" | "closed";

export function removalKind(list: Pick<BlocklistEntry, "removal" | "retired">): RemovalKind {
  if (list.retired) return "closed";
  return list.removal ?? "request";
}

/** The lists to query for an IP or a domain (not retired, not covered by a combined zone). */
export function listsToQuery(kind: BlocklistKind): BlocklistEntry[] {
  return BLOCKLISTS.filter((l) => l.kind === kind && l.queried && !l.retired);
}

/** A list by a zone named in a bounce ("zen.spamhaus.org", "b.barracudacentral.org", a DQS zone...). */
export function findBlocklistByZone(zone: string): BlocklistEntry | undefined {
  // Bounded: a name is at most 253 characters, and the regex below must stay linear.
  const z = zone.trim().toLowerCase().slice(0, 253).replace(/\.+$/, "");
  if (!z) return undefined;
  // Spamhaus DQS: <key>.<zone>.dq.spamhaus.net names the same data as <zone>.spamhaus.org.
  const dqs = /(?:^|\.)([a-z-]+)\.dq\.spamhaus\.net$/.exec(z);
  const candidates = dqs ? [`${dqs[1]}.spamhaus.org`, z] : [z];
  for (const c of candidates) {
    const hit = BLOCKLISTS.find(
      (l) =>
        l.zone === c ||
        l.aliases?.includes(c) ||
        c.endsWith(`.${l.zone}`) ||
        (l.aliases ?? []).some((a) => c.endsWith(`.${a}`)),
    );
    if (hit) return hit;
  }
  return undefined;
}

/** True when an answer is the list's refusal/error code rather than a listing. */
export function errorMeaning(list: BlocklistEntry, answer: string): string | undefined {
  const exact = list.errorCodes[answer];
  if (exact) return exact;
  if (list.errorPrefixes?.some((p) => answer.startsWith(p)))
    return `${list.name} answered ${answer}, one of its error codes (not a listing).`;
  if (!answer.startsWith("127."))
    return `The answer ${answer} is not a blocklist code (they are in 127.0.0.0/8, RFC 5782 §2.3): a resolver between this checker and the list rewrote the answer.`;
  return undefined;
}

/** The list's own meanings for a set of listing answers (bitmask lists decode the last octet). */
export function listingMeanings(
  list: BlocklistEntry,
  answers: string[],
): { code: string; meaning: string; severity: ReturnCode["severity"] }[] {
  const out: { code: string; meaning: string; severity: ReturnCode["severity"] }[] = [];
  for (const answer of answers) {
    if (list.decoding === "bitmask") {
      const last = Number(answer.split(".")[3] ?? "0");
      let matched = false;
      for (const [bit, rc] of Object.entries(list.returnCodes)) {
        if ((last & Number(bit)) !== 0) {
          out.push({ code: answer, meaning: rc.meaning, severity: rc.severity });
          matched = true;
        }
      }
      if (!matched)
        out.push({
          code: answer,
          meaning: `Listed (code ${answer}, not documented by the list)`,
          severity: "warning",
        });
    } else {
      const rc = list.returnCodes[answer];
      out.push(
        rc
          ? { code: answer, meaning: rc.meaning, severity: rc.severity }
          : {
              code: answer,
              meaning: `Listed (code ${answer}, not documented by the list)`,
              severity: "warning",
            },
      );
    }
  }
  return out;
}

/**
 * The parts of a combined list that a listing's answers come from, each once, in the order they
 * answered. Empty where any answer has no documented part (an undocumented code, a list that is
 * not combined): the listing is then the whole list's, and named as such.
 */
export function partsAnswered(list: BlocklistEntry, answers: readonly string[]): ListPart[] {
  if (list.decoding !== "exact" || answers.length === 0) return [];
  const parts = new Map<string, ListPart>();
  for (const answer of answers) {
    const part = Object.hasOwn(list.returnCodes, answer)
      ? list.returnCodes[answer]?.part
      : undefined;
    if (!part) return [];
    parts.set(part.id, part);
  }
  return [...parts.values()];
}

function joinNames(names: string[]): string {
  return names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * A listing's name: a combined list named by the parts that answered ("Spamhaus ZEN (PBL part:
 * end-user address space)", "Spamhaus ZEN (SBL and XBL parts)"), never by the whole family for
 * one part's answer; any other list (or parts unknown) by its own name.
 */
export function listingName(list: BlocklistEntry, parts: readonly ListPart[]): string {
  if (!list.baseName || parts.length === 0) return list.name;
  const [only] = parts;
  if (parts.length === 1 && only) return `${list.baseName} (${only.name} part: ${only.gist})`;
  return `${list.baseName} (${joinNames(parts.map((p) => p.name))} parts)`;
}

/** What ending a listing takes: each answering part's own route, else the list's. */
export function listingDelisting(list: BlocklistEntry, parts: readonly ListPart[]): string {
  return list.baseName && parts.length > 0
    ? parts.map((p) => p.delisting).join(" ")
    : list.delisting;
}
