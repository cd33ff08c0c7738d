// Whose each IP address a bounce names is: the sender's, the receiving server's, or unknown, as
// the words around it say (the two tables below, which extract.ts extractIpRoles reads at each
// address it finds). "The sender's" is an allow-list: a bounce names many other parties'
// addresses (the server that answered, "Remote MTA x:", the recipient's inbound hops,
// Received-From-MTA and Remote-MTA when the recipient's side wrote the DSN (RFC 3464 §2.2.4,
// §2.3.5), the author's X-Originating-IP), and taking one of them as "the IP your mail leaves
// from" sends the user to set PTR, HELO and SNDS for a stranger's server (review 26, finding 1).
// tldts, not tldts-icann, though only the list's ICANN section is asked here (as by every tldts
// caller): tldts-icann's last release (7.4.16, September 2026) lags tldts's list (7.6.0 rules
// under ad.vn, ap.vn and on.vn that it lacks), for 0.15 MB less start-up snapshot (session 28).
import { getDomain } from "tldts";
import { hostUnder } from "./host-under";
import { isIP, unmapIPv4 } from "@/lib/net/ip";
import { inOriginal } from "./notice-text";
import type { RecipientReport, Span } from "./types";

/** What extractIpRoles reads besides the text: where the returned original is, whom it was for. */
export interface IpReading {
  originalSpans?: Span[];
  recipients?: readonly Pick<RecipientReport, "address">[];
}

/**
 * A wording that puts an address on the sending side, and its source. Bounded runs only, read
 * case-insensitively. `before` (ending where the address starts) and `after` (from past a "]"
 * and a blank) name it as the refusing server's client: the sender's. `loosely` (then blanks,
 * ":" or "=", "(" or "[") only leans to the sending side (a bare "IP address", the author's
 * X-Originating-IP): the address is listed first (ParsedBounce.ips) and no receiving wording
 * claims it, but it is not taken as the sender's.
 */
interface SenderWording {
  before?: string;
  after?: string;
  loosely?: string;
  source: string;
}

