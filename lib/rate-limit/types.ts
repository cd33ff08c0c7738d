// A per-client request limiter. The in-memory bucket (memory-rate-limiter.ts) serves one
// process; several instances behind a load balancer would implement this interface over a
// shared store (Redis, a database) without the routes changing.

export interface RateLimitDecision {
  ok: boolean;
  /** Seconds until the next request would be allowed; 0 when ok. */
  retryAfterSec: number;
}

export interface RateLimiter {
  take(key: string): Promise<RateLimitDecision>;
}
