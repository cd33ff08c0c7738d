import { z } from "zod";

/** Largest request body accepted, in bytes (the bounce text plus its JSON wrapping). */
export const MAX_BODY_BYTES = 1_000_000;

export const diagnoseRequestSchema = z.object({
  text: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'The field "text" is missing.'
          : 'The field "text" must be a string.',
    })
    .refine((t) => t.trim() !== "", {
      message: 'The field "text" is empty: paste a bounce message.',
    }),
});

export type DiagnoseRequest = z.infer<typeof diagnoseRequestSchema>;
