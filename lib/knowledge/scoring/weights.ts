// How much each kind of evidence weighs, as data: the classifier adds these per cause and
// ranks the sums. Specific beats general by these numbers alone, never by an override after
// ranking: a provider's reading of its own code (4) beats its documented phrase (3), which
// beats the reason a sentence gives (a concept, 2.6), which beats a wording many servers use
// (2 for a mail server's default text, 1.5 for a collected wording), which beats the
// registry's meaning of a status code (1.2, or 0.5 for a catch-all code), which beats the
// bare reply code (0.3). A weight is multiplied by the entry's own confidence where it has one.

export const WEIGHTS = {
  /** A provider's own reading of its own status code, its server identified (StatusReading). */
  providerReading: 4,
  /** A provider's documented string (PhraseEntry strength "documented", or a provider signature). */
  documented: 3,
  /**
   * A phrase whose per-MTA context (who wrote the bounce, which host answered, which stage) or
   * whose status or reply code constraint held: more specific than the same words anywhere.
   */
  contextBonus: 0.5,
  /** Per matched character of a phrase, up to specificChars: a longer wording is more specific. */
  perChar: 0.01,
  specificChars: 40,
  /** A named concept found in the words: the reason the sentence gives (SPF did not pass). */
  concept: 2.6,
  /** A wording that names its cause wherever it appears (a mail server's default text). */
  strong: 2,
  /** A wording collected from mail servers' output, cited to the collection and not to a server's own page. */
  collected: 1.5,
  /**
   * A provider's documented string (scope "provider") found where no provider's server is
   * identified (the line pasted alone): still that provider's words, but read like a wording
   * any server may use, at this share of its weight, so that its own server's identified
   * readings and documented strings beat it. Not where a line pasted alone carries the very
   * reply and status codes the provider's page prints the words with (lib/classify/code-readers.ts
   * pageStatusFits), unless another table reads the same words: that is the provider's reading.
   */
  unidentifiedFactor: 0.6,
  /** A one-word (or a hint) entry: counts only beside other evidence. */
  weak: 0.6,
  /** The registry's meaning of a specific enhanced status code (RFC 3463 / IANA). */
  statusSpecific: 1,
  /** A catch-all status code (X.0.0-style, X.7.1 "not authorised"). */
  statusGeneric: 0.5,
  /** The basic reply code's meaning (RFC 5321): servers reuse 550 and 554 for nearly everything. */
  reply: 0.3,
  /** A reply code whose RFC meaning names one thing (500-504 syntax, 521/556 no mail here). */
  replySpecific: 1,
  /** The usual causes of a reply code that says nothing more (ReplyPossibilities): ranks, never decides. */
  possible: 0.1,
  /**
   * Words that say the reason lies elsewhere (PossibilityWording): they rank the causes they
   * leave possible above what the codes beside them name, and decide none.
   */
  possibilityWording: 2,
  /**
   * A PossibilityWording that opens a refusal and is often followed by its reason ("554
   * Connection refused. This IP has a poor reputation on ..."): it ranks what it leaves possible
   * above the codes' own readings (a catch-all status weighs 0.5) and, spread over its causes,
   * by less than a stated reason leads by (DECISION.MIN_MARGIN against a concept or phrase).
   */
  possibilityOpening: 1,
  /**
   * Each cause named after the first in a list of examples ("such as being full or inactive",
   * lib/classify/enumeration.ts) weighs this much less than the one before it (the first weighs
   * possibilityWording): the order ranks them, and adjacent ones stay within DECISION.MIN_MARGIN
   * of each other, so that the list's order alone never decides between them.
   */
  listedStep: 0.1,
  /**
   * Words read only inside advice to the sender ("Set up SPF records ... if you have not done so
   * already", lib/classify/advice.ts): their cause is possible, ranked above a bare code's usual
   * causes (possible) and below words that say the reason lies elsewhere (possibilityWording).
   */
  advice: 0.5,
  /**
   * Words that say a named domain does not exist, where the bounce does not show whose domain it
   * is (lib/classify/named-domain.ts): the recipient's domain ranks at this weight, the sender's
   * at half; neither decides. (Where the bounce shows whose, the reading weighs a concept's.)
   */
  namedDomain: 0.5,
  /** A verdict the bounce's writer put in a header field of its own. */
  header: 3,
  /** A program's exit status or a piped recipient: the receiving system's local delivery failed. */
  localMailer: 2,
  /**
   * A delayed report with no reason at all: ranks an unreachable server as possible, as a bare
   * reply code's usual causes do (possible), and never decides.
   */
  delayedWithoutReason: 0.1,
  /** Words found outside the recipient's own diagnostic (the bounce's whole text) count for this share. */
  wholeTextFactor: 0.6,
} as const;

/**
 * The decision: the top cause is named only when its score reaches MIN_SCORE, it holds at
 * least one decisive feature (weight >= DECISIVE), and it leads the next cause by MIN_MARGIN.
 * Otherwise the answer is `unknown`, with the causes that remain possible, ranked.
 */
export const DECISION = {
  MIN_SCORE: 1,
  DECISIVE: 1,
  MIN_MARGIN: 0.25,
} as const;

/** Thresholds of DECISION's shape: what decide() applies (the calibration sweep passes others). */
export type DecisionThresholds = { readonly [K in keyof typeof DECISION]: number };
