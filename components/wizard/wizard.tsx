"use client";

import dynamic from "next/dynamic";
import { useSearchParams } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { useShallow } from "zustand/react/shallow";
// First paint: the data-only module, not the rules entry point (see stage-progress.tsx).
import { stepGaveSomething } from "@/lib/rules/stages";
import { STAGES, type Stage } from "@/lib/rules/types";
import { factsAt } from "@/lib/store/wizard-store";
import { useWizardHydrated, useWizardStore } from "@/lib/store/wizard-store-provider";
import { PasteStep } from "./paste-step";
import { parseStep, requestedStep, shownStep, type Navigation } from "./shown-step";
import { STAGE_LABELS, StageProgress } from "./stage-progress";
import { useDiagnosis, useEngine } from "./use-engine";

// The step cards load with the engine, after the first paint (use-engine.ts); the conclusion
// (share panel, report, link encoder) when the wizard gets there.
const DiagnosisView = dynamic(() =>
  import("@/components/bounce/diagnosis-view").then((m) => m.DiagnosisView),
);
const ConclusionCard = dynamic(() => import("./conclusion-card").then((m) => m.ConclusionCard), {
  loading: () => <p role="status">Preparing the conclusion…</p>,
});
const PreventCard = dynamic(() => import("./prevent-card").then((m) => m.PreventCard), {
  loading: () => <p role="status">Preparing the checklist…</p>,
});

const secondaryButton =
  "rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-950";

