// Which IP addresses a bounce names as the sender's: the SMTP client of the server that refused
// (or, in the returned headers, of the server that took the message into the recipient's
// domain). An allow-list, not a deny-list: a bounce names many other parties' addresses (the
// server that answered, "Remote MTA x:", the recipient's own inbound hops, Received-From-MTA
// when the recipient's side wrote the DSN, the author's X-Originating-IP, the bounce's own
// transport), and taking any of them as "the IP your mail leaves from" sends the user to set
// PTR, HELO and SNDS for a stranger's server (review 26, finding 1). An address counts only
// where the words make it the client:
// - RFC 5321 §4.4: each server that takes a message prepends a Received field whose FROM
//   clause names the host it took the message from (its client) and whose BY clause names
//   itself. The hop into the recipient's domain therefore names the sender's (or its relay's)
//   address in FROM. RFC 3464 §2.2.4 (Received-From-MTA) and §2.3.5 (Remote-MTA) name the
//   reporting MTA's client and its server, neither of them the sender's when the recipient's
//   side wrote the report, so neither is read here.
// - Refusing servers that name their client, in their own wording (below, with sources).
import { noticeText } from "./notice-text";
import type { ParsedBounce } from "./types";

/** IPv4, or IPv6 (hex groups with at least two colons; validated after the match). */
const IP = String.raw`((?:\d{1,3}\.){3}\d{1,3}|(?:IPv6:)?[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})`;

/**
 * Wording just before an address that names it as the refusing server's client. Bounded runs
 * only (no nested repetition); each alternative ends where the address starts.
 * - Postfix smtpd_check.c: "Service unavailable; Client host [192.0.2.1] blocked using
 *   zen.spamhaus.org" (reject_rbl_client; the reply class may be set to "client"), "Client host
 *   rejected: cannot find your hostname, [192.0.2.1]" and its log line "reject: RCPT from
 *   unknown[192.0.2.1]: 450 4.7.1 ..." (Postfix's smtpd_check test output), the smtpd log's
 *   "client=mail.example.com[192.0.2.1]", and anvil's "too many connections from 192.0.2.1",
 *   "too much mail from", "too many recipients from" (smtpd.c).
 * - mail.ru (https://help.mail.ru/mail/error/): "Access from ip address 192.0.2.1 blocked".
 * - Yahoo (https://postmaster.yahooinc.com/error-codes): "421 Message from x.x.x.x temporarily
 *   deferred"; Microsoft (Outlook.com S3150): "messages from [192.0.2.1] weren't sent"; sendmail
 *   cf/feature/enhdnsbl.m4: "Mail from " $&{client_addr} " refused by blackhole site".
 * - A server that refuses the connection names who connected: NTL's outgoing server greeted a
 *   mail client with "aamtaout01-winn.ispmail.ntl.com connection refused from [87.115.73.83]"
 *   (quoted in a user's forum post, 2009).
 * - Microsoft Exchange Online NDR 5.7.606: "Access denied, banned sending IP [IP.address]".
 * - The receiver's lookups of its client: "Client IP address 192.0.2.1 does not resolve",
 *   "Your IP address 198.51.100.7 has been blocked", "sender IP address 192.0.2.1 is locally
 *   blacklisted", "mail not accepted from blacklisted IP address [203.0.113.2]", "Reverse DNS
 *   lookup failed for 192.0.2.25", "Cannot resolve PTR record for 192.0.2.1" (replies quoted
 *   with their sources in lib/knowledge); sendmail's cf/m4/proto.m4, which refuses to relay for a
 *   client whose name does not resolve: "550 Relaying denied. IP name lookup failed "
 *   $&{client_name} and "IP name possibly forged " (the name of an unresolved client is its
 *   address in brackets: "... lookup failed [192.0.2.1]").
 * - Symantec Email Security.cloud (MessageLabs) knowledge base article 162137, "NDR: You are
 *   trying to use me as a relay": "... but I have not been configured to let you [IP, address] do
 *   this." (the client's address and name in brackets).
 * - RFC 7208 §7.3: an SPF explanation's %{i} is "the IP address of the SMTP client", which
 *   explanations put in a link ("why.html?sender=%{S}&ip=%{I}"); receivers' own pages do the same
 *   ("support_bl?ip=", "Whitelist.aspx?IP="). Only a link's ip= parameter counts.
 */
