// A worker thread of the diagnose pool (diagnose-pool.ts): runs one job at a time and answers
// with its id. Errors come back as their name only: messages may quote the pasted text.
import { parentPort } from "node:worker_threads";
import { forgetLastInput } from "@/lib/bounce/forget-input";
import { runDiagnoseBody, type DiagnoseBodyJob } from "./diagnose-job";

export interface WorkerRequest extends DiagnoseBodyJob {
  id: number;
}

export type WorkerReply =
  | { id: number; ok: true; bytes: Uint8Array }
  | { id: number; ok: false; kind: "invalid" | "limit"; message: string }
  | { id: number; ok: false; crashed: string };

const port = parentPort;
if (port) {
  port.on("message", (request: WorkerRequest) => {
    runDiagnoseBody(request)
      // The paste is not kept in this long-lived thread's memos once its answer is computed.
      .finally(forgetLastInput)
      .then(
        (result) => {
          const reply = { id: request.id, ...result } satisfies WorkerReply;
          // The answer's bytes move to the request thread rather than being copied.
          port.postMessage(reply, result.ok ? [result.bytes.buffer as ArrayBuffer] : []);
        },
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
