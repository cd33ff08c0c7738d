// A worker thread of the diagnose pool (diagnose-pool.ts): runs one job at a time and answers
// with its id. Errors come back as their name only: messages may quote the pasted text.
import { parentPort } from "node:worker_threads";
import { runDiagnoseJob, type DiagnoseJob } from "./diagnose-job";

export interface WorkerRequest extends DiagnoseJob {
  id: number;
}

export type WorkerReply =
  | { id: number; ok: true; json: string }
  | { id: number; ok: false; message: string }
  | { id: number; ok: false; crashed: string };

const port = parentPort;
if (port) {
  port.on("message", (request: WorkerRequest) => {
    runDiagnoseJob(request).then(
      (result) => port.postMessage({ id: request.id, ...result } satisfies WorkerReply),
      (error: unknown) =>
        port.postMessage({
          id: request.id,
          ok: false,
          crashed: error instanceof Error ? error.name : typeof error,
        } satisfies WorkerReply),
    );
  });
  // Modules are loaded: from here on the pool's budget counts.
  port.postMessage({ ready: true });
}
