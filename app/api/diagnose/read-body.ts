import { AppError } from "@/lib/errors";

/**
 * Reads a request body up to `limit` bytes. Content-Length is checked first, then the bytes
 * actually read: a client may send no length or a false one.
 */
export async function readBodyCapped(request: Request, limit: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new AppError(
      "payload_too_large:diagnose",
      `The request is too large: the limit is ${Math.round(limit / 1000)} kB.`,
    );
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
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
      throw tooLarge();
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
