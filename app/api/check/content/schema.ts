import { z } from "zod";
import { MAX_CONTENT_BYTES } from "@/lib/content/limits";

/** Media types a raw message may be sent as (the body is the message itself, not JSON). */
export const CONTENT_MEDIA_TYPES = [
  "message/rfc822",
  "text/plain",
  "application/octet-stream",
] as const;

export const contentRequestHeadersSchema = z.object({
  "content-type": z
    .string({ error: "Send the message as the request body, typed message/rfc822." })
    .transform((v) => v.split(";")[0]!.trim().toLowerCase())
    .refine((v) => (CONTENT_MEDIA_TYPES as readonly string[]).includes(v), {
      message: `Send the raw message as the body, typed ${CONTENT_MEDIA_TYPES.join(", ")} (not JSON or a form).`,
    }),
  "content-length": z.coerce
    .number()
    .int()
    .nonnegative()
    .max(MAX_CONTENT_BYTES, {
      message: `The message is too large to review: the limit is ${MAX_CONTENT_BYTES / 1024 / 1024} MB.`,
    })
    .optional(),
});

export type ContentRequestHeaders = z.infer<typeof contentRequestHeadersSchema>;
