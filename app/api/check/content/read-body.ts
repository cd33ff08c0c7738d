import { AppError } from "@/lib/errors";

/**
 * The request body, up to `limit` bytes: the bytes actually read are counted, since a client
 * may send no Content-Length or a false one.
 */
export async function readMessageBody(request: Request, limit: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new AppError(
        "payload_too_large:check",
        `The message is too large to review: the limit is ${limit / 1024 / 1024} MB.`,
      );
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body;
}
