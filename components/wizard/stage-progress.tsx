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

/** The article's stages, with the current one marked; earlier ones count as passed. */
export function StageProgress({ current }: { current: Stage }) {
  const at = STAGES.indexOf(current);
  return (
    <nav aria-label="Progress" className="no-print">
      <ol className="flex flex-wrap gap-x-1 gap-y-2 text-xs sm:text-sm">
        {STAGES.map((stage, i) => {
          const state = i < at ? "done" : i === at ? "current" : "todo";
          return (
            <li
              key={stage}
              aria-current={state === "current" ? "step" : undefined}
              className={`flex items-center gap-1.5 rounded-full px-2.5 py-1 ${
                state === "current"
                  ? "bg-blue-800 font-semibold text-white"
                  : state === "done"
                    ? "bg-blue-100 text-blue-900"
                    : "bg-slate-100 text-slate-700"
              }`}
            >
              <span aria-hidden="true">{state === "done" ? "✓" : i + 1}</span>
              {STAGE_LABELS[stage]}
              {state === "done" ? <span className="sr-only"> (done)</span> : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
