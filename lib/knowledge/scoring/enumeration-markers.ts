// Words that open a list of examples: what follows them names causes that are possible, not the
// one that happened. "There is an issue with the recipient's mailbox, such as being full or
// inactive." (Elastic Email's AccountProblem category) says the mailbox has some problem, full
// or inactive, not that it is full; "Unable to temporarily deliver message (i.e. mailbox full,
// account disabled, exceeds quota, out of disk space)." (Postmark's SoftBounce type) lists four
// reasons any of which it may be. The words inside such a list rank the causes they name, in the
// order given, and decide none (lib/classify/enumeration.ts).

export interface EnumerationMarker {
  /** Lower case, as found in the normalised words, at a word start. */
  words: string;
  /**
   * Whether one item after it is already an example. "e.g. mailbox does not exist" is an
   * example of a category; "i.e." restates ("rejected (i.e. spam)" says it is spam), so only a
   * list of several items after it ("i.e. mailbox full, account disabled") is possibilities.
   */
  single: boolean;
  example: { text: string; source: string };
}

const PLAIN = "https://www.plain.com/docs/graphql-reference/types/EmailBounceReason";

export const ENUMERATION_MARKERS: readonly EnumerationMarker[] = [
  {
    words: "such as",
    single: true,
    example: {
      text: "There is an issue with the recipient's mailbox, such as being full or inactive.",
      source:
        "https://help.elasticemail.com/en/articles/2300650-what-are-the-bounce-error-categories-and-filters (AccountProblem)",
    },
  },
  {
    words: "e.g.",
    single: true,
    example: {
      text: "Receiving server temporarily failed delivery (e.g. greylisting, network issue).",
      source: `${PLAIN} (TRANSIENT; HARD_BOUNCE: "Received a permanent delivery failure (e.g. mailbox does not exist).")`,
    },
  },
  {
    words: "i.e.",
    single: false,
    example: {
      text: "Unable to temporarily deliver message (i.e. mailbox full, account disabled, exceeds quota, out of disk space).",
      source: "https://postmarkapp.com/developer/api/bounce-api#bounce-types (SoftBounce, 4096)",
    },
  },
  {
    words: "ex:",
    single: true,
    example: {
      text: "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
      source: "https://postmarkapp.com/developer/api/bounce-api#bounce-types (HardBounce, 1)",
    },
  },
  {
    words: "for example",
    single: true,
    example: {
      text: "Mailbox unavailable, for example mailbox full or user unknown",
      source: "English usage: the same list as e.g. written out",
    },
  },
  {
    words: "for instance",
    single: true,
    example: {
      text: "Mailbox unavailable, for instance mailbox full or user unknown",
      source: "English usage: the same list as e.g. written out",
    },
  },
];
