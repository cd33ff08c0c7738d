// Precompiled signature matchers, built once at module load. A text is read once into a table
// of the 4-character grams it holds (one linear pass over char codes, no allocation); each
// needle then costs a few table look-ups, and indexOf / RegExp.exec runs only for needles
// whose rare grams are all present. No per-signature full-text scan for the ~1,000 entries
// that cannot match.
import { collapseWhitespace } from "@/lib/bounce/blank";
import {
  GRAM,
  GRAM_MULTIPLIER,
  GRAM_SHIFT,
  GRAM_SLOTS,
  GramSet,
  distinctGrams,
} from "@/lib/bounce/gram-set";
import { hostUnder } from "@/lib/bounce/host-under";
import { branchGrams, literalRun } from "@/lib/bounce/literal-gate";
import type { Needle, Signature } from "@/lib/knowledge/signatures";
import { maskCovers, maskedTokenAt, tokenRanges, type MaskedRanges } from "./text-index";

export { hostUnder };

/** A needle with the gram hashes that any text containing it must hold. */
export interface CompiledNeedle {
  needle: Needle;
  grams: readonly number[];
}

/**
 * A signature's conditions besides its words (status, reply code, who wrote the bounce, remote
 * host, SMTP command, the recipient's domain), every field present. The catalog's signatures
 * carry only the fields they use, so they come in dozens of shapes: reading their conditions
 * straight from them made each read in matchSignature and contextFits a megamorphic property
 * load (V8's --log-ic), done for every candidate signature of every recipient. A copy of one
 * shape, made once when the tables are compiled, is read with one map.
 */
export interface SignatureContext {
  status: readonly string[] | undefined;
  replyCode: Signature["replyCode"];
  writers: readonly string[] | undefined;
  rhosts: readonly string[] | undefined;
  commands: readonly string[] | undefined;
  recipientDomain: Signature["recipientDomain"];
}

/** The signature's context in the one shape of SignatureContext. */
export function signatureContext(sig: Signature): SignatureContext {
  return {
    status: sig.status,
    replyCode: sig.replyCode,
    writers: sig.writers,
    rhosts: sig.rhosts,
    commands: sig.commands,
    recipientDomain: sig.recipientDomain,
  };
}

export interface CompiledSignature {
  sig: Signature;
  /** sig's conditions besides its words, in one shape (signatureContext). */
  context: SignatureContext;
  tier: 1 | 2;
  any: readonly CompiledNeedle[];
  all: readonly CompiledNeedle[];
  none: readonly CompiledNeedle[];
}

export interface NeedleHit {
  /** The matched text, as it appears in the normalised string. */
  text: string;
  index: number;
}

/** How many grams of a needle are checked: the rarest ones (by frequency across the catalog). */
const GRAMS_PER_NEEDLE = 3;

/** What a hit must not lie inside: addresses, host names, URLs, identifiers. */
export interface Masks {
  /** Whether [start, end) lies wholly inside one masked range. */
  inside(start: number, end: number): boolean;
}

/** Masks given as their ranges (pairs, in order). */
function rangeMasks(ranges: Int32Array): Masks {
  return { inside: (start, end) => insideMask(ranges, start, end) };
}

/** The grams a text holds (a GramSet), with the text and its masked ranges. */
export class GramTable {
  private generation = 0;
  hay = "";
  /** The last token a hit was in (start, end, mask: maskedTokenAt), for the loaded text. */
  private readonly token = new Int32Array(3);
  private tokenFor = -1;
  /** Masked ranges of the loaded text, made only for an empty hit (see inside). */
  private masks: MaskedRanges | null = null;
  private masksFor = -1;

  /** The loaded text's grams, for other gates over the same text (concept-match.ts). */
  get gramSet(): GramSet {
    return this.grams;
  }

  /** Whether a text was loaded (before the first, the table holds no gram). */
  get loaded(): boolean {
    return this.generation > 0;
  }

