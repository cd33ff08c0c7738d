// IP and domain blocklists: find the sending IP, look it up, and tell a public listing from
// the receiver's own list.
import type { Rule } from "../types";

export const blocklistRules: Rule[] = [
  {
    id: "blocklist.ask-ip",
    when: {
      any: [
        "possible:ip-blocklisted",
        "cause:bad-reputation",
        "cause:rate-limited",
        "sender-side.suspected",
      ],
      not: ["ip.known"],
    },
    because: ["blocklist.spamhaus", "blocklist.named"],
    then: { ask: "sending-ip" },
    priority: 720,
  },
  {
    id: "blocklist.check-ip",
    when: {
      all: ["ip.known"],
      any: [
        "possible:ip-blocklisted",
        "possible:bad-reputation",
        "possible:reverse-dns",
        "possible:rate-limited",
        "possible:content-spam",
        "possible:sender-policy",
        "sender-side.suspected",
      ],
    },
    because: ["blocklist.named"],
    then: { run: "sending-ip" },
    priority: 715,
  },
  {
    id: "blocklist.ask-domain",
    when: { all: ["possible:domain-blocklisted"], not: ["domain.known"] },
    then: { ask: "sending-domain" },
    priority: 450,
  },
  {
    id: "blocklist.check-domain",
    when: { all: ["possible:domain-blocklisted", "domain.known"] },
    then: { run: "sending-domain" },
    priority: 440,
  },
  {
    id: "blocklist.ip-confirmed",
    when: {
      all: ["ip.listed"],
      any: [
        "possible:ip-blocklisted",
        "cause.unclear",
        "cause:bad-reputation",
        "cause:sender-policy",
        "sender-side.suspected",
      ],
    },
    then: { conclude: "ip-blocklisted.confirmed" },
    priority: 190,
  },
  {
    id: "blocklist.domain-confirmed",
    when: {
      all: ["domain.listed"],
      any: ["possible:domain-blocklisted", "cause.unclear", "cause:content-spam"],
    },
    then: { conclude: "domain-blocklisted.confirmed" },
    priority: 185,
  },
  {
    id: "blocklist.receiver-list",
    when: { all: ["cause:ip-blocklisted", "ip.clean"] },
    then: { conclude: "ip-blocklisted.receiver-list" },
    priority: 180,
  },
  {
    id: "blocklist.unverified",
    when: { all: ["cause:ip-blocklisted"] },
    because: ["ip.unchecked"],
    then: { conclude: "ip-blocklisted.unverified" },
    priority: 170,
  },
];
