// zod fields for the check routes' query strings, built on validate.ts so that the route,
// the UI and the CLI refuse the same inputs with the same words.

import { z } from "zod";
import { validateDomain, validateIp, validateSelector, type Validated } from "./validate";
import { MAX_USER_SELECTORS } from "./dkim";

function fromValidator(validate: (input: string) => Validated<string>) {
  return z.string().transform((value, ctx) => {
    const result = validate(value);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: result.reason });
      return z.NEVER;
    }
    return result.value;
  });
}

export const domainField = z
  .string({ error: "Add ?domain= with the domain to check." })
  .pipe(fromValidator((v) => validateDomain(v)));

export const ipField = z
  .string({ error: "Add ?ip= with the IP address to check." })
  .pipe(fromValidator((v) => validateIp(v)));

/** "a,b,c" -> ["a","b","c"], each a valid selector, at most MAX_USER_SELECTORS. */
export const selectorsField = z
  .string()
  .max(1000, "Too many DKIM selectors.")
  .transform((value, ctx) => {
    const parts = value
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    if (parts.length > MAX_USER_SELECTORS) {
      ctx.addIssue({
        code: "custom",
        message: `Give at most ${MAX_USER_SELECTORS} DKIM selectors.`,
      });
      return z.NEVER;
    }
    const out: string[] = [];
    for (const part of parts) {
      const result = validateSelector(part);
      if (!result.ok) {
        ctx.addIssue({ code: "custom", message: result.reason });
        return z.NEVER;
      }
      out.push(result.value);
    }
    return out;
  });

/** An envelope sender: "bounces@example.com" or just "example.com"; its domain must be valid. */
export const senderField = z
  .string()
  .max(320, "The sender address is too long.")
  .transform((value, ctx) => {
    const trimmed = value.trim();
    const at = trimmed.lastIndexOf("@");
    const local = at >= 0 ? trimmed.slice(0, at) : "";
    if (at >= 0 && (local.length === 0 || local.length > 64 || /\s/.test(local))) {
      ctx.addIssue({
        code: "custom",
        message: "The sender must be an address like bounces@example.com, or a domain.",
      });
      return z.NEVER;
    }
    const domain = validateDomain(trimmed.slice(at + 1));
    if (!domain.ok) {
      ctx.addIssue({ code: "custom", message: `Sender: ${domain.reason}` });
      return z.NEVER;
    }
    return at >= 0 ? `${local}@${domain.value}` : domain.value;
  });

/** Empty query values ("?ip=") count as absent: forms send them. */
export function optional<T extends z.ZodTypeAny>(schema: T) {
  return z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    schema.optional(),
  );
}
