"use client";

import { createContext, useContext, useId } from "react";
import type { CauseId } from "@/lib/causes/causes";
import { KeepTogetherText } from "@/components/ui/keep-together-text";
import { StepContent } from "./step-content";
import {
  causeToldApart,
  fixPrefixOf,
  outlineChecklist,
  sectionTitles,
} from "@/lib/checklists/outline";
import type { DelayReading } from "@/lib/checklists/delay-outline";
import { isToDo, type Checklist, type ChecklistItem } from "@/lib/checklists/types";
import type { CheckRequest } from "@/lib/rules";

/** Runs the check a step needs first; absent where no check can run (a shared result). */
const RunCheck = createContext<((request: CheckRequest) => void) | null>(null);

/** How the checklist reads a delay notice: a check-first step's note speaks of its reason. */
const Delay = createContext<DelayReading | null>(null);

/** Each cause's section title in this checklist: a check-first step's note names it so. */
const SectionTitles = createContext<ReadonlyMap<CauseId, string>>(new Map());

/** The checklist's steps, each once (a step listed under two causes counts once). */
export function checklistItems(checklist: Checklist): ChecklistItem[] {
  return [...checklist.causes.flatMap((c) => c.items), ...checklist.prevent].filter(
    (i) => !i.sameAs,
  );
}

/**
 * Ticked under its own id, or under the id of a duplicate it absorbed (progress saved before).
 * A step that only informs is never done: a link made while it was a "verify" step may carry a
 * tick for it, which it no longer shows.
 */
export function isStepDone(item: ChecklistItem, done: Record<string, boolean>): boolean {
  if (!isToDo(item)) return false;
  return done[item.id] === true || (item.aliases ?? []).some((a) => done[a] === true);
}