  /**
   * `grams`: a set shared with another reader of the same texts (WORD_GRAMS), loaded only when
   * it holds another text; by default a set of this table's own.
   */
  constructor(private readonly grams: GramSet = new GramSet()) {}

  load(hay: string): void {
    this.hay = hay;
    this.generation++;
    if (this.grams.text !== hay) this.grams.load(hay);
  }

  /**
   * Whether the table holds this text's grams: it was loaded with it, and a shared set was not
   * loaded with another text since.
   */
  holds(hay: string): boolean {
    return this.generation > 0 && this.hay === hay && this.grams.text === hay;
  }

  /** The loaded text's addresses, host names, URLs and identifiers, asked hit by hit. */
  readonly masked: Masks = { inside: (start, end) => this.inside(start, end, false) };

  /** The loaded text's identifiers alone (a filter's rule names): no one's wording. */
  readonly identifiers: Masks = { inside: (start, end) => this.inside(start, end, true) };

  private inside(start: number, end: number, identifiersOnly: boolean): boolean {
    // An empty hit right after a masked range counts as inside it (insideMask): read the ranges.
    if (end <= start) {
      if (this.masksFor !== this.generation || !this.masks) {
        this.masks = tokenRanges(this.hay);
        this.masksFor = this.generation;
      }
      const m = identifiersOnly ? this.masks.identifiers : this.masks.all;
      return insideMask(m, start, end);
    }
    // The token that holds the hit, kept: the hits of one needle come in order, and many
    // inside one long token must not each read it again.
    const t = this.token;
    if (this.tokenFor !== this.generation || start < t[0]! || start >= t[1]!) {
      this.tokenFor = -1;
      if (!maskedTokenAt(this.hay, start, t)) return false;
      this.tokenFor = this.generation;
    }
    return maskCovers(t, end, identifiersOnly);
  }

  /** False only when the text certainly does not contain the needle. */
  mayHold(n: CompiledNeedle): boolean {
    const grams = this.grams;
    const hashes = n.grams;
    for (let k = 0; k < hashes.length; k++) if (!grams.has(hashes[k]!)) return false;
    return true;
  }

  /**
   * Indices of the signatures whose `any` needles may occur in the loaded text, in order. A
   * text shorter than the set has needles (a recipient's words: most are) is read gram by gram
   * for the needles whose rarest gram it holds (byFirstGram); a longer one goes down the flat
   * gate, one tight loop over typed arrays. Both give the same signatures, ascending, in a
   * view of the set's `found` array (read it before the next call on the same set).
   */
  candidates(set: SignatureSet): Int32Array {
    return this.hay.length < set.owner.length
      ? this.candidatesByText(set)
      : this.candidatesByGate(set);
  }

  /** candidates() down the flat gate: every needle's grams looked up. */
  candidatesByGate(set: SignatureSet): Int32Array {
    const { gate, owner, found: out } = set;
    const grams = this.grams;
    let n = 0;
    let last = -1;
    for (let i = 0, j = 0; i < owner.length; i++, j += GRAMS_PER_NEEDLE) {
      const o = owner[i] ?? 0;
      if (o === last) continue;
      const a = gate[j] ?? -1;
      const b = gate[j + 1] ?? -1;
      const c = gate[j + 2] ?? -1;
      if ((a < 0 || grams.has(a)) && (b < 0 || grams.has(b)) && (c < 0 || grams.has(c))) {
        out[n++] = o;
        last = o;
      }
    }
    return out.subarray(0, n);
  }

