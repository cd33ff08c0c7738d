// A cause's own steps after the answers the user gave: a step whose outcome an answer already
// gave (data.ts STEPS_ANSWERED_BY_USER) makes way for what that answer leaves to do, or for
// nothing. Read by the cause's section, its check-first step and the titles of a link's items,
// so the three never disagree.
import type { Facts } from "@/lib/rules";
import { STEPS_ANSWERED_BY_USER } from "./data";
import type { AnsweredByUser, ItemTemplate } from "./types";

/** The answer-taken rule of step `id`, where the facts' answer is one that took it. */
export function answeredByUser(facts: Facts, id: string): AnsweredByUser | null {
  if (!Object.hasOwn(STEPS_ANSWERED_BY_USER, id)) return null;
  const rule = STEPS_ANSWERED_BY_USER[id]!;
  const answer = facts.answers[rule.question];
  return answer?.kind === "choice" && rule.values.includes(answer.value) ? rule : null;
}

/** The templates with each step an answer took replaced, in its place, by what is left. */
export function afterAnswers(templates: readonly ItemTemplate[], facts: Facts): ItemTemplate[] {
  return templates.flatMap((t): ItemTemplate[] => {
    if ("generate" in t) return [t];
    const rule = answeredByUser(facts, t.id);
    if (!rule) return [t];
    return rule.instead ? [rule.instead] : [];
  });
}

/** Every step an answer can put in another's place (for titling a link's item ids). */
export function insteadSteps(): NonNullable<AnsweredByUser["instead"]>[] {
  return Object.values(STEPS_ANSWERED_BY_USER).flatMap((r) => (r.instead ? [r.instead] : []));
}
