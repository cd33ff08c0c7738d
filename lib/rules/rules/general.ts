// When the bounce does not say enough: the questions of the article's first stage, and the
// conclusions that hold when nothing more can be learnt.
import type { Rule } from "../types";

const UNCLEAR = ["diagnosis.none", "cause.unclear"];

export const generalRules: Rule[] = [
  {
    id: "general.not-a-bounce",
    when: { all: ["cause:not-a-bounce"] },
    then: { conclude: "not-a-bounce" },
    priority: 1000,
  },
  {
    id: "general.ask-scope-messages",
    when: { any: UNCLEAR },
    then: { ask: "scope-messages" },
    priority: 900,
  },
  {
    id: "general.ask-scope-recipients",
    when: { any: UNCLEAR },
    then: { ask: "scope-recipients" },
    priority: 890,
  },
  {
    id: "general.ask-platform",
    when: {
      any: [
        "sender-side.suspected",
        "cause:ip-blocklisted",
        "cause:bad-reputation",
        "cause:authentication-failure",
        "cause:reverse-dns",
        "cause:rate-limited",
        "cause:relay-denied",
        "cause:tls-required",
      ],
    },
    then: { ask: "sending-platform" },
    priority: 700,
    note: "Who runs the sending server decides who acts: a shared provider IP is the provider's to delist.",
  },
  {
    id: "general.ask-esp-name",
    when: { all: ["platform.esp"] },
    then: { ask: "esp-name" },
    priority: 690,
  },
  {
    id: "general.unclear-one-recipient",
    when: { all: ["recipient-side.suspected"], not: ["evidence.found"] },
    then: { conclude: "unclear.one-recipient" },
    priority: 60,
  },
  {
    id: "general.unclear-sender-side",
    when: { all: ["sender-side.suspected", "cause.unclear"], not: ["evidence.found"] },
    then: { conclude: "unclear.sender-side" },
    priority: 50,
  },
  {
    id: "general.diagnosed",
    when: {},
    then: { conclude: "diagnosed" },
    priority: 0,
    note: "The last resort, so that every path ends in a conclusion.",
  },
];
