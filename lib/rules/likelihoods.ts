// How likely each answer is under each cause: the data the evidence model updates by
// (Bayes: weight × P(answer | cause)) and the data the next question is chosen by (expected
// narrowing). Figures are the wizard's own calibration, written down so they can be argued with:
// a cause not named takes the row's `otherwise`. "I don't know" is no evidence and is not here.
import type { CauseId } from "@/lib/causes/causes";
import type { QuestionId } from "./types";

export interface AnswerLikelihood {
  /** P(answer | cause) for causes named; rows of one question sum to 1 per cause. */
  byCause: Partial<Record<CauseId, number>>;
  otherwise: number;
  /** What the answer says, in plain words, for the conclusion ("you said ..."). */
  says: string;
}

export interface QuestionModel {
  /** Answers that carry evidence, by value. */
  answers: Record<string, AnswerLikelihood>;
  /** How often users cannot answer (used to discount the expected narrowing). */
  dontKnowRate: number;
}

export const RECIPIENT_SIDE: readonly CauseId[] = [
  "recipient-unknown",
  "recipient-domain-invalid",
  "mailbox-full",
  "mailbox-disabled",
];
export const SENDER_SETUP: readonly CauseId[] = [
  "ip-blocklisted",
  "authentication-failure",
  "reverse-dns",
  "domain-blocklisted",
  "sender-address-invalid",
  "relay-denied",
  "tls-required",
];

function rows(
  groups: { causes: readonly CauseId[]; p: number[] }[],
  otherwise: number[],
  says: string[],
  values: string[],
): Record<string, AnswerLikelihood> {
  const out: Record<string, AnswerLikelihood> = {};
  values.forEach((value, i) => {
    const byCause: Partial<Record<CauseId, number>> = {};
    for (const g of groups) for (const c of g.causes) byCause[c] = g.p[i] ?? 0;
    out[value] = { byCause, otherwise: otherwise[i] ?? 0, says: says[i] ?? value };
  });
  return out;
}

export const QUESTION_MODELS: Partial<Record<QuestionId, QuestionModel>> = {
  // Who the failing mail goes to: one mailbox points at that mailbox, everyone at the sender.
  "scope-recipients": {
    dontKnowRate: 0.1,
    answers: rows(
      [
        { causes: RECIPIENT_SIDE, p: [0.9, 0.07, 0.03] },
        { causes: ["sender-policy"], p: [0.25, 0.7, 0.05] },
        { causes: SENDER_SETUP, p: [0.08, 0.22, 0.7] },
        { causes: ["bad-reputation", "rate-limited"], p: [0.1, 0.4, 0.5] },
        { causes: ["content-spam", "content-virus", "message-too-large"], p: [0.4, 0.3, 0.3] },
      ],
      [0.34, 0.33, 0.33],
      [
        "only mail to one person bounces",
        "only mail to one organisation bounces",
        "mail to several organisations bounces",
      ],
      ["one-recipient", "one-domain", "many-domains"],
    ),
  },
  // Whether every message fails: a setup problem fails them all, a message's content only some.
  "scope-messages": {
    dontKnowRate: 0.1,
    answers: rows(
      [
        { causes: RECIPIENT_SIDE, p: [0.04, 0.3, 0.66] },
        { causes: SENDER_SETUP, p: [0.65, 0.3, 0.05] },
        { causes: ["bad-reputation", "rate-limited"], p: [0.35, 0.55, 0.1] },
        { causes: ["sender-policy"], p: [0.3, 0.5, 0.2] },
        { causes: ["content-spam"], p: [0.15, 0.6, 0.25] },
        { causes: ["content-virus", "message-too-large"], p: [0.03, 0.37, 0.6] },
      ],
      [0.34, 0.33, 0.33],
      ["all your messages bounce", "only some of your messages bounce", "only this one bounced"],
      ["all", "some", "one"],
    ),
  },
  // The user compared the address: a mistake settles a wrong address, "exactly right" weighs
  // against it (a mailbox can still have been removed, so not to zero).
  "address-checked": {
    dontKnowRate: 0.25,
    answers: rows(
      [
        { causes: ["recipient-unknown"], p: [0.3, 0.7] },
        { causes: ["recipient-domain-invalid"], p: [0.15, 0.85] },
      ],
      [0.97, 0.03],
      ["you confirmed the address is spelt exactly right", "you found a mistake in the address"],
      ["yes", "no"],
    ),
  },
  // Whether the address worked before: a full or closed mailbox once worked, a wrong address
  // usually never did.
  "worked-before": {
    dontKnowRate: 0.25,
    answers: rows(
      [
        { causes: ["recipient-unknown", "recipient-domain-invalid"], p: [0.25, 0.75] },
        { causes: ["mailbox-full", "mailbox-disabled"], p: [0.92, 0.08] },
      ],
      [0.6, 0.4],
      ["mail to this address worked before", "this was the first message to this address"],
      ["yes", "no"],
    ),
  },
  // A plain test message: it goes through when the content was the trouble, not the sender.
  "plain-test": {
    dontKnowRate: 0.4,
    answers: rows(
      [
        { causes: ["content-spam"], p: [0.85, 0.15] },
        { causes: ["content-virus", "message-too-large"], p: [0.92, 0.08] },
        { causes: ["rate-limited"], p: [0.4, 0.6] },
      ],
      [0.07, 0.93],
      ["a short plain message to the same person arrives", "a short plain message bounces too"],
      ["arrives", "bounces"],
    ),
  },
  // Since when: a change on the sending side points at its setup.
  "since-when": {
    dontKnowRate: 0.3,
    answers: rows(
      [
        {
          causes: ["authentication-failure", "relay-denied", "sender-address-invalid"],
          p: [0.15, 0.15, 0.1, 0.6],
        },
        { causes: ["reverse-dns", "tls-required"], p: [0.15, 0.2, 0.3, 0.35] },
        { causes: ["ip-blocklisted", "bad-reputation", "rate-limited"], p: [0.4, 0.35, 0.1, 0.15] },
      ],
      [0.3, 0.3, 0.3, 0.1],
      [
        "it started today",
        "it has gone on for a few days",
        "it has gone on for weeks",
        "it started after a change on your side",
      ],
      ["today", "days", "long", "after-change"],
    ),
  },
  // Shared provider platforms run their own reverse DNS and watch their IPs closely.
  "sending-platform": {
    dontKnowRate: 0.15,
    answers: rows(
      [
        { causes: ["reverse-dns"], p: [0.02, 0.02, 0.03, 0.23, 0.7] },
        { causes: ["ip-blocklisted"], p: [0.1, 0.15, 0.15, 0.3, 0.3] },
        { causes: ["relay-denied", "tls-required"], p: [0.1, 0.1, 0.1, 0.3, 0.4] },
      ],
      [0.2, 0.2, 0.2, 0.2, 0.2],
      [
        "you send with Google Workspace",
        "you send with Microsoft 365",
        "you send through an email service provider",
        "your mail goes out through a hosting company's shared server",
        "you run your own mail server",
      ],
      ["google-workspace", "microsoft-365", "esp", "shared-hosting", "own-server"],
    ),
  },
};

/** How often a user knows a text answer (the sending IP, domain, selector, pasted headers). */
export const KNOWS_RATE: Partial<Record<QuestionId, number>> = {
  "sending-domain": 0.9,
  "sending-ip": 0.45,
  "dkim-selector": 0.3,
  "sent-headers": 0.3,
};

/** P(answer | cause), falling back to the row's default. */
export function answerLikelihood(row: AnswerLikelihood, cause: CauseId): number {
  return row.byCause[cause] ?? row.otherwise;
}
