// `npm run -s bench:checks [-- --delay 50 --domain mail-ready.test --ip 203.0.113.77]`
// A full checkDomain + checkIp (at once, as the check page runs them) against the loopback
// fixture DNS server with an added delay on every answer. Lookups go through a recording
// wrapper around the REAL caching client (lib/checks/lookup-trace.ts): the answers are the
// server's. The floor is the longest chain of dependent lookups (derived from the answers:
// see lookup-trace.ts) times the delay; no implementation can beat it. Prints cold (fresh
// client, empty cache) and warm (same client again) runs, and last `critical-path ratio R`
// for the cold run (time / floor).

import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";

// The checks are server modules guarded by "server-only", which resolves to an empty module
// only under the "react-server" export condition: re-run this script under it.
const CONDITION = "--conditions=react-server";
if (
  !process.execArgv.includes(CONDITION) &&
  !(process.env.NODE_OPTIONS ?? "").includes(CONDITION)
) {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, CONDITION, ...process.argv.slice(1)],
    { stdio: "inherit" },
  );
  process.exit(child.status ?? 1);
}

const { checkDomain } = await import("../lib/checks/domain-check");
const { checkIp } = await import("../lib/checks/ip-check");
const { criticalPath, traceLookups } = await import("../lib/checks/lookup-trace");
const { createDnsClient } = await import("../lib/dns/client");
const { startFixtureDnsServer } = await import("../lib/dns/testing/fixture-server");
const { allZones } = await import("../lib/dns/testing/zones");
const { GOOD_SENDER_IP } = await import("../lib/dns/testing/zones/checks");

const { values } = parseArgs({
  options: {
    delay: { type: "string", default: "50" },
    domain: { type: "string", default: "mail-ready.test" },
    ip: { type: "string", default: GOOD_SENDER_IP },
    runs: { type: "string", default: "5" },
  },
});
const delay = Number(values.delay);
const runs = Math.max(1, Number(values.runs));

const server = await startFixtureDnsServer({ port: 0, zones: allZones, globalDelayMs: delay });
const servers = [`127.0.0.1:${server.port}`];

async function once(client: ReturnType<typeof createDnsClient>) {
  const trace = traceLookups(client);
  const before = server.queryCount();
  const t0 = performance.now();
  const [domainReport, ipReport] = await Promise.all([
    checkDomain(values.domain, trace.dns, { ip: values.ip, sender: `bounces@${values.domain}` }),
    checkIp(values.ip, trace.dns),
  ]);
  const ms = performance.now() - t0;
  const lookups = trace.lookups();
  const { longest } = criticalPath(lookups);
  return {
    ms,
    lookups,
    longest,
    sent: server.queryCount() - before,
    findings: domainReport.findings.length + ipReport.findings.length,
    couldNotCheck: [...domainReport.findings, ...ipReport.findings]
      .filter((f) => f.outcome === "could-not-check")
      .map((f) => f.code),
  };
}

try {
  // One untimed run warms up the JIT and module loading, not the DNS cache (its client is dropped).
  await once(createDnsClient({ servers, cache: false }));
  const cold: Awaited<ReturnType<typeof once>>[] = [];
  const warm: Awaited<ReturnType<typeof once>>[] = [];
  for (let i = 0; i < runs; i++) {
    const client = createDnsClient({ servers });
    cold.push(await once(client));
    warm.push(await once(client));
  }
  const median = (xs: number[]) =>
    [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const coldMs = median(cold.map((r) => r.ms));
  const warmMs = median(warm.map((r) => r.ms));
  const sample = cold[0] as Awaited<ReturnType<typeof once>>;
  const depth = sample.longest.length;
  const floor = depth * delay;

  console.log(
    `bench:checks  domain ${values.domain} + ip ${values.ip}, ${delay} ms added to every DNS answer, ${runs} runs (median)`,
  );
  console.log(
    `lookups per run: ${sample.lookups.length} distinct (server saw ${sample.sent}), findings: ${sample.findings}, could-not-check: ${sample.couldNotCheck.join(", ") || "none"}`,
  );
  console.log(
    `longest dependent chain: ${depth} lookups: ${sample.longest.map((l) => `${l.type} ${l.name}`).join(" -> ")}`,
  );
  console.log(`floor (chain x delay): ${floor.toFixed(0)} ms`);
  console.log(
    `cold (fresh client, empty cache): ${coldMs.toFixed(1)} ms  [${cold.map((r) => r.ms.toFixed(0)).join(", ")}]`,
  );
  console.log(
    `warm (same client, cached):       ${warmMs.toFixed(1)} ms  [${warm.map((r) => r.ms.toFixed(0)).join(", ")}], server queries: ${warm.map((r) => r.sent).join(", ")}`,
  );
  console.log(`critical-path ratio ${(coldMs / floor).toFixed(2)}`);
} finally {
  await server.close();
}
