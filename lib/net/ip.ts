// IP address parsing without node:net, so that the browser can validate input too: the parse
// (lib/bounce, bundled for the page) reads addresses with it as the checks (lib/dns, server-only) do.

const IPV4_OCTET = /^(?:0|[1-9][0-9]{0,2})$/;
const IPV6_GROUP = /^[0-9a-f]{1,4}$/i;

/** Dotted-quad IPv4, no leading zeros (which some parsers read as octal). */
export function isIPv4(s: string): boolean {
  if (s.length > 15) return false;
  const parts = s.split(".");
  return parts.length === 4 && parts.every((p) => IPV4_OCTET.test(p) && Number(p) <= 255);
}

/** The 8 groups of an IPv6 address as numbers, or null when it is not one (RFC 4291 §2.2). */
export function parseIPv6(s: string): number[] | null {
  if (s.length < 2 || s.length > 45) return null;
  let text = s;
  const tail: number[] = [];
  const lastColon = text.lastIndexOf(":");
  if (text.includes(".")) {
    // Embedded IPv4 in the last 32 bits (::ffff:192.0.2.1).
    const v4 = text.slice(lastColon + 1);
    if (!isIPv4(v4)) return null;
    const o = v4.split(".").map(Number) as [number, number, number, number];
    tail.push((o[0] << 8) | o[1], (o[2] << 8) | o[3]);
    const prefix = text.slice(0, lastColon + 1);
    // "::ffff:" -> "::ffff"; "::" stays "::" (the embedded address follows the gap).
    text = prefix.endsWith("::") ? prefix : prefix.slice(0, -1);
  }
  const doubles = text.split("::");
  if (doubles.length > 2) return null;
  const parseGroups = (part: string): number[] | null => {
    if (part === "") return [];
    const groups = part.split(":");
    if (!groups.every((g) => IPV6_GROUP.test(g))) return null;
    return groups.map((g) => parseInt(g, 16));
  };
  const head = parseGroups(doubles[0] ?? "");
  if (head === null) return null;
  if (doubles.length === 1) {
    const all = [...head, ...tail];
    return all.length === 8 ? all : null;
  }
  const rest = parseGroups(doubles[1] ?? "");
  if (rest === null) return null;
  const known = head.length + rest.length + tail.length;
  if (known > 7) return null;
  return [...head, ...new Array<number>(8 - known).fill(0), ...rest, ...tail];
}

export function isIPv6(s: string): boolean {
  return parseIPv6(s) !== null;
}

/** 4 for IPv4, 6 for IPv6, 0 otherwise (like node:net isIP). */
export function isIP(s: string): 0 | 4 | 6 {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

/** The IPv4 address an IPv4-mapped IPv6 address stands for (::ffff:192.0.2.1, ::ffff:c000:201,
 *  0:0:0:0:0:ffff:192.0.2.1; RFC 4291 §2.5.5.2), or null for anything else. */
export function unmapIPv4(s: string): string | null {
  const g = parseIPv6(s);
  if (!g || g.slice(0, 5).some((x) => x !== 0) || g[5] !== 0xffff) return null;
  const [hi = 0, lo = 0] = g.slice(6);
  return `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
}

/**
 * The IPv4 address an IPv6 address carries in its last 32 bits and stands for, or null:
 * IPv4-mapped (::ffff:0:0/96, RFC 4291 §2.5.5.2), IPv4-compatible (::/96, deprecated by
 * RFC 4291 §2.5.5.1; not :: or ::1) and the NAT64 well-known prefix (64:ff9b::/96, RFC 6052
 * §2.1). Input validation reads all three as their IPv4 address, so that ::127.0.0.1 or
 * 64:ff9b::a9fe:a9fe is refused like 127.0.0.1 or 169.254.169.254.
 */
export function embeddedIPv4(s: string): string | null {
  const g = parseIPv6(s);
  if (!g) return null;
  const [hi = 0, lo = 0] = g.slice(6);
  const v4 = `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  const headZero = g.slice(0, 5).every((x) => x === 0);
  if (headZero && g[5] === 0xffff) return v4;
  if (headZero && g[5] === 0 && (hi !== 0 || lo > 1)) return v4;
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return v4;
  return null;
}

/** Full form with leading zeros: 2001:0db8:0000:...:0001. */
export function expandIPv6(s: string): string {
  const groups = parseIPv6(s);
  if (!groups) throw new Error(`not an IPv6 address: ${s.slice(0, 64)}`);
  return groups.map((g) => g.toString(16).padStart(4, "0")).join(":");
}

/** The same address in a canonical comparable form (RFC 5952-ish for v6: expanded, lower-case). */
export function canonicalIP(s: string): string | null {
  if (isIPv4(s)) return s;
  const g = parseIPv6(s);
  return g ? g.map((x) => x.toString(16).padStart(4, "0")).join(":") : null;
}

/**
 * The network one operator's servers share, as a comparable string: the /24 of an IPv4 address,
 * the /48 of an IPv6 one (the usual end-site assignment, RFC 6177 section 2), an IPv4-mapped
 * IPv6 address read as its IPv4 address. Null for anything that is no IP. Read on the expanded
 * groups, so that "2001:db8::1" and "2001:db8:0:0::5" are one network (cutting the text at its
 * third colon gave "2001:db8:" and "2001:db8:0").
 */
export function networkOf(ip: string): string | null {
  const v4 = isIPv4(ip) ? ip : unmapIPv4(ip);
  if (v4) return v4.split(".").slice(0, 3).join(".");
  const g = parseIPv6(ip);
  return g
    ? g
        .slice(0, 3)
        .map((x) => x.toString(16).padStart(4, "0"))
        .join(":") + "::/48"
    : null;
}

/** Both are IPs in one network (networkOf). */
export function sameNetwork(a: string, b: string): boolean {
  const n = networkOf(a);
  return n !== null && n === networkOf(b);
}