  /** candidates() for a short text: the needles whose first (rarest) gram the text holds. */
  candidatesByText(set: SignatureSet): Int32Array {
    const { firstStart, firstNeedles, firstBits, rankBase } = (set.byFirstGram ??=
      firstGramIndex(set));
    const gramless = set.gramless;
    const hay = this.hay;
    if (set.stamp === 0xffffffff) {
      set.seen.fill(0);
      set.stamp = 0;
    }
    const stamp = ++set.stamp;
    // The gramless needles, then those of each gram of the text: a needle passes when its
    // other two grams are in the text too.
    let n = this.takeNeedles(set, gramless, 0, gramless.length, stamp, 0);
    const length = hay.length;
    if (length < GRAM) return sortAscending(set.found, n);
    // Each gram's slot (gramHash) from the packed gram rolled along the text, inline: one
    // character read per position instead of four, and no call per gram.
    let packed =
      ((hay.charCodeAt(0) & 0xff) << 16) |
      ((hay.charCodeAt(1) & 0xff) << 8) |
      (hay.charCodeAt(2) & 0xff);
    for (let i = GRAM - 1; i < length; i++) {
      packed = (packed << 8) | (hay.charCodeAt(i) & 0xff);
      const h = ((packed * GRAM_MULTIPLIER) | 0) >>> GRAM_SHIFT;
      // Most grams begin no needle: an 8 KB bit table says so. One that begins some finds
      // them by its rank among the table's set bits (bitRank).
      const word = firstBits[h >>> 5]!;
      const bit = 1 << (h & 31);
      if ((word & bit) === 0) continue;
      const r = rankBase[h >>> 5]! + bitCount(word & (bit - 1));
      n = this.takeNeedles(set, firstNeedles, firstStart[r]!, firstStart[r + 1]!, stamp, n);
    }
    // Ascending, as the flat gate gives them (a signature's order is its rank among equals).
    return sortAscending(set.found, n);
  }

  /**
   * Adds to set.found, from its n-th place, the signatures of needles list[from, to) whose
   * other two gate grams the text holds, each once per call (set.seen at `stamp`); the new count.
   */
  private takeNeedles(
    set: SignatureSet,
    list: Int32Array,
    from: number,
    to: number,
    stamp: number,
    n: number,
  ): number {
    const { gate, owner, seen, found } = set;
    const grams = this.grams;
    for (let k = from; k < to; k++) {
      const i = list[k]!;
      const o = owner[i]!;
      if (seen[o] === stamp) continue;
      const b = gate[i * GRAMS_PER_NEEDLE + 1]!;
      const c = gate[i * GRAMS_PER_NEEDLE + 2]!;
      if ((b < 0 || grams.has(b)) && (c < 0 || grams.has(c))) {
        seen[o] = stamp;
        found[n++] = o;
      }
    }
    return n;
  }
}

/** Up to this many values are sorted in place by insertion; more by the native sort. */
const INSERTION_SORT_MAX = 32;

/**
 * a[0, n) in ascending order, in place (the returned view shares a's buffer, so a caller may
 * read a itself), and as a view. A short run (a recipient's words find a few
 * signatures) is sorted by insertion in place: TypedArray.prototype.sort copies the values to
 * a work array and back on every call, which cost more than the sorting itself. The values
 * are distinct, so both give the same order.
 */
