// The content filter (Debian's Rspamd) as the app's companion process: installed with apt where
// it is missing, started with the repository's configuration (config/rspamd) on loopback, and
// stopped with whatever started it. Used by `npm start` (scripts/start.ts), `npm run demo`, the
// tests (Vitest and Playwright global setups) and `npm run bench:content`.
//
// Rspamd runs as one foreground main process (-f) that forks its workers; it is started in its
// own process group so that stopping it stops the workers too.

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname ?? process.cwd(), "..");
const RSPAMD = "/usr/bin/rspamd";
const SYSTEM_CONFIG = "/etc/rspamd/rspamd.conf";
const SYSTEM_TLDS = "/usr/share/rspamd/effective_tld_names.dat";
export const DEFAULT_FILTER_PORT = 11333;

export interface FilterInstall {
  ok: boolean;
  /** Plain words for the console when the filter cannot be had. */
  reason?: string;
}

function hasCommand(name: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
}

/** Installs Debian's rspamd when it is missing (as root, or through sudo without a password). */
export function ensureFilterInstalled(log: (line: string) => void = console.log): FilterInstall {
  if (existsSync(RSPAMD)) return { ok: true };
  if (!hasCommand("apt-get"))
    return { ok: false, reason: "rspamd is not installed and apt-get is not available here" };
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (!root && !hasCommand("sudo"))
    return { ok: false, reason: "rspamd is not installed and installing it needs root or sudo" };
  const run = (args: string[]) =>
    spawnSync(root ? args[0]! : "sudo", root ? args.slice(1) : ["-n", ...args], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    }).status === 0;
  log("Installing Debian's rspamd (the content filter) with apt...");
  // The package's own service start fails without an init system; that is expected here, the
  // app starts its own instance.
  if (
    !run(["apt-get", "update", "-qq"]) ||
    !run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "rspamd"]) ||
    !existsSync(RSPAMD)
  )
    return { ok: false, reason: "apt-get could not install rspamd" };
  return { ok: true };
}

/** The resolver the filter asks: the app's DNS_SERVER, else the system's first nameserver. */
export function filterDnsServer(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.DNS_SERVER?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (configured && configured.length > 0) return configured.join(",");
  try {
    const line = readFileSync("/etc/resolv.conf", "utf8")
      .split("\n")
      .find((l) => /^nameserver\s+\S+/.test(l));
    const address = line?.split(/\s+/)[1];
    if (address) return address.includes(":") ? `[${address}]:53` : `${address}:53`;
  } catch {
    // no resolv.conf: fall through
  }
  return "127.0.0.1:53";
}

export interface RunningFilter {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export interface StartFilterOptions {
  port?: number;
  /** host:port of the resolver; default filterDnsServer(). */
  dnsServer?: string;
  /** How long to wait for the first answer. A first start compiles Rspamd's regular expressions (about a minute on 2 cores); later starts reuse the cache. */
  readyTimeoutMs?: number;
  log?: (line: string) => void;
}

export async function filterAnswers(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/ping`, { signal: AbortSignal.timeout(1000) });
    return response.ok && (await response.text()).trim() === "pong";
  } catch {
    return false;
  }
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Starts Rspamd with config/rspamd on 127.0.0.1:<port> and resolves once it answers /ping. */
export async function startContentFilter(options: StartFilterOptions = {}): Promise<RunningFilter> {
  const port = options.port ?? DEFAULT_FILTER_PORT;
  const url = `http://127.0.0.1:${port}`;
  const log = options.log ?? (() => undefined);
  if (!existsSync(RSPAMD)) throw new Error("rspamd is not installed (/usr/bin/rspamd is missing)");
  if (await filterAnswers(url))
    throw new Error(`something already answers on ${url}; stop it or choose another port`);

  // DBDIR keeps only the compiled regular expressions between runs; RUNDIR and LOGDIR (scan
  // history, pid, error log) are temporary and deleted at stop.
  const cacheDir = join(ROOT, "node_modules", ".cache", "bounce-doctor-rspamd");
  mkdirSync(cacheDir, { recursive: true });
  const runDir = mkdtempSync(join(tmpdir(), "bounce-doctor-rspamd-"));
  // Rspamd only sees links under a known top-level domain: add the reserved .test (RFC 2606)
  // so that the fixtures' link domains are links too. Harmless elsewhere: .test is never
  // delegated.
  writeFileSync(
    join(cacheDir, "effective_tld_names.dat"),
    `${readFileSync(SYSTEM_TLDS, "utf8")}\n// RFC 2606 reserved name, added by Bounce Doctor\ntest\n`,
  );
  const child = spawn(
    RSPAMD,
    [
      "-f",
      "-u",
      "root",
      "-g",
      "root",
      "-c",
      SYSTEM_CONFIG,
      `--var=LOCAL_CONFDIR=${join(ROOT, "config", "rspamd")}`,
      `--var=DBDIR=${cacheDir}`,
      `--var=RUNDIR=${runDir}`,
      `--var=LOGDIR=${runDir}`,
      `--var=FILTER_PORT=${port}`,
      `--var=FILTER_DNS=${options.dnsServer ?? filterDnsServer()}`,
    ],
    { detached: true, stdio: "ignore" },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error("rspamd did not start");
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      try {
        process.kill(-pid, "SIGTERM");
      } catch {
        // already gone
      }
      if (!(await exited(child, 5000))) {
        try {
          process.kill(-pid, "SIGKILL");
        } catch {
          // already gone
        }
        await exited(child, 2000);
      }
      rmSync(runDir, { recursive: true, force: true });
    })());

  const started = Date.now();
  const deadline = started + (options.readyTimeoutMs ?? 180_000);
  let said = false;
  while (!(await filterAnswers(url))) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const errors = existsSync(join(runDir, "rspamd.log"))
        ? readFileSync(join(runDir, "rspamd.log"), "utf8").split("\n").slice(-5).join("\n")
        : "";
      await stop();
      throw new Error(`rspamd exited while starting (code ${child.exitCode})\n${errors}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`rspamd did not answer on ${url} in time`);
    }
    if (!said && Date.now() - started > 5000) {
      log("Content filter (rspamd) is still starting; the first start compiles its rules.");
      said = true;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, pid, stop };
}

/** Resident memory of the filter's processes (main and workers), in MB, from /proc. */
export function filterRssMb(pid: number): number {
  let kb = 0;
  const read = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      kb += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    } catch {
      // gone
    }
  };
  read(pid);
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
    for (const c of children.split(/\s+/).filter(Boolean)) read(Number(c));
  } catch {
    // no children listed
  }
  return Math.round(kb / 1024);
}
