"use client";

import { useMemo } from "react";
import { RankedCauses } from "@/components/bounce/ranked-causes";
import { checklistItems, FixChecklist, isStepDone } from "@/components/checklist/fix-checklist";
import { SharePanel } from "@/components/share/share-panel";
import { causeInfoFor, evidenceRuleIds } from "@/lib/causes/connection-variants";
import { buildConclusionChecklist } from "@/lib/checklists/build";
import { reportForCheck } from "@/lib/checks/report-scope";
import type { CheckReport } from "@/lib/checks/types";
import type { CheckRequest, Facts, Step } from "@/lib/rules";
import { summarizeContentReview } from "@/lib/share/content-summary";
import { uncheckedOf } from "@/lib/share/payload";
import { ChecksSummary } from "./checks-summary";

export type ConclusionStep = Extract<Step, { kind: "conclusion" }>;

export function ConclusionCard({
  step,
  facts,
  text,
  checklist,
  onToggle,
  onPrevent,
  onRunCheck,
}: {
  step: ConclusionStep;
  facts: Facts;
  text: string;
  checklist: Record<string, boolean>;
  onToggle: (id: string, done: boolean) => void;
  /** Opens the prevention step (the article's "Prevent" stage). */
  onPrevent?: () => void;
  /** Runs a check a fix needs first (the current record before a new one is offered). */
  onRunCheck?: (request: CheckRequest) => void;
}) {
  const summary = step.summary || null;
  const reports = useMemo(
    () =>
      // A check of the recipient's domain counts only what bears on receiving: its SPF or
      // DMARC are its owner's business, never a problem of the sender's to list or share.
      Object.entries(facts.checks).flatMap(([id, c]): CheckReport[] =>
        c.status === "done" && c.report ? [reportForCheck(id, c.report)] : [],
      ),
    [facts.checks],
  );
  // The leading cause's fixes (and any a check's finding backs), not every possible cause's;
  // while nothing is settled, first the steps that tell the ranked causes apart.
  const fixes = useMemo(
    () => buildConclusionChecklist(facts, step.causes, { settled: step.settled }),
    [facts, step.causes, step.settled],
  );
  const steps = useMemo(() => checklistItems(fixes), [fixes]);
  const titles = useMemo(() => Object.fromEntries(steps.map((i) => [i.id, i.title])), [steps]);
  // Only this checklist's items travel in the link, with their state.
  const state = useMemo(
    () => Object.fromEntries(steps.map((i) => [i.id, isStepDone(i, checklist)])),
    [steps, checklist],
  );
  const items = useMemo(
    () =>
      steps.map((i) => ({
        id: i.id,
        title: i.title,
        done: state[i.id] === true,
        // The report keeps a step's words where the link's compact checks cannot rebuild it
        // (masked as the link is: lib/report/from-payload.ts).
        detail: i.detail,
        ...(i.record ? { record: i.record } : {}),
        ...(i.link ? { link: i.link } : {}),
      })),
    [steps, state],
  );
  // The content step's review travels as a summary: score, thresholds, the rules' plain names.
  const content = useMemo(() => {
    const entry = Object.entries(facts.checks).find(([id]) => id.startsWith("content:"))?.[1];
    return entry
      ? summarizeContentReview(entry.status === "done" ? entry.content : undefined, true)
      : null;
  }, [facts.checks]);
  // A check that failed or was skipped travels as such: the link must not read as if it passed.
  const unchecked = useMemo(() => uncheckedOf(facts.checks), [facts.checks]);
  const shareInput = useMemo(
    () => ({
      text,
      answers: facts.answers,
      checks: reports,
      unchecked,
      causes: step.causes,
      clear: step.clear === true,
      checklist: state,
      checklistTitles: titles,
      checklistItems: items,
      content,
      causeTitles: Object.fromEntries(
        step.causes.map((c) => [
          c.cause,
          causeInfoFor(c.cause, facts.diagnosis?.parsed, evidenceRuleIds(facts.diagnosis)).title,
        ]),
      ),
    }),
    [
      text,
      facts.answers,
      reports,
      unchecked,
      step.causes,
      step.clear,
      state,
      titles,
      items,
      content,
      facts.diagnosis,
    ],
  );
  return (
    <div className="space-y-6" data-testid="conclusion">
      <div>
        <h2 className="text-2xl font-bold text-slate-950">The diagnosis</h2>
        {summary ? (
          <p className="mt-1 text-lg text-slate-800" data-testid="conclusion-summary">
            {summary}
          </p>
        ) : null}
        {step.reason !== summary ? (
          <p className="mt-1 text-sm text-slate-600">
            <span className="font-medium">How we got here: </span>
            {step.reason}
          </p>
        ) : null}
      </div>
      <RankedCauses
        causes={step.causes}
        delayNotice={
          facts.diagnosis?.recipients[0]?.delayNotice ?? facts.diagnosis?.overall.delayNotice
        }
        reading={facts.diagnosis?.recipients[0] ?? facts.diagnosis?.overall}
        parsed={facts.diagnosis?.parsed}
        ruleIds={evidenceRuleIds(facts.diagnosis)}
      />
      {/* The checklist's first section tells the causes apart when nothing is settled; the
          hints are for a leading cause no check or answer has confirmed yet. */}
      {step.settle && step.settle.length > 0 && !fixes.causes[0]?.tellApart ? (
        <section
          aria-labelledby="settle-h"
          className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4"
          data-testid="settle"
        >
          <h2 id="settle-h" className="font-semibold text-slate-950">
            Not settled: what would tell the other causes apart
          </h2>
          <p className="text-sm text-slate-700">
            The steps below are for the most likely cause. If they do not help, these settle the
            rest:
          </p>
          <ul className="list-disc space-y-1 pl-5 text-slate-800">
            {step.settle.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <ChecksSummary reports={reports} />
      <FixChecklist
        checklist={fixes}
        done={checklist}
        onToggle={onToggle}
        onShowPrevent={onPrevent}
        onRunCheck={onRunCheck}
      />
      <SharePanel input={shareInput} />
    </div>
  );
}
