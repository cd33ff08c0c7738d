// Against a real redis-server on loopback (started here; scripts/test-all.sh installs it).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeRedisConnections, createRedisRateLimiter } from "./redis-rate-limiter";
import { startRedisServer, type RedisServer } from "./testing/redis-server";

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await closeRedisConnections();
  await redis?.stop();
});

describe("Redis token bucket", () => {
  it("shares one bucket between limiters (instances) and refuses past the limit", async () => {
    const a = createRedisRateLimiter({ url: redis.url, perMinute: 4, prefix: "t1:" });
    const b = createRedisRateLimiter({ url: redis.url, perMinute: 4, prefix: "t1:" });
    const results = [];
    for (const limiter of [a, b, a, b, a, b]) results.push(await limiter.take("198.51.100.1"));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true, false, false]);
    expect(results[4]!.retryAfterSec).toBeGreaterThanOrEqual(1);
    expect(results[4]!.retryAfterSec).toBeLessThanOrEqual(15);
    // Another client has its own bucket.
    expect((await b.take("198.51.100.2")).ok).toBe(true);
  });

  it("fails safe when Redis is unreachable: limits in memory and logs one clear line", async () => {
    const lines: string[] = [];
    const limiter = createRedisRateLimiter({
      url: "redis://127.0.0.1:1",
      perMinute: 2,
      prefix: "t2:",
      log: (line) => lines.push(line),
    });
    const results = [];
    for (let i = 0; i < 3; i++) results.push((await limiter.take("198.51.100.3")).ok);
    expect(results).toEqual([true, true, false]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^\[rate-limit\] Redis at 127\.0\.0\.1:1 unreachable \(.+\): limiting in memory, per instance, until it is back\.$/,
    );
  });
});
