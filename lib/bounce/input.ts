// Turns whatever was pasted or dropped (text or raw bytes) into one bounded string with LF
// line ends. Bytes that are not valid UTF-8 are read as windows-1252, the charset most
// legacy mail clients fall back to, so nothing is ever refused for its encoding.

/** Characters parsed at most; the rest of a huge paste is ignored (with a warning). */
export const MAX_PARSE_CHARS = 2_000_000;

export interface DecodedInput {
  text: string;
  /** The text is mostly control bytes: not a bounce anyone can read. */
  binary: boolean;
  /**
   * The input was bytes and the text is exactly their characters, one per byte: every byte
   * ASCII (read as UTF-8), and nothing taken out or changed (no BOM, no cut, no CR, no control
   * bytes replaced). A reader of the bytes may then read the text in their place.
   */
  ascii: boolean;
  /**
   * The bytes' characters, one per byte, when the input was bytes and every byte is ASCII (read
   * as UTF-8 to as many characters as bytes), whatever was done to `text` after (line ends
   * normalized, control bytes replaced); else null. With no CR in the bytes and nothing taken
   * out, it is `text` itself (`ascii`). A reader of the bytes may read this string in their
   * place: a message with CRLF line ends, the wire format (RFC 5322 section 2.1), too.
   */
  asciiBytes: string | null;
  warnings: string[];
}

/** The warning for bytes read as Windows-1252 because they are not UTF-8. */
export const NOT_UTF8_WARNING = "The text is not UTF-8; it was read as Windows-1252.";

const utf8 = new TextDecoder("utf-8", { fatal: true });
const latin = new TextDecoder("windows-1252");

function bytesToString(bytes: Uint8Array, warnings: string[]): string {
  const cut = bytes.length > MAX_PARSE_CHARS * 3;
  const bounded = cut ? bytes.subarray(0, MAX_PARSE_CHARS * 3) : bytes;
  // A cut may split a multi-byte sequence: try dropping up to 3 trailing bytes.
  for (let drop = 0; drop <= (cut ? 3 : 0); drop++) {
    try {
      return utf8.decode(bounded.subarray(0, bounded.length - drop));
    } catch {
      // not UTF-8 (yet): try the next cut, then fall back
    }
  }
  warnings.push(NOT_UTF8_WARNING);
  return latin.decode(bounded);
}

/**
 * The characters controlShare counts: the C0 controls but tab, LF, FF and CR; DEL; U+FFFD (what
 * a decoder put in place of bytes it could not read).
 */
const CONTROL_CHARS: readonly string[] = (() => {
  const out: string[] = [];
  for (let c = 0; c < 0x20; c++)
    if (c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) out.push(String.fromCharCode(c));
  out.push("\u007f", "\ufffd");
  return out;
})();

/**
 * Whether the text holds none of CONTROL_CHARS: one native search (indexOf) of the text per
 * character. Most texts hold none, so each search runs to the end, and a search for one
 * character in a one-byte string is memchr: callgrind on the dev corpus's ASCII messages counted
 * 19k instructions a message against 42k for a loop over the bytes four at a time, and 57k for
 * the pattern /^[^...]*$/ (all under Maglev, the command line's top tier).
 */
export function hasNoControl(text: string): boolean {
  for (let k = 0; k < CONTROL_CHARS.length; k++)
    if (text.indexOf(CONTROL_CHARS[k]!) !== -1) return false;
  return true;
}

// CONTROL_CHARS as one pattern, for texts that are not known to be ASCII (a pasted string may be
// held as two bytes a character, where a search per character is no memchr). Written as "the
// whole text is free of them" (one anchored greedy run, linear) rather than as a search for one
// of them, which tries a match at every position: measured about 1.5 times as fast.
const NO_CONTROL = /^[^\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]*$/;

/**
 * Share of control characters (other than tab, LF, CR, FF) in the first 64 KiB. `ascii`: every
 * character of the text is ASCII (bytes so decoded, one character a byte).
 */
function controlShare(text: string, ascii: boolean): { share: number; hasNul: boolean } {
  const n = Math.min(text.length, 65_536);
  const head = n === text.length ? text : text.slice(0, n);
  if (ascii ? hasNoControl(head) : NO_CONTROL.test(head)) return { share: 0, hasNul: false };
  let control = 0;
  let hasNul = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) hasNul = true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || c === 0xfffd)
      control++;
  }
  return { share: n === 0 ? 0 : control / n, hasNul };
}

export function decodeInput(input: string | Uint8Array): DecodedInput {
  const warnings: string[] = [];
  let text: string;
  if (typeof input === "string") {
    text = input;
  } else {
    text = bytesToString(input, warnings);
  }
  // Decoded as UTF-8 to as many characters as bytes: each byte was one ASCII character.
  const asRead =
    typeof input !== "string" && warnings.length === 0 && text.length === input.length
      ? text
      : null;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length > MAX_PARSE_CHARS) {
    text = text.slice(0, MAX_PARSE_CHARS);
    warnings.push(
      `The text is very long; only its first ${(MAX_PARSE_CHARS / 1_000_000).toFixed(0)} million characters were read.`,
    );
  }
  // The text is then the bytes' characters from the first on (no BOM, which is no ASCII).
  const { share, hasNul } = controlShare(text, asRead !== null);
  const binary = share > 0.1 || (hasNul && share > 0.01);
  if (binary) {
    warnings.push("This looks like a binary file, not the text of a bounce message.");
    // Keep only printable runs so that nothing downstream chokes on control bytes.
    text = text.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]+/g, " ");
  }
  // Decomposed accents ("Uz\u030civatel", as macOS and some mail programs paste them) are
  // composed (Unicode NFC), so the words read as the knowledge writes them ("uživatel"). The
  // text is the one spans index into, so composing here keeps every offset right; a text of
  // ASCII bytes has no combining mark to compose.
  if (asRead === null && COMBINING_MARK.test(text)) text = text.normalize("NFC");
  const normalized = normalizeLineEnds(text);
  // The same string object when nothing above changed it (normalizeLineEnds returns its input
  // when there is no CR).
  return { text: normalized, binary, warnings, ascii: normalized === asRead, asciiBytes: asRead };
}

/**
 * The bytes one to a character (ISO 8859-1: each byte its own code point), so that indices in
 * the string are byte offsets. Browser-safe: no Buffer.
 */
export function latin1Of(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192)
    out += String.fromCharCode(...bytes.subarray(i, Math.min(i + 8192, bytes.length)));
  return out;
}

/** A combining diacritical mark (U+0300-U+036F): one that NFC may compose with the letter before it. */
const COMBINING_MARK = /[\u0300-\u036f]/;

export function normalizeLineEnds(text: string): string {
  // Most texts have no CR at all: one indexOf instead of a replace that copies the text.
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
}