/** Wordings that name an address as the sender's: the refusing server's client. */
const SENDER_WORDINGS: readonly SenderWording[] = [
  {
    // reject_rbl_client, whose reply class may be set to "client".
    before: String.raw`\bclient(?:[ \t]host)?[ \t]\[`,
    loosely: "client host|client",
    source: 'Postfix smtpd_check.c: "Client host [192.0.2.1] blocked using zen.spamhaus.org"',
  },
  {
    before: String.raw`\bcannot[ \t]find[ \t]your[ \t](?:reverse[ \t])?hostname,[ \t]\[`,
    source: 'Postfix smtpd_check.c: "Client host rejected: cannot find your hostname, [192.0.2.1]"',
  },
  {
    before: String.raw`\b(?:RCPT|MAIL|CONNECT|DATA|END-OF-MESSAGE|HELO|EHLO|VRFY|ETRN|BDAT|AUTH|STARTTLS)[ \t]from[ \t][A-Za-z0-9.-]{1,253}\[`,
    source: 'Postfix smtpd_check test output: "reject: RCPT from unknown[192.0.2.1]: 450 4.7.1"',
  },
  {
    before: String.raw`\bclient=[A-Za-z0-9.-]{0,253}\[`,
    source: 'Postfix smtpd log: "client=mail.example.com[192.0.2.1]"',
  },
  {
    before: String.raw`\baccess[ \t]from[ \t]ip[ \t]address[ \t]`,
    source: 'https://help.mail.ru/mail/error/: "Access from ip address 192.0.2.1 blocked"',
  },
  {
    before: String.raw`\b(?:messages?|mail)[ \t]from[ \t]\[?`,
    loosely: "messages? from|mail from",
    // Also Outlook.com S3150 "messages from [192.0.2.1] weren't sent" and sendmail
    // cf/feature/enhdnsbl.m4 "Mail from " $&{client_addr} " refused by blackhole site".
    source: 'https://postmaster.yahooinc.com/error-codes: "421 Message from x.x.x.x temporarily"',
  },
  {
    // A server that refuses the connection names who connected (a user's forum post, 2009).
    before: String.raw`\bconnections?[ \t](?:refused|rejected|denied|blocked)[ \t]from[ \t]\[?`,
    loosely: "connections? from",
    source: 'NTL: "aamtaout01-winn.ispmail.ntl.com connection refused from [87.115.73.83]"',
  },
  {
    // Also "too much mail from", "too many recipients from".
    before: String.raw`\btoo[ \t](?:many|much)[ \t][a-z]{1,12}(?:[ \t][a-z]{1,12})?[ \t]from[ \t]\[?`,
    source: 'Postfix smtpd.c, anvil limits: "too many connections from 192.0.2.1"',
  },
  {
    before: String.raw`\bbanned[ \t]sending[ \t]IP[ \t]\[`,
    loosely: "sending (?:ip|host|server|mta)",
    source: 'Exchange Online NDR 5.7.606: "Access denied, banned sending IP [IP.address]"',
  },
  {
    // Also "Your IP address 198.51.100.7 has been blocked", "sender IP address 192.0.2.1 is
    // locally blacklisted" (receivers' lookups of their client, quoted in lib/knowledge).
    before: String.raw`\b(?:your|sender|sending|client|connecting|source)[ \t]IP(?:[ \t]address)?:?[ \t]\[?`,
    loosely:
      "connecting (?:ip|host)|sender(?:'s)? ip|source ip|your (?:ip|server|mail server|host)(?: address)?",
    source: 'lib/knowledge: "Client IP address 192.0.2.1 does not resolve"',
  },
  {
    before: String.raw`\byour[ \t]address[ \t]`,
    source: 'NiX Spam: "Your address 198.51.100.7 is in the nixspam list"',
  },
  {
    before: String.raw`\bfrom[ \t]blacklisted[ \t]IP(?:[ \t]address)?[ \t]\[?`,
    source: 'lib/knowledge: "mail not accepted from blacklisted IP address [203.0.113.2]"',
  },
  {
    // Also "Cannot resolve PTR record for 192.0.2.1" (lib/knowledge).
    before: String.raw`\b(?:reverse[ \t]DNS(?:[ \t]lookup[ \t]failed)?|rDNS|PTR[ \t]record)[ \t]for[ \t]\[?`,
    source: 'lib/knowledge: "Reverse DNS lookup failed for 192.0.2.25"',
  },
  {
    // "NDR: You are trying to use me as a relay"; the client's address and name in brackets.
    before: String.raw`\bconfigured[ \t]to[ \t]let[ \t]you[ \t]\[`,
    source:
      'Symantec (MessageLabs) KB 162137: "not been configured to let you [IP, address] do this"',
  },
  {
    // Refusing to relay for a client whose name does not resolve; the name of an unresolved
    // client is its address in brackets ("... lookup failed [192.0.2.1]").
    before: String.raw`\bIP[ \t]name[ \t](?:lookup[ \t]failed|possibly[ \t]forged)[ \t]\[?`,
    source: 'sendmail cf/m4/proto.m4: "Relaying denied. IP name lookup failed " $&{client_name}',
  },
  {
    // An SPF explanation's %{i} is "the IP address of the SMTP client", put in a link; receivers'
    // own pages do the same ("support_bl?ip=", "Whitelist.aspx?IP="). Only ip= counts.
    before: String.raw`https?:\/\/[^\s"<>]{1,200}[?&;]ip=`,
    source: 'RFC 7208 §7.3: "why.html?sender=%{S}&ip=%{I}"',
  },
  {
    // Also Exim's SPF ACL "<ip> is not allowed to send mail from <domain>".
    after: String.raw`is[ \t]not[ \t](?:allowed|authorized|permitted)[ \t]to[ \t]send`,
    source: 'Orange (RFC 7208 SPF): "550 5.5.0 SPF: 80.12.242.126 is not allowed to send mail"',
  },
  {
    // Also Exim "$sender_host_address is listed at $dnslist_domain".
    after: String.raw`(?:is[ \t])?(?:listed|blacklisted|blocklisted|black[ \t]listed)[ \t](?:at|in|on|by)\b`,
    source: 'sendmail cf/feature/dnsbl.m4: "Rejected: " $&{client_addr} " listed at "',
  },
  {
    // Also NiX Spam "Your address 198.51.100.7 is in the nixspam list".
    after: String.raw`is[ \t]in[ \t](?:a|the)[ \t][A-Za-z0-9. -]{0,24}list`,
    source: 'A DNSBL refusal: "rejected because 192.0.2.1 is in a black list at zen.spamhaus.org"',
  },
  {
    after: String.raw`is[ \t]sending[ \t]too[ \t]much`,
    source: 'A DNSBL refusal: "192.0.2.1 is sending too much mail"',
  },
  // The author's address, which no receiver judged: listed first, never the sender's.
  { loosely: "originating ip", source: "X-Originating-IP, written by the author's webmail" },
  { loosely: String.raw`remote (?:ip|host)|\bip(?: address)?`, source: 'Replies: "IP=192.0.2.1"' },
];

