import type { FixtureZone } from "../zone-types";

// DNSBL answers for reserved addresses and names, under the lists' real zone names (served
// only by the loopback server). Every other address/name is NXDOMAIN there: "not listed".
//
//   203.0.113.7      listed: Spamhaus ZEN (SBL + XBL), SpamCop
//   203.0.113.8      could not check: ZEN refuses (public resolver), Barracuda SERVFAIL,
//                    UCEPROTECT-1 times out, PSBL REFUSED
//   198.51.100.20    ZEN PBL (end-user space; also a generic PTR, see reverse-dns.ts)
//   2001:db8::bad    ZEN CSS over IPv6 (nibble form)
//   listed-domain.test   DBL spam domain, URIBL black, SURBL MW+ABUSE (bitmask 80)
//   refused-domain.test  URIBL refuses (127.0.0.1), DBL "typing error" (127.255.255.252),
//                        SURBL answer rewritten outside 127/8 by a resolver

export const BLOCKLIST_FIXTURES = {
  listedIp: "203.0.113.7",
  unknownIp: "203.0.113.8",
  pblIp: "198.51.100.20",
  listedIpv6: "2001:db8::bad",
  cleanIp: "192.0.2.1",
  listedDomain: "listed-domain.test",
  refusedDomain: "refused-domain.test",
  cleanDomain: "sender-ok.test",
} as const;

const V6_BAD = "d.a.b.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2";

export const blocklistZone: FixtureZone = {
  records: {
    "7.113.0.203.zen.spamhaus.org": [
      { type: "A", address: "127.0.0.2" },
      { type: "A", address: "127.0.0.4" },
      { type: "TXT", data: "https://check.spamhaus.org/query/ip/203.0.113.7" },
    ],
    "7.113.0.203.bl.spamcop.net": [{ type: "A", address: "127.0.0.2" }],
    "8.113.0.203.zen.spamhaus.org": [{ type: "A", address: "127.255.255.254" }],
    "8.113.0.203.b.barracudacentral.org": [{ type: "A", address: "127.0.0.2" }],
    "8.113.0.203.dnsbl-1.uceprotect.net": [{ type: "A", address: "127.0.0.2" }],
    "8.113.0.203.psbl.surriel.com": [{ type: "A", address: "127.0.0.2" }],
    "20.100.51.198.zen.spamhaus.org": [{ type: "A", address: "127.0.0.11" }],
    [`${V6_BAD}.zen.spamhaus.org`]: [{ type: "A", address: "127.0.0.3" }],
    "listed-domain.test.dbl.spamhaus.org": [{ type: "A", address: "127.0.1.2" }],
    "listed-domain.test.multi.uribl.com": [{ type: "A", address: "127.0.0.2" }],
    "listed-domain.test.multi.surbl.org": [{ type: "A", address: "127.0.0.80" }],
    "refused-domain.test.multi.uribl.com": [{ type: "A", address: "127.0.0.1" }],
    "refused-domain.test.dbl.spamhaus.org": [{ type: "A", address: "127.255.255.252" }],
    "refused-domain.test.multi.surbl.org": [{ type: "A", address: "198.51.100.250" }],
    // The domains themselves exist, so that other checks see real domains.
    "listed-domain.test": [{ type: "A", address: "203.0.113.7" }],
    "refused-domain.test": [{ type: "A", address: "203.0.113.8" }],
  },
  behaviours: {
    // The records above are never served for these: the failure is the answer.
    "8.113.0.203.b.barracudacentral.org": [{ kind: "servfail" }],
    "8.113.0.203.dnsbl-1.uceprotect.net": [{ kind: "timeout" }],
    "8.113.0.203.psbl.surriel.com": [{ kind: "refused" }],
  },
};