function anchorId(itemId: string): string {
  return `step-${itemId.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

/** Ordered fix steps per cause, with checkboxes (progress kept by item id), records and messages to copy. */
export function FixChecklist({
  checklist,
  done,
  onToggle,
  onShowPrevent,
  onRunCheck,
}: {
  checklist: Checklist;
  done: Record<string, boolean>;
  onToggle: (id: string, done: boolean) => void;
  /** Given: prevention is a step of its own, and this list ends with the way there. */
  onShowPrevent?: () => void;
  onRunCheck?: (request: CheckRequest) => void;
}) {
  // Only the steps to do count: one that asks nothing has no checkbox to tick.
  const all = checklistItems(
    onShowPrevent ? { causes: checklist.causes, prevent: [] } : checklist,
  ).filter(isToDo);
  const count = all.filter((i) => isStepDone(i, done)).length;
  // The same grouping as the share page and the home page's first steps.
  const outline = outlineChecklist(checklist);
  return (
    <RunCheck.Provider value={onRunCheck ?? null}>
      <Delay.Provider value={outline.delay}>
        <SectionTitles.Provider value={sectionTitles(checklist.causes)}>
          <section
            aria-labelledby="fix-checklist-h"
            className="space-y-5"
            data-testid="fix-checklist"
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="fix-checklist-h" className="text-xl font-semibold text-slate-950">
                What to do
              </h2>
              <DoneCount count={count} total={all.length} />
            </div>
            <div className="h-2 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
              <div
                className="h-full bg-emerald-600 transition-all"
                style={{ width: `${all.length ? (count / all.length) * 100 : 0}%` }}
              />
            </div>
            {outline.delayIntro ? (
              <p className="text-sm text-slate-700" data-testid="delay-intro">
                {outline.delayIntro}
              </p>
            ) : null}
            {outline.notSettled && outline.notSettled.steps.length > 0 ? (
              <div
                className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3"
                data-testid="tell-apart"
                data-cause="unknown"
              >
                <h3 className="font-semibold text-slate-900">
                  {outline.notSettled.title}{" "}
                  <span className="font-normal text-slate-600">
                    · {outline.notSettled.actorLabel}
                  </span>
                </h3>
                <p className="text-sm text-slate-700">
                  {outline.notSettled.intro ?? (
                    <>
                      First a step for each of the likeliest causes, most likely first: what they
                      find tells which cause it is. Then steps that help whatever the cause.
                      {outline.fixes.length > 0
                        ? " The fixes further down are for the most likely one."
                        : " The fixes come once the cause is known."}
                    </>
                  )}
                </p>
                <StepList
                  items={outline.notSettled.steps.map((s) => s.item)}
                  done={done}
                  onToggle={onToggle}
                />
              </div>
            ) : null}
            {outline.fixes.map((section) => (
              <div
                key={section.cause}
                className="space-y-2"
                data-testid="cause-steps"
                data-cause={section.cause}
                data-recipients={section.recipients?.join(" ")}
              >
                <h3 className="font-semibold text-slate-900">
                  {outline.delay ? fixPrefixOf(outline, section) : null}
                  {section.title}{" "}
                  <span className="font-normal text-slate-600">· {section.actorLabel}</span>
                </h3>
                <StepList items={section.items} done={done} onToggle={onToggle} />
              </div>
            ))}
            {checklist.prevent.length > 0 && onShowPrevent ? (
              <div
                className="no-print space-y-2 rounded-lg border border-blue-200 bg-blue-50 p-3"
                data-testid="prevent-next"
              >
                <h3 className="font-semibold text-slate-900">
                  Then: prevent it from happening again
                </h3>
                <p className="text-sm text-slate-700">
                  {checklist.prevent.length} steps that keep your mail flowing once it is fixed:
                  reports, monitoring and the big mailbox providers&apos; sender requirements.
                </p>
                <button
                  type="button"
                  onClick={onShowPrevent}
                  className="rounded-lg bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
                >
                  Next: prevent it →
                </button>
              </div>
            ) : null}
            {checklist.prevent.length > 0 && !onShowPrevent ? (
              <details className="rounded-lg border border-slate-200 p-3">
                <summary className="cursor-pointer font-semibold text-slate-900">
                  Prevent it from happening again ({checklist.prevent.length})
                </summary>
                <StepList
                  items={checklist.prevent}
                  done={done}
                  onToggle={onToggle}
                  className="mt-2"
                />
              </details>
            ) : null}
          </section>
        </SectionTitles.Provider>
      </Delay.Provider>
    </RunCheck.Provider>
  );
}

/** The preventive measures as a step of their own, with the same progress as the fixes. */
export function PreventChecklist({
  items,
  done,
  onToggle,
}: {
  items: ChecklistItem[];
  done: Record<string, boolean>;
  onToggle: (id: string, done: boolean) => void;
}) {
  const steps = items.filter((i) => !i.sameAs && isToDo(i));
  const count = steps.filter((i) => isStepDone(i, done)).length;
  return (
    <section aria-labelledby="prevent-h" className="space-y-3" data-testid="prevent-checklist">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="prevent-h" className="text-xl font-semibold text-slate-950">
          Prevent it from happening again
        </h2>
        <DoneCount count={count} total={steps.length} />
      </div>
      <StepList items={items} done={done} onToggle={onToggle} />
    </section>
  );
}

function DoneCount({ count, total }: { count: number; total: number }) {
  return (
    <p className="text-sm text-slate-700" aria-live="polite">
      {count} of {total} done
    </p>
  );
}

function StepList({
  items,
  done,
  onToggle,
  className = "",
}: {
  items: ChecklistItem[];
  done: Record<string, boolean>;
  onToggle: (id: string, done: boolean) => void;
  className?: string;
}) {
  const toggle = (item: ChecklistItem, value: boolean) => {
    onToggle(item.id, value);
    // Unticking must also clear a tick saved under a duplicate's id, or it would stay ticked.
    if (!value) for (const a of item.aliases ?? []) if (done[a]) onToggle(a, false);
  };
  return (
    <ol className={`space-y-2 ${className}`}>
      {items.map((item) => (
        <ChecklistRow key={item.id} item={item} done={isStepDone(item, done)} onToggle={toggle} />
      ))}
    </ol>
  );
}

function ChecklistRow({
  item,
  done,
  onToggle,
}: {
  item: ChecklistItem;
  done: boolean;
  onToggle: (item: ChecklistItem, done: boolean) => void;
}) {
  const id = useId();
  const runCheck = useContext(RunCheck);
  const delay = useContext(Delay);
  const tellsApart = causeToldApart(item.id);
  const titles = useContext(SectionTitles);
  if (item.sameAs) {
    return (
      <li
        className="rounded-lg border border-dashed border-slate-300 bg-slate-50 p-3 text-sm text-slate-700"
        data-item={item.id}
        data-same-as={item.sameAs.id}
      >
        {/* A step is only ever the same as one with the same title (lib/checklists/dedupe-sections.ts). */}
        <span className="font-medium text-slate-900">
          <KeepTogetherText text={item.title} />
        </span>
        : already in the list under &ldquo;{item.sameAs.sectionTitle}&rdquo;.{" "}
        <a href={`#${anchorId(item.sameAs.id)}`} className="text-blue-800 underline">
          Go to that step
        </a>
      </li>
    );
  }
  if (!isToDo(item)) {
    // Nothing to do, so nothing to tick: the step reads as a note in the list.
    return (
      <li
        id={anchorId(item.id)}
        className="scroll-mt-4 rounded-lg border border-sky-200 bg-sky-50/60 p-3"
        data-item={item.id}
        data-kind="info"
      >
        <StepContent
          step={item}
          delay={delay}
          heading={(title) => <p className="font-medium text-slate-900">{title}</p>}
        />
      </li>
    );
  }
  return (
    <li
      id={anchorId(item.id)}
      className={`scroll-mt-4 rounded-lg border p-3 ${done ? "border-emerald-200 bg-emerald-50/60" : "border-slate-200 bg-white"}`}
      data-item={item.id}
    >
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          checked={done}
          onChange={(e) => onToggle(item, e.target.checked)}
          aria-describedby={`${id}-detail`}
          className="mt-1 h-5 w-5 shrink-0 accent-emerald-700"
        />
        <StepContent
          step={item}
          tellsApart={tellsApart}
          tellsApartTitle={tellsApart ? titles.get(tellsApart) : undefined}
          delay={delay}
          detailId={`${id}-detail`}
          copyMessage
          heading={(title) => (
            <label
              htmlFor={id}
              className={`block font-medium ${done ? "text-slate-600 line-through" : "text-slate-900"}`}
            >
              {title}
            </label>
          )}
          action={
            item.needsCheck?.request && runCheck ? (
              <button
                type="button"
                onClick={() => item.needsCheck?.request && runCheck(item.needsCheck.request)}
                className="no-print rounded-lg bg-blue-800 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-900"
                data-testid="run-check"
              >
                {item.needsCheck.label}
              </button>
            ) : item.needsCheck && !item.needsCheck.request ? (
              <a
                href="/check"
                className="no-print inline-block text-sm font-medium text-blue-800 underline"
              >
                {/* The step's own words name what to check ("Check your domain"). */}
                {item.needsCheck.label} on the check page
              </a>
            ) : null
          }
        />
      </div>
    </li>
  );
}
