// `npm run demo [-- --port 3000 --dns-port 5353]`
// The whole app on a machine with no internet: starts the fixture DNS server on loopback, a
// Redis for the shared rate limit (Debian's redis-server, when installed), and the app as
// `npm start` runs it (dist/server.mjs) pointed at both (DNS_SERVER, REDIS_URL), building first
// if there is no build yet. Ctrl-C stops all three.

import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startFixtureDnsServer } from "../lib/dns/testing/fixture-server";
import {
  redisServerAvailable,
  startRedisServer,
  type RedisServer,
} from "../lib/rate-limit/testing/redis-server";
import { allZones } from "../lib/dns/testing/zones";
import { BLOCKLIST_FIXTURES } from "../lib/dns/testing/zones/blocklists";
import { REVERSE_DNS_FIXTURES } from "../lib/dns/testing/zones/reverse-dns";
import {
  DEFAULT_FILTER_PORT,
  ensureFilterInstalled,
  startContentFilter,
  type RunningFilter,
} from "./content-filter";

const ROOT = join(import.meta.dirname ?? process.cwd(), "..");

/** What to type into the check page, and what it shows. */
const DEMO_INPUTS: { input: string; shows: string }[] = [
  { input: REVERSE_DNS_FIXTURES.ok, shows: "clean IP: forward-confirmed PTR, on no blocklist" },
  { input: BLOCKLIST_FIXTURES.listedIp, shows: "listed on Spamhaus ZEN (SBL+XBL) and SpamCop" },
  {
    input: BLOCKLIST_FIXTURES.unknownIp,
    shows: "could not check: Spamhaus refusal code, SERVFAIL, timeout, REFUSED",
  },
  { input: REVERSE_DNS_FIXTURES.generic, shows: "generic/dynamic PTR name, Spamhaus PBL" },
  { input: REVERSE_DNS_FIXTURES.none, shows: "no PTR record" },
  { input: REVERSE_DNS_FIXTURES.notConfirmed, shows: "PTR not forward-confirmed" },
  { input: REVERSE_DNS_FIXTURES.multiple, shows: "two PTR records" },
  { input: BLOCKLIST_FIXTURES.listedIpv6, shows: "IPv6 listed on ZEN (nibble query)" },
  { input: BLOCKLIST_FIXTURES.listedDomain, shows: "domain on Spamhaus DBL, URIBL and SURBL" },
  {
    input: BLOCKLIST_FIXTURES.refusedDomain,
    shows: "domain lists refusing (URIBL 127.0.0.1, Spamhaus error code)",
  },
];

/** In its own process group, so that stopping it also stops what it started (npm -> next-server). */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(cmd, args, { cwd: ROOT, env, stdio: "inherit", detached: true });
}

function killGroup(child: ChildProcess | undefined): void {
  if (!child?.pid || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    /* already gone */
  }
}

function waitFor(child: ChildProcess): Promise<number> {
  return new Promise((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "3000" },
      "dns-port": { type: "string", default: "5353" },
      "redis-port": { type: "string", default: "6390" },
    },
  });
  const port = Number(values.port);
  const dnsPort = Number(values["dns-port"]);
  const dns = await startFixtureDnsServer({ port: dnsPort, host: "127.0.0.1", zones: allZones });
  let redis: RedisServer | null = null;
  if (redisServerAvailable())
    redis = await startRedisServer({ port: Number(values["redis-port"]) });
  else console.log("redis-server is not installed: the rate limit stays in memory.");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DNS_SERVER: `127.0.0.1:${dns.port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    ...(redis ? { REDIS_URL: redis.url } : {}),
  };
  // The content filter asks the same fixture DNS server, which lists listed-domain.test.
  let filter: RunningFilter | undefined;
  let filterReady: Promise<unknown> = Promise.resolve();
  const install = ensureFilterInstalled();
  if (install.ok) {
    env.CONTENT_FILTER_URL = `http://127.0.0.1:${DEFAULT_FILTER_PORT}`;
    filterReady = startContentFilter({ dnsServer: `127.0.0.1:${dns.port}`, log: console.log })
      .then((f) => {
        filter = f;
        console.log(`Content filter (Rspamd) ready on ${f.url}.`);
      })
      .catch((e: unknown) => console.log(`Content review is off: ${String(e)}`));
  } else {
    console.log(`Content review is off: ${install.reason}.`);
  }
  let child: ChildProcess | undefined;
  let stopping = false;
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    killGroup(child);
    // A filter still starting is waited for, so that it is stopped too.
    void filterReady
      .then(() => Promise.all([dns.close(), filter?.stop(), redis?.stop()]))
      .then(() => process.exit(code));
  };
  process.once("SIGINT", () => stop(0));
  process.once("SIGTERM", () => stop(0));

  if (
    !existsSync(join(ROOT, ".next", "BUILD_ID")) ||
    !existsSync(join(ROOT, "dist", "server.mjs"))
  ) {
    console.log("No production build yet: running `npm run build` first.");
    child = run("npm", ["run", "build"], env);
    const code = await waitFor(child);
    if (code !== 0 || stopping) {
      stop(code || 1);
      return code || 1;
    }
  }

  child = run(process.execPath, [join(ROOT, "dist", "server.mjs")], env);
  const url = `http://127.0.0.1:${port}`;
  console.log(`\nBounce Doctor demo: ${url}  (check page: ${url}/check)`);
  console.log(
    `Fixture DNS: 127.0.0.1:${dns.port} (UDP+TCP). Reserved names and addresses only; nothing leaves this machine.`,
  );
  if (redis) console.log(`Redis (shared rate limit): ${redis.url}`);
  console.log("Try these in the check page:");
  for (const d of DEMO_INPUTS) console.log(`  ${d.input.padEnd(22)} ${d.shows}`);
  console.log(
    `Review a sent message (${url}/content): paste lib/content/__fixtures__/bounce-content-spam.eml (a spam bounce carrying the original; its link domain is listed).`,
  );
  console.log("Ctrl-C stops the app, the DNS server, the content filter and Redis.\n");
  const code = await waitFor(child);
  stop(code);
  return code;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
