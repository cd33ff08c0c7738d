// Diagnosis off the request thread: a pool of worker threads, one per core, each with a memory
// ceiling, and a time budget per job. A job over budget has its worker terminated (and replaced)
// and is answered "over-budget", so one hostile paste costs at most the budget on one core and
// never stalls the server, which keeps answering on its own thread. Jobs beyond the workers wait
// in a bounded queue; past it, "busy".
//
// The worker is the bundled dist/diagnose-worker.mjs in production (built by `npm run build`,
// scripts/build-cli.mjs), else lib/server/diagnose-worker.ts run through tsx (dev, tests).
import "server-only";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { DiagnoseBodyJob } from "./diagnose-job";
import type { WorkerReply, WorkerRequest } from "./diagnose-worker";

export type PoolResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: "invalid" | "limit"; message: string }
  | { ok: false; reason: "over-budget" | "crashed" | "busy" };

export interface DiagnosePoolOptions {
  size?: number;
  /** Milliseconds of work one job may take in its worker. */
  budgetMs?: number;
  /** Jobs waiting for a worker, at most. */
  maxQueue?: number;
  /** Heap ceiling of each worker, in MB. */
  maxHeapMb?: number;
  workerPath?: string;
}

interface Pending {
  job: DiagnoseBodyJob;
  resolve: (result: PoolResult) => void;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded its modules: the budget counts work, not start-up. */
  ready: boolean;
  busy: Pending | null;
  timer: NodeJS.Timeout | null;
  id: number;
}

function defaultWorkerPath(): { path: string; execArgv: string[] } {
  const root = process.cwd();
  const bundled = join(root, "dist", "diagnose-worker.mjs");
  if (process.env.NODE_ENV === "production" && existsSync(bundled))
    return { path: bundled, execArgv: [] };
  return { path: join(root, "lib", "server", "diagnose-worker.ts"), execArgv: ["--import", "tsx"] };
}

export function envNumber(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export class DiagnosePool {
  readonly size: number;
  readonly budgetMs: number;
  private readonly maxQueue: number;
  private readonly maxHeapMb: number;
  private readonly script: { path: string; execArgv: string[] };
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: DiagnosePoolOptions = {}) {
    this.size = Math.max(1, options.size ?? availableParallelism());
    this.budgetMs = options.budgetMs ?? 3_000;
    this.maxQueue = options.maxQueue ?? 128;
    this.maxHeapMb = options.maxHeapMb ?? 512;
    this.script = options.workerPath
      ? {
          path: options.workerPath,
          execArgv: options.workerPath.endsWith(".ts") ? ["--import", "tsx"] : [],
        }
      : defaultWorkerPath();
  }

  /** Runs a job; its body's buffer is moved to the worker (the caller must not use it after). */
  run(job: DiagnoseBodyJob): Promise<PoolResult> {
    if (this.closed) return Promise.resolve({ ok: false, reason: "busy" });
    return new Promise<PoolResult>((resolve) => {
      const pending = { job, resolve };
      const slot = this.idleSlot();
      if (slot) this.start(slot, pending);
      else if (this.queue.length < this.maxQueue) this.queue.push(pending);
      else resolve({ ok: false, reason: "busy" });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.resolve({ ok: false, reason: "busy" });
    await Promise.all(this.slots.splice(0).map((slot) => this.retire(slot, "busy")));
  }

  private idleSlot(): Slot | undefined {
    const idle = this.slots.find((slot) => slot.busy === null);
    if (idle) return idle;
    if (this.slots.length < this.size) {
      const slot = this.spawn();
      this.slots.push(slot);
      return slot;
    }
    return undefined;
  }

  private spawn(): Slot {
    const worker = new Worker(this.script.path, {
      execArgv: this.script.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
      stdout: false,
      stderr: false,
    });
    worker.unref();
    const slot: Slot = { worker, ready: false, busy: null, timer: null, id: 0 };
    worker.on("message", (reply: WorkerReply | { ready: true }) => {
      if ("ready" in reply) {
        slot.ready = true;
        if (slot.busy && !slot.timer) this.startBudget(slot);
        return;
      }
      if (!slot.busy || reply.id !== slot.id) return;
      const pending = slot.busy;
      this.finish(slot);
      if (reply.ok) pending.resolve({ ok: true, bytes: reply.bytes });
      else if ("message" in reply)
        pending.resolve({ ok: false, reason: reply.kind, message: reply.message });
      else {
        console.warn(`[diagnose] worker failed on a job: ${reply.crashed}`);
        pending.resolve({ ok: false, reason: "crashed" });
      }
      this.next(slot);
    });
    // Out of memory or any other death: answer the job, replace the worker.
    const onGone = (what: string) => {
      if (!this.slots.includes(slot)) return;
      const pending = slot.busy;
      this.finish(slot);
      this.slots.splice(this.slots.indexOf(slot), 1);
      if (pending) {
        console.warn(`[diagnose] worker ${what} during a job; replaced`);
        pending.resolve({ ok: false, reason: "crashed" });
      }
      this.drain();
    };
    worker.on("error", (error) => onGone(`error (${error.name})`));
    worker.on("exit", (code) => onGone(`exit (${code})`));
    return slot;
  }

  private start(slot: Slot, pending: Pending): void {
    slot.busy = pending;
    slot.id = this.nextId++;
    slot.worker.ref();
    if (slot.ready) this.startBudget(slot);
    const request: WorkerRequest = { id: slot.id, ...pending.job };
    const body = pending.job.body;
    // A body that owns its whole buffer moves to the worker; a view into a larger one is copied.
    const movable = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength;
    slot.worker.postMessage(request, movable ? [body.buffer as ArrayBuffer] : []);
  }

  private startBudget(slot: Slot): void {
    slot.timer = setTimeout(() => {
      // Over budget: the only way to stop synchronous work in a thread is to end the thread.
      const job = slot.busy;
      this.slots.splice(this.slots.indexOf(slot), 1);
      this.finish(slot);
      void slot.worker.terminate();
      job?.resolve({ ok: false, reason: "over-budget" });
      this.drain();
    }, this.budgetMs);
  }

  /** Starts every worker now, so that the first requests do not wait for module loading. */
  warm(): this {
    while (!this.closed && this.slots.length < this.size) this.slots.push(this.spawn());
    return this;
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.busy = null;
    slot.worker.unref();
  }

  private next(slot: Slot): void {
    const pending = this.queue.shift();
    if (pending) this.start(slot, pending);
  }

  private drain(): void {
    while (this.queue.length > 0) {
      const slot = this.idleSlot();
      if (!slot) return;
      this.start(slot, this.queue.shift()!);
    }
  }

  private async retire(slot: Slot, reason: "busy"): Promise<void> {
    const pending = slot.busy;
    this.finish(slot);
    pending?.resolve({ ok: false, reason });
    await slot.worker.terminate();
  }
}

let shared: DiagnosePool | null = null;

/** Threads by default: one per core but one, which stays with the request thread, so that
 *  diagnoses never take the CPU that answers other requests (at least one). */
export function defaultPoolSize(cores = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

/** The process's pool: DIAGNOSE_WORKERS threads (default: defaultPoolSize), DIAGNOSE_BUDGET_MS each. */
export function getDiagnosePool(): DiagnosePool {
  shared ??= new DiagnosePool({
    size: envNumber("DIAGNOSE_WORKERS", defaultPoolSize()),
    budgetMs: envNumber("DIAGNOSE_BUDGET_MS", 3_000),
  }).warm();
  return shared;
}
