import { AppError } from "@/lib/errors";

/** How long a client may take to send its body, after the headers. */
export const BODY_TIMEOUT_MS = 15_000;

/**
 * Reads a request body up to `limit` bytes within BODY_TIMEOUT_MS. Content-Length is checked
 * first, then the bytes actually read: a client may send no length or a false one. A client
 * that hangs up mid-upload gets a client error (client_closed), not an internal one.
 */
export async function readBodyCapped(
  request: Request,
  limit: number,
  timeoutMs = BODY_TIMEOUT_MS,
): Promise<Uint8Array> {
  const tooLarge = () =>
    new AppError(
      "payload_too_large:diagnose",
      `The request is too large: the limit is ${Math.round(limit / 1000)} kB.`,
    );
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void reader.cancel().catch(() => undefined);
  }, timeoutMs);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      let step: ReadableStreamReadResult<Uint8Array>;
      try {
        step = await reader.read();
      } catch {
        if (timedOut) throw slow(timeoutMs);
        throw new AppError("client_closed:diagnose", "The upload was interrupted.");
      }
      if (timedOut) throw slow(timeoutMs);
      if (step.done) break;
      size += step.value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(step.value);
    }
  } finally {
    clearTimeout(timer);
  }
  if (request.signal?.aborted)
    throw new AppError("client_closed:diagnose", "The upload was interrupted.");
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body;
}

function slow(ms: number): AppError {
  return new AppError(
    "request_timeout:diagnose",
    `The request body did not arrive within ${Math.round(ms / 1000)} seconds.`,
  );
}
