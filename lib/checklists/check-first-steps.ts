// The steps that tell ranked causes apart (check-first.ts), most likely cause first: one per
// cause, for the first CHECK_FIRST_CAUSES causes that have one. Pure.
import { sendingDomainNotOwned } from "@/lib/rules/from-domain";
import type { CauseId } from "@/lib/causes/causes";
import { evidenceRuleIds, readsGreylisting } from "@/lib/causes/connection-variants";
import { checkBuilders, type Context, type Facts, type RankedCause } from "@/lib/rules";
import {
  CHECK_FIRST,
  CHECK_FIRST_CAUSES,
  CHECK_FIRST_PREFIX,
  GREYLISTING_CHECK_FIRST,
  type CheckFirst,
} from "./check-first";
import { answeredByUser } from "./answered-steps";
import { hostingCapCheckFirst } from "./hosting-cap";
import { CAUSE_CHECKLISTS } from "./data";
import { MAILBOX_SERVICE_CHECK_FIRST, onMailboxService } from "./mailbox-service-steps";
import { programCheckFirst } from "./program-steps";
import { relayCheckFirst } from "./relay-steps";
import { waitingStepsLeftOut } from "./retry-helps";
import { submissionCheckFirst, submissionPort } from "./submission-port";
import type { ActedTemplate, ChecklistItem } from "./types";

/** The cause's own step a check-first entry points to, as data.ts has it. */
export function checklistTemplate(cause: CauseId, itemId: string): ActedTemplate | null {
  for (const t of CAUSE_CHECKLISTS[cause]) if (!("generate" in t) && t.id === itemId) return t;
  return null;
}

/**
 * The words of a check-first step, before its placeholders are filled, with who takes it: a
 * cause's own step names its actor in data.ts; a step of check-first.ts is the sender's. A
 * cause's own step that an answer already took (STEPS_ANSWERED_BY_USER) is replaced by what that
 * answer leaves to do, or by nothing (null: the next cause's step takes its place).
 */
export function checkFirstText(
  cause: CauseId,
  entry: CheckFirst,
  facts?: Facts,
): Omit<ChecklistItem, "id"> | null {
  if (entry.from !== "item")
    return {
      title: entry.title,
      detail: entry.detail,
      kind: entry.kind,
      actor: "sender",
      ...(entry.link ? { link: entry.link } : {}),
    };
  const answered = facts ? answeredByUser(facts, entry.itemId) : null;
  // The cause's own step, looked up once: its words and its actor come from the same template.
  const t = answered ? (answered.instead ?? null) : checklistTemplate(cause, entry.itemId);
  return t
    ? {
        title: t.title,
        detail: t.detail,
        kind: t.kind,
        actor: t.actor,
        ...(t.link ? { link: t.link } : {}),
      }
    : null;
}

/**
 * Whether no server answered the mail at all: no recipient has an SMTP reply code, and the
 * bounce is a delay notice or reads as a server that could not be reached (a connection that
 * timed out). A refusal is then nothing the steps may speak of.
 */
export function noServerAnswered(ctx: Context): boolean {
  const d = ctx.facts.diagnosis;
  if (!d || d.recipients.some((r) => r.recipient.replyCode !== null)) return false;
  const delay = !!d.overall.delayNotice || d.recipients.some((r) => r.delayNotice);
  return delay || ctx.cause === "remote-unreachable";
}

function step(cause: CauseId, ctx: Context, fill: (text: string) => string): ChecklistItem | null {
  // The refusal named a From domain the user said is not theirs: its records are its owner's,
  // and looking them up tells nothing the user can act on (the section's "Do not try to change
  // its records" says so; foreign-from-steps.ts).
  if (cause === "authentication-failure" && sendingDomainNotOwned(ctx)) return null;
  // A connection to a submission port failed: the app's own settings tell it apart, not the
  // recipient's MX records (submission-port.ts).
  const submission = cause === "remote-unreachable" ? submissionPort(ctx) : null;
  // A sending program's own report: its settings tell its possible failures apart, not the
  // recipient's MX records or a receiver's TLS demand (program-steps.ts). A relay refusal the
  // recipient's server gave: the recipient's domain, not the program's settings (relay-steps.ts).
  const entry =
    submission !== null
      ? submissionCheckFirst(submission, ctx.facts.diagnosis?.parsed.generator ?? null)
      : (programCheckFirst(cause, ctx.facts) ??
        relayCheckFirst(cause, ctx.facts.diagnosis) ??
        // The sender's own hosting capped the hour's mail: the step looks at that cap.
        hostingCapCheckFirst(cause, ctx.facts.diagnosis) ??
        (onMailboxService(ctx) ? MAILBOX_SERVICE_CHECK_FIRST[cause] : undefined) ??
        (cause === "rate-limited" && readsGreylisting(evidenceRuleIds(ctx.facts.diagnosis))
          ? GREYLISTING_CHECK_FIRST
          : undefined) ??
        CHECK_FIRST[cause]);
  const text = entry ? checkFirstText(cause, entry, ctx.facts) : null;
  if (!entry || !text) return null;
  const detail = entry.noReply && noServerAnswered(ctx) ? entry.noReply.detail : text.detail;
  const item: ChecklistItem = {
    ...text,
    id: `${CHECK_FIRST_PREFIX}${cause}`,
    title: fill(text.title),
    detail: fill(detail),
  };
  if (entry.from !== "check") return item;
  const request = checkBuilders[entry.check].build(ctx);
  // A lookup that already ran has told its causes apart: its findings are in the evidence,
  // and a step offering it again would read as if it had not run.
  if (request && ctx.facts.checks[request.id]?.status === "done") return null;
  // Without its input (no IP known) the check page can still run it; the recipient's domain
  // is only ever known from the bounce, so without one there is nothing to look up.
  if (request || entry.check !== "recipient-domain")
    item.needsCheck = { request, label: fill(entry.label) };
  return item;
}

/**
 * One step per ranked cause that tells it apart, in the ranking's order, for at most `limit`
 * causes: causes without such a step, or whose lookup already ran, give way to the next.
 */
export function checkFirstSteps(
  ranked: readonly RankedCause[],
  ctx: Context,
  fill: (text: string) => string,
  limit = CHECK_FIRST_CAUSES,
): ChecklistItem[] {
  const steps: ChecklistItem[] = [];
  // Where waiting cannot help (a permanent refusal whose words read as a lasting block), no
  // "try again later" (retry-helps.ts).
  const leftOut = waitingStepsLeftOut(ctx.facts.diagnosis, ranked[0]?.cause);
  for (const { cause } of ranked) {
    if (steps.length >= limit) break;
    if (leftOut.has(`${CHECK_FIRST_PREFIX}${cause}`)) continue;
    const s = step(cause, ctx, fill);
    if (s) steps.push(s);
  }
  return steps;
}