export function sortAscending(a: Int32Array, n: number): Int32Array {
  if (n > INSERTION_SORT_MAX) return a.subarray(0, n).sort();
  for (let i = 1; i < n; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
  return a.subarray(0, n);
}

/** Compiled signatures with a flat gate over all their `any` needles. */
export interface SignatureSet {
  list: readonly CompiledSignature[];
  /** GRAMS_PER_NEEDLE gram hashes per needle, -1 for none. */
  gate: Int32Array;
  /** The signature index of each needle, in order (needles of one signature are adjacent). */
  owner: Int32Array;
  /**
   * The needles by their first gate gram, for candidatesByText; made on its first call: a set
   * whose texts are never shorter than its needles are many (the whole-text set: 5 needles)
   * never needs it, and its table has a slot per gram.
   */
  byFirstGram: FirstGramIndex | null;
  /** The needles with no gram (a literal shorter than a gram): candidates in every text. */
  gramless: Int32Array;
  /** Per signature, the stamp of the last candidates() call that took it. */
  seen: Uint32Array;
  stamp: number;
  /**
   * Room for the signatures one candidates() call finds: what it returns is a view of this,
   * good until the next call on the same set.
   */
  found: Int32Array;
}

/**
 * A set's needles by their first gate gram (the rarest), indexed by the gram's rank among the
 * first grams there are (how many set bits of firstBits come before its own), not by the gram:
 * a table with a slot per gram (65,537 entries, 128 KB) was read at a few places per text, each
 * read a cache miss once parsing had been through the caches, and the start-up snapshot held
 * it twice over. Ranks make it a table per first gram that occurs (about 2,000 entries).
 */
interface FirstGramIndex {
  /**
   * Those whose first gram has rank r are firstNeedles[firstStart[r] .. firstStart[r + 1]).
   */
  firstStart: Int32Array;
  firstNeedles: Int32Array;
  /** One bit per gram: set when some needle's first gram is it. */
  firstBits: Int32Array;
  /** Per 32-bit word of firstBits, how many bits are set in the words before it. */
  rankBase: Int32Array;
}

/** How many bits of a 32-bit integer are set (SWAR: no table, no call). */
function bitCount(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return ((x * 0x01010101) | 0) >>> 24;
}

export function signatureSet(list: readonly CompiledSignature[]): SignatureSet {
  const count = list.reduce((n, c) => n + c.any.length, 0);
  const gate = new Int32Array(count * GRAMS_PER_NEEDLE).fill(-1);
  const owner = new Int32Array(count);
  let i = 0;
  list.forEach((c, index) => {
    for (const n of c.any) {
      owner[i] = index;
      n.grams.forEach((h, k) => (gate[i * GRAMS_PER_NEEDLE + k] = h));
      i++;
    }
  });
  const gramless: number[] = [];
  for (let n = 0; n < count; n++) if (gate[n * GRAMS_PER_NEEDLE]! < 0) gramless.push(n);
  return {
    list,
    gate,
    owner,
    byFirstGram: null,
    gramless: Int32Array.from(gramless),
    seen: new Uint32Array(list.length),
    stamp: 0,
    found: new Int32Array(list.length),
  };
}

function firstGramIndex(set: SignatureSet): FirstGramIndex {
  const gate = set.gate;
  const count = set.owner.length;
  // The needles with a gram, ordered by first gram (then by index).
  const keyed: number[] = [];
  for (let n = 0; n < count; n++) if (gate[n * GRAMS_PER_NEEDLE]! >= 0) keyed.push(n);
  keyed.sort((x, y) => gate[x * GRAMS_PER_NEEDLE]! - gate[y * GRAMS_PER_NEEDLE]! || x - y);
  const firstBits = new Int32Array(GRAM_SLOTS >>> 5);
  for (const n of keyed) {
    const h = gate[n * GRAMS_PER_NEEDLE]!;
    firstBits[h >>> 5]! |= 1 << (h & 31);
  }
  const rankBase = new Int32Array(firstBits.length);
  let ranks = 0;
  for (let w = 0; w < firstBits.length; w++) {
    rankBase[w] = ranks;
    ranks += bitCount(firstBits[w]!);
  }
  // The start of each first gram's needles, by rank: the keyed list holds them in gram order.
  const firstStart = new Int32Array(ranks + 1);
  let r = 0;
  for (let k = 0; k < keyed.length; k++)
    if (k === 0 || gate[keyed[k]! * GRAMS_PER_NEEDLE] !== gate[keyed[k - 1]! * GRAMS_PER_NEEDLE])
      firstStart[r++] = k;
  firstStart[ranks] = keyed.length;
  return { firstStart, firstNeedles: Int32Array.from(keyed), firstBits, rankBase };
}

/**
 * The literal every match of `re` contains (lib/bounce/literal-gate.ts), as matching reads it:
 * lower case for an /i pattern; "" for a literal with capitals, which never occurs in the
 * lower-cased text the needles are matched against. An escaped punctuation character counts as
 * itself ("i.ua/err/1" of /i\.ua\/err\/1\b/, "(g14)" of /\(g14\)/): read as a break, it left
 * some thirty needles of the catalog with no literal as long as a gram, and each of them was a
 * candidate in every text (28 regular expressions run per message on the dev corpus, 58 hits in
 * 10,000 runs).
 */
export function requiredLiteral(re: RegExp): string {
  const best = literalRun(re, true);
  if (re.flags.includes("i")) return best.toLowerCase();
  return best === best.toLowerCase() ? best : "";
}

function prepare(n: Needle): Needle {
  if (typeof n === "string") return collapseWhitespace(n.toLowerCase());
  // Matching runs on lower-cased text; exec must have no state: a RegExp without g/y has none
  // and is shared as it is (building a new one per needle was most of the compile time).
  return n.global || n.sticky ? new RegExp(n.source, n.flags.replace(/[gy]/g, "")) : n;
}

/** The literal every match of a prepared needle contains (its gate): the string itself for a string. */
export function needleLiteral(n: Needle): string {
  return typeof n === "string" ? n : requiredLiteral(n);
}

/**
 * The gram hashes that every text a prepared needle matches holds: those of its literal; for a
 * pattern with an alternation at its top level, which has no one literal, those that every
 * branch's literal holds (branchGrams), so that /ptr record[^.]{0,80}rate limited|rate
 * limited[^.]{0,120}ptr record/ is gated by "rate limited" instead of being a candidate in
 * every text. (A branch with capitals in a pattern without /i never matches the lower-cased
 * text: whatever its grams, the gate holds for every match there is.)
 */
function needleGrams(needle: Needle): number[] {
  const literal = needleLiteral(needle);
  if (literal !== "" || typeof needle === "string") return distinctGrams(literal);
  const branches = branchGrams(needle);
  if (!branches) return [];
  const out: number[] = [];
  for (const h of branches[0]!) if (branches.every((b) => b.includes(h))) out.push(h);
  return out;
}

/** A needle prepared once, with the distinct gram hashes of its required literal. */
interface Prepared {
  needle: Needle;
  grams: number[];
}

/**
 * Gate grams computed before, by needleKey (a build step writes them for the command line,
 * lib/cli/gate-grams.ts): compileSignatures takes them instead of computing them.
 */
export type GateGrams = ReadonlyMap<string, readonly number[]>;

/** A prepared needle's key in GateGrams: the string itself, or the pattern as written. */
export function needleKey(n: Needle): string {
  return typeof n === "string" ? n : `/${n.source}/${n.flags}`;
}

/** The gate grams of compiled signatures, by needleKey (what GateGrams holds). */
export function gateGramsOf(
  lists: readonly (readonly CompiledSignature[])[],
): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const list of lists)
    for (const c of list)
      for (const n of [...c.any, ...c.all, ...c.none]) out[needleKey(n.needle)] = [...n.grams];
  return out;
}

