// Whether waiting and sending again can help, for the step that tells a receiving server's own
// fault apart ("Try again later", check-first.ts for remote-server-error). A 5yz reply is a
// permanent refusal, which the client is discouraged from repeating as it stands (RFC 5321
// §4.2.1); where the reply's own words read as a lasting block (Exchange Online's 5.7.708, an IP
// refused for its reputation), a resend in a few hours meets the same block, and the step would
// only delay the fix (review 30, finding 13b). A temporary reply, or a lead whose cause passes
// with time, keeps it.
import type { CauseId } from "@/lib/causes/causes";
import type { Diagnosis } from "@/lib/diagnosis/types";

/** Causes whose own reading passes with time: a fault, a limit, a full mailbox, no reason read. */
const PASSES_WITH_TIME: ReadonlySet<CauseId> = new Set([
  "remote-server-error",
  "remote-unreachable",
  "rate-limited",
  "mailbox-full",
  "unknown",
  "not-a-bounce",
]);

/** The check-first step of a cause that only waits and sends again. */
export const RETRY_CHECK_FIRST_CAUSE: CauseId = "remote-server-error";

/**
 * Whether a retry can help while `lead` leads: false only where the bounce's own words gave
 * `lead` (a recipient the classifier read as it), a lasting block, in a permanent (5yz) reply.
 */
export function waitingCanHelp(
  d: Pick<Diagnosis, "recipients"> | null | undefined,
  lead: CauseId | undefined,
): boolean {
  if (!d || !lead || PASSES_WITH_TIME.has(lead)) return true;
  const read = d.recipients.filter((r) => r.cause === lead);
  if (read.length === 0) return true;
  return read.some((r) => r.recipient.replyCode === null || r.recipient.replyCode < 500);
}
