// The 4-character grams a text holds, as a gate before many literal searches over the same
// text: a literal with a gram the text lacks cannot occur in it, so its indexOf is skipped.
// Loading is one pass over the char codes with a rolling hash into a stamp table that is reused
// from text to text, so nothing is allocated per text.

/** Characters per gram. */
export const GRAM = 4;
const TABLE_BITS = 16;
/** How many slots gram hashes fall in (0 to GRAM_SLOTS - 1). */
export const GRAM_SLOTS = 1 << TABLE_BITS;

/**
 * The multiplier of slot()'s hash: the golden ratio's first 21 bits (0x9e3779b1 >>> 11), odd.
 * Fibonacci hashing takes the top TABLE_BITS of the product's low 32 bits. With 21 bits, a
 * packed gram (an int32) times it stays below 2^53, so a plain multiplication is exact and
 * `| 0` gives the low 32 bits, as Math.imul would: Maglev, the command line's top tier, calls
 * Math.imul as a builtin (no inline code), which made GramSet.load 2.4 times slower there
 * than this (13.4 us for 6,000 characters instead of 5.5; the same 3.7 us under TurboFan). On
 * the dev corpus's grams it spreads as the 32-bit multiplier did (58,983 slots for 151,604
 * grams against 59,277; a gram a text lacks passed its gate 2.24% of the time against 2.19%).
 */
export const GRAM_MULTIPLIER = 0x13c6ef;
/** The shift that keeps the product's top TABLE_BITS bits. */
export const GRAM_SHIFT = 32 - TABLE_BITS;

/**
 * A gram's four low bytes packed in 32 bits, mixed down to TABLE_BITS. Characters past U+00FF
 * share a slot with the one of their low byte: a gate may pass more, never fewer, texts. Loops
 * over a text's grams repeat this inline: no call per gram.
 */
function slot(packed: number): number {
  return ((packed * GRAM_MULTIPLIER) | 0) >>> GRAM_SHIFT;
}

/** The slot of the gram that starts at s[i]. */
export function gramHash(s: string, i: number): number {
  return slot(
    ((s.charCodeAt(i) & 0xff) << 24) |
      ((s.charCodeAt(i + 1) & 0xff) << 16) |
      ((s.charCodeAt(i + 2) & 0xff) << 8) |
      (s.charCodeAt(i + 3) & 0xff),
  );
}

/**
 * Marks for distinctGrams(): seen[h] === mark when hash h was already taken for the current
 * literal. One byte a slot (64 KB), cleared once in 255 literals: the table is built into the
 * command line's start-up snapshot, whose every byte stays resident through a run: 32-bit marks
 * (256 KB, never cleared) cost a run 384 KB more (192 KB in the blob, 192 in the heap).
 */
const seen = new Uint8Array(GRAM_SLOTS);
let mark = 0;

/**
 * The distinct gram hashes of a literal, in first-seen order: all must be in a text that
 * contains it. Empty for a literal shorter than a gram (it gates nothing). A mark table, not a
 * Set per literal: the catalogs' thousands of needles are compiled at start-up.
 */
export function distinctGrams(literal: string): number[] {
  if (++mark === 256) {
    seen.fill(0);
    mark = 1;
  }
  const out: number[] = [];
  for (let i = 0; i + GRAM <= literal.length; i++) {
    const h = gramHash(literal, i);
    if (seen[h] !== mark) {
      seen[h] = mark;
      out.push(h);
    }
  }
  return out;
}

/** distinctGrams as a typed array, for GramSet.mayHold. */
export function literalGrams(literal: string): Int32Array {
  return Int32Array.from(distinctGrams(literal));
}

/**
 * loadForAsciiGates' bytes, reused from text to text and grown when a text needs more (to a
 * multiple of 4 bytes), and the same memory as 32-bit words (utf8Words).
 */
let utf8Scratch = new Uint8Array(0);
let utf8Words = new Int32Array(0);
const utf8Encoder = new TextEncoder();