/** The signatures compiled from known gate grams, or null when one of their needles is not known. */
function fromKnown(
  list: readonly Signature[],
  tier: 1 | 2,
  known: GateGrams,
): CompiledSignature[] | null {
  const compiled = new Map<Needle, CompiledNeedle>();
  let missing = false;
  const compile = (n: Needle): CompiledNeedle => {
    let c = compiled.get(n);
    if (!c) {
      const needle = prepare(n);
      const grams = known.get(needleKey(needle));
      if (!grams) missing = true;
      c = { needle, grams: grams ?? [] };
      compiled.set(n, c);
    }
    return c;
  };
  const out = list.map((sig) => compiledSignature(sig, tier, compile));
  return missing ? null : out;
}

/** A signature with its needles compiled by `compile`: one shape, whichever way they were. */
function compiledSignature(
  sig: Signature,
  tier: 1 | 2,
  compile: (n: Needle) => CompiledNeedle,
): CompiledSignature {
  return {
    sig,
    context: signatureContext(sig),
    tier,
    any: sig.match.map(compile),
    all: (sig.also ?? []).map(compile),
    none: (sig.unless ?? []).map(compile),
  };
}

export function compileSignatures(
  list: readonly Signature[],
  tier: 1 | 2,
  known?: GateGrams,
): CompiledSignature[] {
  const fast = known ? fromKnown(list, tier, known) : null;
  if (fast) return fast;
  // Each needle is prepared and its grams computed once, for both passes below.
  const prepared = new Map<Needle, Prepared>();
  const prep = (n: Needle): Prepared => {
    let p = prepared.get(n);
    if (!p) {
      const needle = prepare(n);
      p = { needle, grams: needleGrams(needle) };
      prepared.set(n, p);
    }
    return p;
  };
  // Gram frequency across the catalog's needles: rarer grams make sharper gates. Gram hashes
  // are below GRAM_SLOTS, so a typed array indexed by hash holds the counts.
  const freq = new Uint32Array(GRAM_SLOTS);
  for (const sig of list) for (const n of sig.match) for (const h of prep(n).grams) freq[h]!++;
  const compile = (n: Needle): CompiledNeedle => {
    const { needle, grams } = prep(n);
    return { needle, grams: rarest(grams, freq) };
  };
  return list.map((sig) => compiledSignature(sig, tier, compile));
}

