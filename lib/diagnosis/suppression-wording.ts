// What a sending service's suppression says in plain words (lib/knowledge/suppressions.ts):
// the message was not sent. The verdict's cause stays the classifier's; the headline and the
// explanation say what happened, as the greylisting reading does for its cause.
import { SUPPRESSION_READINGS, type SuppressionReading } from "@/lib/knowledge/suppressions";
import { readingByRule } from "./reading-by-rule";

/** The suppression the evidence names (its first entry that is one), or null. */
export const suppressionReading: (
  evidence: readonly { ruleId: string }[],
) => SuppressionReading | null = readingByRule(SUPPRESSION_READINGS);
