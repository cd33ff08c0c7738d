// postal-mime, with each body part's lines joined in one pass. Its decoders (pass-through,
// base64, quoted-printable) gather a part as one chunk per line and join them with
// `new Blob(chunks)`, which costs about 10 us per chunk in Node: a part of 500,000 short lines
// took seconds. Here every decoder's chunks are joined by ConcatBlob just before its own
// finalize runs, so that finalize builds its Blob from at most two parts (the joined chunks and
// the buffer it flushes last). The same bytes come out (concat-blob.test.ts holds ConcatBlob to
// Blob's output), and this one module serves the server, the browser and the command line,
// because it is plain code on postal-mime's objects rather than a build-time substitution.
//
// postal-mime exports neither its MIME node nor its decoders, so the hook is installed on the
// node's prototype, reached from a parser's root node, once. What it relies on is checked
// (postal-mime.test.ts fails if a postal-mime update moves it): a `setupContentDecoder` method
// that leaves a decoder with a `chunks` array and a `finalize` method on the node.
import PostalMime from "postal-mime";
import type { Email, PostalMimeOptions, RawEmail } from "postal-mime";
import { ConcatBlob } from "./concat-blob";

interface BodyDecoder {
  chunks?: unknown;
  finalize(): unknown;
}

interface MimeNodeShape {
  contentDecoder: BodyDecoder | null;
  setupContentDecoder(transferEncoding: string): void;
}

type ChunkPart = ConstructorParameters<typeof ConcatBlob>[0] extends Iterable<infer P> | undefined
  ? P
  : never;

const hooked = new WeakSet<object>();

function joinChunksBeforeFinalize(decoder: BodyDecoder): void {
  const finalize = decoder.finalize;
  decoder.finalize = function (this: BodyDecoder) {
    if (Array.isArray(this.chunks) && this.chunks.length > 1)
      this.chunks = [new ConcatBlob(this.chunks as ChunkPart[]).bytes];
    return finalize.call(this);
  };
}

function hookNodePrototype(proto: MimeNodeShape): void {
  if (hooked.has(proto)) return;
  hooked.add(proto);
  const setup = proto.setupContentDecoder;
  if (typeof setup !== "function") return;
  proto.setupContentDecoder = function (this: MimeNodeShape, transferEncoding: string) {
    setup.call(this, transferEncoding);
    const decoder = this.contentDecoder;
    if (decoder && Array.isArray(decoder.chunks) && typeof decoder.finalize === "function")
      joinChunksBeforeFinalize(decoder);
  };
}

/** PostalMime.parse with the one-pass line joining (see above). */
export async function parseEmail(raw: RawEmail, options?: PostalMimeOptions): Promise<Email> {
  const parser = new PostalMime(options);
  const root = (parser as unknown as { root?: object }).root;
  if (root) hookNodePrototype(Object.getPrototypeOf(root) as MimeNodeShape);
  return parser.parse(raw);
}
