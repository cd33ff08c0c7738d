// The decision: facts in, the next step out. One pure function, like XState's transition():
// no I/O, no clock, no randomness, so the server can replay it for a share link.
//
// Why it settles: a question is asked only while unanswered and a check is requested only
// while absent from the facts, so every step the user completes removes one candidate;
// questions and check ids are finite, and the last rule (general.diagnosed) always concludes.
import { CAUSE_IDS, type CauseId } from "@/lib/causes/causes";
import { checkBuilders, requestFromId } from "./check-builders";
import {
  CONCLUSIONS,
  CORROBORATIONS,
  DIAGNOSED_DISCOUNT,
  MAX_CAUSES,
  MIN_DIAGNOSED_SUPPORT,
} from "./conclusions";
import { buildContext, findingsIn, type Context } from "./context";
import { defaultRules } from "./default-rules";
import { predicates } from "./predicates";
import { QUESTIONS } from "./questions";
import type {
  CheckRequest,
  Conditions,
  Facts,
  HeldCause,
  PredicateRef,
  Rule,
  Stage,
  Step,
} from "./types";

function predicate(name: PredicateRef) {
  const p = predicates[name];
  // A misspelt predicate is a bug in the rule data; rules.test.ts checks every name.
  if (!p) throw new Error(`Unknown predicate "${name}"`);
  return p;
}

function holds(when: Conditions, ctx: Context): boolean {
  const test = (n: PredicateRef) => predicate(n).test(ctx);
  return (
    (when.all ?? []).every(test) &&
    (when.any === undefined || when.any.length === 0 || when.any.some(test)) &&
    !(when.not ?? []).some(test)
  );
}

/** Whether a rule's conditions hold for these facts (for tests and the evidence panel). */
export function evaluateRule(rule: Rule, facts: Facts): boolean {
  return holds(rule.when, buildContext(facts));
}

const sortedCache = new WeakMap<readonly Rule[], Rule[]>();
function byPriority(rules: readonly Rule[]): Rule[] {
  let sorted = sortedCache.get(rules);
  if (!sorted) {
    // Array.prototype.sort is stable: equal priorities keep the list's order.
    sorted = [...rules].sort((a, b) => b.priority - a.priority);
    sortedCache.set(rules, sorted);
  }
  return sorted;
}

function joinWords(parts: string[]): string {
  const unique = [...new Set(parts.filter(Boolean))];
  if (unique.length <= 1) return unique[0] ?? "";
  return `${unique.slice(0, -1).join(", ")} and ${unique[unique.length - 1]}`;
}

