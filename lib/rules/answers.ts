// Validation of what the user types or pastes, at the boundary between the form and the facts.
import { z } from "zod";
import { isDnsLabel, isIP } from "@/lib/dns/names";
import type { Answer, Question, TextFormat } from "./types";

// The same parser the checks use (lib/dns/ip), so the wizard never accepts an address the
// check it feeds then refuses.
const ipSchema = z.string().refine((s) => isIP(s) !== 0, "an IP address");
// A DNS name with at least one dot; labels of letters, digits and hyphens (RFC 1035 §2.3.1).
const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((s) => s.replace(/\.$/, ""))
  .pipe(
    z
      .hostname()
      .max(253)
      .regex(/^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+$/, "a domain such as example.com"),
  );
// DKIM selectors are sub-domain labels (RFC 6376 §3.1), up to four; each label follows the
// one label rule the check route uses (lib/dns/names isDnsLabel), so a selector the wizard
// passes on is never refused there.
const selectorSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(126)
  .refine((s) => {
    const labels = s.split(".");
    return labels.length <= 4 && labels.every(isDnsLabel);
  }, "a selector such as google or selector1");

export const textSchemas: Record<TextFormat, z.ZodType<string>> = {
  ip: z.string().trim().pipe(ipSchema),
  domain: domainSchema,
  selector: selectorSchema,
  free: z.string().trim().min(1).max(200),
};

export const answerSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("choice"), value: z.string().max(100) }),
  z.object({ kind: z.literal("text"), value: z.string().max(500) }),
  z.object({ kind: z.literal("headers"), value: z.string().max(256 * 1024) }),
  z.object({ kind: z.literal("dont-know") }),
]);

export type AnswerCheck = { ok: true; answer: Answer } | { ok: false; message: string };

/** Checks an answer against its question and normalises it (trimmed, lower-cased domains). */
export function validateAnswer(question: Question, answer: Answer): AnswerCheck {
  if (answer.kind === "dont-know") return { ok: true, answer };
  const input = question.input;
  if (answer.kind === "choice") {
    if (input.kind !== "choice") return { ok: false, message: "This question takes typed text." };
    return input.options.some((o) => o.value === answer.value)
      ? { ok: true, answer }
      : { ok: false, message: "Pick one of the answers." };
  }
  if (answer.kind === "headers") {
    const allowed = input.kind === "headers" || (input.kind === "text" && input.headers === true);
    if (!allowed) return { ok: false, message: "This question does not take pasted headers." };
    return answer.value.trim().length > 0
      ? { ok: true, answer }
      : { ok: false, message: "Paste the headers first." };
  }
  if (input.kind !== "text") return { ok: false, message: "Pick one of the answers." };
  const parsed = textSchemas[input.format].safeParse(answer.value);
  if (!parsed.success)
    return { ok: false, message: `That does not look like ${describe(input.format)}.` };
  return { ok: true, answer: { kind: "text", value: parsed.data } };
}

function describe(format: TextFormat): string {
  switch (format) {
    case "ip":
      return "an IP address (such as 192.0.2.1 or 2001:db8::1)";
    case "domain":
      return "a domain (such as example.com)";
    case "selector":
      return "a DKIM selector (such as google or selector1)";
    case "free":
      return "an answer";
  }
}

/** A typed text answer, validated again when read: stored facts may come from a share link. */
export function textAnswer(answer: Answer | undefined, format: TextFormat): string | null {
  if (!answer || answer.kind !== "text") return null;
  const parsed = textSchemas[format].safeParse(answer.value);
  return parsed.success ? parsed.data : null;
}

export function choiceAnswer(answer: Answer | undefined): string | null {
  return answer?.kind === "choice" ? answer.value : null;
}
