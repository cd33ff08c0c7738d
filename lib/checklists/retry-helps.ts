// Whether waiting and sending again can help, for the waiting steps ("Try again later", as the
// internal failure's own step and as the step that tells it apart, check-first.ts). The cases
// where it cannot are data (lib/knowledge/waiting-cannot-help.ts); this module names the steps
// each piece of waiting advice is, and reads the cases that the reply itself triggers (a lasting
// block in a permanent reply: review 30, finding 13b). The cases the evidence reads are
// evidence-steps.ts's, which shows their own step in the advice's place.
import type { CauseId } from "@/lib/causes/causes";
import type { Diagnosis } from "@/lib/diagnosis/types";
import {
  WAITING_CANNOT_HELP,
  type ReplyRow,
  type WaitingAdvice,
  type WaitingCannotHelp,
} from "@/lib/knowledge/waiting-cannot-help";
import { CHECK_FIRST_PREFIX } from "./check-first";

/** The checklist step each piece of waiting advice is (data.ts, check-first.ts). */
export const WAITING_STEP_IDS: Readonly<Record<WaitingAdvice, string>> = {
  retry: "remote-server-error.retry",
  "tell-if-it-persists": "remote-server-error.tell",
  "retry-to-tell-apart": `${CHECK_FIRST_PREFIX}remote-server-error`,
};

/** The step ids of the advice a case leaves out. */
export function waitingStepIds(advice: readonly WaitingAdvice[]): string[] {
  return advice.map((a) => WAITING_STEP_IDS[a]);
}

/** Whether a reply-triggered case holds for the diagnosis while `lead` leads. */
function holds(
  trigger: ReplyRow["trigger"],
  d: Pick<Diagnosis, "recipients">,
  lead: CauseId,
): boolean {
  if (trigger.unlessCause.includes(lead)) return false;
  const read = d.recipients.filter((r) => r.cause === lead);
  return (
    read.length > 0 &&
    read.every(
      (r) => r.recipient.replyCode !== null && r.recipient.replyCode >= trigger.minReplyCode,
    )
  );
}

/**
 * The waiting steps left out while `lead` leads, by the cases the reply triggers: none where no
 * diagnosis or lead is known, or no recipient was read as the lead.
 */
export function waitingStepsLeftOut(
  d: Pick<Diagnosis, "recipients"> | null | undefined,
  lead: CauseId | undefined,
  cases: readonly WaitingCannotHelp[] = WAITING_CANNOT_HELP,
): ReadonlySet<string> {
  const out = new Set<string>();
  if (!d || !lead) return out;
  for (const c of cases)
    if (c.trigger.kind === "lasting-reply" && holds(c.trigger, d, lead))
      for (const id of waitingStepIds(c.drops)) out.add(id);
  return out;
}
