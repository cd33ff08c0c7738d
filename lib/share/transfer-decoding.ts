// Content-Transfer-Encoding (RFC 2045 §6) and charset decoding of one part's body, synchronous
// so that the share preview can run it while the user toggles redaction. Only used for the
// HTML part of an HTML-only bounce, which redaction turns into text.
import { base64UrlDecode } from "./base64url";

function utf8Bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** Quoted-printable (RFC 2045 §6.7): "=XX" is a byte, "=" at a line end a soft break. */
export function decodeQuotedPrintable(body: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x3d) {
      const a = hexValue(body.charCodeAt(i + 1));
      const b = hexValue(body.charCodeAt(i + 2));
      if (a >= 0 && b >= 0) {
        out.push(a * 16 + b);
        i += 2;
        continue;
      }
      // Soft line break: "=" then optional transport padding then the line break.
      let j = i + 1;
      while (body[j] === " " || body[j] === "\t") j++;
      if (body[j] === "\r" && body[j + 1] === "\n") j++;
      if (body[j] === "\n") {
        i = j;
        continue;
      }
    }
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    // Not ASCII (a QP body should not have it, a paste may): its UTF-8 bytes, pairs kept whole.
    const cp = body.codePointAt(i)!;
    for (const byte of utf8Bytes(String.fromCodePoint(cp))) out.push(byte);
    if (cp > 0xffff) i++;
  }
  return Uint8Array.from(out);
}

/** Base64 (RFC 2045 §6.8): characters outside the alphabet are ignored, as the RFC says. */
export function decodeBase64(body: string): Uint8Array {
  return base64UrlDecode(
    body
      .replace(/[^A-Za-z0-9+/]/g, "")
      .replace(/\+/g, "-")
      .replace(/\//g, "_"),
  );
}

function decodeCharset(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset || "utf-8").decode(bytes);
  } catch {
    // A label the runtime does not know (RangeError): UTF-8, replacing what is not.
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/**
 * A body's text. 7bit/8bit/binary bodies are already text in the paste (their charset was
 * applied when the mail was read), so they are returned as they are.
 */
export function decodeBodyText(body: string, encoding: string, charset: string): string {
  if (encoding === "quoted-printable") return decodeCharset(decodeQuotedPrintable(body), charset);
  if (encoding === "base64") return decodeCharset(decodeBase64(body), charset);
  return body;
}
