// Address blocks where a reputation or DNS check means nothing: they are not routed on the
// public Internet. Source: IANA IPv4 / IPv6 Special-Purpose Address Registries (RFC 6890),
// https://www.iana.org/assignments/iana-ipv4-special-registry/ and
// https://www.iana.org/assignments/iana-ipv6-special-registry/ , plus multicast (RFC 5771,
// RFC 4291 §2.7) and the IPv4 "reserved for future use" block (RFC 1112 §4).
// `documentation: true` marks the blocks set aside for examples (RFC 5737, RFC 3849,
// RFC 9637): the project's fixtures and demo use them (see validate.ts).

export interface SpecialBlock {
  prefix: string;
  length: number;
  family: "ipv4" | "ipv6";
  name: string;
  source: string;
  documentation?: boolean;
}

export const SPECIAL_ADDRESS_BLOCKS: readonly SpecialBlock[] = [
  { prefix: "0.0.0.0", length: 8, family: "ipv4", name: '"this network"', source: "RFC 791 §3.2" },
  { prefix: "10.0.0.0", length: 8, family: "ipv4", name: "private network", source: "RFC 1918" },
  {
    prefix: "100.64.0.0",
    length: 10,
    family: "ipv4",
    name: "carrier-grade NAT (shared address space)",
    source: "RFC 6598",
  },
  { prefix: "127.0.0.0", length: 8, family: "ipv4", name: "loopback", source: "RFC 1122 §3.2.1.3" },
  { prefix: "169.254.0.0", length: 16, family: "ipv4", name: "link-local", source: "RFC 3927" },
  { prefix: "172.16.0.0", length: 12, family: "ipv4", name: "private network", source: "RFC 1918" },
  {
    prefix: "192.0.0.0",
    length: 24,
    family: "ipv4",
    name: "IETF protocol assignments",
    source: "RFC 6890 §2.1",
  },
  {
    prefix: "192.0.2.0",
    length: 24,
    family: "ipv4",
    name: "documentation (TEST-NET-1)",
    source: "RFC 5737",
    documentation: true,
  },
  {
    prefix: "192.88.99.0",
    length: 24,
    family: "ipv4",
    name: "deprecated 6to4 relay anycast",
    source: "RFC 7526",
  },
  {
    prefix: "192.168.0.0",
    length: 16,
    family: "ipv4",
    name: "private network",
    source: "RFC 1918",
  },
  { prefix: "198.18.0.0", length: 15, family: "ipv4", name: "benchmarking", source: "RFC 2544" },
  {
    prefix: "198.51.100.0",
    length: 24,
    family: "ipv4",
    name: "documentation (TEST-NET-2)",
    source: "RFC 5737",
    documentation: true,
  },
  {
    prefix: "203.0.113.0",
    length: 24,
    family: "ipv4",
    name: "documentation (TEST-NET-3)",
    source: "RFC 5737",
    documentation: true,
  },
  { prefix: "224.0.0.0", length: 4, family: "ipv4", name: "multicast", source: "RFC 5771" },
  {
    prefix: "240.0.0.0",
    length: 4,
    family: "ipv4",
    name: "reserved for future use (and broadcast)",
    source: "RFC 1112 §4, RFC 919",
  },
  {
    prefix: "::",
    length: 128,
    family: "ipv6",
    name: "unspecified address",
    source: "RFC 4291 §2.5.2",
  },
  { prefix: "::1", length: 128, family: "ipv6", name: "loopback", source: "RFC 4291 §2.5.3" },
  {
    prefix: "::ffff:0:0",
    length: 96,
    family: "ipv6",
    name: "IPv4-mapped address",
    source: "RFC 4291 §2.5.5.2",
  },
  {
    prefix: "64:ff9b:1::",
    length: 48,
    family: "ipv6",
    name: "local-use IPv4/IPv6 translation",
    source: "RFC 8215",
  },
  { prefix: "100::", length: 64, family: "ipv6", name: "discard-only", source: "RFC 6666" },
  {
    prefix: "2001::",
    length: 23,
    family: "ipv6",
    name: "IETF protocol assignments",
    source: "RFC 2928",
  },
  {
    prefix: "2001:db8::",
    length: 32,
    family: "ipv6",
    name: "documentation",
    source: "RFC 3849",
    documentation: true,
  },
  { prefix: "2002::", length: 16, family: "ipv6", name: "6to4", source: "RFC 3056" },
  {
    prefix: "3fff::",
    length: 20,
    family: "ipv6",
    name: "documentation",
    source: "RFC 9637",
    documentation: true,
  },
  {
    prefix: "fc00::",
    length: 7,
    family: "ipv6",
    name: "unique local (private) address",
    source: "RFC 4193",
  },
  { prefix: "fe80::", length: 10, family: "ipv6", name: "link-local", source: "RFC 4291 §2.5.6" },
  { prefix: "ff00::", length: 8, family: "ipv6", name: "multicast", source: "RFC 4291 §2.7" },
];

/** Reserved top-level names (RFC 2606 §2, RFC 6761 §6, RFC 6762 §3, RFC 8375, ICANN .internal). */
export const RESERVED_TLDS: readonly {
  tld: string;
  name: string;
  source: string;
  documentation?: boolean;
}[] = [
  { tld: "test", name: "reserved for testing", source: "RFC 2606 §2", documentation: true },
  {
    tld: "example",
    name: "reserved for documentation",
    source: "RFC 2606 §2",
    documentation: true,
  },
  { tld: "invalid", name: "reserved as never valid", source: "RFC 2606 §2" },
  { tld: "localhost", name: "loopback name", source: "RFC 6761 §6.3" },
  { tld: "local", name: "multicast DNS (local network only)", source: "RFC 6762 §3" },
  { tld: "internal", name: "private-use names", source: "ICANN resolution 2024-07-29 (.internal)" },
  { tld: "onion", name: "Tor onion service", source: "RFC 7686" },
  { tld: "alt", name: "non-DNS namespaces", source: "RFC 9476" },
];

/** Second-level names reserved for documentation (RFC 2606 §3). */
export const DOCUMENTATION_DOMAINS: readonly string[] = [
  "example.com",
  "example.net",
  "example.org",
];

/** Private-use zones below .arpa (RFC 8375 home.arpa) are local too. */
export const LOCAL_SUFFIXES: readonly { suffix: string; source: string }[] = [
  { suffix: "home.arpa", source: "RFC 8375" },
];