export function Wizard() {
  const params = useSearchParams();
  const hydrated = useWizardHydrated();
  const data = useWizardStore(
    useShallow((s) => ({
      text: s.text,
      trail: s.trail,
      answers: s.answers,
      checks: s.checks,
      checklist: s.checklist,
      prefill: s.prefill,
    })),
  );
  const actions = useWizardStore(
    useShallow((s) => ({
      start: s.start,
      answer: s.answer,
      setCheck: s.setCheck,
      passCheck: s.passCheck,
      restart: s.restart,
      toggleChecklistItem: s.toggleChecklistItem,
    })),
  );
  const cardRef = useRef<HTMLDivElement>(null);
  const { engine, failed } = useEngine(hydrated && data.text.trim() !== "");

  // The step moved to by the last action, shown until the address catches up (shown-step.ts).
  const [navigation, setNavigation] = useState<Navigation | null>(null);
  const address = parseStep(params.get("step"));
  // Once the address has moved on, it decides again: a later Back to the address the action
  // left must show that step, not the action's target.
  if (navigation && navigation.from !== address) setNavigation(null);
  const requested = requestedStep(address, navigation);
  const step = shownStep(requested, data.trail.length);
  const showPaste = data.text.trim() === "" || step === 0;

  const diagnosis = useDiagnosis(engine, data.text);
  const at = step - 1;
  // The rules read only the trail, answers and checks: ticking a checklist item must not
  // re-run the engine over every step, nor rebuild the conclusion's checklist.
  const { trail, answers, checks } = data;
  const given = useMemo(() => ({ trail, answers, checks }), [trail, answers, checks]);
  const facts = useMemo(() => factsAt(given, at, diagnosis), [given, at, diagnosis]);
  const current = useMemo(
    () => (engine && diagnosis && !showPaste ? engine.nextStep(facts) : null),
    [engine, diagnosis, facts, showPaste],
  );
  // The step after the conclusion is the article's "Prevent" stage, when there is something
  // to prevent on the sending side.
  // (needsPrevention comes with the engine: it reads the cause catalogue, kept off first load.)
  const preventAvailable =
    engine !== null &&
    current?.kind === "conclusion" &&
    engine.needsPrevention(current.causes, diagnosis?.parsed, engine.evidenceRuleIds(diagnosis));
  const showPrevent = preventAvailable && requested === data.trail.length + 2;
  const stage: Stage | null = showPrevent ? "prevent" : (current?.stage ?? null);
  // The stages the steps so far went through (the bounce was analyzed before step 1): done
  // where something was answered or checked, passed where the user had nothing to give.
  const { visited, passed } = useMemo(() => {
    const seen = new Set<Stage>(["analyze"]);
    const passedBy = new Set<Stage>();
    if (!engine || !diagnosis) return { visited: seen, passed: passedBy };
    for (let i = 0; i < at; i++) {
      const taken = engine.nextStep(factsAt(given, i, diagnosis));
      const after = factsAt(given, i + 1, diagnosis);
      (stepGaveSomething(taken, after) ? seen : passedBy).add(taken.stage);
    }
    if (showPrevent) seen.add("resolve");
    return { visited: seen, passed: passedBy };
  }, [engine, diagnosis, given, at, showPrevent]);

  // Move focus to the new card on every step, so keyboard and screen-reader users follow along.
  const focusKey = `${step}:${current?.kind ?? "none"}:${showPaste}:${showPrevent}`;
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    cardRef.current?.focus();
  }, [focusKey]);

  // The address changes in the click itself (Next.js follows the native history API, and
  // useSearchParams with it): a reload right after a step lands on that step, and a step needs
  // no request to the server. The card follows at once too (shown-step.ts).
  const go = (n: number) => {
    setNavigation({ from: address, to: n });
    window.history.pushState(null, "", `/wizard?step=${n}`);
  };

  if (!hydrated || (!engine && !failed && !showPaste)) {
    return (
      <p role="status" className="text-slate-700">
        Loading the wizard…
      </p>
    );
  }
  if (failed) {
    return (
      <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
        The wizard could not load. Check your connection and reload the page.
      </p>
    );
  }

  if (showPaste) {
    return (
      <div ref={cardRef} tabIndex={-1} className="focus:outline-none">
        <PasteStep
          initialText={data.text}
          onStart={(text) => {
            actions.start(text);
            go(1);
          }}
        />
      </div>
    );
  }

  if (!current || !diagnosis || !engine) {
    return (
      <p role="status" className="text-slate-700">
        Reading the bounce…
      </p>
    );
  }

  const { QuestionCard, CheckCard, ContentCheckCard } = engine;
  return (
    <div className="space-y-6">
      <StageProgress
        current={stage ?? current.stage}
        visited={visited}
        passed={passed}
        preventAvailable={preventAvailable}
      />
      <details className="rounded-xl border border-slate-200 bg-white">
        <summary className="cursor-pointer rounded-xl px-4 py-3 font-medium text-blue-900 hover:bg-slate-50">
          What the bounce says
        </summary>
        {/* Its causes' headings come right under the page's h1 (an h3 there skipped a level;
            a heading inside the summary would lose its role to the summary's button role). */}
        <div className="border-t border-slate-200 p-4">
          <DiagnosisView diagnosis={diagnosis} headingLevel={2} />
        </div>
      </details>

      <div
        ref={cardRef}
        tabIndex={-1}
        aria-live="polite"
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm focus:outline-none sm:p-6"
        data-testid="wizard-card"
        data-step={showPrevent ? step + 1 : step}
        data-kind={showPrevent ? "prevent" : current.kind}
      >
        {/* The stage's number and name, as the progress bar above shows them. */}
        <p className="mb-2 text-sm text-slate-600" data-testid="card-stage">
          {STAGES.indexOf(stage ?? current.stage) + 1}. {STAGE_LABELS[stage ?? current.stage]}
        </p>
        {current.kind === "question" ? (
          <QuestionCard
            key={`${step}-${current.question.id}`}
            question={current.question}
            reason={current.reason}
            previous={
              data.trail[at]?.kind === "answer"
                ? data.answers[current.question.id]
                : data.prefill[current.question.id]
            }
            onAnswer={(answer) => {
              actions.answer(at, current.question.id, answer);
              go(step + 1);
            }}
          />
        ) : null}
        {current.kind === "check" && current.check.type === "content" ? (
          <ContentCheckCard
            key={`${step}-${current.check.id}`}
            check={current.check}
            reason={current.reason}
            state={data.checks[current.check.id]}
            text={data.text}
            onState={(state) => actions.setCheck(current.check.id, state)}
            onContinue={() => {
              actions.passCheck(at, current.check.id);
              go(step + 1);
            }}
          />
        ) : null}
        {current.kind === "check" && current.check.type !== "content" ? (
          <CheckCard
            key={`${step}-${current.check.id}`}
            check={current.check}
            reason={current.reason}
            state={data.checks[current.check.id]}
            onState={(state) => actions.setCheck(current.check.id, state)}
            onContinue={() => {
              actions.passCheck(at, current.check.id);
              go(step + 1);
            }}
          />
        ) : null}
        {current.kind === "conclusion" && !showPrevent ? (
          <ConclusionCard
            step={current}
            facts={facts}
            text={data.text}
            checklist={data.checklist}
            onToggle={actions.toggleChecklistItem}
            onPrevent={preventAvailable ? () => go(step + 1) : undefined}
            onRunCheck={(request) => {
              // The check joins the trail: the next step runs it, then the wizard reasons again.
              actions.setCheck(request.id, { status: "pending", request });
              actions.passCheck(at, request.id);
              go(step + 1);
            }}
          />
        ) : null}
        {current.kind === "conclusion" && showPrevent ? (
          <PreventCard
            facts={facts}
            causes={current.causes}
            checklist={data.checklist}
            onToggle={actions.toggleChecklistItem}
          />
        ) : null}
      </div>

      <div className="no-print flex flex-wrap items-center gap-2 border-t border-slate-200 pt-4">
        <button
          type="button"
          className={secondaryButton}
          onClick={() => go(showPrevent ? step : step - 1)}
        >
          {showPrevent ? "← Back to the fixes" : "← Back"}
        </button>
        {current.kind === "check" &&
        current.check.type !== "content" &&
        data.checks[current.check.id]?.status !== "done" ? (
          <button
            type="button"
            className={secondaryButton}
            onClick={() => {
              actions.setCheck(current.check.id, {
                status: "failed",
                error: "Skipped by the user.",
                request: current.check,
              });
              actions.passCheck(at, current.check.id);
              go(step + 1);
            }}
          >
            Skip this check
          </button>
        ) : null}
        <button
          type="button"
          className={`${secondaryButton} ml-auto`}
          onClick={() => {
            actions.restart();
            go(0);
          }}
        >
          Restart with another bounce
        </button>
      </div>
    </div>
  );
}
