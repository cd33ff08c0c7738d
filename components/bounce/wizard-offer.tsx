// The home page's offer to continue in the wizard, under a paste's result. An ordinary email
// (the classifier's note says it names no failed recipient and holds no failure wording) gets no
// wizard: nothing bounced in it, so the wizard's questions and checks could only rank the usual
// causes of a refusal nobody made (review 28, finding 7: it led with "IP on a blocklist").
import type { Diagnosis } from "@/lib/diagnosis/types";
import { wizardPromise } from "@/lib/diagnosis/program-report";
import { ORDINARY_MESSAGE } from "@/lib/diagnosis/ordinary-message-note";

/** Whether the wizard is offered for this diagnosis: not for a text that is no bounce at all. */
export function offersWizard(d: Diagnosis): boolean {
  return !d.messages.includes(ORDINARY_MESSAGE);
}

export function WizardOffer({
  diagnosis,
  onContinue,
}: {
  diagnosis: Diagnosis;
  onContinue: () => void;
}) {
  if (!offersWizard(diagnosis))
    return (
      <div
        className="rounded-xl border border-slate-200 bg-slate-50 p-4 text-slate-800"
        data-testid="wizard-not-offered"
      >
        <p>
          Nothing bounced in this text, so there is nothing for the wizard to narrow down. If this
          message came back to you, paste the whole bounce: the part above the returned message says
          why it was returned.
        </p>
      </div>
    );
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-xl border border-blue-200 bg-blue-50 p-4">
      <p className="flex-1 text-slate-800" data-testid="wizard-promise">
        {/* Only the checks that can run for this reading (a program's error has none). */}
        {wizardPromise(diagnosis)}
      </p>
      <button
        type="button"
        onClick={onContinue}
        className="rounded-lg bg-blue-800 px-5 py-2.5 font-semibold text-white hover:bg-blue-900"
      >
        Continue in the wizard
      </button>
    </div>
  );
}