/**
 * Wordings just before an address that name it as the receiving side's: the server that
 * answered or was connected to, never the sender's. Each ends where the address starts.
 */
const RECEIVER_WORDINGS: readonly { before: string; source: string }[] = [
  {
    // Also Exim deliver.c "host mx.example.com [192.0.2.25]: 550 ..." and Postfix's "refused to
    // talk to me". Postfix wraps its text at 80 columns: "host" can end a line and the name
    // with its address start the next, indented; the break counts as the blank after "host".
    before: String.raw`\bhost(?:[ \t]{1,4}|[ \t]{0,4}\r?\n[ \t]{1,12})[A-Za-z0-9][A-Za-z0-9.-]{0,252}[ \t]?\[`,
    source: 'Postfix src/smtp/smtp_proto.c: "host mx.example.com[192.0.2.25] said:"',
  },
  {
    // Also qmail-remote.c "Connected to 192.0.2.25 but sender was rejected."
    before: String.raw`\bconnect(?:ed)? to[ \t]{1,4}(?:[A-Za-z0-9][A-Za-z0-9.-]{0,252}[ \t]?\[)?`,
    source:
      'Postfix smtp_connect.c: "connect to mx.example.com[192.0.2.25]:25: Connection refused"',
  },
  {
    // Postfix's session->namaddr: also smtp_sasl_glue.c "SASL authentication failed; server
    // smtp.provider.example[198.51.100.5] said:" (the relay that refused the login, review 25
    // finding 5), "conversation with ...[192.0.2.25] timed out", "local data error while
    // talking to ...[192.0.2.25]". "server" is the peer only where no word before it makes it
    // the sender's ("your server").
    before: String.raw`(?:(?<!\b(?:your|sending|sender's|client|originating)[ \t]{1,4})\bserver|\blost connection with|\bconversation with|\btalking to)(?:[ \t]{1,4}|[ \t]{0,4}\r?\n[ \t]{1,12})[A-Za-z0-9][A-Za-z0-9.-]{0,252}\[`,
    source: 'Postfix smtp_trouble.c: "lost connection with mx.example.com[192.0.2.25] while"',
  },
  {
    before: String.raw`remote-mta:[ \t]*dns;[ \t]*(?:[A-Za-z0-9][A-Za-z0-9.-]{0,252}[ \t]{0,4})?[[(]?`,
    source: 'RFC 3464 §2.3.5: "Remote-MTA: dns; mx.example.com [192.0.2.25]"',
  },
];

const alternation = (patterns: (string | undefined)[]): string =>
  patterns.filter((p) => p !== undefined).join("|");

const CLIENT_BEFORE = new RegExp(`(?:${alternation(SENDER_WORDINGS.map((w) => w.before))})$`, "i");
const CLIENT_AFTER = new RegExp(
  String.raw`^\]?[ \t](?:${alternation(SENDER_WORDINGS.map((w) => w.after))})`,
  "i",
);
const SENDING_SIDE_BEFORE = new RegExp(
  String.raw`(?:${alternation(SENDER_WORDINGS.map((w) => w.loosely))})[ \t]*[:=]?[ \t]*\(?\[?$`,
  "i",
);
const RECEIVING_BEFORE = new RegExp(
  `(?:${alternation(RECEIVER_WORDINGS.map((w) => w.before))})$`,
  "i",
);

/** Whether the address that starts at `at` is leaned to the sending side (`loosely`). */
export function namedAsSendingSide(text: string, at: number): boolean {
  return SENDING_SIDE_BEFORE.test(text.slice(Math.max(0, at - 40), at));
}

/** Whether the address that starts at `at` is named as the receiving server's. */
export function namedAsReceiving(text: string, at: number): boolean {
  return RECEIVING_BEFORE.test(text.slice(Math.max(0, at - 80), at));
}

