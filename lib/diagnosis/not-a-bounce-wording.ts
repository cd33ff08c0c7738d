// Which kind of not-a-bounce message a verdict's evidence names (lib/knowledge/not-a-bounce-readings.ts),
// so that the page, the report and the API say "an automatic reply" rather than every kind at once.
import { CAUSES, type Actor, type CauseId } from "@/lib/causes/causes";
import {
  NOT_A_BOUNCE_READINGS,
  type NotABounceReading,
} from "@/lib/knowledge/not-a-bounce-readings";
import { readingByRule } from "./reading-by-rule";

/** The reading of the first evidence entry that names a kind, or null. */
export const notABounceReading: (
  evidence: readonly { ruleId: string }[],
) => NotABounceReading | null = readingByRule(NOT_A_BOUNCE_READINGS);

/**
 * Who acts on a verdict, and in what words: the cause's own, unless the verdict is a kind of
 * not-a-bounce message that asks something of the sender (a complaint, a challenge).
 */
export function actorOf(
  cause: CauseId,
  evidence: readonly { ruleId: string }[],
): { id: Actor; label: string } {
  const own = CAUSES[cause];
  if (cause !== "not-a-bounce") return { id: own.actor, label: own.actorLabel };
  return notABounceReading(evidence)?.actor ?? { id: own.actor, label: own.actorLabel };
}