/**
 * The GRAMS_PER_NEEDLE grams with the lowest frequency, least frequent first, ties in their
 * order in the needle (what a stable sort by frequency would put first), without sorting.
 */
function rarest(grams: readonly number[], freq: Uint32Array): number[] {
  if (grams.length <= 1) return grams.slice();
  const out: number[] = [];
  for (const h of grams) {
    const f = freq[h]!;
    let at = out.length;
    while (at > 0 && freq[out[at - 1]!]! > f) at--;
    if (at >= GRAMS_PER_NEEDLE) continue;
    out.splice(at, 0, h);
    if (out.length > GRAMS_PER_NEEDLE) out.pop();
  }
  return out;
}

/**
 * 1 for a letter (ASCII, Latin, Greek, Cyrillic), 2 for a digit, 0 otherwise. A word ends where
 * the class changes: "5.7.1Relay" (a status glued to the words, as iCloud writes it) holds "relay".
 */
function wordClass(c: number): 0 | 1 | 2 {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 1;
  if (c >= 48 && c <= 57) return 2;
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x52f)) return 1;
  return 0;
}

/** Whether the characters a and b belong to one word. */
function sameWord(a: number, b: number): boolean {
  const k = wordClass(a);
  return k !== 0 && k === wordClass(b);
}

/**
 * Endings a needle's last word may carry in the text: "rate limit" stands in "rate limited",
 * "invalid recipient" in "invalid recipients", "dmarc fail" in "DMARC Failure" (FireEye's
 * ETP205), but "as spam" not in "as spamming".
 */
const INFLECTIONS: readonly string[] = ["s", "es", "ed", "d", "ing", "ure", "ures"];

/** The length of the run of letters that starts at i, counted up to 5. */
function letterRun(hay: string, i: number): number {
  let j = i;
  while (j < hay.length && j - i <= 4 && wordClass(hay.charCodeAt(j)) === 1) j++;
  return j - i;
}

/**
 * Whether a string needle found at i stands as words: where the needle's own end is a word
 * character, the text's character beyond it must not continue that word ("as spam" is not in
 * "as spamming", "filtered" not in "unfiltered"), save for an inflection of the last word.
 * Ends that are punctuation or space need nothing.
 */
