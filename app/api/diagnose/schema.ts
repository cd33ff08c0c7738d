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
