// Features: what one refusal's facts say, each for one cause with a weight from the data
// (lib/knowledge/scoring/weights.ts) and its plain-words note, source and spans. The scorer
// adds them up; nothing here ranks or decides.
import type { CauseId } from "@/lib/causes/causes";
import type { Span } from "@/lib/bounce/types";

export type FeatureKind =
  /** A provider's own reading of its own status code. */
  | "reading"
  /** A phrase from the catalog or a provider table. */
  | "phrase"
  /** A named concept (the reason a sentence gives). */
  | "concept"
  /** The registry's reading of the enhanced status code. */
  | "status"
  /** The basic reply code's reading. */
  | "reply"
  /** The usual causes of a code that says nothing more. */
  | "possible"
  /** A verdict in the bounce's own header fields. */
  | "header"
  /** Local delivery (a program's exit status), or a delay with no reason. */
  | "delivery"
  /** A stage or status shift (stage-shifts.ts): general evidence moved from one cause to another. */
  | "shift";

/**
 * Every feature the engine makes has all of these fields, set in this order (hint false and
 * matched undefined where they do not apply): objects of one shape keep the scorer's code
 * monomorphic; a new shape deoptimised it and cost a recompile in each run of the command line.
 */
/**
 * The id prefix of a code's usual causes ("possible.550.content-spam"): code-features.ts makes
 * them, score.ts takes those a stated stage rules out back out of the ranking.
 */
export const CODE_POSSIBILITY_PREFIX = "possible.";

export interface Feature {
  id: string;
  kind: FeatureKind;
  cause: CauseId;
  weight: number;
  /** Evidence any server may reuse: a stated stage or a status may shift its reading. */
  general: boolean;
  /** The provider or MTA whose wording it is ("generic" and "iana" for none). */
  provider: string;
  note: string;
  source: string;
  spans: Span[];
  /** A hint (a one-word keyword, a restatement of the refusal): ranks, never decides alone. */
  hint?: boolean;
  /** For a phrase or concept: the matched words (normalised). */
  matched?: string;
}

/** Feature kinds that come from the reply's words (or the bounce's own verdict), not its codes alone. */
const WORD_KINDS: ReadonlySet<FeatureKind> = new Set(["reading", "phrase", "concept", "header"]);

/** Whether a feature speaks from the words: a word kind, or a possibility wording that matched words. */
export function saysFromWords(f: Feature): boolean {
  return WORD_KINDS.has(f.kind) || (f.kind === "possible" && Boolean(f.matched));
}
