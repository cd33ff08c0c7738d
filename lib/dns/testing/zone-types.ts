// Fixture zone data served by the loopback DNS server (lib/dns/testing/fixture-server.ts).
// Names are absolute, lower-case, without the trailing dot. Use reserved names and addresses
// only (RFC 2606 .test / example.*, RFC 5737 192.0.2.0/24 etc., RFC 3849 2001:db8::/32).

export type FixtureRecord =
  | { type: "A"; address: string; ttl?: number }
  | { type: "AAAA"; address: string; ttl?: number }
  | { type: "MX"; exchange: string; priority: number; ttl?: number }
  /** A string longer than 255 bytes is split into 255-byte character-strings by the server. */
  | { type: "TXT"; data: string | string[]; ttl?: number }
  /** RFC 7208 type 99 SPF records (must be ignored by evaluators, but served). */
  | { type: "SPF"; data: string | string[]; ttl?: number }
  | { type: "CNAME"; target: string; ttl?: number }
  | { type: "PTR"; target: string; ttl?: number }
  | { type: "NS"; target: string; ttl?: number };

/** How the server misbehaves for a name (any type unless `types` is given). */
export type FixtureBehaviour =
  | { kind: "servfail"; types?: string[] }
  | { kind: "refused"; types?: string[] }
  /** Drop the query: the client times out. */
  | { kind: "timeout"; types?: string[] }
  /** Answer after `ms` milliseconds. */
  | { kind: "delay"; ms: number; types?: string[] }
  /** Set the TC bit on UDP answers so that the client retries over TCP. */
  | { kind: "truncate"; types?: string[] };

export interface FixtureZone {
  records: Record<string, FixtureRecord[]>;
  behaviours?: Record<string, FixtureBehaviour[]>;
}
