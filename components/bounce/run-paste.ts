// Runs a paste's diagnosis in the page's Web Worker (paste-worker.ts), with its stages as they
// come and a time limit: a worker past it is ended (the only way to stop its work) and the next
// paste starts a fresh one. Where Workers are missing, it runs on the page's thread.
import type { PasteResult, PasteStage } from "@/lib/paste/diagnose-paste";
import type { PasteReply, PasteRequest } from "./paste-worker";

/** Longest a paste may take in the worker before the page gives up on it. */
export const PASTE_TIME_LIMIT_MS = 15_000;

let worker: Worker | null = null;
let nextId = 1;

function startWorker(): Worker {
  worker ??= new Worker(new URL("./paste-worker.ts", import.meta.url), { type: "module" });
  return worker;
}

export async function runPaste(
  input: string | Uint8Array,
  onStage: (stage: PasteStage) => void,
): Promise<PasteResult> {
  if (typeof Worker === "undefined") {
    const { diagnosePaste } = await import("@/lib/paste/diagnose-paste");
    return diagnosePaste(input, onStage);
  }
  const w = startWorker();
  const id = nextId++;
  return new Promise<PasteResult>((resolve) => {
    const done = (result: PasteResult) => {
      clearTimeout(timer);
      w.removeEventListener("message", onMessage);
      w.removeEventListener("error", onError);
      resolve(result);
    };
    const onMessage = (event: MessageEvent<PasteReply>) => {
      if (event.data.id !== id) return;
      if ("stage" in event.data) onStage(event.data.stage);
      else done(event.data.result);
    };
    const onError = () => {
      worker?.terminate();
      worker = null;
      done({
        ok: false,
        message: "Something went wrong while reading this text. Please try again.",
      });
    };
    const timer = setTimeout(() => {
      worker?.terminate();
      worker = null;
      done({
        ok: false,
        message: `This text took more than ${PASTE_TIME_LIMIT_MS / 1000} seconds to read, so it was stopped. Paste the bounce without the attached original message or attachments.`,
      });
    }, PASTE_TIME_LIMIT_MS);
    w.addEventListener("message", onMessage);
    w.addEventListener("error", onError);
    const request: PasteRequest = { id, input };
    w.postMessage(request);
  });
}