function atWordBoundaries(hay: string, i: number, n: string): boolean {
  if (i > 0 && sameWord(n.charCodeAt(0), hay.charCodeAt(i - 1))) return false;
  const end = i + n.length;
  if (end >= hay.length || !sameWord(n.charCodeAt(n.length - 1), hay.charCodeAt(end))) return true;
  const run = letterRun(hay, end);
  // Past the end: no letter (read within bounds: a read past the end deoptimised this).
  const after = end + run < hay.length ? hay.charCodeAt(end + run) : 0;
  return run <= 4 && wordClass(after) !== 1 && INFLECTIONS.includes(hay.slice(end, end + run));
}

/**
 * A needle that names an address, host, link or identifier itself ("zen.spamhaus.org",
 * "postmaster@", Orange's "lpn004_401").
 */
const TOKEN_TEXT = /[.@/:_]/;

/**
 * Whether [start, end) lies wholly inside one of the masked ranges (pairs, in order). A hit
 * that begins in the words and runs into a link ("refused - see http://...") is wording.
 */
function insideMask(masks: Int32Array, start: number, end: number): boolean {
  for (let k = 0; k < masks.length; k += 2) {
    const s = masks[k]!;
    if (s > start) return false;
    if (masks[k + 1]! >= end) return true;
  }
  return false;
}

/**
 * Whether a hit is wording: not text inside an address, host name or URL, unless the matched
 * text is itself such a token's (a blocklist's zone, a provider's help link).
 */
function isWording(masks: Masks | null, at: number, text: string): boolean {
  return !masks || TOKEN_TEXT.test(text) || !masks.inside(at, at + text.length);
}

/** Global copies of needle patterns, for looking past a hit that is not wording. */
const GLOBAL_COPIES = new WeakMap<RegExp, RegExp>();

/**
 * The first occurrence of a needle in hay as wording: a string needle at word boundaries, and
 * no hit inside an address, host name or URL (`masks`, from tokenRanges) unless the needle
 * names such a token itself.
 */
export function findNeedle(
  hay: string,
  n: Needle,
  masks: Int32Array | null = null,
): NeedleHit | null {
  return findNeedleMasked(hay, n, masks && masks.length > 0 ? rangeMasks(masks) : null);
}

function findNeedleMasked(hay: string, n: Needle, masks: Masks | null): NeedleHit | null {
  if (typeof n === "string") {
    for (let i = hay.indexOf(n); i >= 0; i = hay.indexOf(n, i + 1))
      if (atWordBoundaries(hay, i, n) && isWording(masks, i, n)) return { text: n, index: i };
    return null;
  }
  const m = n.exec(hay);
  if (!m) return null;
  if (isWording(masks, m.index, m[0])) return { text: m[0], index: m.index };
  let g = GLOBAL_COPIES.get(n);
  if (!g) {
    g = new RegExp(n.source, `${n.flags}g`);
    GLOBAL_COPIES.set(n, g);
  }
  g.lastIndex = m.index + 1;
  for (let k: RegExpExecArray | null; (k = g.exec(hay)) !== null;) {
    if (isWording(masks, k.index, k[0])) return { text: k[0], index: k.index };
    if (k[0] === "") g.lastIndex++;
  }
  return null;
}

/**
 * A needle's first hit in the loaded text. `wording`: the needle is generic wording (a keyword
 * catalog's), which text inside an address, host name or URL does not feed; a provider's own
 * entries may name its zones, hosts, codes and links, which live there. No needle reads inside
 * an identifier (a filter's rule name, "dnsbl_and_uribl") unless it names one itself.
 */
function findCompiled(table: GramTable, n: CompiledNeedle, wording: boolean): NeedleHit | null {
  if (!table.mayHold(n)) return null;
  return findNeedleMasked(table.hay, n.needle, wording ? table.masked : table.identifiers);
}

