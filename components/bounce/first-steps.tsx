import { StepKindBadge, TellsApartNote } from "@/components/checklist/step-kind";
import { DELAY_WORDS, type DelayReading } from "@/lib/checklists/delay-outline";
import type { CauseFirstSteps } from "@/lib/paste/diagnose-paste";
import type { CauseId } from "@/lib/causes/causes";

/**
 * A cause card's first steps, grouped as the wizard's end groups its checklist: while the
 * bounce does not settle the cause, a framed "not settled" group whose steps each look at one
 * possible cause; once it does, the first fixes, each with its kind.
 */
export function FirstStepsBlock({
  firstSteps,
  delay = null,
  titleOf,
  wizard = true,
}: {
  firstSteps: CauseFirstSteps;
  /** A delay notice's reading: its group speaks of the notice's reason, not of causes. */
  delay?: DelayReading | null;
  /** A cause's title where the text's evidence words it otherwise (a program's own failure). */
  titleOf?: (cause: CauseId) => string | undefined;
  /** Whether the page offers the wizard: where it does not (an ordinary e-mail), no text promises it. */
  wizard?: boolean;
}) {
  if (firstSteps.steps.length === 0) return null;
  const { notSettled, steps } = firstSteps;
  const delayWords = delay && DELAY_WORDS[delay].checkTitle ? DELAY_WORDS[delay] : null;
  const groupTitle = delayWords ? delayWords.checkTitle : "Not settled yet: check these first";
  return (
    <section
      aria-label={notSettled ? groupTitle : "What to do first"}
      className={
        notSettled ? "mt-4 space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3" : "mt-4"
      }
      data-testid="first-steps"
      data-settled={notSettled ? "no" : "yes"}
    >
      <p className="font-semibold text-slate-900">{notSettled ? groupTitle : "What to do first"}</p>
      {notSettled ? (
        <p className="text-sm text-slate-700">
          {delayWords ? (
            (delayWords.checkIntro ?? delayWords.intro)
          ) : steps.every((s) => s.tellsApart === null) ? (
            // No cause ranked to look at (words the classifier does not know): the steps help
            // whatever the cause, and the wizard's questions narrow it down.
            wizard ? (
              <>
                The bounce names no cause we can rank. These steps help whatever the cause; the
                wizard asks what the bounce does not say.
              </>
            ) : (
              <>
                The text names no cause we can rank. These steps help whatever it turns out to be.
              </>
            )
          ) : (
            <>
              Each step looks at one of the possible causes, most likely first: what it finds tells
              which cause it is. The fixes come once the cause is known; the wizard walks you
              through.
            </>
          )}
        </p>
      ) : null}
      <ol className="mt-1 space-y-2">
        {steps.map((step) => (
          <li key={step.id} data-item={step.id} className="text-slate-800">
            <StepKindBadge kind={step.kind} checkFirst={step.tellsApart !== null} />
            <span data-testid="step-title">{step.title}</span>
            {step.tellsApart ? (
              <TellsApartNote
                cause={step.tellsApart}
                delay={delay}
                title={titleOf?.(step.tellsApart)}
              />
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