/** The plain-words grounds of a rule, built from the predicates that made it fire. */
export function explain(rule: Rule, ctx: Context): string {
  const parts: string[] = [];
  for (const n of rule.when.all ?? []) parts.push(predicate(n).says(ctx));
  for (const n of rule.when.any ?? [])
    if (predicate(n).test(ctx)) parts.push(predicate(n).says(ctx));
  for (const n of rule.when.not ?? []) parts.push(predicate(n).saysNot(ctx));
  for (const n of rule.because ?? [])
    if (predicate(n).test(ctx)) parts.push(predicate(n).says(ctx));
  return joinWords(parts);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function fill(template: string, ctx: Context): string {
  const zones = [
    ...findingsIn(ctx, ctx.ipCheckId, "blocklistListed"),
    ...findingsIn(ctx, ctx.domainCheckId, "blocklistListed"),
  ].map((f) => String(f.data?.["zone"] ?? f.title));
  const values: Record<string, string> = {
    ip: ctx.sendingIp ?? "the sending IP",
    domain: ctx.sendingDomain ?? "your sending domain",
    recipientDomain: ctx.recipientDomain ?? "the recipient's domain",
    zones: joinWords(zones.length > 0 ? zones : ctx.blocklistZones) || "a blocklist",
  };
  return template.replace(
    /\{(ip|domain|recipientDomain|zones)\}/g,
    (_, k: string) => values[k] ?? "",
  );
}

/**
 * The causes a conclusion holds, ranked, each with why: the conclusion's own, then causes a
 * check corroborated, then the diagnosis's other readings, discounted. When the conclusion is
 * settled (a check confirmed it), readings that only the bounce's wording suggests drop out:
 * the confirmed cause explains the wording, and listing them beside it misleads.
 */
export function rankCauses(facts: Facts, conclusionId: string): HeldCause[] {
  return rank(buildContext(facts), conclusionId, "");
}

function rank(ctx: Context, conclusionId: string, grounds: string): HeldCause[] {
  const conclusion = CONCLUSIONS[conclusionId];
  const best = new Map<CauseId, HeldCause>();
  const put = (held: HeldCause) => {
    if (held.confidence > (best.get(held.cause)?.confidence ?? 0)) best.set(held.cause, held);
  };
  const summary = conclusion?.causes ? fill(conclusion.summary, ctx) : "";
  if (conclusion?.causes) {
    // The first cause rests on the rule's grounds; the others on what the conclusion says.
    for (const [i, c] of conclusion.causes.entries()) {
      put({
        ...c,
        support: "conclusion",
        why: i === 0 && grounds ? `${capitalise(grounds)}.` : summary,
      });
    }
  } else if (ctx.ranked.length > 0) {
    for (const [i, c] of ctx.ranked.entries()) {
      put({
        ...c,
        support: "bounce",
        why:
          i === 0
            ? "The bounce's own words say so."
            : "The bounce's wording also fits this reading; no check confirmed or ruled it out.",
      });
    }
  } else {
    put({
      cause: "unknown",
      confidence: 0.5,
      support: "bounce",
      why: "The bounce does not say enough to tell.",
    });
  }
  for (const c of CORROBORATIONS) {
    const p = predicate(c.when);
    if (p.test(ctx))
      put({
        cause: c.cause,
        confidence: c.confidence,
        support: "check",
        why: `${capitalise(p.says(ctx))}.`,
      });
  }
  if (conclusion?.causes && !conclusion.settled) {
    for (const c of ctx.ranked) {
      const confidence = c.confidence * DIAGNOSED_DISCOUNT;
      if (confidence < MIN_DIAGNOSED_SUPPORT) continue;
      put({
        ...c,
        confidence,
        support: "bounce",
        why: "The bounce's wording also fits this reading; no check confirmed or ruled it out.",
      });
    }
  }
  const order = (c: CauseId) => CAUSE_IDS.indexOf(c);
  return [...best.values()]
    .filter((h) => h.confidence >= 0.05 && !(h.cause === "unknown" && best.size > 1))
    .map((h) => ({ ...h, confidence: Math.round(h.confidence * 100) / 100 }))
    .sort((a, b) => b.confidence - a.confidence || order(a.cause) - order(b.cause))
    .slice(0, MAX_CAUSES);
}

function stageOfCheck(id: string): Stage {
  return id.startsWith("ip:")
    ? "ip-reputation"
    : id.startsWith("recipient-domain:")
      ? "recipient"
      : "content";
}

/** A check the app started and has not finished: wait for it before concluding. */
function pendingCheckStep(ctx: Context, rules: Rule[]): Step | null {
  for (const [id, state] of Object.entries(ctx.facts.checks)) {
    if (state.status !== "pending") continue;
    let request: CheckRequest | null = state.request ?? null;
    if (!request) {
      for (const rule of rules) {
        if (!("run" in rule.then)) continue;
        const built = checkBuilders[rule.then.run].build(ctx);
        if (built?.id === id) {
          request = built;
          break;
        }
      }
    }
    request ??= requestFromId(id);
    if (!request) continue;
    return {
      kind: "check",
      check: request,
      reason: `Waiting for the check of ${id.slice(id.indexOf(":") + 1)} to finish before concluding.`,
      stage: stageOfCheck(id),
      ruleId: "engine.wait-for-check",
    };
  }
  return null;
}

export function nextStep(facts: Facts, rules: readonly Rule[] = defaultRules): Step {
  const ctx = buildContext(facts);
  const sorted = byPriority(rules);
  for (const rule of sorted) {
    const then = rule.then;
    if ("ask" in then) {
      if (facts.answers[then.ask] !== undefined) continue;
      if (!holds(rule.when, ctx)) continue;
      const question = QUESTIONS[then.ask];
      return {
        kind: "question",
        question,
        reason: `Asked because ${explain(rule, ctx) || "the answer decides what to check next"}.`,
        stage: rule.stage ?? question.stage,
        ruleId: rule.id,
      };
    }
    if ("run" in then) {
      if (!holds(rule.when, ctx)) continue;
      const builder = checkBuilders[then.run];
      const check = builder.build(ctx);
      if (!check || facts.checks[check.id] !== undefined) continue;
      const why = explain(rule, ctx);
      return {
        kind: "check",
        check,
        reason: `${capitalise(builder.describe(ctx))}${why ? `, because ${why}` : ""}.`,
        stage: rule.stage ?? builder.stage,
        ruleId: rule.id,
      };
    }
    if (!holds(rule.when, ctx)) continue;
    const waiting = pendingCheckStep(ctx, sorted);
    if (waiting) return waiting;
    return conclusionStep(ctx, rule.id, then.conclude, explain(rule, ctx));
  }
  // Only a rule set without a catch-all rule gets here; still end somewhere useful.
  const waiting = pendingCheckStep(ctx, sorted);
  return waiting ?? conclusionStep(ctx, "engine.no-rule", "diagnosed", "");
}

function conclusionStep(ctx: Context, ruleId: string, conclusionId: string, why: string): Step {
  const conclusion = CONCLUSIONS[conclusionId] ?? CONCLUSIONS["diagnosed"];
  const summary = conclusion ? fill(conclusion.summary, ctx) : "";
  const grounds = why ? `Concluded because ${why}. ` : "";
  return {
    kind: "conclusion",
    causes: rank(ctx, conclusion?.id ?? conclusionId, why),
    conclusionId: conclusion?.id ?? conclusionId,
    summary,
    reason: `${grounds}${summary}`.trim(),
    stage: "resolve",
    ruleId,
  };
}
