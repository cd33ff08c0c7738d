// Who wrote a bounce, for the MTAs and providers whose wordings mean something of their own
// (lib/knowledge/signatures/mta-context.ts). The parser names the common MTAs
// (ParsedBounce.generator); these are the ones it does not, recognised the way the Sisimai
// project's Lhost modules recognise them (BSD-2-Clause; Debian's libsisimai-perl,
// /usr/share/perl5/Sisimai/Lhost/*.pm): by the reporting host's domain or the writer's own
// first sentence.

export interface BounceWriter {
  /** The writer's id, as signatures name it in `writers`. */
  id: string;
  source: string;
  /** The Reporting-MTA (or the host the bounce says it comes from) is one of these domains or under it. */
  reportingDomains: readonly string[];
  /** Lower-case phrases the writer puts near the top of its bounce (first few kilobytes). */
  phrases: readonly string[];
}

const SISIMAI_LHOST = "https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost";

export const BOUNCE_WRITERS: readonly BounceWriter[] = [
  {
    // Symantec.cloud (formerly MessageLabs): MAILER-DAEMON@messagelabs.com, "Mail Delivery Failure".
    id: "messagelabs",
    source: `${SISIMAI_LHOST}/MessageLabs.pm`,
    reportingDomains: ["messagelabs.com"],
    phrases: ["this is the mail delivery agent at messagelabs.com"],
  },
  {
    // au by KDDI (EZweb): Postmaster@ezweb.ne.jp / Postmaster@au.com, "(EZweb Mail) with" in Received.
    id: "ezweb",
    source: `${SISIMAI_LHOST}/EZweb.pm`,
    reportingDomains: ["ezweb.ne.jp", "au.com"],
    phrases: ["(ezweb mail) with"],
  },
  {
    // AOL's outbound relays write their own DSNs (Reporting-MTA: dns; omr-*.mx.aol.com).
    id: "aol",
    source: "https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/Aol.pm",
    reportingDomains: ["aol.com"],
    phrases: [],
  },
  {
    // Verizon Wireless's SMS/MMS gateways (vtext.com, vzwpix.com) write their own bounces for
    // the phone numbers at those domains.
    id: "verizon",
    source: `${SISIMAI_LHOST}/Verizon.pm`,
    reportingDomains: ["vtext.com", "vzwpix.com"],
    phrases: ["message could not be delivered to mobile", "@vtext.com", "@vzwpix.com"],
  },
];

/** How much of the text's start is searched for a writer's phrases. */
export const WRITER_PROBE_LENGTH = 6000;

/**
 * How to tell that a provider itself wrote the bounce or gave the reply in it, for naming the
 * provider in evidence: a wording in Microsoft's catalog is only "Microsoft's" when Microsoft
 * answered or wrote the bounce; elsewhere it is a wording others use too. writers: parser
 * generators or BOUNCE_WRITERS ids; hosts: the answering host, the reporting MTA or a host
 * named in the text is one of these domains or under it (the providers' published MX and
 * relay domains); codes: ParsedBounce.providerCodes providers.
 */
export interface ProviderOrigin {
  writers: readonly string[];
  hosts: readonly string[];
  codes: readonly string[];
}

export const PROVIDER_ORIGINS: Readonly<Record<string, ProviderOrigin>> = {
  microsoft: {
    writers: ["exchange"],
    hosts: ["outlook.com", "hotmail.com", "office365.com", "microsoft.com", "live.com"],
    codes: ["microsoft"],
  },
  google: {
    writers: ["gmail"],
    hosts: ["google.com", "gmail.com", "googlemail.com"],
    codes: ["gmail"],
  },
  yahoo: {
    writers: ["yahoo", "aol"],
    hosts: ["yahoo.com", "yahoodns.net", "yahoo.co.jp", "aol.com"],
    codes: ["yahoo"],
  },
  apple: {
    writers: ["icloud"],
    hosts: ["icloud.com", "me.com", "mac.com", "apple.com"],
    codes: ["icloud"],
  },
  postfix: { writers: ["postfix"], hosts: [], codes: [] },
  exim: { writers: ["exim"], hosts: [], codes: [] },
  sendmail: { writers: ["sendmail"], hosts: [], codes: [] },
  qmail: { writers: ["qmail"], hosts: [], codes: [] },
  courier: { writers: ["courier"], hosts: [], codes: [] },
};
