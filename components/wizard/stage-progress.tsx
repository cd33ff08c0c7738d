// Drawn at first paint: the two data-only modules, not the rules library's entry point,
// which would bring the whole engine into the first download (+46 KB, bench:weight).
import { stageStates, type StageState } from "@/lib/rules/stages";
import { STAGES, type Stage } from "@/lib/rules/types";

export const STAGE_LABELS: Record<Stage, string> = {
  analyze: "Analyze",
  "ip-reputation": "IP reputation",
  content: "Content",
  recipient: "Recipient",
  contact: "Contact",
  resolve: "Resolve",
  prevent: "Prevent",
};

const STYLE: Record<StageState, string> = {
  current: "bg-blue-800 font-semibold text-white",
  done: "bg-blue-100 text-blue-900",
  // Dashed and unticked: a stage the rules did not need is not a stage the user completed.
  skipped: "border border-dashed border-slate-400 bg-white text-slate-700",
  // Unticked too: the wizard asked, but nothing was answered or checked here.
  passed: "border border-dashed border-slate-400 bg-white text-slate-700",
  todo: "bg-slate-100 text-slate-700",
};

const SR_SUFFIX: Record<StageState, string | null> = {
  current: null,
  done: " (done)",
  skipped: " (skipped: not needed for this bounce)",
  passed: " (skipped: nothing was answered or checked)",
  todo: null,
};

/** The article's stages: done, skipped (not needed), current, or still to come. */
export function StageProgress({
  current,
  visited,
  passed = [],
  preventAvailable,
}: {
  current: Stage;
  /** Stages where something was answered or checked. */
  visited: Iterable<Stage>;
  /** Stages the wizard stopped at where nothing was answered or checked. */
  passed?: Iterable<Stage>;
  preventAvailable: boolean;
}) {
  const states = stageStates(current, visited, preventAvailable, passed);
  return (
    <nav aria-label="Progress" className="no-print">
      <ol className="flex flex-wrap gap-x-1 gap-y-2 text-xs sm:text-sm">
        {STAGES.map((stage, i) => {
          const state = states[stage];
          return (
            <li
              key={stage}
              aria-current={state === "current" ? "step" : undefined}
              data-stage={stage}
              data-state={state}
              title={
                state === "skipped"
                  ? "Skipped: not needed for this bounce"
                  : state === "passed"
                    ? "Skipped: nothing was answered or checked"
                    : undefined
              }
              className={`flex items-center gap-1.5 rounded-full px-2.5 py-1 ${STYLE[state]}`}
            >
              <span aria-hidden="true">
                {state === "done" ? "✓" : state === "skipped" || state === "passed" ? "–" : i + 1}
              </span>
              {STAGE_LABELS[stage]}
              {SR_SUFFIX[state] ? <span className="sr-only">{SR_SUFFIX[state]}</span> : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
