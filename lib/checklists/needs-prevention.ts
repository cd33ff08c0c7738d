// Whether a conclusion gets the preventive measures: only when the sending side has something
// to keep up (a full mailbox or an unknown address leave the sender nothing to monitor).
// Kept apart from build.ts so the wizard's progress can ask without loading the checklists.
import { CAUSES, type Actor } from "@/lib/causes/causes";
import type { RankedCause } from "@/lib/rules";

const SENDER_SIDE: readonly Actor[] = ["sender-admin", "sender-admin-or-isp", "either", "unknown"];

export function needsPrevention(causes: readonly RankedCause[]): boolean {
  return causes.some((c) => SENDER_SIDE.includes(CAUSES[c.cause].actor));
}
