// A diagnosis's overall verdict is its first recipient's, in the overall's shape: what a reader
// that wants one verdict for the whole bounce (the page's headline, the wizard's context) reads.
import type { Diagnosis, RecipientDiagnosis } from "./types";

export function overallOf(r: RecipientDiagnosis): Diagnosis["overall"] {
  const o: Diagnosis["overall"] = {
    cause: r.cause,
    confidence: r.confidence,
    actor: r.actor,
    evidence: r.evidence,
    possible: r.possible,
  };
  if (r.possibleFrom) o.possibleFrom = r.possibleFrom;
  if (r.usualCausesOf) o.usualCausesOf = r.usualCausesOf;
  if (r.explanation) o.explanation = r.explanation;
  if (r.delayNotice) o.delayNotice = r.delayNotice;
  if (r.headline) o.headline = r.headline;
  return o;
}
