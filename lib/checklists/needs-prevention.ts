// Whether a conclusion gets the preventive measures: only when the sending side has something
// to keep up (a full mailbox or an unknown address leave the sender nothing to monitor).
// Kept apart from build.ts so the wizard's progress can ask without loading the checklists.
import type { ParsedBounce } from "@/lib/bounce/types";
import { CAUSES, type Actor } from "@/lib/causes/causes";
import { isSubmissionFailure } from "@/lib/causes/connection-variants";
import type { RankedCause } from "@/lib/rules";

const SENDER_SIDE: readonly Actor[] = ["sender-admin", "sender-admin-or-isp", "either", "unknown"];

/**
 * `parsed`, where at hand: an application's failed connection to its submission port keeps
 * nothing up with receivers (the prevent steps are the domain's authentication, reputation and
 * bulk-sender rules, and no receiver was involved, review 24); its steps are its settings.
 */
export function needsPrevention(
  causes: readonly RankedCause[],
  parsed?: ParsedBounce | null,
): boolean {
  if (isSubmissionFailure(parsed) && causes.every((c) => c.cause === "remote-unreachable"))
    return false;
  return causes.some((c) => SENDER_SIDE.includes(CAUSES[c.cause].actor));
}