/**
 * Whether a 32-bit word read from memory holds its first byte in its low bits (every platform
 * Node and the browsers run on): loadForAsciiGates then reads four bytes a load.
 */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export class GramSet {
  /**
   * One byte per gram hash, the number of the load that last saw it: 64 KB, cleared once in 255
   * loads instead of per text. Measured against the 8 KB bit table this replaced (one bit per
   * hash, cleared per text, a read-modify-write per gram): loading 6,000 characters took 6.6 us
   * instead of 7.4 on the dev corpus. (A table of 32-bit stamps, 256 KB, missed the cache.)
   */
  private readonly stamps = new Uint8Array(GRAM_SLOTS);
  /** The current load's number, 1 to 255; no load yet: 1 with no stamp set, so nothing is held. */
  private stamp = 1;
  /**
   * The text last loaded ("" before the first load, which holds no gram either): a table that
   * shares this set (GramTable) skips a load of the same text.
   */
  text = "";

  /** Starts a load of `text`: a new stamp (every 255 loads the table is cleared). */
  private begin(text: string): number {
    this.text = text;
    if (++this.stamp === 256) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    return this.stamp;
  }

  load(text: string): void {
    const stamp = this.begin(text);
    const stamps = this.stamps;
    const n = text.length;
    if (n < GRAM) return;
    // The packed gram, shifted along the text: one character read per position. The first
    // gram's three leading characters are read before the loop, and the loop takes two grams a
    // turn: without a test per character for the start and with half the loop's own steps,
    // loading took about 0.7 of the time (2.8-3.0 us instead of 3.9 for the dev corpus's texts).
    let packed =
      ((text.charCodeAt(0) & 0xff) << 16) |
      ((text.charCodeAt(1) & 0xff) << 8) |
      (text.charCodeAt(2) & 0xff);
    let i = GRAM - 1;
    // slot() inline.
    for (; i + 1 < n; i += 2) {
      const first = (packed << 8) | (text.charCodeAt(i) & 0xff);
      packed = (first << 8) | (text.charCodeAt(i + 1) & 0xff);
      stamps[((first * GRAM_MULTIPLIER) | 0) >>> GRAM_SHIFT] = stamp;
      stamps[((packed * GRAM_MULTIPLIER) | 0) >>> GRAM_SHIFT] = stamp;
    }
    if (i < n) stamps[slot((packed << 8) | (text.charCodeAt(i) & 0xff))] = stamp;
  }

  /**
   * load(), for a set whose gates are all grams of ASCII literals (a literal outside ASCII must
   * not be gated by this set): the text's UTF-8 bytes (TextEncoder's encodeInto, native) are
   * read instead of its char codes. Every gram of four ASCII characters in the text is in its
   * bytes as it is (a character outside ASCII is encoded in bytes of 0x80 and up, which make no
   * ASCII gram), so no ASCII literal the text holds is ruled out; grams with other characters
   * hash otherwise than load()'s, which only changes how often a gate passes, never an answer.
   * Under Maglev (the command line's top tier) reading bytes took 17% fewer instructions than
   * reading char codes (callgrind, the dev corpus's 6,000-character probes: 92k a probe
   * against 110k).
   */
  loadForAsciiGates(text: string): void {
    const stamp = this.begin(text);
    const stamps = this.stamps;
    // At most three bytes a UTF-16 code unit.
    if (utf8Scratch.length < text.length * 3) {
      utf8Scratch = new Uint8Array((text.length * 3 + 3) & ~3);
      utf8Words = new Int32Array(utf8Scratch.buffer);
    }
    const b = utf8Scratch;
    const n = utf8Encoder.encodeInto(text, b).written;
    if (n < GRAM) return;
    // load()'s rolling gram over the bytes, each byte shifted in and every gram from the fourth
    // byte on stamped. Read four bytes a load from the words (low byte first): under Maglev (the
    // command line's top tier) every typed-array access is checked anew, and the byte loads were
    // about half of this function's instructions (the largest item of parseBounce on the dev
    // corpus, 58k a message).
    let packed = (b[0]! << 16) | (b[1]! << 8) | b[2]!;
    let i = GRAM - 1;
    if (LITTLE_ENDIAN) {
      // The fourth byte ends a word; the words after it are read whole.
      stamps[slot((packed << 8) | b[3]!)] = stamp;
      packed = (packed << 8) | b[3]!;
      const words = utf8Words;
      const whole = n >> 2;
      for (let w = 1; w < whole; w++) {
        const word = words[w]!;
        packed = (packed << 8) | (word & 0xff);
        stamps[((packed * GRAM_MULTIPLIER) | 0) >>> GRAM_SHIFT] = stamp;
        packed = (packed << 8) | ((word >> 8) & 0xff);
        stamps[((packed * GRAM_MULTIPLIER) | 0) >>> GRAM_SHIFT] = stamp;
        packed = (packed << 8) | ((word >> 16) & 0xff);
        stamps[((packed * GRAM_MULTIPLIER) | 0) >>> GRAM_SHIFT] = stamp;
        packed = (packed << 8) | ((word >>> 24) & 0xff);
        stamps[((packed * GRAM_MULTIPLIER) | 0) >>> GRAM_SHIFT] = stamp;
      }
      i = whole << 2;
    }
    for (; i < n; i++) {
      packed = (packed << 8) | b[i]!;
      stamps[((packed * GRAM_MULTIPLIER) | 0) >>> GRAM_SHIFT] = stamp;
    }
  }

  /** Whether the loaded text holds a gram with this hash (or one that shares its slot). */
  has(h: number): boolean {
    return this.stamps[h] === this.stamp;
  }

  /** False only when the loaded text certainly lacks a literal with these grams. */
  mayHold(grams: Int32Array): boolean {
    const stamps = this.stamps;
    const stamp = this.stamp;
    for (let k = 0; k < grams.length; k++) if (stamps[grams[k]!] !== stamp) return false;
    return true;
  }

  // The clearing branch in load(), run at start-up on a scratch set: taken first after load()
  // was optimised (the 255th load of a run), its call had no type feedback and deoptimised
  // load() once per run. Taken here, 256 calls in (past the calls after which V8 keeps a
  // function's feedback), it has feedback before load() is optimised.
  static {
    const warm = new GramSet();
    for (let k = 0; k < 256; k++) warm.load("");
    for (let k = 0; k < 256; k++) warm.loadForAsciiGates("");
  }
}

/**
 * The grams of a refusal's lower-case words (identifyProviders), shared with the phrase tables'
 * GramTable (read-refusal.ts): the normalised words they read are most often the same string
 * (344 of 360 loads on the dev corpus), loaded once instead of twice.
 */
export const WORD_GRAMS = new GramSet();
