// A TextDecoder for a MIME charset label. TextDecoder knows the WHATWG Encoding Standard's
// labels; mail also writes vendor spellings of them (x-sjis, cp932, ks_c_5601, iso-8859-8-i,
// windows-31j). A label that still names nothing is read as Windows-1252, which decodes every
// byte, so that no part is refused for its charset.

/** Windows and IBM code page numbers whose encoding TextDecoder has under another name. */
const CODE_PAGES: ReadonlyMap<string, string> = new Map([
  ["932", "shift_jis"],
  ["936", "gbk"],
  ["949", "euc-kr"],
  ["950", "big5"],
  ["874", "windows-874"],
  ["51932", "euc-jp"],
  ["50220", "iso-2022-jp"],
  ["50221", "iso-2022-jp"],
  ["50222", "iso-2022-jp"],
]);

/** Labels (without separators or x-/cs prefixes) that name a supported encoding under another name. */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ["iso88598i", "iso-8859-8"],
  ["iso88598e", "iso-8859-8"],
  ["shiftjis", "shift_jis"],
  ["windows31j", "shift_jis"],
  ["mskanji", "shift_jis"],
  ["eucjp", "euc-jp"],
  ["iso2022jp", "iso-2022-jp"],
  ["iso2022jp1", "iso-2022-jp"],
  ["iso2022jp2", "iso-2022-jp"],
  ["junet", "iso-2022-jp"],
  ["euckr", "euc-kr"],
  ["uhc", "euc-kr"],
  ["tis620", "windows-874"],
]);

const CODE_PAGE = /^(?:cp|windows|ms|ibm)(\d{1,6})$/;

/** Decoders by label, null where TextDecoder refuses it. Bounded: labels come from messages. */
const cache = new Map<string, TextDecoder | null>();
const MAX_CACHED = 256;

function tryLabel(label: string): TextDecoder | null {
  const known = cache.get(label);
  if (known !== undefined) return known;
  let decoder: TextDecoder | null = null;
  if (label.length <= 40) {
    try {
      decoder = new TextDecoder(label);
    } catch {
      // not a label this runtime knows
    }
  }
  if (cache.size < MAX_CACHED) cache.set(label, decoder);
  return decoder;
}

const utf8 = new TextDecoder();

/**
 * A decoder for exactly this label (any case), with no alias or fallback: null when TextDecoder
 * refuses it. For a reader that keeps what it cannot decode as written (RFC 2047 encoded words).
 */
export function exactDecoder(label: string): TextDecoder | null {
  return tryLabel(label.toLowerCase());
}

/** A decoder for the charset label (UTF-8 when none is given). Never throws. */
export function decoderFor(charset: string | null | undefined): TextDecoder {
  const label = (charset || "utf8").trim().toLowerCase();
  const direct = tryLabel(label);
  if (direct) return direct;
  const bare = label.replace(/^(?:x-ms-|x-|cs)/, "").replace(/[\s._-]+/g, "");
  const page = CODE_PAGE.exec(bare)?.[1];
  const alias = (page && CODE_PAGES.get(page)) || ALIASES.get(bare) || bare;
  return tryLabel(alias) ?? tryLabel("windows-1252") ?? utf8;
}

/**
 * Encodings whose decoder refuses bytes written in another, and what a part so labelled is most
 * often written in instead: Japanese mail is labelled ISO-2022-JP (RFC 1468) while its bytes are
 * EUC-JP or Shift_JIS (KDDI's EZweb notices, sisimai/set-of-emails lhost-ezweb-05.eml); a label
 * of plain ASCII sits over UTF-8 or over another of the region's encodings. UTF-8 is tried
 * first: its byte patterns are the least likely to pass by chance.
 */
const MISLABELLED: ReadonlyMap<string, readonly string[]> = new Map([
  ["iso-2022-jp", ["euc-jp", "shift_jis"]],
  ["euc-jp", ["shift_jis"]],
  ["shift_jis", ["euc-jp"]],
  ["gbk", ["big5"]],
  ["gb18030", ["big5"]],
  ["big5", ["gb18030"]],
  ["euc-kr", []],
  ["iso-2022-kr", ["euc-kr"]],
]);

/** Labels of 7-bit ASCII: a byte above 0x7F under them says the label is wrong. */
const ASCII_LABELS = new Set(["us-ascii", "ascii", "us", "iso646-us", "ansi_x3.4-1968"]);

const fatalDecoders = new Map<string, TextDecoder>();

function fatal(encoding: string): TextDecoder {
  let d = fatalDecoders.get(encoding);
  if (!d) {
    d = new TextDecoder(encoding, { fatal: true });
    fatalDecoders.set(encoding, d);
  }
  return d;
}

/**
 * A text part's bytes as a string, read in its label's charset; when those bytes are not that
 * charset at all (its decoder refuses them, or a 7-bit label sits over 8-bit bytes), in the first
 * likely encoding that reads them without an error. Only when none does are they read as the
 * label says, with replacement characters. Never throws.
 */
export function decodeLabelled(bytes: Uint8Array, charset: string | null | undefined): string {
  const decoder = decoderFor(charset);
  const label = (charset ?? "").trim().toLowerCase();
  const ascii = ASCII_LABELS.has(label);
  // With no label, bytes that are not UTF-8 are read as Windows-1252, as a pasted text is
  // (lib/bounce/input.ts): the charset legacy mail clients fall back to.
  const others = label === "" ? ["windows-1252"] : ascii ? [] : MISLABELLED.get(decoder.encoding);
  if (!others) return decoder.decode(bytes);
  // Under an ASCII label, bytes that are all ASCII read the same in UTF-8: it is tried first.
  if (!ascii) {
    try {
      return fatal(decoder.encoding).decode(bytes);
    } catch {
      // Not the label's encoding: try the likely others below.
    }
  }
  for (const encoding of ["utf-8", ...others]) {
    if (encoding === decoder.encoding) continue;
    try {
      return fatal(encoding).decode(bytes);
    } catch {
      // not this one either
    }
  }
  return decoder.decode(bytes);
}

/**
 * Encodings that read every ASCII byte as that character, whatever decodeLabelled tries: UTF-8
 * and the ASCII-compatible single-byte ones (the WHATWG Encoding Standard maps bytes 0x00-0x7F
 * of each to U+0000-U+007F). Not ISO-2022-JP (its escapes switch sets), UTF-16, the CJK
 * multi-byte encodings (decodeLabelled may try others for them) or the replacement encoding.
 */
const ASCII_AS_WRITTEN =
  /^(?:utf-8|ibm866|iso-8859-(?:[2-8]|1[03-6])|koi8-[ru]|macintosh|windows-(?:874|125[0-8])|x-mac-cyrillic)$/;

/**
 * Whether decodeLabelled(bytes, charset) is the bytes' characters as they are when every byte
 * is ASCII: a caller that has them as a string already need not decode.
 */
export function readsAsciiAsWritten(charset: string | null | undefined): boolean {
  return ASCII_AS_WRITTEN.test(decoderFor(charset).encoding);
}
