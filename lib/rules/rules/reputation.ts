// The receiver's own reputation, rate limits and policies: one organisation or many, and
// since when.
import type { Rule } from "../types";

export const reputationRules: Rule[] = [
  {
    id: "reputation.ask-since-when",
    when: { any: ["cause:bad-reputation", "cause:rate-limited"] },
    then: { ask: "since-when" },
    priority: 710,
  },
  {
    id: "reputation.ask-scope-recipients",
    when: { any: ["cause:sender-policy", "cause:bad-reputation"] },
    then: { ask: "scope-recipients" },
    priority: 780,
  },
  {
    id: "reputation.policy-targeted",
    when: { all: ["cause:sender-policy"], any: ["recipients.one", "recipients.one-domain"] },
    then: { conclude: "sender-policy.targeted" },
    priority: 165,
  },
  {
    id: "reputation.policy-widespread",
    when: { all: ["cause:sender-policy", "recipients.many"], not: ["evidence.found"] },
    then: { conclude: "sender-policy.widespread" },
    priority: 160,
  },
];
