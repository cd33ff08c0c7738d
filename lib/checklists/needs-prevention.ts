// Whether a conclusion gets the preventive measures: only when the sending side has something
// to keep up (a full mailbox or an unknown address leave the sender nothing to monitor).
// Kept apart from build.ts so the wizard's progress can ask without loading the checklists.
import type { ParsedBounce } from "@/lib/bounce/types";
import { CAUSES, type Actor } from "@/lib/causes/causes";
import { causeInfoFor } from "@/lib/causes/connection-variants";
import type { RankedCause } from "@/lib/rules";

const SENDER_SIDE: readonly Actor[] = ["sender-admin", "sender-admin-or-isp", "either", "unknown"];

/**
 * `parsed` and the evidence's `ruleIds`, where at hand: a failure between the sender and its
 * own outgoing server (a failed connection to its submission port, a refused login, a failed
 * TLS set-up, a sending program's report of one: every cause worded by its variant,
 * lib/causes/connection-variants.ts) keeps nothing up with receivers. The prevent steps are the
 * domain's authentication, reputation and bulk-sender rules, and no receiver was involved
 * (reviews 24 and 25); its steps are its settings.
 */
export function needsPrevention(
  causes: readonly RankedCause[],
  parsed?: ParsedBounce | null,
  ruleIds: readonly string[] = [],
): boolean {
  const real = causes.filter((c) => c.cause !== "unknown");
  if (
    parsed &&
    real.length > 0 &&
    real.every((c) => causeInfoFor(c.cause, parsed, ruleIds) !== CAUSES[c.cause])
  )
    return false;
  return causes.some((c) => SENDER_SIDE.includes(CAUSES[c.cause].actor));
}
