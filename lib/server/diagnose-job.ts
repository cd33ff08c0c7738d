// What one /api/diagnose request computes, as a function of its text: the input caps, the
// diagnosis and its result link, serialised once. Pure (no I/O), so that it runs the same in a
// worker thread (diagnose-worker.ts) and in process (tests, scripts/bench-hostile.ts).
import { diagnose } from "@/lib/diagnosis/diagnose";
import { checkInputLimits } from "@/lib/limits/input-limits";
import { shareLinkForDiagnosis } from "@/lib/share/link";
import { parseDiagnoseBody } from "./diagnose-request";

export interface DiagnoseJob {
  text: string;
  /** Origin the result link points at. */
  origin: string;
}

/** A request as the route hands it over: the body's bytes, unread. */
export interface DiagnoseBodyJob {
  body: Uint8Array;
  origin: string;
}

export type DiagnoseJobResult =
  | { ok: true; json: string }
  /** The input is past a cap: the message says which, in plain words. */
  | { ok: false; message: string };

export type DiagnoseBodyResult =
  /** The answer's JSON as UTF-8 bytes, ready to send. */
  | { ok: true; bytes: Uint8Array }
  /** The body is not the JSON asked for (400) or the text is past a cap (422). */
  | { ok: false; kind: "invalid" | "limit"; message: string };

export async function runDiagnoseJob(job: DiagnoseJob): Promise<DiagnoseJobResult> {
  const limits = checkInputLimits(job.text);
  if (!limits.ok) return { ok: false, message: limits.message };
  const diagnosis = await diagnose(job.text);
  const link = shareLinkForDiagnosis(job.text, { origin: job.origin });
  return { ok: true, json: JSON.stringify({ ...diagnosis, link }) };
}

/** The whole request's work, from the body's bytes: what the worker runs. */
export async function runDiagnoseBody(job: DiagnoseBodyJob): Promise<DiagnoseBodyResult> {
  const body = parseDiagnoseBody(job.body);
  if (!body.ok) return { ok: false, kind: "invalid", message: body.message };
  const result = await runDiagnoseJob({ text: body.text, origin: job.origin });
  if (!result.ok) return { ok: false, kind: "limit", message: result.message };
  return { ok: true, bytes: new TextEncoder().encode(result.json) };
}
