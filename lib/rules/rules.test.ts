// The rule data is consistent: every name a rule uses exists, ids are unique, and every
// question can be reached from some start.
import { describe, expect, it } from "vitest";
import { CAUSE_IDS } from "@/lib/causes/causes";
import { CONCLUSIONS, CORROBORATIONS } from "./conclusions";
import { defaultRules } from "./default-rules";
import { predicates } from "./predicates";
import { QUESTIONS } from "./questions";
import { checkBuilders } from "./check-builders";
import { QUESTION_IDS } from "./types";
import { makeDiagnosis, makeFacts } from "./test-factories";
import { walkAll } from "./walk";

describe("rule data", () => {
  it("has unique rule ids", () => {
    const ids = defaultRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(defaultRules.map((r) => [r.id, r] as const))(
    "%s names only registered predicates, questions, checks and conclusions",
    (_id, rule) => {
      const names = [
        ...(rule.when.all ?? []),
        ...(rule.when.any ?? []),
        ...(rule.when.not ?? []),
        ...(rule.because ?? []),
      ];
      for (const n of names) expect(predicates, n).toHaveProperty([n]);
      if ("ask" in rule.then) expect(QUESTIONS).toHaveProperty([rule.then.ask]);
      if ("run" in rule.then) expect(checkBuilders).toHaveProperty([rule.then.run]);
      if ("conclude" in rule.then) expect(CONCLUSIONS).toHaveProperty([rule.then.conclude]);
    },
  );

  it("has a catch-all conclusion so that no path dead-ends", () => {
    const catchAll = defaultRules.filter(
      (r) =>
        "conclude" in r.then && !r.when.all?.length && !r.when.any?.length && !r.when.not?.length,
    );
    expect(catchAll.length).toBeGreaterThanOrEqual(1);
  });

  it("conclusions name real causes with confidences in 0..1", () => {
    for (const c of Object.values(CONCLUSIONS)) {
      for (const cause of c.causes ?? []) {
        expect(CAUSE_IDS).toContain(cause.cause);
        expect(cause.confidence).toBeGreaterThan(0);
        expect(cause.confidence).toBeLessThanOrEqual(1);
      }
    }
    for (const c of CORROBORATIONS) expect(predicates).toHaveProperty([c.when]);
  });

  it("every question and every conclusion is reachable", () => {
    const asked = new Set<string>();
    const concluded = new Set<string>();
    const starts = [
      makeFacts({ diagnosis: null }),
      ...CAUSE_IDS.map((cause) =>
        makeFacts({ diagnosis: makeDiagnosis({ cause, from: "a@example.org" }) }),
      ),
    ];
    for (const s of starts) {
      walkAll(s, {
        bound: 20,
        onConclusion: (step, facts) => {
          if (step.kind === "conclusion") concluded.add(step.conclusionId);
          for (const q of Object.keys(facts.answers)) asked.add(q);
        },
      });
    }
    expect([...asked].sort()).toEqual([...QUESTION_IDS].sort());
    const unreached = Object.keys(CONCLUSIONS).filter((id) => !concluded.has(id));
    expect(unreached).toEqual([]);
  });
});
