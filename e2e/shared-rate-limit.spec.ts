// Two app instances (npm start) against one real Redis: the rate limit is one bucket per client
// across both, a client rotating X-Forwarded-For gains nothing, and with Redis gone each
// instance fails safe (limits in memory) and says so once in its log.
import { startRedisServer, type RedisServer } from "../lib/rate-limit/testing/redis-server";
import { expect, test } from "./fixtures";
import { startAppInstance, type AppInstance } from "./support/app-instance";

const REDIS_PORT = Number(process.env.E2E_REDIS_PORT ?? 6390);
const PORTS = (process.env.E2E_INSTANCE_PORTS ?? "3307,3308").split(",").map(Number);
const RATE = 10;
const REQUESTS = 60;

let redis: RedisServer;
let instances: AppInstance[] = [];

test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);

test.beforeAll(async () => {
  redis = await startRedisServer({ port: REDIS_PORT });
  instances = await Promise.all(
    PORTS.map((port) =>
      startAppInstance(port, {
        REDIS_URL: redis.url,
        RATE_LIMIT_PER_MINUTE: String(RATE),
        RATE_LIMIT_REQUESTS_PER_MINUTE: String(REQUESTS),
        DNS_SERVER: `127.0.0.1:${process.env.E2E_DNS_PORT ?? 5390}`,
      }),
    ),
  );
});

test.afterAll(async () => {
  await Promise.all(instances.map((i) => i.stop()));
  await redis?.stop();
});

test("one bucket per client across two instances, whatever X-Forwarded-For says", async ({
  request,
}) => {
  const statuses: number[] = [];
  for (let i = 0; i < RATE + 4; i++) {
    const instance = instances[i % instances.length]!;
    const response = await request.get(`${instance.baseUrl}/api/check/ip?ip=127.0.0.1`, {
      headers: { "x-forwarded-for": `192.0.2.${i}`, "x-real-ip": `192.0.2.${i}` },
    });
    statuses.push(response.status());
  }
  // 127.0.0.1 is refused (400) without a lookup: each of those still takes a token.
  expect(statuses.slice(0, RATE)).toEqual(Array(RATE).fill(400));
  expect(statuses.slice(RATE)).toEqual([429, 429, 429, 429]);
  const limited = await request.get(`${instances[1]!.baseUrl}/api/check/ip?ip=127.0.0.1`);
  expect(limited.headers()["retry-after"]).toMatch(/^\d+$/);
  expect((await limited.json()).error.message).toMatch(/^Too many checks from your address/);
});

test("every request counts against an overall ceiling, pages included", async ({ request }) => {
  let first429: Awaited<ReturnType<typeof request.get>> | null = null;
  for (let i = 0; i < REQUESTS + 5 && !first429; i++) {
    const response = await request.get(`${instances[i % 2]!.baseUrl}/`);
    if (response.status() === 429) first429 = response;
    else expect(response.status()).toBe(200);
  }
  expect(first429).not.toBeNull();
  expect(first429!.headers()["retry-after"]).toMatch(/^\d+$/);
  expect(first429!.headers()["x-content-type-options"]).toBe("nosniff");
  expect(await first429!.text()).toMatch(/^Too many requests from your address/);
});

test("with Redis gone, each instance limits in memory and logs it once", async ({ request }) => {
  await redis.stop();
  const statuses: number[] = [];
  for (let i = 0; i < RATE + 2; i++) {
    const response = await request.post(`${instances[0]!.baseUrl}/api/diagnose`, {
      headers: { "content-type": "application/json" },
      data: { text: "" },
    });
    statuses.push(response.status());
  }
  expect(statuses.slice(0, RATE)).toEqual(Array(RATE).fill(400));
  expect(statuses.slice(RATE)).toEqual([429, 429]);
  const lines = instances[0]!.log().match(/\[rate-limit\] Redis at 127\.0\.0\.1:\d+ unreachable/g);
  expect(lines?.length).toBe(1);
});
