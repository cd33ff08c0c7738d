// Reading one input of the command line, up to a limit: a bounce is kilobytes, and a path such
// as /dev/zero or an endless pipe must not grow the process without bound. What is past the
// limit is left unread, and the caller says so.
//
// node:fs is taken with process.getBuiltinModule, not imported: an ES module import of a
// built-in makes its module facade, which reads every export of fs, and its lazy ones
// (ReadStream, promises) load Node's streams, readline and fs/promises modules: about 5 ms of
// CPU in each run of the command line, for nothing it uses.
const { closeSync, fstatSync, openSync, readSync } = process.getBuiltinModule("node:fs");

/** Bytes read from one input at most: the parser reads 2 million characters of it at most. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export interface InputBytes {
  bytes: Uint8Array;
  /** More was there than MAX_INPUT_BYTES (or the given limit). */
  truncated: boolean;
  /** The limit it was read with. */
  limit: number;
}

function joined(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c.subarray(0, Math.min(c.byteLength, size - at)), at);
    at += c.byteLength;
    if (at >= size) break;
  }
  return out;
}

/**
 * A file (or device) read synchronously, stopping at the limit. A regular file is read into a
 * buffer of its own size plus one byte (the byte shows whether it grew past the limit or since
 * the stat); a device or pipe, whose size is unknown, in 64 KiB steps. A fixed 1 MB buffer per
 * file was most of a batch run's time: allocating and zeroing it for every 10 KB bounce.
 */
export function readFileCapped(path: string, limit = MAX_INPUT_BYTES): InputBytes {
  const fd = openSync(path, "r");
  try {
    const stat = fstatSync(fd);
    const regular = stat.isFile() && stat.size > 0;
    const step = regular ? Math.min(stat.size + 1, limit + 1) : 1 << 16;
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const buffer = new Uint8Array(Math.min(step, limit + 1 - size));
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      chunks.push(buffer.subarray(0, n));
      size += n;
      if (size > limit) return { bytes: joined(chunks, limit), truncated: true, limit };
      // A regular file's short read is its end: no second read to learn it.
      if (regular && n < buffer.length) break;
    }
    if (chunks.length === 1) return { bytes: chunks[0]!, truncated: false, limit };
    return { bytes: joined(chunks, size), truncated: false, limit };
  } finally {
    closeSync(fd);
  }
}

/** A stream read until its end or the limit; past the limit it is no longer consumed. */
export async function readStreamCapped(
  stream: AsyncIterable<Uint8Array | string>,
  limit = MAX_INPUT_BYTES,
  before: readonly Uint8Array[] = [],
): Promise<InputBytes> {
  const chunks: Uint8Array[] = [...before];
  let size = 0;
  for (const c of chunks) size += c.byteLength;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    chunks.push(bytes);
    size += bytes.byteLength;
    if (size > limit) return { bytes: joined(chunks, limit), truncated: true, limit };
  }
  return { bytes: joined(chunks, size), truncated: false, limit };
}

/** What readFdCapped read: the input, or the part read before the descriptor would block. */
export type FdRead = { done: true; input: InputBytes } | { done: false; chunks: Uint8Array[] };

/**
 * An open descriptor (standard input) read synchronously in 64 KiB steps, stopping at its end
 * or the limit. Without process.stdin, whose getter loads Node's net, stream and tty modules
 * (about a tenth of a one-line run's CPU). A descriptor that would block (EAGAIN: a
 * non-blocking pipe or terminal) ends the read with what was read so far, for the caller to go
 * on with a stream.
 */
export function readFdCapped(fd: number, limit = MAX_INPUT_BYTES): FdRead {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const buffer = new Uint8Array(Math.min(1 << 16, limit + 1 - size));
    let n: number;
    try {
      n = readSync(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EAGAIN") return { done: false, chunks };
      throw error;
    }
    if (n === 0) break;
    chunks.push(buffer.subarray(0, n));
    size += n;
    if (size > limit)
      return { done: true, input: { bytes: joined(chunks, limit), truncated: true, limit } };
  }
  return { done: true, input: { bytes: joined(chunks, size), truncated: false, limit } };
}

/**
 * The bytes as ISO-8859-1 text, one character per byte (a copy, not a decode): what the input
 * limits (lib/limits) count on. TextDecoder's "latin1" is windows-1252, which maps 0x80-0x9F to
 * other characters (0x80 is the euro sign) at a tenth of the speed; the limits give the same
 * answer on either: they look for ASCII (line feeds, field names, "boundary=", "--"), white
 * space (no byte 0x80-0x9F is white space in either reading) and boundaries compared with
 * boundaries read the same way.
 */
export function latin1Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}