const CLIENT_BEFORE =
  /(?:\bclient(?:[ \t]host)?[ \t]\[|\bcannot[ \t]find[ \t]your[ \t](?:reverse[ \t])?hostname,[ \t]\[|\b(?:RCPT|MAIL|CONNECT|DATA|END-OF-MESSAGE|HELO|EHLO|VRFY|ETRN|BDAT|AUTH|STARTTLS)[ \t]from[ \t][A-Za-z0-9.-]{1,253}\[|\bclient=[A-Za-z0-9.-]{0,253}\[|\baccess[ \t]from[ \t]ip[ \t]address[ \t]|\b(?:messages?|mail)[ \t]from[ \t]\[?|\bconnections?[ \t](?:refused|rejected|denied|blocked)[ \t]from[ \t]\[?|\btoo[ \t](?:many|much)[ \t][a-z]{1,12}(?:[ \t][a-z]{1,12})?[ \t]from[ \t]\[?|\bbanned[ \t]sending[ \t]IP[ \t]\[|\b(?:your|sender|sending|client|connecting|source)[ \t]IP(?:[ \t]address)?:?[ \t]\[?|\byour[ \t]address[ \t]|\bfrom[ \t]blacklisted[ \t]IP(?:[ \t]address)?[ \t]\[?|\b(?:reverse[ \t]DNS(?:[ \t]lookup[ \t]failed)?|rDNS|PTR[ \t]record)[ \t]for[ \t]\[?|\bconfigured[ \t]to[ \t]let[ \t]you[ \t]\[|\bIP[ \t]name[ \t](?:lookup[ \t]failed|possibly[ \t]forged)[ \t]\[?|https?:\/\/[^\s"<>]{1,200}[?&;]ip=)$/i;

/**
 * Wording just after an address that makes it the client the receiver judged:
 * - SPF (RFC 7208): "550 5.5.0 SPF: 80.12.242.126 is not allowed to send mail" (Orange), Exim's
 *   SPF ACL "<ip> is not allowed to send mail from <domain>".
 * - DNSBL refusals name the listed client: sendmail cf/feature/dnsbl.m4 "Rejected: "
 *   $&{client_addr} " listed at ", Exim's "$sender_host_address is listed at $dnslist_domain",
 *   "rejected because 192.0.2.1 is in a black list at zen.spamhaus.org", "Your address
 *   198.51.100.7 is in the nixspam list", "192.0.2.1 is sending too much mail".
 */
const CLIENT_AFTER =
  /^\]?[ \t](?:is[ \t]not[ \t](?:allowed|authorized|permitted)[ \t]to[ \t]send|(?:is[ \t])?(?:listed|blacklisted|blocklisted|black[ \t]listed)[ \t](?:at|in|on|by)\b|is[ \t]in[ \t](?:a|the)[ \t][A-Za-z0-9. -]{0,24}list|is[ \t]sending[ \t]too[ \t]much)/i;

/** An IPv4 address with each part at most 255, or an IPv6 address of hex groups. */
function validIp(ip: string): boolean {
  if (ip.includes(":")) {
    const groups = ip.split(":");
    // Full (eight groups) or shortened with "::": a time of day ("15:52:27") is neither.
    return (
      (groups.length === 8 || (ip.includes("::") && groups.length >= 3 && groups.length <= 8)) &&
      /[0-9a-f]/i.test(ip) &&
      groups.every((g) => g.length <= 4) &&
      ip.split("::").length <= 2
    );
  }
  return ip.split(".").every((o) => Number(o) <= 255);
}

/** The addresses the notice's own wording names as the refusing server's client, in order. */
export function clientIpsNamed(text: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`(?<![\\w.:])${IP}(?![\\w:]|\\.\\d)`, "g");
  for (const m of text.matchAll(re)) {
    const ip = m[1]!.replace(/^IPv6:/i, "");
    if (!validIp(ip)) continue;
    const at = m.index!;
    const before = text.slice(Math.max(0, at - 260), at);
    const after = text.slice(at + m[0].length, at + m[0].length + 48);
    if (CLIENT_BEFORE.test(before) || CLIENT_AFTER.test(after))
      if (!out.includes(ip.toLowerCase())) out.push(ip.toLowerCase());
  }
  return out;
}

/** A host name's domain relation: the same name, or one under the other. */
function within(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The domain a host name is in for this purpose: its last two labels (three under a ccTLD's second level). */
function siteOf(host: string): string {
  const labels = host.split(".");
  const n =
    labels.length >= 3 && /^(?:co|com|net|org|gov|edu|ac|or|ne)$/.test(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-n).join(".");
}

const RECEIVED_FIELD = /^Received:[ \t]*((?:.*)(?:\n[ \t]+.*){0,12})/gim;
const BY_CLAUSE = /\bby[ \t]+([A-Za-z0-9][A-Za-z0-9.-]{0,252})/i;
const FROM_HOSTS = /[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9][A-Za-z0-9-]{0,62})+/g;
const FROM_IP = new RegExp(`\\[(?:IPv6:)?([0-9A-Fa-f:.]{3,45})\\]|\\(${IP}\\)`, "i");

/**
 * The sender's address from the returned headers: the Received field in which a server in the
 * recipient's domain (its BY clause) records taking the message from a host outside it (RFC
 * 5321 §4.4). Only when exactly one address is so named: two (a forward, a filter in front)
 * leave it unsure, and no address is better than a wrong one.
 */
export function boundaryHopIp(text: string, recipientDomains: readonly string[]): string | null {
  const sites = [...new Set(recipientDomains.map((d) => siteOf(d.toLowerCase())))];
  if (sites.length === 0) return null;
  const found = new Set<string>();
  for (const m of text.matchAll(RECEIVED_FIELD)) {
    const value = m[1]!.replace(/\n[ \t]+/g, " ");
    const by = value.search(/[\s)]by[ \t]/i);
    if (!/^from[ \t]/i.test(value) || by < 0) continue;
    const byHost = BY_CLAUSE.exec(value.slice(by + 1))?.[1]?.toLowerCase();
    if (!byHost || !sites.some((s) => within(byHost, s))) continue;
    const fromClause = value.slice(0, by + 1);
    const fromHosts = [...fromClause.matchAll(FROM_HOSTS)]
      .map((h) => h[0].toLowerCase())
      .filter((h) => /[a-z]/.test(h.slice(h.lastIndexOf(".") + 1)));
    // A hop inside the recipient's domain (its MX handing to its store) is not the boundary.
    if (fromHosts.some((h) => sites.some((s) => within(h, s)))) continue;
    const ipMatch = FROM_IP.exec(fromClause);
    const ip = (ipMatch?.[1] ?? ipMatch?.[2])?.toLowerCase();
    if (ip && validIp(ip)) found.add(ip);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * The addresses the bounce names as the sender's, best first: the refusing server's wording
 * about its client, then the boundary hop of the returned headers. Never one the parse knows
 * as the receiving server's (ParsedBounce.receivingIps).
 */
export function senderIps(
  parsed: Pick<ParsedBounce, "text" | "originalSpans" | "receivingIps" | "recipients">,
  recipientDomains: readonly string[] = [],
): string[] {
  const receiving = new Set(parsed.receivingIps ?? []);
  const named = clientIpsNamed(noticeText(parsed, 200_000));
  const hop = boundaryHopIp(parsed.text.slice(0, 400_000), recipientDomains);
  const out = hop && !named.includes(hop) ? [...named, hop] : named;
  return out.filter((ip) => !receiving.has(ip));
}

/**
 * The sender's addresses of a parse: those it carries (ParsedBounce.senderIps), else those its
 * text names (senderIps), never one known as the receiving server's.
 */
export function senderIpsOf(
  parsed: Pick<
    ParsedBounce,
    "text" | "originalSpans" | "receivingIps" | "recipients" | "senderIps"
  >,
  recipientDomains: readonly string[] = [],
): string[] {
  if (!parsed.senderIps) {
    // Read once per parse and recipients: the wizard builds its context at every step, and each
    // reading scans the text. A WeakMap keeps nothing of the input alive once the parse is gone.
    const key = recipientDomains.join(" ");
    let byDomains = READ.get(parsed);
    if (!byDomains) READ.set(parsed, (byDomains = new Map()));
    let ips = byDomains.get(key);
    if (!ips) byDomains.set(key, (ips = senderIps(parsed, recipientDomains)));
    return ips;
  }
  const receiving = new Set(parsed.receivingIps ?? []);
  return parsed.senderIps.filter((ip) => !receiving.has(ip));
}

/** senderIps of each parse read so far, by the recipients' domains it was read for. */
const READ = new WeakMap<object, Map<string, string[]>>();
