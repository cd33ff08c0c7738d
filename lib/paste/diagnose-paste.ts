// What the home page does with a paste, as domain code: the input caps, the diagnosis, and the
// first steps of each cause's checklist as the bounce alone has them (no checks or answers yet).
// Pure: the page runs it in a Web Worker (components/bounce/paste-worker.ts), tests in Node.
import type { CauseId } from "@/lib/causes/causes";
import { buildChecklist } from "@/lib/checklists/build";
import { diagnose } from "@/lib/diagnosis/diagnose";
import type { Diagnosis } from "@/lib/diagnosis/types";
import { checkInputLimits } from "@/lib/limits/input-limits";

/** Steps shown under each cause before the wizard. */
export const FIRST_STEPS = 3;

export type FirstSteps = Partial<Record<CauseId, string[]>>;

export type PasteStage = "checking" | "diagnosing" | "first-steps";

export type PasteResult =
  { ok: true; diagnosis: Diagnosis; firstSteps: FirstSteps } | { ok: false; message: string };

const latin1 = new TextDecoder("latin1");

/** The first steps of each cause the diagnosis names. */
export function firstStepsFor(diagnosis: Diagnosis): FirstSteps {
  const causes =
    diagnosis.recipients.length > 0
      ? diagnosis.recipients.map((r) => r.cause)
      : [diagnosis.overall.cause];
  const firstSteps: FirstSteps = {};
  for (const cause of new Set(causes)) {
    const checklist = buildChecklist({ diagnosis, answers: {}, checks: {} }, [
      { cause, confidence: 1 },
    ]);
    firstSteps[cause] = (checklist.causes[0]?.items ?? [])
      .slice(0, FIRST_STEPS)
      .map((item) => item.title);
  }
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
