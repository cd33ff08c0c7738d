// The body of POST /api/diagnose: JSON {"text": "..."}, read and checked in the diagnose worker
// (diagnose-job.ts), so that parsing a megabyte of JSON never holds up the request thread.
import { z } from "zod";

/** Largest request body accepted, in bytes (the bounce text plus its JSON wrapping). */
export const MAX_BODY_BYTES = 1_000_000;

/** application/json, with or without parameters (charset=utf-8); nothing else. */
export function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  return value.split(";")[0]!.trim().toLowerCase() === "application/json";
}

export const diagnoseRequestSchema = z.object({
  text: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'The field "text" is missing.'
          : 'The field "text" must be a string.',
    })
    // A test for any non-blank character, not trim(): no copy of a megabyte to learn it.
    .refine((t) => /\S/.test(t), {
      message: 'The field "text" is empty: paste a bounce message.',
    }),
});

export type DiagnoseRequest = z.infer<typeof diagnoseRequestSchema>;

export type ParsedBody = { ok: true; text: string } | { ok: false; message: string };

/** The body's bytes to its text, or the plain message a 400 carries. */
export function parseDiagnoseBody(body: Uint8Array): ParsedBody {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(body));
  } catch {
    return { ok: false, message: 'The request body must be JSON: {"text": "..."}.' };
  }
  const parsed = diagnoseRequestSchema.safeParse(json);
  if (parsed.success) return { ok: true, text: parsed.data.text };
  const message =
    typeof json === "object" && json !== null && !Array.isArray(json)
      ? (parsed.error.issues[0]?.message ?? "Invalid request.")
      : 'The request body must be a JSON object: {"text": "..."}.';
  return { ok: false, message };
}
