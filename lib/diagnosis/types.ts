// The classifier's answer. Serialisable as JSON (API, CLI, share links).
import type { Actor, CauseId } from "@/lib/causes/causes";
import type { ParsedBounce, RecipientReport, Span } from "@/lib/bounce/types";
import type { InputShape, ProviderEvidence, SmtpStage } from "@/lib/bounce/refusal";

/**
 * What an `unknown` verdict's possibilities come from: the reply code alone ("code"), words
 * that fit several causes ("words"), or the code while the reply has words nothing in the
 * knowledge read ("unread": the bounce may say why, in words Bounce Doctor does not know).
 */
export type PossibleFrom = "code" | "words" | "unread";

export interface Evidence {
  /** Id of the catalog entry or rule that used the spans, e.g. "gmail.5.7.25" or "rfc3463.5.1.1". */
  ruleId: string;
  /** Plain words: what this evidence says. */
  note: string;
  /** Documentation the rule rests on (URL or RFC reference). */
  source: string;
  spans: Span[];
}

/**
 * A delay notice (every recipient "Action: delayed", RFC 3464 section 2.3.3, or a writer's own
 * "will retry" wording): nothing failed yet, the sending server still holds the message. Shown
 * beside the cause, which is the reason the notice gives for the delay (or not-a-bounce when
 * it gives none).
 */
export interface DelayNotice extends Evidence {
  /** Until when the sending server keeps trying (RFC 3464 Will-Retry-Until), as written. */
  until: string | null;
}

export interface RankedCause {
  cause: CauseId;
  /** 0..1 */
  confidence: number;
}

/** The facts the classifier read for one recipient (lib/bounce/refusal.ts Refusal), as JSON. */
export interface RefusalSummary {
  replyCode: number | null;
  status: string | null;
  /** The server's own words, the reporting MTA's wrappers removed. */
  words: string;
  stage: { command: SmtpStage; how: "stated" } | null;
  host: string | null;
  providers: ProviderEvidence[];
  shape: InputShape;
}

/** The provider entry a shown status meaning comes from. */
export interface StatusMeaningSource {
  /** The provider's table ("yahoo", "google"). */
  provider: string;
  /** The evidence's rule id. */
  ruleId: string;
  /** "Page title, https://...", as Evidence.source. */
  source: string;
}

export interface RecipientDiagnosis {
  /** 1-based position of the recipient in the bounce. */
  index: number;
  recipient: RecipientReport;
  cause: CauseId;
  confidence: number;
  actor: Actor;
  evidence: Evidence[];
  /** Other causes still possible, best first (excludes `cause`). */
  alternatives: RankedCause[];
  /**
   * Plain-words meaning of the enhanced status code: the RFC 3463 / IANA registry's, or where the
   * cause was read by a provider's own entry for this code (its status reading, or a row of its
   * page that gives the code with the words), that provider's (lib/diagnosis/status-meaning.ts).
   */
  statusMeaning: string | null;
  /** Set when `statusMeaning` is a provider's own: whose, by which entry, and its source. */
  statusMeaningFrom?: StatusMeaningSource;
  /** What the classifier read (absent in diagnoses made before it was added). */
  refusal?: RefusalSummary;
  /** The named cause's lead over the next one, in score points (0 when unknown for lack of evidence). */
  margin?: number;
  /**
   * When `cause` is "unknown": the causes that remain possible, ranked, for the wizard to
   * tell apart. Empty otherwise.
   */
  possible?: RankedCause[];
  /**
   * Whether `possible` was ranked from the reply's words ("550 Unrouteable address": an
   * unknown user or an unknown domain) or from its codes alone (a bare 550: the usual causes),
   * and then whether the reply had words nothing read ("unread": it may say why).
   */
  possibleFrom?: PossibleFrom;
  /**
   * When `possible` lists a code's usual causes: that code ("550", "5.7.1"), a whole class's
   * where the code has no list of its own ("5xx", "4xx"), or "none" for a bounce that quotes no
   * reply at all (lib/knowledge/scoring/reply-possibilities.ts). The wording says which.
   */
  usualCausesOf?: string;
  /**
   * Plain words for a verdict the cause's general summary would say too little of (API and CLI
   * users read this): for `unknown`, "This bounce does not say why. These are the usual causes
   * of a 550; ..." with the possible causes named; for a delay notice, until when the server
   * keeps trying and the reason it gives.
   */
  explanation?: string;
  /**
   * Set when the report is a delay notice: the message has not failed yet. The cause is then
   * the reason the notice gives for the delay; not-a-bounce when it gives none.
   */
  delayNotice?: DelayNotice;
  /**
   * A plain-words headline where the cause's own title would mislead: a greylisting refusal
   * reads as rate-limited, whose title ("Too many messages were sent too fast") is the wrong
   * advice. The explanation then says what it is.
   */
  headline?: string;
}

export interface Diagnosis {
  /** Schema version of this object. */
  version: 1;
  parsed: ParsedBounce;
  recipients: RecipientDiagnosis[];
  /** The cause for the bounce as a whole (the first recipient's, or the text's if none). */
  overall: RankedCause & {
    actor: Actor;
    evidence: Evidence[];
    possible?: RankedCause[];
    possibleFrom?: PossibleFrom;
    usualCausesOf?: string;
    explanation?: string;
    delayNotice?: DelayNotice;
    headline?: string;
  };
  /** Plain-words messages for the user about the input (empty, no SMTP code found, ...). */
  messages: string[];
}
