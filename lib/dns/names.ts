// Pure, browser-safe helpers for DNS names and IP addresses. No node: imports here: the UI
// uses these to validate input and to show which name a check queried.

import { expandIPv6, isIP } from "./ip";

export { canonicalIP, expandIPv6, isIP, isIPv4, isIPv6 } from "./ip";

/** Lower-case, trimmed, without the trailing root dot. Does not validate. */
export function normaliseName(name: string): string {
  let out = name.trim().toLowerCase();
  while (out.endsWith(".")) out = out.slice(0, -1);
  return out;
}

/**
 * Why a typed domain cannot be one, before any conversion: a character no host name has
 * ("/", "?", "#", "\\", ":", "%", white space). URL parsers (domainToASCII) stop at such a
 * character and return the part before it, so "sender-ok.test/x" would pass as sender-ok.test.
 */
export function domainCharacterProblem(text: string): string | null {
  const bad = /[/\\?#:%\s]/.exec(text);
  if (!bad) return null;
  const shown = /\s/.test(bad[0]) ? "a space" : `"${bad[0]}"`;
  return `"${text.slice(0, 60)}" is not a valid domain name: it has ${shown}, and a domain is only letters, digits, hyphens and dots.`;
}

/**
 * A syntactically valid host/domain name per RFC 1035 §2.3.4 (labels of 1-63 octets, at most
 * 253 characters in text form) with the LDH rule relaxed to allow "_" (DKIM selectors,
 * _dmarc, _mta-sts). IDNs must already be in their xn-- (A-label) form.
 */
export function isValidDomainName(name: string): boolean {
  const n = normaliseName(name);
  return n.length > 0 && n.length <= 253 && n.split(".").every(isDnsLabel);
}

/** One label of such a name: 1-63 lower-case letters, digits, "-" or "_", no "-" at either end. */
export function isDnsLabel(label: string): boolean {
  // Bounded label, simple character class: no backtracking risk.
  return /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/.test(label);
}

/**
 * The reverse-lookup labels of an IP, without a zone suffix:
 * 192.0.2.1 -> "1.2.0.192"; 2001:db8::1 -> "1.0.0.0. ... .8.b.d.0.1.0.0.2" (32 nibbles).
 * DNSBLs use the same form in front of their zone (RFC 5782 §2.1, §2.4).
 */
export function reverseLabels(ip: string): string {
  const family = isIP(ip);
  if (family === 4)
    return ip
      .split(".")
      .reverse()
      .map((o) => String(Number(o)))
      .join(".");
  if (family === 6) {
    const hex = expandIPv6(ip).replace(/:/g, "");
    return hex.split("").reverse().join(".");
  }
  throw new Error(`not an IP address: ${ip.slice(0, 64)}`);
}

/** The PTR name of an IP (RFC 1035 §3.5 in-addr.arpa, RFC 3596 §2.5 ip6.arpa). */
export function reverseName(ip: string): string {
  return `${reverseLabels(ip)}.${isIP(ip) === 4 ? "in-addr.arpa" : "ip6.arpa"}`;
}
