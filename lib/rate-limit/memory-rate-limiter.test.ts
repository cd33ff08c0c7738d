import { describe, expect, it } from "vitest";
import { rateLimitPerMinute, requestsPerMinute } from "./index";
import { createMemoryRateLimiter } from "./memory-rate-limiter";

describe("memory token bucket", () => {
  it("allows a burst up to the limit, then refuses with the time to the next token", async () => {
    let t = 0;
    const limiter = createMemoryRateLimiter({ perMinute: 3, now: () => t });
    expect((await limiter.take("a")).ok).toBe(true);
    expect((await limiter.take("a")).ok).toBe(true);
    expect((await limiter.take("a")).ok).toBe(true);
    const refused = await limiter.take("a");
    expect(refused).toEqual({ ok: false, retryAfterSec: 20 });
    // Other clients have their own bucket.
    expect((await limiter.take("b")).ok).toBe(true);
    t = 20_000;
    expect((await limiter.take("a")).ok).toBe(true);
    expect((await limiter.take("a")).ok).toBe(false);
  });

  it("forgets the least recently seen clients beyond maxKeys", async () => {
    const limiter = createMemoryRateLimiter({ perMinute: 1, now: () => 0, maxKeys: 2 });
    await limiter.take("a");
    await limiter.take("b");
    await limiter.take("c");
    // "a" was forgotten, so it starts with a full bucket again; "c" was not.
    expect((await limiter.take("a")).ok).toBe(true);
    expect((await limiter.take("c")).ok).toBe(false);
  });
});

describe("client key and configuration", () => {
  it("reads RATE_LIMIT_PER_MINUTE with a default of 30", () => {
    expect(rateLimitPerMinute({})).toBe(30);
    expect(rateLimitPerMinute({ RATE_LIMIT_PER_MINUTE: "5" })).toBe(5);
    expect(rateLimitPerMinute({ RATE_LIMIT_PER_MINUTE: "nope" })).toBe(30);
    expect(requestsPerMinute({})).toBe(1_200);
    expect(requestsPerMinute({ RATE_LIMIT_REQUESTS_PER_MINUTE: "60" })).toBe(60);
  });
});
