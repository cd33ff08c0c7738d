// The decision: facts in, the next step out. One pure function, like XState's transition():
// no I/O, no clock, no randomness, so the server can replay it for a share link.
//
// The facts become the evidence model (belief.ts); the next step is the question or check
// expected to narrow it most (choose.ts); the conclusion is written from it (narrate.ts).
// It settles: a question is asked only while unanswered and a check only while absent from
// the facts, so every step removes a candidate, and there are finitely many.
import { capitalise } from "./sentence";
import { beliefOf, titleIn, type Belief } from "./belief";
import { checkBuilders, requestFromId } from "./check-builders";
import { candidates, CLEAR_WEIGHT, fixNeed, MIN_GAIN, needsPlatform, separates } from "./choose";
import { buildContext, type Context } from "./context";
import { grounds, heldCauses, isClear, isSettled, settleHints, summaryOf } from "./narrate";
import { ADDRESS_PROMPTS, DOMAIN_PROMPTS, QUESTIONS } from "./questions";
import {
  addressWords,
  otherRecipientLeads,
  otherRecipientsSentence,
  walkedRecipients,
} from "./recipient-groups";
import type { Diagnosis } from "@/lib/diagnosis/types";
import type { Facts, QuestionId, Stage, Step } from "./types";

function stageOfCheck(id: string): Stage {
  return id.startsWith("ip:")
    ? "ip-reputation"
    : id.startsWith("recipient-domain:")
      ? "recipient"
      : "content";
}

/** A check the app started and has not finished: wait for it before going on. */
function pendingCheckStep(ctx: Context): Step | null {
  for (const [id, state] of Object.entries(ctx.facts.checks)) {
    if (state.status !== "pending") continue;
    const request = state.request ?? requestFromId(id);
    if (!request) continue;
    return {
      kind: "check",
      check: request,
      reason: `Waiting for the check of ${id.slice(id.indexOf(":") + 1)} to finish.`,
      stage: stageOfCheck(id),
      ruleId: "engine.wait-for-check",
    };
  }
  return null;
}

function ask(
  question: QuestionId,
  why: string,
  ruleId: string,
  facts: Facts,
  domain: string | null = null,
): Step {
  const q = QUESTIONS[question];
  // Several recipients refused for different reasons: a question about "this address" names the
  // ones the wizard walks, since the answer is read for them only.
  const walked = walkedRecipients(facts.diagnosis);
  const named = ADDRESS_PROMPTS[question];
  const byDomain = DOMAIN_PROMPTS[question];
  const prompt =
    walked && named && walked.addresses.length > 0
      ? named(addressWords(walked.addresses), walked.addresses.length > 1)
      : byDomain && domain
        ? byDomain(domain)
        : null;
  return {
    kind: "question",
    question: prompt ? { ...q, prompt } : q,
    // Shown after "Why we ask:": the reason itself, not "Asked because".
    reason: `${capitalise(why)}.`,
    stage: q.stage,
    ruleId,
  };
}

export function conclusionOf(
  belief: Belief,
  doubted: Belief,
  diagnosis: Diagnosis | null = null,
): Extract<Step, { kind: "conclusion" }> {
  const top = belief.causes[0];
  const clear = isClear(belief, doubted);
  const lead = summaryOf(belief, clear);
  // Other recipients refused for other reasons keep a lead of their own, named by address; the
  // walked lead's summary says which recipients it is for. One recipient: as before.
  const others = otherRecipientLeads(diagnosis);
  const walked = walkedRecipients(diagnosis);
  const summary =
    walked && top
      ? `For ${addressWords(walked.addresses)}: ${lead} ${otherRecipientsSentence(others)}`
      : lead;
  return {
    kind: "conclusion",
    ...(walked && top
      ? {
          recipients: [
            {
              cause: top.cause,
              confidence: Math.round(top.weight * 100) / 100,
              addresses: walked.addresses,
              walked: true as const,
            },
            ...others,
          ],
        }
      : {}),
    causes: heldCauses(belief),
    conclusionId: `${top?.cause ?? "unknown"}.${clear ? "clear" : "uncertain"}`,
    summary,
    reason: grounds(belief),
    clear,
    settled: isSettled(belief, clear),
    settle: clear ? [] : settleHints(belief),
    stage: "resolve",
    ruleId: "engine.conclude",
  };
}

export function nextStep(facts: Facts): Step {
  const ctx = buildContext(facts);
  const belief = beliefOf(facts, ctx);
  const doubted = beliefOf(facts, ctx, { tempered: true });
  const waiting = pendingCheckStep(ctx);
  if (waiting) return waiting;
  const top = belief.causes[0];
  if (!top || top.cause === "not-a-bounce") return conclusionOf(belief, doubted, facts.diagnosis);

  const platform = needsPlatform(belief, ctx);
  if (top.weight < CLEAR_WEIGHT) {
    const best = candidates(belief, ctx)[0];
    if (best && best.gain >= MIN_GAIN) {
      if (best.kind === "question")
        return ask(
          best.question,
          best.why || separates(belief, best.outcomes),
          `evidence.ask.${best.question}`,
          facts,
        );
      return {
        kind: "check",
        check: best.check,
        reason: `${capitalise(best.why)}: ${separates(belief, best.outcomes).replace("the answer", "the result")}.`,
        stage: checkBuilders[best.builder].stage,
        ruleId: `evidence.run.${best.builder}`,
      };
    }
  }
  if (top.weight >= CLEAR_WEIGHT && !isClear(belief, doubted)) {
    // Only the bounce's wording backs the leading cause: one step that could contradict it,
    // chosen as if the wording were less sure than the classifier says.
    const best = candidates(doubted, ctx)[0];
    if (best && best.gain >= MIN_GAIN) {
      if (best.kind === "question")
        return ask(
          best.question,
          `the answer confirms or rules out what the bounce says (“${titleIn(belief, top.cause)}”)`,
          `evidence.confirm.${best.question}`,
          facts,
        );
      return {
        kind: "check",
        check: best.check,
        reason: `${capitalise(best.why)}: the result confirms or rules out what the bounce says (“${titleIn(belief, top.cause)}”).`,
        stage: checkBuilders[best.builder].stage,
        ruleId: `evidence.confirm.${best.builder}`,
      };
    }
  }
  const need = fixNeed(belief, ctx);
  if (need && "question" in need)
    return ask(
      need.question,
      need.question === "from-domain-owned"
        ? `the fixes for “${titleIn(belief, top.cause)}” depend on whether ${ctx.sendingDomain} is yours: only its owner can publish its records`
        : `the fixes for “${titleIn(belief, top.cause)}” depend on what the check of it finds`,
      `evidence.fix.${need.question}`,
      facts,
      ctx.sendingDomain,
    );
  if (need)
    return {
      kind: "check",
      check: need.check,
      reason: `${capitalise(checkBuilders[need.builder].describe(ctx))}: the fixes for “${titleIn(belief, top.cause)}” depend on what it finds.`,
      stage: checkBuilders[need.builder].stage,
      ruleId: `evidence.fix.${need.builder}`,
    };
  if (platform)
    return ask(
      "sending-platform",
      `the steps to fix “${titleIn(belief, top.cause)}” depend on what sends your mail`,
      "evidence.ask.sending-platform",
      facts,
    );
  return conclusionOf(belief, doubted, facts.diagnosis);
}

export { beliefOf };
