// The process-wide limiter the routes use. In memory by default; one instance per server
// process is the point of it, hence the module-level holder.

import { createMemoryRateLimiter } from "./memory-rate-limiter";
import type { RateLimiter } from "./types";

export type { RateLimitDecision, RateLimiter } from "./types";
export { createMemoryRateLimiter } from "./memory-rate-limiter";
export { clientKey } from "./client-key";

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 30;

export function rateLimitPerMinute(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.RATE_LIMIT_PER_MINUTE);
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : DEFAULT_RATE_LIMIT_PER_MINUTE;
}

const limiters = new Map<string, RateLimiter>();

/** One limiter per name ("check", ...), created on first use with the configured rate. */
export function getRateLimiter(name: string): RateLimiter {
  let limiter = limiters.get(name);
  if (!limiter) {
    limiter = createMemoryRateLimiter({ perMinute: rateLimitPerMinute() });
    limiters.set(name, limiter);
  }
  return limiter;
}
