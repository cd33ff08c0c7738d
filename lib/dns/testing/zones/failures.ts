import type { FixtureZone } from "../zone-types";

// Every way DNS itself can fail or surprise a client, under dns.test (RFC 2606 reserved).
// Used by the DNS client's tests and by checks that must report "could not check".

/** A TXT value longer than one UDP answer without EDNS (512 bytes), served as one record. */
export const BIG_TXT = `v=spf1 ${Array.from({ length: 60 }, (_, i) => `ip4:198.51.100.${i}`).join(" ")} -all`;

export const failureZone: FixtureZone = {
  records: {
    "ok.dns.test": [
      { type: "A", address: "192.0.2.10", ttl: 300 },
      { type: "AAAA", address: "2001:db8::10", ttl: 300 },
      { type: "MX", exchange: "mx.ok.dns.test", priority: 10 },
      { type: "TXT", data: "hello" },
      { type: "NS", target: "ns1.dns.test" },
    ],
    "mx.ok.dns.test": [{ type: "A", address: "192.0.2.11" }],
    "ns1.dns.test": [{ type: "A", address: "192.0.2.53" }],
    // NODATA: the name exists with A only. Its parent "leaf" label chain makes
    // "ent.dns.test" an empty non-terminal (NODATA for every type, not NXDOMAIN).
    "a-only.dns.test": [{ type: "A", address: "192.0.2.12" }],
    "leaf.ent.dns.test": [{ type: "A", address: "192.0.2.13" }],
    "servfail.dns.test": [{ type: "A", address: "192.0.2.14" }],
    "refused.dns.test": [{ type: "A", address: "192.0.2.15" }],
    "timeout.dns.test": [{ type: "A", address: "192.0.2.16" }],
    "slow.dns.test": [{ type: "A", address: "192.0.2.17" }],
    "very-slow.dns.test": [{ type: "A", address: "192.0.2.24" }],
    "txt-servfail.dns.test": [
      { type: "A", address: "192.0.2.18" },
      { type: "TXT", data: "never served" },
    ],
    "truncated.dns.test": [
      { type: "A", address: "192.0.2.19" },
      { type: "TXT", data: "only over TCP" },
    ],
    // > 512 bytes: one record of several 255-byte strings, and a record given as strings.
    "big-txt.dns.test": [
      { type: "TXT", data: BIG_TXT },
      { type: "TXT", data: ["first string ", "second string"] },
    ],
    // CNAME chain: alias-1 -> alias-2 -> target.
    "alias-1.dns.test": [{ type: "CNAME", target: "alias-2.dns.test" }],
    "alias-2.dns.test": [{ type: "CNAME", target: "target.dns.test" }],
    "target.dns.test": [
      { type: "A", address: "192.0.2.20" },
      { type: "MX", exchange: "mx.ok.dns.test", priority: 5 },
      { type: "TXT", data: "at the end of the chain" },
    ],
    // A CNAME whose target has no records anywhere (dangling), and a loop.
    "dangling.dns.test": [{ type: "CNAME", target: "gone.dns.invalid" }],
    "loop-1.dns.test": [{ type: "CNAME", target: "loop-2.dns.test" }],
    "loop-2.dns.test": [{ type: "CNAME", target: "loop-1.dns.test" }],
    // Short TTLs for cache-expiry tests.
    "ttl-1.dns.test": [{ type: "A", address: "192.0.2.21", ttl: 1 }],
    "ttl-0.dns.test": [{ type: "A", address: "192.0.2.22", ttl: 0 }],
    "Mixed-Case.dns.test": [{ type: "A", address: "192.0.2.23" }],
    // Legal DNS names c-ares refuses to send (RFC 2181 §11; RFC 7208 §7.1 domain-specs).
    "foo:bar/baz.dns.test": [{ type: "A", address: "192.0.2.30" }],
    "a b%c.dns.test": [{ type: "TXT", data: "spaced" }],
    // RFC 7208 §3.1: type 99 SPF records are served but must be ignored.
    "spf99.dns.test": [
      { type: "SPF", data: "v=spf1 -all" },
      { type: "TXT", data: "v=spf1 ip4:192.0.2.0/24 -all" },
    ],
  },
  behaviours: {
    "servfail.dns.test": [{ kind: "servfail" }],
    "refused.dns.test": [{ kind: "refused" }],
    "timeout.dns.test": [{ kind: "timeout" }],
    "slow.dns.test": [{ kind: "delay", ms: 300 }],
    // Slower than any sensible timeout: answers, but only after clients have given up.
    "very-slow.dns.test": [{ kind: "delay", ms: 2500 }],
    "txt-servfail.dns.test": [{ kind: "servfail", types: ["TXT"] }],
    "truncated.dns.test": [{ kind: "truncate" }],
  },
};
