// Concepts: named detectors for the reason a sentence gives, whatever its verb. Each is a pair
// of token sets that must both occur close together in the server's words (an SPF token and a
// failure token within WINDOW characters), so that paraphrases match: "didn't pass SPF",
// "SPF check ... did not pass", "SPF fail - not authorized", "is not allowed to send mail
// from" after "SPF:". The reason outweighs the verb ("rate limited because SPF didn't pass" is
// authentication) by its weight (weights.ts WEIGHTS.concept). Every concept cites real output.
import type { CauseId } from "@/lib/causes/causes";

export interface ConceptExample {
  /** The words as the server (or the provider's page) gave them. */
  text: string;
  /** Where they were read. */
  source: string;
}

export interface Concept {
  id: string;
  cause: CauseId;
  /** Plain words for the explanation: what the server's words say. */
  says: string;
  /** Any one of these (lower case) marks the subject. */
  subject: readonly string[];
  /** Any one of these within WINDOW characters of the subject marks the failure. */
  failure: readonly string[];
  /**
   * Its weight when not the default WEIGHTS.concept: less for a concept that is only as sure as a
   * collected wording; more for one that explains away the words beside it (a list's refusal of
   * the receiver's own query, quoted inside a refusal worded as a listing).
   */
  weight?: number;
  /** When one of these occurs anywhere, the concept does not fire (a known misleading neighbour). */
  unless?: readonly string[];
  examples: readonly ConceptExample[];
}

/** How far apart (in characters of normalised words) the subject and the failure may be. */
export const CONCEPT_WINDOW = 90;
