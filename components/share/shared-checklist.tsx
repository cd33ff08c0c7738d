import { StepContent } from "@/components/checklist/step-content";
import type { DelayReading } from "@/lib/checklists/delay-outline";
import { fixPrefixOf, type OutlineStep } from "@/lib/checklists/outline";
import type { SharedItem, SharedView } from "@/lib/report";

/**
 * The shared checklist, grouped as the wizard's end groups it (lib/checklists/outline.ts): the
 * steps that tell the causes still possible apart, framed as not settled, before the fixes of
 * what is settled; each with its state at the time of sharing.
 */
export function SharedChecklist({ outline }: { outline: SharedView["outline"] }) {
  const { notSettled, fixes, prevent, other } = outline;
  const empty =
    (notSettled?.steps.length ?? 0) + fixes.length + prevent.length + other.length === 0;
  if (empty) return null;
  return (
    <section
      aria-labelledby="checklist-h"
      className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
      data-testid="shared-checklist"
    >
      <div>
        <h2 id="checklist-h" className="text-xl font-semibold">
          What to do
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          The checklist with each step&apos;s state at the time of sharing.
        </p>
      </div>
      {outline.delayIntro ? (
        <p className="text-sm text-slate-700" data-testid="shared-delay-intro">
          {outline.delayIntro}
        </p>
      ) : null}
      {notSettled && notSettled.steps.length > 0 ? (
        <div
          className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3"
          data-testid="shared-not-settled"
        >
          <h3 className="font-semibold text-slate-900">
            {notSettled.title}{" "}
            <span className="font-normal text-slate-600">· {notSettled.actorLabel}</span>
          </h3>
          <p className="text-sm text-slate-700">
            {notSettled.intro ?? (
              <>
                Each &ldquo;check first&rdquo; step looks at one of the causes still possible, most
                likely first: what it finds confirms that cause or rules it out.
                {fixes.length > 0
                  ? " The fixes below are for the most likely cause."
                  : " The fixes come once the cause is known."}
              </>
            )}
          </p>
          <StepList steps={notSettled.steps} delay={outline.delay} />
        </div>
      ) : null}
      {fixes.map((section) => (
        <div
          key={section.cause}
          className="space-y-2"
          data-testid="shared-fixes"
          data-cause={section.cause}
          data-recipients={section.recipients?.join(" ")}
        >
          <h3 className="font-semibold text-slate-900">
            {fixPrefixOf(outline, section)}
            {section.title}{" "}
            <span className="font-normal text-slate-600">· {section.actorLabel}</span>
          </h3>
          <StepList steps={section.items.map((item) => ({ item, tellsApart: null }))} />
        </div>
      ))}
      {other.length > 0 ? (
        <div className="space-y-2" data-testid="shared-other">
          <h3 className="font-semibold text-slate-900">Other steps at the time of sharing</h3>
          <StepList steps={other.map((item) => ({ item, tellsApart: null }))} />
        </div>
      ) : null}
      {prevent.length > 0 ? (
        <details className="rounded-lg border border-slate-200 p-3">
          <summary className="cursor-pointer font-semibold text-slate-900">
            Prevent it from happening again ({prevent.length})
          </summary>
          <StepList steps={prevent.map((item) => ({ item, tellsApart: null }))} />
        </details>
      ) : null}
    </section>
  );
}

function StepList({
  steps,
  delay = null,
}: {
  steps: OutlineStep<SharedItem>[];
  delay?: DelayReading | null;
}) {
  return (
    <ol className="mt-2 space-y-2">
      {steps.map(({ item, tellsApart, tellsApartTitle }) => {
        // A step that asks nothing has no state to share (a link made while it was a "verify"
        // step may carry a tick for it): it reads as a note, as in the wizard.
        const info = item.kind === "info";
        const done = item.done && !info;
        return (
          <li
            key={item.id}
            data-item={item.id}
            data-kind={info ? "info" : undefined}
            className={`rounded-lg border p-3 ${info ? "border-sky-200 bg-sky-50/60" : done ? "border-emerald-200 bg-emerald-50/60" : "border-slate-200 bg-white"}`}
          >
            <StepContent
              step={item}
              tellsApart={tellsApart}
              tellsApartTitle={tellsApartTitle}
              delay={delay}
              heading={(title) => (
                <p className="font-medium text-slate-900">
                  {info ? null : (
                    <>
                      <span aria-hidden="true" className="mr-1">
                        {done ? "☑" : "☐"}
                      </span>
                      <span className="sr-only">{done ? "Done: " : "To do: "}</span>
                    </>
                  )}
                  {title}
                </p>
              )}
            />
          </li>
        );
      })}
    </ol>
  );
}
