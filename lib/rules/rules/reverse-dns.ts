// Reverse DNS: the sending IP's PTR name, and whether that name points back (FCrDNS).
// Gmail words a missing PTR as a rate limit (421 4.7.0 / 550 5.7.25), so rate limits check it too.
import type { Rule } from "../types";

export const reverseDnsRules: Rule[] = [
  {
    id: "reverse-dns.ask-ip",
    when: { all: ["possible:reverse-dns"], not: ["ip.known"] },
    then: { ask: "sending-ip" },
    priority: 725,
  },
  {
    id: "reverse-dns.confirmed",
    when: {
      all: ["ptr.problem"],
      any: [
        "possible:reverse-dns",
        "cause.unclear",
        "cause:bad-reputation",
        "cause:rate-limited",
        "sender-side.suspected",
      ],
    },
    then: { conclude: "reverse-dns.confirmed" },
    priority: 188,
  },
  {
    id: "reverse-dns.records-ok",
    when: { all: ["cause:reverse-dns", "ptr.ok"] },
    then: { conclude: "reverse-dns.records-ok" },
    priority: 175,
  },
];
