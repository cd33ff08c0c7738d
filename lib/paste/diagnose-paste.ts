// What the home page does with a paste, as domain code: the input caps, the diagnosis, and the
// first steps of each cause's checklist as the bounce alone has them (no checks or answers yet),
// grouped as the wizard's end groups its checklist (lib/checklists/outline.ts).
// Pure: the page runs it in a Web Worker (components/bounce/paste-worker.ts), tests in Node.
import type { CauseId } from "@/lib/causes/causes";
import { buildChecklist } from "@/lib/checklists/build";
import { outlineChecklist, type OutlineStep } from "@/lib/checklists/outline";
import type { ChecklistItem, ItemKind } from "@/lib/checklists/types";
import { diagnose } from "@/lib/diagnosis/diagnose";
import type { Diagnosis } from "@/lib/diagnosis/types";
import { checkInputLimits } from "@/lib/limits/input-limits";

/** Steps shown under a settled cause before the wizard. */
export const FIRST_STEPS = 3;

/** A first step as the home page shows it: its words, its kind, and the cause it tells apart. */
export interface FirstStep {
  id: string;
  title: string;
  kind: ItemKind;
  /** The ranked cause whose step this is, for a step of the not-settled group; else null. */
  tellsApart: CauseId | null;
}

/**
 * A cause's first steps, grouped as the wizard's end groups them: for a bounce that does not
 * say why (`notSettled`), the steps that tell its possible causes apart, to check first; for a
 * cause the bounce settles, the first of its fixes.
 */
export interface CauseFirstSteps {
  notSettled: boolean;
  steps: FirstStep[];
}

export type FirstSteps = Partial<Record<CauseId, CauseFirstSteps>>;

export type PasteStage = "checking" | "diagnosing" | "first-steps";

export type PasteResult =
  { ok: true; diagnosis: Diagnosis; firstSteps: FirstSteps } | { ok: false; message: string };

const latin1 = new TextDecoder("latin1");

function firstStep(item: ChecklistItem, tellsApart: CauseId | null): FirstStep {
  return { id: item.id, title: item.title, kind: item.kind, tellsApart };
}

/**
 * The not-settled group's first steps: one per ranked cause, after the steps the bounce's own
 * evidence calls for (a delay notice's "nothing to resend yet"); the steps that help whatever
 * the cause wait for the wizard. Without any tell-apart step, the group's first steps.
 */
function notSettledSteps(steps: readonly OutlineStep[]): FirstStep[] {
  const last = steps.findLastIndex((s) => s.tellsApart !== null);
  const shown = last < 0 ? steps.slice(0, FIRST_STEPS) : steps.slice(0, last + 1);
  return shown.map((s) => firstStep(s.item, s.tellsApart));
}

/** One cause's first steps, from its checklist as the bounce alone has it. */
export function causeFirstSteps(diagnosis: Diagnosis, cause: CauseId): CauseFirstSteps {
  const outline = outlineChecklist(
    buildChecklist({ diagnosis, answers: {}, checks: {} }, [{ cause, confidence: 1 }]),
  );
  if (outline.notSettled)
    return { notSettled: true, steps: notSettledSteps(outline.notSettled.steps) };
  const fixes = outline.fixes[0]?.items.filter((i) => !i.sameAs) ?? [];
  return {
    notSettled: false,
    steps: fixes.slice(0, FIRST_STEPS).map((i) => firstStep(i, null)),
  };
}

/** The first steps of each cause the diagnosis names. */
export function firstStepsFor(diagnosis: Diagnosis): FirstSteps {
  const causes =
    diagnosis.recipients.length > 0
      ? diagnosis.recipients.map((r) => r.cause)
      : [diagnosis.overall.cause];
  const firstSteps: FirstSteps = {};
  for (const cause of new Set(causes)) firstSteps[cause] = causeFirstSteps(diagnosis, cause);
  return firstSteps;
}

/** A paste (text, or a dropped file's bytes) to its diagnosis and first steps, or a plain refusal. */
export async function diagnosePaste(
  input: string | Uint8Array,
  onStage: (stage: PasteStage) => void = () => undefined,
): Promise<PasteResult> {
  onStage("checking");
  const empty = typeof input === "string" ? input.trim() === "" : input.length === 0;
  if (empty)
    return { ok: false, message: "Paste a bounce message first, or drop a .eml file on the box." };
  // Line and part structure is ASCII: latin1 reads a file's bytes for counting, whatever its charset.
  const limits = checkInputLimits(typeof input === "string" ? input : latin1.decode(input));
  if (!limits.ok) return { ok: false, message: limits.message };
  onStage("diagnosing");
  const diagnosis = await diagnose(input);
  onStage("first-steps");
  return { ok: true, diagnosis, firstSteps: firstStepsFor(diagnosis) };
}
