// A later cause the wizard holds only faintly gets no checklist of its own, even where a check
// found its problem (a missing PTR beside a listing the bounce names: reverse DNS at 1%, with
// four steps of its own under the listing's). Its problem is real, so it keeps one line among
// the preventive measures: what was found, how unlikely it is to be the cause here, and where
// the check's findings say what to change.
import { causeInfoFor, evidenceRuleIds } from "@/lib/causes/connection-variants";
import type { CauseId } from "@/lib/causes/causes";
import type { Facts, HeldCause, RankedCause } from "@/lib/rules";
import type { sharedContext } from "./build-context";
import { foundOwnProblem } from "./section-findings";
import type { ChecklistItem } from "./types";

/**
 * The weight a later cause needs for a fix section of its own (the lead always has one). From
 * the belief's own calibration, eval:wizard's 2,436 scripted walks (2026-12-07, main 5f38b07):
 * of the later causes a conclusion held under 0.10, 14 of 512 were the true cause (2.7%; those
 * a check backed, 7 of 93), against 149 of 431 (35%) from 0.10 up (those a check backed, 11
 * of 23). Below it a section is wrong advice nine times in ten. It is also twice the weight at
 * which a conclusion names a cause at all (narrate.ts MIN_SHOWN, 0.05).
 */
export const FIX_SECTION_MIN_WEIGHT = 0.1;

/** The id of a faint cause's one line: under "prevent.", never "<cause>." (a link's sections). */
export const ALSO_FOUND_PREFIX = "prevent.found.";

/** A later cause is held strongly enough for a fix section of its own. */
export function weighsEnoughForSection(c: Pick<RankedCause, "confidence">): boolean {
  return c.confidence >= FIX_SECTION_MIN_WEIGHT;
}

/** The line's title, from its cause (titles.ts names a link's item by it too). */
export function alsoFoundTitle(title: string): string {
  return `Also found: ${title.charAt(0).toLowerCase()}${title.slice(1)}`;
}

/**
 * One line for each later cause held under FIX_SECTION_MIN_WEIGHT whose own problem a check
 * found (section-findings.ts): not the fix of this bounce, a problem to fix before it becomes one.
 */
export function alsoFoundItems(
  shared: ReturnType<typeof sharedContext>,
  facts: Facts,
  causes: readonly (RankedCause | HeldCause)[],
): ChecklistItem[] {
  const seen = new Set<CauseId>();
  return causes.slice(1).flatMap((c) => {
    if (weighsEnoughForSection(c) || seen.has(c.cause)) return [];
    if (!foundOwnProblem(shared.ctx, c.cause)) return [];
    seen.add(c.cause);
    const info = causeInfoFor(c.cause, facts.diagnosis?.parsed, evidenceRuleIds(facts.diagnosis));
    const percent = Math.max(1, Math.round(c.confidence * 100));
    return [
      {
        id: `${ALSO_FOUND_PREFIX}${c.cause}`,
        title: alsoFoundTitle(info.title),
        detail: `A check found this problem, but it is unlikely to be why this message bounced (about ${percent}% here), so it has no fix steps of its own. Fix it before it becomes a reason: the check’s findings say what to change. If the fixes for the leading cause do not help, look at it first.`,
        actor: info.actor,
        kind: "prevent" as const,
      },
    ];
  });
}
