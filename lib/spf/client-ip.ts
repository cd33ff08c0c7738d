// The connecting client's address as SPF sees it (RFC 7208 §5, §7.3): an IPv4-mapped IPv6
// address (::ffff:192.0.2.1) is IPv4 everywhere — in ip4/ip6 matching, a/mx lookups (A, not
// AAAA) and the i/c/v macros.

import { isIPv4, parseIPv6, unmapIPv4 } from "@/lib/dns/ip";

export interface ClientIp {
  family: 4 | 6;
  /** 4 or 16 bytes. */
  bytes: number[];
  /** %{c}: dotted quad, or RFC 5952 compressed lower-case IPv6. */
  readable: string;
  /** %{i}: dotted quad, or 32 dot-separated nibbles (upper-case, as in RFC 7208's examples). */
  dotted: string;
  /** The PTR query name (in-addr.arpa / ip6.arpa). */
  reverseName: string;
}

function v4(bytes: number[]): ClientIp {
  const dotted = bytes.join(".");
  return {
    family: 4,
    bytes,
    readable: dotted,
    dotted,
    reverseName: `${[...bytes].reverse().join(".")}.in-addr.arpa`,
  };
}

/** RFC 5952 §4: lower case, leading zeros dropped, the longest run (2+) of zero groups as "::". */
export function compressIPv6(groups: number[]): string {
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < groups.length;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestLen < 2) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLen).join(":")}`;
}

export function parseClientIp(text: string): ClientIp | null {
  const s = text.trim();
  const v4Text = isIPv4(s) ? s : unmapIPv4(s);
  if (v4Text) return v4(v4Text.split(".").map(Number));
  const groups = parseIPv6(s);
  if (!groups) return null;
  const bytes = groups.flatMap((g) => [g >> 8, g & 0xff]);
  const nibbles = bytes.flatMap((b) => [(b >> 4).toString(16), (b & 0xf).toString(16)]);
  return {
    family: 6,
    bytes,
    readable: compressIPv6(groups),
    dotted: nibbles.join(".").toUpperCase(),
    reverseName: `${[...nibbles].reverse().join(".")}.ip6.arpa`,
  };
}

/** Parse an address from DNS or a record (ip4:/ip6: network) into bytes, keeping its family. */
export function addressBytes(text: string): { family: 4 | 6; bytes: number[] } | null {
  if (isIPv4(text)) return { family: 4, bytes: text.split(".").map(Number) };
  const groups = parseIPv6(text);
  if (!groups) return null;
  return { family: 6, bytes: groups.flatMap((g) => [g >> 8, g & 0xff]) };
}

/** Whether the first `prefix` bits of two byte arrays agree. */
export function samePrefix(a: number[], b: number[], prefix: number): boolean {
  if (a.length !== b.length) return false;
  let bits = prefix;
  for (let i = 0; i < a.length && bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((a[i] as number) & mask) !== ((b[i] as number) & mask)) return false;
  }
  return true;
}

/**
 * Does `network`/`prefix` (an ip4:/ip6: network or an A/AAAA answer) contain the client?
 * ip4 only matches IPv4 clients and ip6 only IPv6 ones (§5.6); a mapped IPv4 in an ip6:
 * network stays an IPv6 network (OpenSPF cidr6-ip4).
 */
export function networkContains(network: string, prefix: number, client: ClientIp): boolean {
  const net = addressBytes(network);
  if (!net || net.family !== client.family) return false;
  return samePrefix(net.bytes, client.bytes, prefix);
}
