// RFC 2047 encoded-words ("=?iso-8859-1?Q?caf=E9?=") in header values that the parser reads
// itself (original headers); the bounce's own header values are kept as sent (lib/mime/read-mime.ts).
import { exactDecoder } from "@/lib/mime/charsets";

const WORD = /=\?([A-Za-z0-9_.:*-]{1,40})\?([BbQq])\?([^?\s]{0,2000})\?=/g;

function decodeBytes(charset: string, bytes: Uint8Array): string | null {
  // A decoder keeps no state between calls without { stream: true }: a shared one (lib/mime's
  // cache) decodes as a new one would.
  return exactDecoder(charset.split("*")[0]!)?.decode(bytes) ?? null;
}

function base64Bytes(text: string): Uint8Array | null {
  try {
    const bin = atob(text.replace(/[^A-Za-z0-9+/=]/g, ""));
    // A loop, not Uint8Array.from with a callback (an iterator step and a call per byte).
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

function qBytes(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "_") out.push(32);
    else if (c === "=" && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(c.charCodeAt(0) & 0xff);
  }
  return Uint8Array.from(out);
}

export function decodeEncodedWords(value: string): string {
  if (!value.includes("=?")) return value;
  // Whitespace between two adjacent encoded-words is not part of the text (RFC 2047 section 6.2).
  return value
    .replace(/\?=[ \t]+=\?/g, "?==?")
    .replace(WORD, (whole, charset: string, enc: string, data: string) => {
      const bytes = enc.toUpperCase() === "B" ? base64Bytes(data) : qBytes(data);
      return (bytes && decodeBytes(charset, bytes)) ?? whole;
    });
}
