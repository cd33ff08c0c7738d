// One instance of the production app as `npm start` runs it (node dist/server.mjs: our HTTP
// server around Next), on a given loopback port with the given environment; for the
// shared-rate-limit spec and scripts/bench-load.ts. Stopped by its PID.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

export interface AppInstance {
  baseUrl: string;
  /** What the instance wrote to stdout and stderr so far. */
  log(): string;
  stop(): Promise<void>;
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`dist/server.mjs exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export async function startAppInstance(
  port: number,
  env: Record<string, string>,
): Promise<AppInstance> {
  const child = spawn(process.execPath, ["dist/server.mjs"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      HOST: "127.0.0.1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  try {
    // A page, not an API route: a probe must not take the test client's rate-limit tokens.
    await waitForHttp(`${baseUrl}/`, child, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, log: () => output, stop };
}
