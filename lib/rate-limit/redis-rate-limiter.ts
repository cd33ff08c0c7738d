// The token bucket of memory-rate-limiter.ts, kept in Redis so that every app instance behind a
// load balancer draws from the same bucket per client. One Lua script reads, refills and takes
// atomically, on the Redis server's clock (instances' clocks need not agree). When Redis cannot
// be reached the limiter fails safe: it goes on limiting, per instance, in memory, says so once
// in the log, and says again when Redis is back.
import Redis from "ioredis";
import { createMemoryRateLimiter } from "./memory-rate-limiter";
import type { RateLimitDecision, RateLimiter } from "./types";

const TAKE = `
local capacity = tonumber(ARGV[1])
local refill = capacity / 60000
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil or at == nil then
  tokens = capacity
  at = now
end
tokens = math.min(capacity, tokens + math.max(0, now - at) * refill)
local ok = 0
local retry = 0
if tokens >= 1 then
  tokens = tokens - 1
  ok = 1
else
  retry = math.max(1, math.ceil((1 - tokens) / refill / 1000))
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
redis.call('PEXPIRE', KEYS[1], 61000)
return {ok, retry}
`;

export interface RedisRateLimiterOptions {
  url: string;
  perMinute: number;
  /** Key prefix, one per limiter name. */
  prefix: string;
  /** Milliseconds a take may wait on Redis before the in-memory fallback answers. */
  timeoutMs?: number;
  log?: (line: string) => void;
}

/** Where Redis is, for log lines: host and port, never a password. */
function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || "6379"}`;
  } catch {
    return "(unparsable REDIS_URL)";
  }
}

type RedisWithTake = Redis & {
  bdTake(key: string, perMinute: number): Promise<[number, number]>;
};

interface Connection {
  redis: RedisWithTake;
  /** Whether the last command failed: the outage is logged once per connection, not per limiter. */
  failing: boolean;
}

// One connection per Redis per process. Next bundles proxy.ts and the routes separately, each
// with its own copy of this module, so the registry lives on globalThis rather than in it.
const REGISTRY = Symbol.for("bounce-doctor.redis-connections");
const holder = globalThis as typeof globalThis & { [REGISTRY]?: Map<string, Connection> };
const connections = (holder[REGISTRY] ??= new Map<string, Connection>());

function connection(url: string, timeoutMs: number): Connection {
  let existing = connections.get(url);
  if (!existing) {
    const redis = new Redis(url, {
      lazyConnect: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 1_000,
      commandTimeout: timeoutMs,
      // Keep trying in the background, at most every 2 s, so that the limiter returns to Redis.
      retryStrategy: (times) => Math.min(200 * times, 2_000),
    }) as RedisWithTake;
    redis.defineCommand("bdTake", { numberOfKeys: 1, lua: TAKE });
    // ioredis emits "error" on every failed attempt; the limiter logs the state changes instead.
    redis.on("error", () => undefined);
    existing = { redis, failing: false };
    connections.set(url, existing);
  }
  return existing;
}

/** Waits (at most `ms`) for a connection still being made; an outage already seen fails fast. */
async function whenReady(redis: Redis, ms: number): Promise<void> {
  if (redis.status === "ready") return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      redis.off("ready", onReady);
      reject(new Error(`no connection within ${ms} ms`));
    }, ms);
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    redis.once("ready", onReady);
  });
}

export function createRedisRateLimiter(options: RedisRateLimiterOptions): RateLimiter {
  const perMinute = Math.max(1, Math.floor(options.perMinute));
  const log = options.log ?? ((line: string) => console.warn(line));
  const timeoutMs = options.timeoutMs ?? 500;
  const shared = connection(options.url, timeoutMs);
  const redis = shared.redis;
  const fallback = createMemoryRateLimiter({ perMinute });

  return {
    async take(key: string): Promise<RateLimitDecision> {
      try {
        if (!shared.failing) await whenReady(redis, timeoutMs);
        const [ok, retry] = await redis.bdTake(`${options.prefix}${key}`, perMinute);
        if (shared.failing) {
          shared.failing = false;
          log(
            `[rate-limit] Redis at ${describeUrl(options.url)} is back: limits are shared again.`,
          );
        }
        return { ok: ok === 1, retryAfterSec: Number(retry) };
      } catch (error) {
        if (!shared.failing) {
          shared.failing = true;
          const reason = error instanceof Error ? error.message.slice(0, 120) : String(error);
          log(
            `[rate-limit] Redis at ${describeUrl(options.url)} unreachable (${reason}): limiting in memory, per instance, until it is back.`,
          );
        }
        return fallback.take(key);
      }
    },
  };
}

/** Closes every Redis connection the limiters opened (tests, shutdown). */
export async function closeRedisConnections(): Promise<void> {
  const all = [...connections.values()].map((c) => c.redis);
  connections.clear();
  await Promise.all(all.map((r) => r.quit().catch(() => r.disconnect())));
}
