import type { FixtureZone } from "../zone-types";

// Reverse DNS cases for lib/checks/reverse-dns.ts (RFC 5737 / RFC 3849 addresses, .test names).
//
//   192.0.2.1        ptr.ok            mail.sender-ok.test <-> 192.0.2.1
//   2001:db8::25     ptr.ok (IPv6)     mail6.sender-ok.test <-> 2001:db8::25
//   192.0.2.2        ptr.none          no PTR (NXDOMAIN)
//   192.0.2.3        ptr.not-confirmed PTR name resolves to another address
//   192.0.2.7        ptr.not-confirmed PTR name does not exist
//   198.51.100.20    ptr.generic       20-100-51-198.dynamic.isp.test (confirmed, but generic)
//   192.0.2.4        ptr.multiple      two PTR names, both confirmed
//   192.0.2.5        ptr.could-not-check  PTR lookup SERVFAILs
//   192.0.2.6        ptr.could-not-check  forward lookup of the PTR name times out

export const REVERSE_DNS_FIXTURES = {
  ok: "192.0.2.1",
  okV6: "2001:db8::25",
  none: "192.0.2.2",
  notConfirmed: "192.0.2.3",
  danglingName: "192.0.2.7",
  generic: "198.51.100.20",
  multiple: "192.0.2.4",
  ptrServfail: "192.0.2.5",
  forwardTimeout: "192.0.2.6",
} as const;

const V6_25 = "5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa";

export const reverseDnsZone: FixtureZone = {
  records: {
    "1.2.0.192.in-addr.arpa": [{ type: "PTR", target: "mail.sender-ok.test" }],
    "mail.sender-ok.test": [
      { type: "A", address: "192.0.2.1" },
      { type: "AAAA", address: "2001:db8::25" },
    ],
    [V6_25]: [{ type: "PTR", target: "mail6.sender-ok.test" }],
    "mail6.sender-ok.test": [{ type: "AAAA", address: "2001:db8::25" }],
    "3.2.0.192.in-addr.arpa": [{ type: "PTR", target: "mail.mismatch.test" }],
    "mail.mismatch.test": [{ type: "A", address: "192.0.2.99" }],
    "7.2.0.192.in-addr.arpa": [{ type: "PTR", target: "gone.nowhere.test" }],
    "20.100.51.198.in-addr.arpa": [{ type: "PTR", target: "20-100-51-198.dynamic.isp.test" }],
    "20-100-51-198.dynamic.isp.test": [{ type: "A", address: "198.51.100.20" }],
    "4.2.0.192.in-addr.arpa": [
      { type: "PTR", target: "mail-a.multi.test" },
      { type: "PTR", target: "mail-b.multi.test" },
    ],
    "mail-a.multi.test": [{ type: "A", address: "192.0.2.4" }],
    "mail-b.multi.test": [{ type: "A", address: "192.0.2.4" }],
    "5.2.0.192.in-addr.arpa": [{ type: "PTR", target: "never.served.test" }],
    "6.2.0.192.in-addr.arpa": [{ type: "PTR", target: "mail.fwd-timeout.test" }],
    "mail.fwd-timeout.test": [{ type: "A", address: "192.0.2.6" }],
  },
  behaviours: {
    "5.2.0.192.in-addr.arpa": [{ kind: "servfail" }],
    "mail.fwd-timeout.test": [{ kind: "timeout" }],
  },
};
