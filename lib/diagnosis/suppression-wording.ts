// What a sending service's suppression says in plain words (lib/knowledge/suppressions.ts):
// the message was not sent. The verdict's cause stays the classifier's; the headline and the
// explanation say what happened, as the greylisting reading does for its cause.
import { SUPPRESSION_READINGS, type SuppressionReading } from "@/lib/knowledge/suppressions";

const BY_RULE = new Map<string, SuppressionReading>();
for (const r of SUPPRESSION_READINGS) for (const id of r.ruleIds) BY_RULE.set(id, r);

/**
 * The suppression the evidence names (its first entry that is one), or null. An indexed loop over
 * the evidence itself: it runs for every recipient, and a list of its rule ids made first cost an
 * array each time.
 */
export function suppressionReading(
  evidence: readonly { ruleId: string }[],
): SuppressionReading | null {
  for (let k = 0; k < evidence.length; k++) {
    const r = BY_RULE.get(evidence[k]!.ruleId);
    if (r) return r;
  }
  return null;
}
