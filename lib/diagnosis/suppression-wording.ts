// What a sending service's suppression says in plain words (lib/knowledge/suppressions.ts):
// the message was not sent. The verdict's cause stays the classifier's; the headline and the
// explanation say what happened, as the greylisting reading does for its cause.
import { SUPPRESSION_READINGS, type SuppressionReading } from "@/lib/knowledge/suppressions";

const BY_RULE = new Map<string, SuppressionReading>();
for (const r of SUPPRESSION_READINGS) for (const id of r.ruleIds) BY_RULE.set(id, r);

/** The suppression one rule reads, or null. */
export function suppressionOfRule(ruleId: string): SuppressionReading | null {
  return BY_RULE.get(ruleId) ?? null;
}

/** The suppression the evidence names (its first entry that is one), or null. */
export function suppressionReading(ruleIds: Iterable<string>): SuppressionReading | null {
  for (const id of ruleIds) {
    const r = BY_RULE.get(id);
    if (r) return r;
  }
  return null;
}
