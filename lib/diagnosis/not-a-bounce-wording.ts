// Which kind of not-a-bounce message a verdict's evidence names (lib/knowledge/not-a-bounce-readings.ts),
// so that the page, the report and the API say "an automatic reply" rather than every kind at once.
import {
  NOT_A_BOUNCE_READINGS,
  type NotABounceReading,
} from "@/lib/knowledge/not-a-bounce-readings";

const BY_RULE = new Map<string, NotABounceReading>();
for (const r of NOT_A_BOUNCE_READINGS) for (const id of r.ruleIds) BY_RULE.set(id, r);

/** The reading of the first evidence entry that names a kind, or null. */
export function notABounceReading(
  evidence: readonly { ruleId: string }[],
): NotABounceReading | null {
  for (let k = 0; k < evidence.length; k++) {
    const r = BY_RULE.get(evidence[k]!.ruleId);
    if (r) return r;
  }
  return null;
}
