// Token bucket in memory: each client gets `perMinute` tokens, refilled continuously, so a
// burst up to the limit is allowed and the steady rate is perMinute per minute.

import type { RateLimitDecision, RateLimiter } from "./types";

export interface MemoryRateLimiterOptions {
  perMinute: number;
  /** Injected clock for tests (milliseconds). */
  now?: () => number;
  /** Most clients tracked at once; the least recently seen are forgotten first, so a flood of
   *  spoofed keys cannot grow memory without bound. */
  maxKeys?: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export function createMemoryRateLimiter(options: MemoryRateLimiterOptions): RateLimiter {
  const perMinute = Math.max(1, Math.floor(options.perMinute));
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? 10_000;
  const refillPerMs = perMinute / 60_000;
  // Map iteration order is insertion order: re-inserting on use keeps it least-recent-first.
  const buckets = new Map<string, Bucket>();

  return {
    async take(key: string): Promise<RateLimitDecision> {
      const t = now();
      const previous = buckets.get(key);
      const bucket: Bucket = previous
        ? {
            tokens: Math.min(perMinute, previous.tokens + (t - previous.updatedAt) * refillPerMs),
            updatedAt: t,
          }
        : { tokens: perMinute, updatedAt: t };
      buckets.delete(key);
      let decision: RateLimitDecision;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        decision = { ok: true, retryAfterSec: 0 };
      } else {
        decision = {
          ok: false,
          retryAfterSec: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)),
        };
      }
      buckets.set(key, bucket);
      while (buckets.size > maxKeys) {
        const oldest = buckets.keys().next().value;
        if (oldest === undefined) break;
        buckets.delete(oldest);
      }
      return decision;
    },
  };
}
