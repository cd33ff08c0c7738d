// What both check routes do around the check itself: the per-client rate limit and the
// query-string validation, as AppErrors the routes turn into 429 / 400 answers.

import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { clientKey, getRateLimiter } from "@/lib/rate-limit";

export async function enforceCheckRateLimit(request: Request): Promise<void> {
  const decision = await getRateLimiter("check").take(clientKey(request));
  if (!decision.ok) {
    throw new AppError(
      "rate_limited:check",
      `Too many checks from your address. Try again in ${decision.retryAfterSec} second${decision.retryAfterSec === 1 ? "" : "s"}.`,
      { "Retry-After": String(decision.retryAfterSec) },
    );
  }
}

export function parseQuery<S extends z.ZodTypeAny>(request: Request, schema: S): z.output<S> {
  const params: Record<string, string> = {};
  // First value of each name; repeated names are not part of the API.
  for (const [key, value] of new URL(request.url).searchParams)
    if (!(key in params)) params[key] = value;
  const parsed = schema.safeParse(params);
  if (!parsed.success)
    throw new AppError("bad_request:check", parsed.error.issues[0]?.message ?? "Invalid request.");
  return parsed.data;
}
