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