/**
 * Whether the address at [at, end) is named as the refusing server's client. One in the returned
 * original (noticeText says why) is none; no wording runs across a line, so none across its edge.
 */
export function namedAsClient(text: string, at: number, end: number, of: IpReading): boolean {
  return (
    !inOriginal({ text, originalSpans: of.originalSpans }, at) &&
    (CLIENT_BEFORE.test(text.slice(Math.max(0, at - 260), at)) ||
      CLIENT_AFTER.test(text.slice(end, end + 48)))
  );
}

/** A domain name: two or more labels of letters, digits and hyphens, lower case. */
const DOMAIN_NAME = /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+$/;

/** The registrable domains of the recipients' domains, each once. */
function recipientSites(recipients: readonly Pick<RecipientReport, "address">[]): string[] {
  // Each domain once before the list is asked: a bounce for thousands of recipients names few.
  const domains = new Set<string>();
  for (const { address } of recipients)
    if (address?.includes("@")) domains.add(address.slice(address.lastIndexOf("@") + 1));
  const sites: string[] = [];
  for (const raw of domains) {
    const domain = raw.replace(/[>\s.]+$/, "").toLowerCase();
    if (!DOMAIN_NAME.test(domain)) continue;
    // The registrable domain (the Public Suffix List's, ICANN section, as for DMARC's
    // organisational domain): a recipient's MX and store are under it, another's are not.
    const site = getDomain(domain, { allowPrivateDomains: false }) ?? domain;
    if (!sites.includes(site)) sites.push(site);
  }
  return sites;
}

const RECEIVED_FIELD = /^Received:[ \t]*((?:.*)(?:\n[ \t]+.*){0,12})/gim;
const BY_CLAUSE = /\bby[ \t]+([A-Za-z0-9][A-Za-z0-9.-]{0,252})/i;
const FROM_HOSTS = /[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9][A-Za-z0-9-]{0,62})+/g;
const FROM_IP =
  /\[(?:IPv6:)?([0-9A-Fa-f:.]{3,45})\]|\(((?:\d{1,3}\.){3}\d{1,3}|(?:IPv6:)?[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})\)/i;

/**
 * The sender's address from the returned headers: the Received field in which a server in the
 * recipient's domain (its BY clause) records taking the message from a host outside it (RFC
 * 5321 §4.4: each server that takes a message prepends a Received field whose FROM clause names
 * its client and whose BY clause names itself). Only when exactly one address is so named: two
 * (a forward, a filter in front) leave it unsure, and no address is better than a wrong one.
 */
export function boundaryHopIp(
  text: string,
  recipients: readonly Pick<RecipientReport, "address">[],
): string | null {
  // The recipients' sites are read at the first Received field (most pastes have none).
  let sites: string[] | null = null;
  const found = new Set<string>();
  for (const m of text.slice(0, 400_000).matchAll(RECEIVED_FIELD)) {
    const value = m[1]!.replace(/\n[ \t]+/g, " ");
    const by = value.search(/[\s)]by[ \t]/i);
    if (!/^from[ \t]/i.test(value) || by < 0) continue;
    const inDomain = (sites ??= recipientSites(recipients));
    if (inDomain.length === 0) return null;
    const byHost = BY_CLAUSE.exec(value.slice(by + 1))?.[1]?.toLowerCase();
    if (!byHost || !inDomain.some((s) => hostUnder(byHost, s))) continue;
    const fromClause = value.slice(0, by + 1);
    const fromHosts = [...fromClause.matchAll(FROM_HOSTS)]
      .map((h) => h[0].toLowerCase())
      .filter((h) => /[a-z]/.test(h.slice(h.lastIndexOf(".") + 1)));
    // A hop inside the recipient's domain (its MX handing to its store) is not the boundary.
    if (fromHosts.some((h) => inDomain.some((s) => hostUnder(h, s)))) continue;
    const ipMatch = FROM_IP.exec(fromClause);
    const ip = (ipMatch?.[1] ?? ipMatch?.[2])?.replace(/^IPv6:/i, "").toLowerCase();
    if (ip && isIP(ip) !== 0) found.add(unmapIPv4(ip) ?? ip);
  }
  return found.size === 1 ? [...found][0]! : null;
}
