// The classifier's answer. Serialisable as JSON (API, CLI, share links).
import type { Actor, CauseId } from "@/lib/causes/causes";
import type { ParsedBounce, RecipientReport, Span } from "@/lib/bounce/types";

export interface Evidence {
  /** Id of the catalog entry or rule that used the spans, e.g. "gmail.5.7.25" or "rfc3463.5.1.1". */
  ruleId: string;
  /** Plain words: what this evidence says. */
  note: string;
  /** Documentation the rule rests on (URL or RFC reference). */
  source: string;
  spans: Span[];
}

export interface RankedCause {
  cause: CauseId;
  /** 0..1 */
  confidence: number;
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
  /** Plain-words meaning of the enhanced status code, from the RFC 3463 / IANA registry. */
  statusMeaning: string | null;
}

export interface Diagnosis {
  /** Schema version of this object. */
  version: 1;
  parsed: ParsedBounce;
  recipients: RecipientDiagnosis[];
  /** The cause for the bounce as a whole (the first recipient's, or the text's if none). */
  overall: RankedCause & { actor: Actor; evidence: Evidence[] };
  /** Plain-words messages for the user about the input (empty, no SMTP code found, ...). */
  messages: string[];
}
