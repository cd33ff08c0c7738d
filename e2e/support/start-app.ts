// Used by scripts/audit-a11y.ts and scripts/bench-weight.ts: the fixture DNS server and the
// production build (`next start`) on free ports, torn down together.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { startFixtureDnsServer, type FixtureDnsServer } from "../../lib/dns/testing/fixture-server";
import { allZones } from "../../lib/dns/testing/zones";

export interface RunningApp {
  baseUrl: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export async function startApp(options: { withDns?: boolean } = {}): Promise<RunningApp> {
  let dns: FixtureDnsServer | null = null;
  if (options.withDns !== false) {
    dns = await startFixtureDnsServer({ port: 0, host: "127.0.0.1", zones: allZones });
  }
  const port = await freePort();
  const child = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      RATE_LIMIT_PER_MINUTE: "100000",
      ...(dns ? { DNS_SERVER: `127.0.0.1:${dns.port}` } : {}),
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    // The process group: npx starts next as a child of its own.
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    await dns?.close();
  };
  try {
    await waitForHttp(baseUrl, child, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}

export { CHROMIUM_LAUNCH } from "./chromium";
