import type { ReactNode } from "react";
import { ExternalLink } from "@/components/ui/external-link";
import { KeepTogetherText } from "@/components/ui/keep-together-text";
import type { CauseId } from "@/lib/causes/causes";
import type { DelayReading } from "@/lib/checklists/delay-outline";
import type { ChecklistRecord, ItemKind } from "@/lib/checklists/types";
import { ReadyMessage } from "./ready-message";
import { RecordBox } from "./record-box";
import { StepKindBadge, TellsApartNote } from "./step-kind";

/** What a step row shows: the wizard's checklist item and the share page's have these. */
export interface StepShown {
  title: string;
  kind?: ItemKind;
  detail?: string;
  record?: ChecklistRecord;
  message?: { subject: string; body: string };
  link?: { label: string; url: string };
}

/**
 * One checklist step's content, the same on the wizard's end and the share page: its kind and
 * title (inside the caller's heading: a checkbox label there, a ticked-or-not line here), what
 * it tells apart, its words, then what to copy or open. `action` sits after the words (the
 * wizard's "run the check" button).
 */
export function StepContent({
  step,
  heading,
  tellsApart = null,
  tellsApartTitle,
  delay = null,
  detailId,
  action,
  copyMessage = false,
}: {
  step: StepShown;
  heading: (title: ReactNode) => ReactNode;
  tellsApart?: CauseId | null;
  /** The told-apart cause's title as its own section words it (OutlineStep.tellsApartTitle). */
  tellsApartTitle?: string;
  delay?: DelayReading | null;
  detailId?: string;
  action?: ReactNode;
  copyMessage?: boolean;
}) {
  return (
    <div className="min-w-0 flex-1 space-y-2">
      {heading(
        <>
          {step.kind ? <StepKindBadge kind={step.kind} checkFirst={tellsApart !== null} /> : null}
          <KeepTogetherText text={step.title} />
        </>,
      )}
      {tellsApart ? (
        <TellsApartNote cause={tellsApart} delay={delay} title={tellsApartTitle} />
      ) : null}
      {step.detail ? (
        <p id={detailId} className="text-sm text-slate-700">
          <KeepTogetherText text={step.detail} />
        </p>
      ) : null}
      {action}
      {step.record ? <RecordBox record={step.record} /> : null}
      {step.message ? <ReadyMessage message={step.message} copy={copyMessage} /> : null}
      {step.link ? (
        <p className="text-sm">
          <ExternalLink href={step.link.url}>{step.link.label}</ExternalLink>
        </p>
      ) : null}
    </div>
  );
}
