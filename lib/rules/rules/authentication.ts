// SPF, DKIM and DMARC: the receiver's verdicts when at hand, the sending domain's records,
// and the DKIM selector the provider uses.
import type { Rule } from "../types";

const AUTH_SUSPECTS = ["possible:authentication-failure", "cause:sender-address-invalid"];

export const authenticationRules: Rule[] = [
  {
    id: "auth.ask-sent-headers",
    when: { any: ["cause:authentication-failure"], not: ["headers.given"] },
    then: { ask: "sent-headers" },
    priority: 560,
    note: "The receiver's Authentication-Results say which of SPF, DKIM and DMARC failed (RFC 8601).",
  },
  {
    id: "auth.ask-domain",
    when: {
      any: [
        ...AUTH_SUSPECTS,
        "sender-side.suspected",
        "cause:bad-reputation",
        "cause:rate-limited",
      ],
      not: ["domain.known"],
    },
    then: { ask: "sending-domain" },
    priority: 550,
  },
  {
    id: "auth.ask-selector",
    when: { all: ["possible:authentication-failure", "domain.known"], not: ["selector.known"] },
    then: { ask: "dkim-selector" },
    priority: 540,
  },
  {
    id: "auth.check-domain",
    when: {
      all: ["domain.known"],
      any: [
        ...AUTH_SUSPECTS,
        "sender-side.suspected",
        "cause:bad-reputation",
        "cause:rate-limited",
        "cause:content-spam",
      ],
    },
    then: { run: "sending-domain" },
    priority: 530,
  },
  {
    id: "auth.sender-domain-broken",
    when: { all: ["sender-domain.broken"], any: ["cause:sender-address-invalid", "cause.unclear"] },
    then: { conclude: "sender-address-invalid.confirmed" },
    priority: 189,
  },
  {
    id: "auth.records-confirmed",
    when: {
      all: ["auth.problem"],
      any: [
        "possible:authentication-failure",
        "cause.unclear",
        "cause:bad-reputation",
        "sender-side.suspected",
      ],
    },
    because: ["headers.auth-fail"],
    then: { conclude: "authentication-failure.confirmed" },
    priority: 187,
  },
  {
    id: "auth.headers-confirmed",
    when: { all: ["headers.auth-fail"], any: ["possible:authentication-failure", "cause.unclear"] },
    then: { conclude: "authentication-failure.headers" },
    priority: 186,
  },
  {
    id: "auth.records-clean",
    when: { all: ["cause:authentication-failure", "auth.clean"] },
    because: ["headers.auth-pass"],
    then: { conclude: "authentication-failure.records-clean" },
    priority: 172,
  },
];
