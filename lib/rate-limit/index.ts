// The process-wide limiters the routes use, one per name ("check", "diagnose"). In memory by
// default; with REDIS_URL set, in Redis, so that every instance behind a load balancer shares
// one bucket per client. One limiter per name per process is the point, hence the module-level
// holder.

import { createMemoryRateLimiter } from "./memory-rate-limiter";
import { createRedisRateLimiter } from "./redis-rate-limiter";
import type { RateLimiter } from "./types";

export type { RateLimitDecision, RateLimiter } from "./types";
export { createMemoryRateLimiter } from "./memory-rate-limiter";
export { createRedisRateLimiter } from "./redis-rate-limiter";
export {
  addressKey,
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  clientKey,
  trustedProxyCount,
} from "./client-key";

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 30;

export function rateLimitPerMinute(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.RATE_LIMIT_PER_MINUTE);
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : DEFAULT_RATE_LIMIT_PER_MINUTE;
}

/** Every request a client makes (pages, their data, API), a ceiling well above browsing: it
 *  bounds what a flood of page renders may cost. */
export const DEFAULT_REQUESTS_PER_MINUTE = 1_200;

export function requestsPerMinute(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.RATE_LIMIT_REQUESTS_PER_MINUTE);
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : DEFAULT_REQUESTS_PER_MINUTE;
}

const limiters = new Map<string, RateLimiter>();

/** One limiter per name, created on first use with the configured rate and store. */
export function getRateLimiter(name: string): RateLimiter {
  let limiter = limiters.get(name);
  if (!limiter) {
    const perMinute = name === "request" ? requestsPerMinute() : rateLimitPerMinute();
    const url = process.env.REDIS_URL;
    limiter = url
      ? createRedisRateLimiter({ url, perMinute, prefix: `bounce-doctor:rate:${name}:` })
      : createMemoryRateLimiter({ perMinute });
    limiters.set(name, limiter);
  }
  return limiter;
}
