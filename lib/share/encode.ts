// Share payload ⇄ URL fragment. Format of version 1:
//
//   "1." + base64url( header ‖ deflate-raw(JSON, preset dictionary DICTIONARY_V1) )
//   header = crc32(JSON) [4 bytes, big-endian] ‖ varint(deflated length) ‖ varint(JSON length)
//            ‖ crc32(the header bytes before it) & 0xffff [2 bytes]
//
// The lengths tell a cut link (fewer bytes than announced: "truncated") from a changed one
// (checksum mismatch: "damaged"), let trailing junk be ignored, and let a hostile claim of a
// huge size be refused before any work. Decompression is streamed in small input chunks with a
// running output count, so a zip bomb stops at the bound instead of filling memory.
import { Inflate, deflateSync } from "fflate";
import { base64UrlDecode, base64UrlEncode } from "./base64url";
import { cleanFragment } from "./clean-fragment";
import { crc32 } from "./crc32";
import { DICTIONARY_V1 } from "./dictionary";
import { SHARE_PAYLOAD_VERSION, sharePayloadSchema, type SharePayload } from "./payload";

/** Largest JSON a link may inflate to. */
export const MAX_DECODED_BYTES = 512 * 1024;
/** Longest input decodeShareFragment looks at (a real link is far shorter; see MAX_LINK_LENGTH). */
export const MAX_FRAGMENT_INPUT_CHARS = 256 * 1024;

export type ShareDecodeError = "not-ours" | "damaged" | "truncated" | "newer-version" | "too-large";

export type ShareDecodeResult =
  { ok: true; payload: SharePayload } | { ok: false; error: ShareDecodeError; message: string };

const PREFIX = `${SHARE_PAYLOAD_VERSION}.`;
// Each pushed chunk can inflate to at most ~1032× its size (DEFLATE's best ratio), so
// 64-byte chunks keep one step under ~66 KB beyond the bound.
const INFLATE_CHUNK = 64;

const MESSAGES: Record<ShareDecodeError, string> = {
  "not-ours": "This is not a Bounce Doctor result link.",
  damaged:
    "This result link was changed on the way (a mail or chat program may have altered it). Ask the sender to copy the whole link again, or to send the report as text.",
  truncated:
    "This result link is incomplete: it was cut off, probably by a mail or chat program. Ask the sender to copy the whole link again, or to send the report as text.",
  "newer-version":
    "This result link was made by a newer version of Bounce Doctor. Reload the page to get the newest version, then open the link again.",
  "too-large":
    "This result link is larger than any result Bounce Doctor makes, so it was not opened.",
};

function fail(error: ShareDecodeError, detail?: string): ShareDecodeResult {
  return { ok: false, error, message: detail ? `${MESSAGES[error]} (${detail})` : MESSAGES[error] };
}

function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

/** Reads a varint of at most 5 bytes; null when the bytes end first, NaN when it is malformed. */
function readVarint(bytes: Uint8Array, at: { i: number }): number | null {
  let value = 0;
  for (let shift = 0, n = 0; n < 5; n++, shift += 7) {
    if (at.i >= bytes.length) return null;
    const b = bytes[at.i++]!;
    value += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return value;
  }
  return Number.NaN;
}

/**
 * Encode a payload as the part of a result link after "#". Throws a TypeError when the payload
 * does not satisfy the schema (a programming error: links must always decode).
 */
export function encodeShareFragment(payload: SharePayload): string {
  const checked = sharePayloadSchema.safeParse(payload);
  if (!checked.success)
    throw new TypeError(`invalid share payload: ${checked.error.issues[0]?.message ?? "?"}`);
  const json = new TextEncoder().encode(JSON.stringify(checked.data));
  const deflated = deflateSync(json, { level: 9, mem: 8, dictionary: DICTIONARY_V1 });
  const header: number[] = [];
  const sum = crc32(json);
  header.push(sum >>> 24, (sum >>> 16) & 255, (sum >>> 8) & 255, sum & 255);
  writeVarint(header, deflated.length);
  writeVarint(header, json.length);
  const headerCheck = crc32(Uint8Array.from(header)) & 0xffff;
  header.push(headerCheck >>> 8, headerCheck & 255);
  const bytes = new Uint8Array(header.length + deflated.length);
  bytes.set(header, 0);
  bytes.set(deflated, header.length);
  return PREFIX + base64UrlEncode(bytes);
}

/** Inflate at most `limit` bytes; null when the stream is invalid or exceeds the limit. */
function boundedInflate(data: Uint8Array, limit: number): Uint8Array | "too-large" | null {
  const parts: Uint8Array[] = [];
  let total = 0;
  let over = false;
  let finished = false;
  const inflate = new Inflate({ dictionary: DICTIONARY_V1 }, (chunk, final) => {
    total += chunk.length;
    if (total > limit) over = true;
    else parts.push(chunk);
    if (final) finished = true;
  });
  try {
    for (let i = 0; i < data.length && !over; i += INFLATE_CHUNK) {
      const end = Math.min(i + INFLATE_CHUNK, data.length);
      inflate.push(data.subarray(i, end), end === data.length);
    }
  } catch {
    return null;
  }
  if (over) return "too-large";
  if (!finished) return null;
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Decode a result link's fragment (or the whole link, or a pasted copy of it). Never throws. */
export function decodeShareFragment(fragment: string): ShareDecodeResult {
  try {
    return decodeUnsafe(fragment);
  } catch {
    // Every step is meant to return rather than throw; this is the last line of defence.
    return fail("damaged");
  }
}

function decodeUnsafe(fragment: string): ShareDecodeResult {
  if (typeof fragment !== "string") return fail("not-ours");
  if (fragment.length > MAX_FRAGMENT_INPUT_CHARS) return fail("too-large");
  const cleaned = cleanFragment(fragment);
  if (cleaned.kind === "not-ours") return fail("not-ours");
  if (cleaned.version > SHARE_PAYLOAD_VERSION) return fail("newer-version");
  if (cleaned.version !== SHARE_PAYLOAD_VERSION) return fail("not-ours");

  const bytes = base64UrlDecode(cleaned.body);
  if (bytes.length < 4) return fail("truncated");
  const at = { i: 4 };
  const compressedLength = readVarint(bytes, at);
  const jsonLength = compressedLength === null ? null : readVarint(bytes, at);
  if (compressedLength === null || jsonLength === null || at.i + 2 > bytes.length)
    return fail("truncated");
  if (Number.isNaN(compressedLength) || Number.isNaN(jsonLength)) return fail("damaged");
  const headerCheck = crc32(bytes.subarray(0, at.i)) & 0xffff;
  if (((bytes[at.i]! << 8) | bytes[at.i + 1]!) !== headerCheck) return fail("damaged");
  const dataStart = at.i + 2;
  if (jsonLength > MAX_DECODED_BYTES) return fail("too-large");
  if (bytes.length - dataStart < compressedLength) return fail("truncated");

  // Bytes past the announced length are trailing noise (a word glued to the link): ignored.
  const data = bytes.subarray(dataStart, dataStart + compressedLength);
  const json = boundedInflate(data, jsonLength);
  if (json === "too-large") return fail("damaged", "it expands beyond its announced size");
  if (json === null || json.length !== jsonLength) return fail("damaged");
  const expected = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  if (crc32(json) !== expected) return fail("damaged");

  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(json));
  } catch {
    return fail("damaged");
  }
  const parsed = sharePayloadSchema.safeParse(value);
  if (!parsed.success) return fail("damaged", "its contents are not a valid result");
  return { ok: true, payload: parsed.data };
}
