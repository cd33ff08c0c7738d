// Families of causes, in plain words, for a conclusion that cannot tell its leading causes
// apart (separation.ts): it names the family the user's answers point at ("a problem with your
// sending setup") instead of one of its members. Narrowest first: the first family that holds
// every cause named is the one said.
import type { CauseId } from "@/lib/causes/causes";
import { RECIPIENT_SIDE, SENDER_SETUP } from "./likelihoods";

export interface CauseFamily {
  causes: readonly CauseId[];
  words: string;
}

export const CAUSE_FAMILIES: readonly CauseFamily[] = [
  { causes: ["mailbox-full", "mailbox-disabled"], words: "a problem with the recipient's mailbox" },
  {
    causes: ["recipient-unknown", "recipient-domain-invalid"],
    words: "a problem with the address",
  },
  { causes: RECIPIENT_SIDE, words: "a problem with the recipient's address or mailbox" },
  {
    causes: ["remote-unreachable", "remote-server-error"],
    words: "a problem with the receiving server",
  },
  {
    causes: ["content-spam", "content-virus", "message-too-large"],
    words: "something in the message itself",
  },
  // The same causes the scope answers weigh alike (likelihoods.ts), the question they answer.
  { causes: SENDER_SETUP, words: "a problem with your sending setup" },
  {
    causes: [...SENDER_SETUP, "bad-reputation", "rate-limited"],
    words: "a problem on your sending side",
  },
];

/** The narrowest family that holds every one of `causes`, or null. */
export function familyOf(causes: readonly CauseId[]): CauseFamily | null {
  return CAUSE_FAMILIES.find((f) => causes.every((c) => f.causes.includes(c))) ?? null;
}