function statusFits(status: string | null, patterns: readonly string[] | undefined): boolean {
  if (!patterns) return true;
  if (!status) return false;
  for (let k = 0; k < patterns.length; k++) {
    const p = patterns[k]!;
    if (p.endsWith(".") ? status.startsWith(p) : status === p) return true;
  }
  return false;
}

/** Whether one of the writers wrote the bounce. */
function wroteIt(writers: readonly string[], by: ReadonlySet<string>): boolean {
  for (let k = 0; k < writers.length; k++) if (by.has(writers[k]!)) return true;
  return false;
}

/** Whether the host is one of the domains or a name under one. */
function hostUnderOneOf(host: string, domains: readonly string[]): boolean {
  for (let k = 0; k < domains.length; k++) if (hostUnder(host, domains[k]!)) return true;
  return false;
}

function replyFits(code: number | null, c: Signature["replyCode"]): boolean {
  if (c === undefined) return true;
  if (c === "none") return code === null;
  if (code === null) return false;
  if (c === "4xx") return code >= 400 && code < 500;
  if (c === "5xx") return code >= 500 && code < 600;
  return c.includes(code);
}

/** What is known about one recipient's refusal besides its words: the facts that per-MTA entries ask for. */
export interface MatchFacts {
  status: string | null;
  reply: number | null;
  /** The SMTP command the reply answered, upper case ("RCPT"), or null when the bounce does not say. */
  command: string | null;
  /** The remote host that answered, lower case, or null. */
  rhost: string | null;
  /** Who wrote the bounce: the parser's generator and any writer recognised from the text. */
  writers: ReadonlySet<string>;
  /** Whether the recipient's domain is the reporting MTA's own (null or absent when unknown). */
  recipientLocal?: boolean | null;
}

/** Whether a signature's per-MTA context (writers, remote host, SMTP command) holds for these facts. */
export function contextFits(sig: Partial<SignatureContext>, f: MatchFacts): boolean {
  // (Loops, not some() with a closure: this runs for every candidate signature.)
  if (sig.writers && !wroteIt(sig.writers, f.writers)) return false;
  if (sig.rhosts) {
    const host = f.rhost;
    if (!host || !hostUnderOneOf(host, sig.rhosts)) return false;
  }
  if (sig.commands && !sig.commands.includes(f.command ?? "NONE")) return false;
  if (sig.recipientDomain && !localityFits(sig.recipientDomain, f.recipientLocal)) return false;
  return true;
}

/** Whether what is known of the recipient domain's locality (null: not known) fits the entry's. */
function localityFits(
  wanted: NonNullable<Signature["recipientDomain"]>,
  local: boolean | null | undefined,
): boolean {
  if (wanted === "local") return local === true;
  if (wanted === "remote") return local === false;
  if (wanted === "unknown") return local === null || local === undefined;
  return local !== true;
}

/** The best hit of a signature in the loaded text, or null when it does not match. */
export function matchSignature(
  c: CompiledSignature,
  table: GramTable,
  f: MatchFacts,
): NeedleHit | null {
  if (
    !statusFits(f.status, c.context.status) ||
    !replyFits(f.reply, c.context.replyCode) ||
    !contextFits(c.context, f)
  )
    return null;
  const wording = c.tier === 2;
  let best: NeedleHit | null = null;
  // Indexed loops here and in the classifier's other per-message code: a for-of loop allocates
  // an iterator (and a result per step) wherever V8 does not inline the iteration.
  const { any, all, none } = c;
  for (let k = 0; k < any.length; k++) {
    const hit = findCompiled(table, any[k]!, wording);
    if (hit && (!best || hit.text.length > best.text.length)) best = hit;
  }
  if (!best) return null;
  for (let k = 0; k < all.length; k++) if (!findCompiled(table, all[k]!, wording)) return null;
  // An exception holds wherever its words are: read without masks.
  for (let k = 0; k < none.length; k++) if (findCompiled(table, none[k]!, false)) return null;
  return best;
}
