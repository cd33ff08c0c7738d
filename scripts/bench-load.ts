// Load on loopback against the production build as `npm start` runs it (node dist/server.mjs;
// run `npm run -s build` first). Prints, per route and connection count, requests/s, p99 latency
// and errors (autocannon), then the last line:
//   spoofed-accepted S stall-max-ms T      (goals: S 0, T < 250)
// S: requests of a client that rotates X-Forwarded-For / X-Real-IP / Forwarded (and our own
//    client-address header) that got past the per-client limit (RATE_LIMIT_PER_MINUTE, 30).
// T: the worst wait of an unrelated request (GET /api/check/ip, refused without a lookup) while
//    one client posts the slow shapes of issue 12 (lib/testing/hostile-shapes, ~1 MB each).
// The same request is also timed alone first (its baseline on this machine), for comparison.
// Two instances: one with the limit lifted for throughput (autocannon comes from one address),
// one with the real limit for the spoofing client, which runs during the load.
// Usage: npm run -s bench:load [-- --duration 30]   (seconds per autocannon run)
import autocannon from "autocannon";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startFixtureDnsServer } from "@/lib/dns/testing/fixture-server";
import { allZones } from "@/lib/dns/testing/zones";
import { GOOD_SENDER_IP } from "@/lib/dns/testing/zones/checks";
import { HOSTILE_SHAPES } from "@/lib/testing/hostile-shapes";
import { startAppInstance } from "../e2e/support/app-instance";

const root = fileURLToPath(new URL("..", import.meta.url));
const at = process.argv.indexOf("--duration");
const DURATION = Math.max(1, Math.min(120, Number(at >= 0 ? process.argv[at + 1] : 30) || 30));
const LOAD_PORT = Number(process.env.BENCH_LOAD_PORT ?? 3308);
const LIMITED_PORT = Number(process.env.BENCH_LIMITED_PORT ?? 3309);
const LIMIT = 30;

if (!existsSync(`${root}.next/BUILD_ID`) || !existsSync(`${root}dist/server.mjs`)) {
  console.error("bench:load: no build; run `npm run -s build` first");
  process.exit(2);
}

// A 3 kB bounce: the Postfix fixture (2.3 kB) and a few lines of quoted original.
const fixture = readFileSync(`${root}lib/bounce/__fixtures__/postfix-blocklist.eml`, "utf8");
const QUOTED = "> The meeting notes are attached; see you on Thursday at ten.\n";
const BOUNCE = fixture + QUOTED.repeat(Math.ceil((3_000 - fixture.length) / QUOTED.length));
const DIAGNOSE_BODY = JSON.stringify({ text: BOUNCE });

const dns = await startFixtureDnsServer({ port: 0, host: "127.0.0.1", zones: allZones });
const env = { DNS_SERVER: `127.0.0.1:${dns.port}`, DNS_TIMEOUT_MS: "500" };
const load = await startAppInstance(LOAD_PORT, {
  ...env,
  RATE_LIMIT_PER_MINUTE: "1000000000",
  RATE_LIMIT_REQUESTS_PER_MINUTE: "1000000000",
});
const limited = await startAppInstance(LIMITED_PORT, {
  ...env,
  RATE_LIMIT_PER_MINUTE: String(LIMIT),
  TRUSTED_PROXIES: "0",
});

// The spoofing client: rotating forwarded headers on every request, for the whole load phase.
let spoofAccepted = 0;
let spoofSent = 0;
let loadRunning = true;
let spoofStarted = 0;
let spoofEnded = 0;
async function spoofer(): Promise<void> {
  spoofStarted = performance.now();
  while (loadRunning && spoofSent < 2_000) {
    const n = spoofSent++;
    const fake = `198.51.${(n >> 8) & 255}.${n & 255}`;
    const response = await fetch(`${limited.baseUrl}/api/check/ip?ip=127.0.0.1`, {
      headers: {
        "x-forwarded-for": `${fake}, ${fake}`,
        "x-real-ip": fake,
        forwarded: `for=${fake}`,
        "x-bounce-doctor-client": fake,
      },
    }).catch(() => null);
    if (response && response.status !== 429) spoofAccepted++;
    await response?.arrayBuffer().catch(() => undefined);
    await new Promise((r) => setTimeout(r, 20));
  }
  spoofEnded = performance.now();
}

