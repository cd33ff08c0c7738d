// The recipient's address: does its domain exist and take mail (RFC 7505 null MX), is it a
// typo of a well-known domain, did the user copy it right.
import type { Rule } from "../types";

export const recipientRules: Rule[] = [
  {
    id: "recipient.check-domain",
    when: {
      all: ["recipient-domain.known"],
      any: [
        "possible:recipient-unknown",
        "possible:recipient-domain-invalid",
        "cause:remote-unreachable",
        "cause:mailbox-disabled",
      ],
    },
    then: { run: "recipient-domain" },
    priority: 350,
  },
  {
    id: "recipient.check-domain-unclear",
    when: { all: ["recipient-domain.known", "cause.unclear"], not: ["recipients.many"] },
    then: { run: "recipient-domain" },
    priority: 350,
  },
  {
    id: "recipient.ask-address-checked",
    when: {
      any: ["cause:recipient-unknown", "recipient-side.suspected"],
      not: ["recipient-domain.invalid", "recipient-domain.typo"],
    },
    then: { ask: "address-checked" },
    priority: 340,
  },
  {
    id: "recipient.domain-invalid",
    when: {
      all: ["recipient-domain.invalid"],
      any: [
        "possible:recipient-unknown",
        "possible:recipient-domain-invalid",
        "cause:remote-unreachable",
        "cause.unclear",
      ],
    },
    then: { conclude: "recipient-domain-invalid.confirmed" },
    priority: 195,
  },
  {
    id: "recipient.domain-typo",
    when: {
      all: ["recipient-domain.typo"],
      any: ["possible:recipient-unknown", "possible:recipient-domain-invalid", "cause.unclear"],
    },
    then: { conclude: "recipient-domain-invalid.typo" },
    priority: 194,
  },
  {
    id: "recipient.address-mistake",
    when: { all: ["address.mistake"] },
    then: { conclude: "recipient-unknown.mistake" },
    priority: 193,
  },
  {
    id: "recipient.address-right",
    when: { all: ["cause:recipient-unknown", "address.checked"] },
    because: ["recipient-domain.ok"],
    then: { conclude: "recipient-unknown.address-right" },
    priority: 171,
  },
  {
    id: "recipient.unknown-domain-ok",
    when: { all: ["cause:recipient-unknown", "recipient-domain.ok"] },
    then: { conclude: "recipient-unknown.domain-ok" },
    priority: 170,
  },
  {
    id: "recipient.unreachable-domain-ok",
    when: { all: ["cause:remote-unreachable", "recipient-domain.ok"] },
    then: { conclude: "remote-unreachable.domain-ok" },
    priority: 170,
  },
];
