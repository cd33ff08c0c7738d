// An in-memory Blob that joins postal-mime's body chunks (lib/mime/postal-mime.ts hands each
// decoder's chunks to it before the decoder builds its own Blob, in every build).
// postal-mime's decoders gather a part's body as one chunk per line and join the chunks with
// `new Blob(chunks).arrayBuffer()`. Node's Blob is built for large binary data handed between
// threads: each one is a native object, every string chunk is encoded on its own, and reading
// it back goes through a stream reader. Over the 361 corpus messages that was about a sixth
// of the whole run. Joining the chunks here gives the same bytes (Blob's constructor encodes
// strings as UTF-8, as TextEncoder does, and takes buffers and views as they are).
type BlobPart = ArrayBuffer | ArrayBufferView | string | ConcatBlob;

const encoder = new TextEncoder();

function partBytes(part: BlobPart): Uint8Array {
  if (typeof part === "string") return encoder.encode(part);
  if (part instanceof ConcatBlob) return part.bytes;
  if (ArrayBuffer.isView(part))
    return new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
  return new Uint8Array(part);
}

export class ConcatBlob {
  /** The joined bytes; readers get copies, as from a Blob. */
  readonly bytes: Uint8Array;
  readonly type: string;

  constructor(parts: Iterable<BlobPart> = [], options: { type?: string } = {}) {
    // A one-character ASCII string (the decoders' "\n" after every line) is kept as its byte.
    const pieces: (Uint8Array | number)[] = [];
    let size = 0;
    for (const part of parts) {
      if (typeof part === "string" && part.length === 1 && part.charCodeAt(0) < 0x80) {
        pieces.push(part.charCodeAt(0));
        size += 1;
      } else {
        const bytes = partBytes(part);
        pieces.push(bytes);
        size += bytes.byteLength;
      }
    }
    const joined = new Uint8Array(size);
    let at = 0;
    for (const piece of pieces) {
      if (typeof piece === "number") joined[at++] = piece;
      else {
        joined.set(piece, at);
        at += piece.byteLength;
      }
    }
    this.bytes = joined;
    // Blob lower-cases the type and drops it when it has characters outside U+0020-U+007E.
    const type = options.type ?? "";
    this.type = /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : "";
  }

  get size(): number {
    return this.bytes.byteLength;
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.bytes.slice().buffer);
  }
}