interface RouteRun {
  name: string;
  options: autocannon.Options;
}
const ROUTES: RouteRun[] = [
  {
    name: "POST /api/diagnose (3 kB)",
    options: {
      url: `${load.baseUrl}/api/diagnose`,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: DIAGNOSE_BODY,
    },
  },
  {
    name: "GET /api/check/ip",
    options: { url: `${load.baseUrl}/api/check/ip?ip=${GOOD_SENDER_IP}` },
  },
];

const spoofing = spoofer();
for (const route of ROUTES) {
  for (const connections of [10, 100]) {
    const result = await autocannon({ ...route.options, connections, duration: DURATION });
    const errors = result.errors + result.timeouts + result.non2xx;
    const codes = Object.entries(result.statusCodeStats ?? {})
      .filter(([code]) => !code.startsWith("2"))
      .map(([code, { count }]) => `${code}x${count}`)
      .join(" ");
    console.log(
      `${route.name} connections ${connections} requests/s ${result.requests.average.toFixed(0)} p99-ms ${result.latency.p99} errors ${errors}${codes ? ` (${codes})` : ""}`,
    );
  }
}
loadRunning = false;
await spoofing;

// Slow shapes on one client while an unrelated request is timed every 25 ms.
const slowBodies = Object.values(HOSTILE_SHAPES).map((make) =>
  JSON.stringify({ text: make(950_000) }),
);
let slowRunning = true;
async function slowPoster(): Promise<number> {
  let posted = 0;
  while (slowRunning) {
    const body = slowBodies[posted++ % slowBodies.length]!;
    const response = await fetch(`${load.baseUrl}/api/diagnose`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    }).catch(() => null);
    await response?.arrayBuffer().catch(() => undefined);
  }
  return posted;
}
/** Times an unrelated request every 25 ms while `running()`; returns every wait in ms. */
async function probe(running: () => boolean): Promise<number[]> {
  const waits: number[] = [];
  while (running()) {
    const started = performance.now();
    const response = await fetch(`${load.baseUrl}/api/check/ip?ip=127.0.0.1`).catch(() => null);
    await response?.arrayBuffer().catch(() => undefined);
    waits.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 25));
  }
  return waits;
}
const summary = (waits: number[]) => {
  const sorted = [...waits].sort((a, b) => a - b);
  const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0;
  return `max ${(sorted[sorted.length - 1] ?? 0).toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, ${sorted.length} requests`;
};
const SLOW_SECONDS = Math.min(DURATION, 15);
// The same request with nothing else running: what this machine gives anyway.
let baselineRunning = true;
const baselineProbe = probe(() => baselineRunning);
await new Promise((r) => setTimeout(r, (SLOW_SECONDS / 3) * 1000));
baselineRunning = false;
const baseline = await baselineProbe;
const posters = [slowPoster(), slowPoster()];
const probing = probe(() => slowRunning);
await new Promise((r) => setTimeout(r, SLOW_SECONDS * 1000));
slowRunning = false;
const slowPosted = (await Promise.all(posters)).reduce((a, b) => a + b, 0);
const stalls = await probing;
const stallMax = Math.max(0, ...stalls);
console.log(`unrelated request alone: ${summary(baseline)}`);
console.log(`unrelated request during slow shapes: ${summary(stalls)}`);
console.log(
  `slow shapes posted ${slowPosted}; spoofing requests ${spoofSent}, accepted ${spoofAccepted} (limit ${LIMIT}/min)`,
);

await Promise.all([load.stop(), limited.stop()]);
await dns.close();
// What one honest client may have had over the same time: the burst, plus the refill.
const allowance = LIMIT + Math.floor(((spoofEnded - spoofStarted) / 60_000) * LIMIT);
console.log(
  `spoofed-accepted ${Math.max(0, spoofAccepted - allowance)} stall-max-ms ${stallMax.toFixed(0)}`,
);
