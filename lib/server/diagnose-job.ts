// What one /api/diagnose request computes, as a function of its text: the input caps, the
// diagnosis and its result link, serialised once. Pure (no I/O), so that it runs the same in a
// worker thread (diagnose-worker.ts) and in process (tests, scripts/bench-hostile.ts).
import { diagnose } from "@/lib/diagnosis/diagnose";
import { checkInputLimits } from "@/lib/limits/input-limits";
import { shareLinkForDiagnosis } from "@/lib/share/link";

export interface DiagnoseJob {
  text: string;
  /** Origin the result link points at. */
  origin: string;
}

export type DiagnoseJobResult =
  | { ok: true; json: string }
  /** The input is past a cap: the message says which, in plain words. */
  | { ok: false; message: string };

export async function runDiagnoseJob(job: DiagnoseJob): Promise<DiagnoseJobResult> {
  const limits = checkInputLimits(job.text);
  if (!limits.ok) return { ok: false, message: limits.message };
  const diagnosis = await diagnose(job.text);
  const link = shareLinkForDiagnosis(diagnosis, { origin: job.origin });
  return { ok: true, json: JSON.stringify({ ...diagnosis, link }) };
}
