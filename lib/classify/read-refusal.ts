// The features of one Refusal's words: phrases and concepts in the server's own words, and the
// wordings that leave several causes possible. Each carries its weight from the data. The
// features of its codes are ./code-features.ts's.
import { CAUSES, type CauseId } from "@/lib/causes/causes";
import type { Refusal } from "@/lib/bounce/refusal";
import type { Span } from "@/lib/bounce/types";
import { PROVIDER_ORIGINS } from "@/lib/knowledge/bounce-writers";
import {
  POSSIBILITY_WORDINGS,
  type PossibilityWording,
} from "@/lib/knowledge/scoring/possibility-wordings";
import { WEIGHTS } from "@/lib/knowledge/scoring/weights";
import { WORD_GRAMS, literalGrams } from "@/lib/bounce/gram-set";
import { gatePattern } from "@/lib/bounce/literal-gate";
import { findConcepts, isWordChar } from "./concept-match";
import { exampleLists } from "./enumeration";
import type { Feature } from "./features";
import { lowerCaseGate } from "./lower-case-gate";
import { statusReading } from "./status-reading";
import {
  contextFits,
  GramTable,
  matchSignature,
  needleLiteral,
  type CompiledSignature,
  type MatchFacts,
  type SignatureSet,
} from "./matcher";
import { phrases, type Built, type PhraseRule } from "./phrase-rules";
import {
  heldToStatus,
  identified,
  markCodesRead,
  pageCodes,
  pageStatusFits,
  READ_STATUS,
} from "./code-readers";

/** Reused for every text: classification is synchronous, so one table serves all calls. */
const GRAMS = new GramTable(WORD_GRAMS);
/**
 * The bounce's whole text, read for every recipient: loaded once per text (a bounce for many
 * recipients loaded it once per recipient, which capped how many could be diagnosed).
 */
const WHOLE_TEXT_GRAMS = new GramTable();

/** The required literals of each whole-text signature's `any` needles, made on first use. */
const ANY_LITERALS = new WeakMap<CompiledSignature, readonly string[]>();

/**
 * Whether one of the signature's `any` needles may occur in the text: its required literal
 * does ("" when it has none). The whole-text signatures are few and the text is long, so a
 * few searches cost less than loading the text's grams; no needle matches without its literal.
 */
function anyLiteralIn(c: CompiledSignature, text: string): boolean {
  let literals = ANY_LITERALS.get(c);
  if (!literals) {
    literals = c.any.map((n) => needleLiteral(n.needle));
    ANY_LITERALS.set(c, literals);
  }
  return literals.some((l) => text.includes(l));
}

/** The bounce's whole text, made on first need. */
export interface WholeText {
  /** Its first characters normalised (normalizeString): what the whole-text signatures read. */
  normalized(): string;
  /** The same characters as they are (not lower-cased): for a first look (mayHoldAny). */
  raw(): string;
}

/** Characters that normalizing makes, collapses or folds into: a piece holds none of them. */
const NOT_IN_PIECE = /[\s'"-]+/;

/**
 * Per set, the pieces of its `any` needles as one gate (see mayHoldAny) for each subset of its
 * signatures (by bit mask), or null when a needle has no piece (nothing can be ruled out);
 * made on first use of each subset.
 */
const ANY_PIECES = new WeakMap<SignatureSet, Map<number, RegExp | null>>();

/** The longest ASCII piece of a literal without white space, quotes or hyphens, or "". */
function pieceOf(literal: string): string {
  const best = literal.split(NOT_IN_PIECE).reduce((a, b) => (b.length > a.length ? b : a), "");
  return /^[\x21-\x7e]*$/.test(best) ? best : "";
}

/** Signatures a bit mask can name: more, and every signature is read. */
const MASK_BITS = 30;

/**
 * The signatures of the set whose context (contextFits) holds for these facts, as a bit mask;
 * -1 when the set is too large to name them so (all are read then), 0 when none holds.
 */
function fittingMask(set: SignatureSet, facts: MatchFacts): number {
  if (set.list.length > MASK_BITS)
    return set.list.some((c) => contextFits(c.context, facts)) ? -1 : 0;
  let mask = 0;
  for (let i = 0; i < set.list.length; i++)
    if (contextFits(set.list[i]!.context, facts)) mask |= 1 << i;
  return mask;
}

/**
 * Whether one of the needles of the set's signatures in `mask` (fittingMask) may occur in the
 * normalised text, judged on the same characters as they are: a piece of a literal has none of
 * the characters that normalizing collapses or folds, so wherever the normalised text holds the
 * literal, the lower-cased text holds the piece (an ASCII letter lower-cases the same alone or
 * in a string), and the lower-case gate (lower-case-gate.ts) holds on the text itself: one scan,
 * and no lower-cased copy of the text. Only the signatures that may apply are asked for: the
 * others match nothing here (matchSignature reads their context first), and each phrase more
 * in a case-insensitive gate costs the scan.
 */
function mayHoldAny(set: SignatureSet, mask: number, raw: string): boolean {
  let byMask = ANY_PIECES.get(set);
  if (!byMask) ANY_PIECES.set(set, (byMask = new Map()));
  let re = byMask.get(mask);
  if (re === undefined) {
    const asked = set.list.filter((_, i) => mask === -1 || (mask & (1 << i)) !== 0);
    re = lowerCaseGate(asked.flatMap((c) => c.any.map((n) => pieceOf(needleLiteral(n.needle)))));
    byMask.set(mask, re);
  }
  return re === null || re.test(raw);
}

/** Finds where a normalised needle is in the pasted text, for highlighting. */
export type Locate = (needle: string) => Span[];

/** Whose wording a phrase is, in the note: a provider's name only when its server answered. */
function wordingLabel(r: Refusal, provider: string): string {
  if (provider === "generic" || provider === "iana") return "a known wording";
  if (identified(r, provider)) return provider;
  const origin = PROVIDER_ORIGINS[provider];
  if (!origin) return provider;
  if (origin.writers.some((w) => r.writers.has(w))) return provider;
  return "a known wording";
}

function phraseFeature(
  r: Refusal,
  rule: PhraseRule,
  text: string,
  factor: number,
  locate: Locate,
  general = rule.general,
): Feature {
  return {
    id: rule.id,
    kind: "phrase",
    cause: rule.cause,
    // A longer match is a more specific wording: a small, bounded bonus per character.
    weight: (rule.weight + Math.min(text.length, WEIGHTS.specificChars) * WEIGHTS.perChar) * factor,
    general,
    provider: rule.provider,
    note: rule.note
      ? `The server's text matches "${text}" (${wordingLabel(r, rule.provider)}). ${rule.note}`
      : `The server's text matches "${text}" (${wordingLabel(r, rule.provider)}), which means: ${CAUSES[rule.cause].title.toLowerCase()}.`,
    source: rule.source,
    spans: locate(text),
    hint: rule.hint,
    matched: text,
  };
}

/**
 * The word features as they count: a phrase whose words lie inside a longer phrase of another
 * cause is dropped (subsumed), and words that two kinds of feature read for one cause count
 * once (readByHeavier). In place, the others kept in order. `words`: the words the features were
 * read from; by default the ones the readers above last read (GRAMS holds them).
 */
export function dropSubsumed(features: Feature[], words: string = GRAMS.hay): void {
  // Marked first, removed after: a dropped phrase still subsumes the shorter ones after it.
  let drop: boolean[] | null = null;
  for (let k = 0; k < features.length; k++)
    if (subsumed(features[k]!, features)) (drop ??= [])[k] = true;
  // Then words read twice for one cause, among the features that stay: one that is dropped
  // counts for nothing, so it outweighs nothing. Words in a list of examples are left to the
  // list's reading (enumeration.ts), which ranks each cause by its place there.
  let lists: Span[] | null = null;
  for (let k = 0; k < features.length; k++) {
    if (drop?.[k] || !readByHeavier(k, features, drop, words)) continue;
    // (The lists are looked for only here: most words hold no two readings of one cause.)
    lists ??= exampleLists(words);
    if (!reachesList(words, features[k]!.matched!, lists)) (drop ??= [])[k] = true;
  }
  if (drop === null) return;
  let kept = 0;
  for (let k = 0; k < features.length; k++) if (!drop[k]) features[kept++] = features[k]!;
  features.length = kept;
}

/**
 * A phrase whose words lie inside a longer phrase found in the same text says less than it:
 * Exim's "mailbox is full: retry timeout exceeded" is a full mailbox, not a timeout. So do words
 * that leave several causes possible inside a longer phrase that names one (Email
 * Security.cloud's "553 - Message Filtered" holds the "message filtered" that leaves a rule or a
 * spam verdict possible). Whether a phrase, concept or possibility wording's words lie inside a
 * longer phrase of another cause among `all`.
 */
function subsumed(f: Feature, all: readonly Feature[]): boolean {
  const words = f.matched;
  if ((f.kind !== "phrase" && f.kind !== "concept" && f.kind !== "possible") || !words)
    return false;
  for (let k = 0; k < all.length; k++) {
    const g = all[k]!;
    if (
      g.kind === "phrase" &&
      g.matched &&
      g.cause !== f.cause &&
      g.matched.length > words.length &&
      g.matched.includes(words)
    )
      return true;
  }
  return false;
}

/** Whether a feature speaks from matched words: a phrase, a concept, or a possibility wording. */
function readsWords(f: Feature): boolean {
  return (
    (f.kind === "phrase" || f.kind === "concept" || f.kind === "possible") &&
    f.matched !== undefined &&
    f.matched !== ""
  );
}

/**
 * One span of the server's words is one fact: where features of two kinds read overlapping
 * words for the same cause (a generic phrase "poor reputation" and the low-reputation concept
 * on the same two words), only the most specific counts, and the weights are that order
 * (weights.ts: a provider's documented string, then a concept, then a mail server's default
 * text, a collected wording, a possibility wording). Features of one kind count once per cause
 * already (score.ts, the strongest of each kind). Whether a heavier feature of another kind (or
 * an equal one before it) that is not dropped reads words that overlap those of all[at] for its
 * cause.
 */
function readByHeavier(
  at: number,
  all: readonly Feature[],
  dropped: readonly boolean[] | null,
  words: string,
): boolean {
  const f = all[at]!;
  if (!readsWords(f)) return false;
  for (let k = 0; k < all.length; k++) {
    const g = all[k]!;
    if (k === at || dropped?.[k] || g.cause !== f.cause || g.kind === f.kind || !readsWords(g))
      continue;
    if (g.weight < f.weight || (g.weight === f.weight && k > at)) continue;
    if (overlapIn(words, f.matched!, g.matched!)) return true;
  }
  return false;
}

/** Whether the first place of `text` in the words reaches into one of the lists. */
function reachesList(words: string, text: string, lists: readonly Span[]): boolean {
  if (lists.length === 0) return false;
  const at = words.indexOf(text);
  if (at < 0) return false;
  const end = at + text.length;
  return lists.some((l) => at < l.end && end > l.start);
}

/** How many places of a matched text are compared: the words, and their stripped copy. */
const MAX_PLACES = 2;

/**
 * Whether some place of `a` in `words` overlaps a place of `b`. (The words may hold a text
 * twice: wordsHay adds a copy with continuations stripped.) Around each place of `a`, `b` is
 * tried only where it would overlap: no search runs on through the rest of the words.
 */
function overlapIn(words: string, a: string, b: string): boolean {
  // One inside the other: wherever the longer is, the shorter is within it.
  if (a.includes(b) || b.includes(a)) return true;
  let i = words.indexOf(a);
  for (let n = 0; i >= 0 && n < MAX_PLACES; n++) {
    const end = i + a.length;
    for (let j = Math.max(0, i - b.length + 1); j < end; j++)
      if (words.startsWith(b, j)) return true;
    i = words.indexOf(a, i + 1);
  }
  return false;
}

/** Whether a status constraint names only codes of the provider's own (exact, unregistered). */
function ownStatusCode(status: readonly string[] | undefined): boolean {
  return (
    status !== undefined &&
    status.length > 0 &&
    status.every((s) => !s.endsWith(".") && statusReading(s)?.detail === null)
  );
}

/** Whether a phrase of another provider among out[first...] reads all of f's words too. */
function sharedWording(out: readonly Feature[], first: number, f: Feature): boolean {
  const words = f.matched ?? "";
  for (let k = first; k < out.length; k++) {
    const g = out[k]!;
    if (g.kind !== "phrase" || g.provider === f.provider || !g.matched) continue;
    if (g.matched.includes(words)) return true;
  }
  return false;
}

/**
 * Phrase features of one haystack (normalised words, or the whole text with a lower factor),
 * added to `out` (and returned): the classifier gathers one recipient's features in one array.
 */
export function phraseFeatures(
  r: Refusal,
  hay: string,
  facts: MatchFacts,
  factor: number,
  locate: Locate,
  wholeText: WholeText | null,
  built: Built = phrases(),
  out: Feature[] = [],
): Feature[] {
  const first = out.length;
  /** Provider phrases read where their server is not identified (made at the first). */
  let unidentified: Set<Feature> | null = null;
  /** Provider phrases whose row was found by words and codes (pageStatusFits), with their hits. */
  let byPage: { at: number; c: CompiledSignature; rule: PhraseRule; text: string }[] | null = null;
  // Recipients without words of their own all read the same whole text: loaded once.
  if (!GRAMS.holds(hay)) GRAMS.load(hay);
  const candidates = GRAMS.candidates(built.words);
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k]!;
    const c = built.words.list[i];
    const rule = built.wordsRules[i];
    if (!c || !rule) continue;
    let away = rule.providerScoped && !identified(r, rule.provider);
    if (away && rule.identifiedOnly) continue;
    let hit = matchSignature(c, GRAMS, facts);
    if (!hit) {
      // A provider's words that its page gives only with exact status codes, in a reply that
      // carries no status code: they rank their cause as a hint (PhraseRule.withoutStatus).
      const loose = rule.withoutStatus;
      if (!loose || facts.status !== null || !c.context.status) continue;
      hit = matchSignature(c, GRAMS, { ...facts, status: c.context.status[0]! });
      if (!hit) continue;
      out.push(
        phraseFeature(
          r,
          loose,
          hit.text,
          away ? factor * WEIGHTS.unidentifiedFactor : factor,
          locate,
        ),
      );
      continue;
    }
    // A reply pasted alone (no answering host named) in the provider's words with the very
    // codes its page prints them with (Gmail's "523 5.7.10 SMTP protocol violation, ..."): the
    // provider's reading of its own code, its row found by words and codes, as its server's
    // answer would be. An answering host that is not the provider's says otherwise. (Read for
    // a hit only.)
    if (
      away &&
      r.host === null &&
      facts.reply !== null &&
      pageCodes(c).reply !== null &&
      pageStatusFits(c, facts)
    ) {
      away = false;
      (byPage ??= []).push({ at: out.length, c, rule, text: hit.text });
    }
    let scoped = factor;
    let general = rule.general;
    if (away) {
      // Its server is not identified (a line pasted alone, or a bounce whose reporting MTA
      // is another provider's): the provider's words still say something, for less. Where the
      // entry holds to a status code of the provider's own (one the IANA registry does not
      // have, such as Exchange Online's 5.7.504), the code is the provider's mark: the reading
      // stays the provider's, and no stage or status shift moves it. (Read for a hit only:
      // most candidates do not match.)
      scoped = factor * WEIGHTS.unidentifiedFactor;
      general = !ownStatusCode(c.context.status);
    }
    const f = phraseFeature(r, rule, hit.text, scoped, locate, general);
    if (!away && rule.providerScoped && !rule.hint) markCodesRead(f, c, facts);
    else if (!rule.hint && heldToStatus(c, facts)) READ_STATUS.add(f);
    // A status constraint that held ("5.5.0 Requested action not taken: mailbox unavailable"
    // is Outlook.com's unknown recipient) keeps the reading specific.
    if (scoped !== factor && !c.context.status) (unidentified ??= new Set()).add(f);
    out.push(f);
  }
  // Words and codes find a provider's row only where the words are that provider's alone: where
  // another table reads the same words (qmail's "553 sorry, your envelope sender is in my
  // badmailfrom list (#5.7.1)", which MessageLabs' page also prints), they are another
  // software's default text, and the provider's entry is read as away from its server.
  if (byPage !== null)
    for (let k = 0; k < byPage.length; k++) {
      const p = byPage[k]!;
      if (!sharedWording(out, first, out[p.at]!)) continue;
      const f = phraseFeature(
        r,
        p.rule,
        p.text,
        factor * WEIGHTS.unidentifiedFactor,
        locate,
        !ownStatusCode(p.c.context.status),
      );
      out[p.at] = f;
      if (!p.c.context.status) (unidentified ??= new Set()).add(f);
    }
  // Away from its server, a provider's reading of words that merely restate the refusal (RFC
  // 5321's "Requested action not taken: mailbox unavailable") says no more than they do.
  if (unidentified !== null) {
    const restated: string[] = [];
    for (let k = first; k < out.length; k++) {
      const f = out[k]!;
      if (f.hint && f.matched) restated.push(f.matched);
    }
    if (restated.length > 0)
      for (let k = out.length - 1; k >= first; k--) {
        const f = out[k]!;
        if (unidentified.has(f) && restated.some((m) => m.includes(f.matched ?? "\u0000")))
          out.splice(k, 1);
      }
  }
  // A writer's own summary lines elsewhere in the bounce: read only when one may apply here.
  const fitting = wholeText ? fittingMask(built.text, facts) : 0;
  if (wholeText && fitting !== 0) {
    if (!mayHoldAny(built.text, fitting, wholeText.raw())) return out;
    const text = wholeText.normalized();
    if (!built.text.list.some((c) => anyLiteralIn(c, text))) return out;
    if (WHOLE_TEXT_GRAMS.hay !== text || !WHOLE_TEXT_GRAMS.loaded) WHOLE_TEXT_GRAMS.load(text);
    const candidates = WHOLE_TEXT_GRAMS.candidates(built.text);
    for (let k = 0; k < candidates.length; k++) {
      const i = candidates[k]!;
      const c = built.text.list[i];
      const rule = built.textRules[i];
      if (!c || !rule) continue;
      const hit = matchSignature(c, WHOLE_TEXT_GRAMS, facts);
      if (!hit) continue;
      const f = phraseFeature(r, rule, hit.text, 1, locate);
      if (rule.providerScoped && !rule.hint && identified(r, rule.provider))
        markCodesRead(f, c, facts);
      out.push(f);
    }
  }
  return out;
}

/** Phrase features of a refusal's words against a compiled set of tables (no spans). */
export function phraseFeaturesIn(built: Built, r: Refusal, hay: string): Feature[] {
  const facts: MatchFacts = {
    status: r.status,
    reply: r.replyCode,
    command: r.stage?.command ?? null,
    rhost: r.host,
    writers: r.writers,
  };
  return phraseFeatures(r, hay, facts, 1, () => [], null, built);
}

/** Whether `hay` holds `needle` with no word character (isWordChar) joined to either end. */
function atWordEdges(hay: string, needle: string): boolean {
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const end = i + needle.length;
    if (!(i > 0 && isWordChar(hay.charCodeAt(i - 1))) && !isWordChar(hay.charCodeAt(end)))
      return true;
  }
  return false;
}

/** The sources of an entry's examples, as a feature cites them: joined once per entry. */
const SOURCES = new WeakMap<object, string>();

function sourcesOf(entry: { examples: readonly { source: string }[] }): string {
  let s = SOURCES.get(entry);
  if (s === undefined) {
    s = entry.examples.map((e) => e.source).join("; ");
    SOURCES.set(entry, s);
  }
  return s;
}

/**
 * Per possibility wording, per phrase or pattern, the grams any words it is found in hold: a
 * phrase's own; a pattern's literal's (gatePattern: the run of fixed characters every match
 * holds), so that most patterns are not run over words that cannot hold them (about 20 patterns
 * a message otherwise). None for a pattern with no such literal, nor for a global or sticky one,
 * whose lastIndex an exec that is not run would leave as it was.
 */
let possibilityGramLists: Int32Array[][] | null = null;

function possibilityGrams(): Int32Array[][] {
  possibilityGramLists ??= POSSIBILITY_WORDINGS.map((w) =>
    w.match.map((m) =>
      typeof m === "string"
        ? literalGrams(m)
        : m.global || m.sticky
          ? new Int32Array(0)
          : gatePattern(m).grams,
    ),
  );
  return possibilityGramLists;
}

/**
 * Every possibility wording's phrases and patterns in one flat list, wording after wording: the
 * first gram of each (-1 for one no gram rules out) and the index of its wording. One tight pass
 * over these finds the few wordings the words may hold; the others are not visited (a gram the
 * words lack rules out each of their phrases, so they could give nothing).
 */
interface PossibilityFirsts {
  first: Int32Array;
  wording: Int32Array;
  /** Room for the wordings one call picks. */
  picked: Int32Array;
}

let possibilityFirstLists: PossibilityFirsts | null = null;

function possibilityFirsts(): PossibilityFirsts {
  if (possibilityFirstLists) return possibilityFirstLists;
  const first: number[] = [];
  const wording: number[] = [];
  possibilityGrams().forEach((lists, k) =>
    lists.forEach((grams) => {
      first.push(grams.length > 0 ? grams[0]! : -1);
      wording.push(k);
    }),
  );
  possibilityFirstLists = {
    first: Int32Array.from(first),
    wording: Int32Array.from(wording),
    picked: new Int32Array(POSSIBILITY_WORDINGS.length),
  };
  return possibilityFirstLists;
}

/**
 * Per possibility wording, the weight of each cause it leaves possible: the most usual first,
 * a step down the list each, as doubles (a weight that came out whole in the first messages
 * and fractional in a later one made V8 throw away the optimised code that read them).
 */
let possibilityWeightLists: Float64Array[] | null = null;

function possibilityWeights(k: number): Float64Array {
  possibilityWeightLists ??= POSSIBILITY_WORDINGS.map((w) => {
    const n = w.causes.length;
    const top = w.weight ?? WEIGHTS.possibilityWording;
    return Float64Array.from(w.causes, (_, i) => (top * (n - i)) / n);
  });
  return possibilityWeightLists[k]!;
}

/**
 * What possibilityFeatures reads of every wording (its reply-code class, whether it is a
 * writer's notice, its phrases, and on a hit its id, causes and plain words), in one shape: the
 * wordings carry only the optional fields they use, and reading these from them were
 * polymorphic loads that made V8 throw away possibilityFeatures' optimised code and compile it
 * again as each new shape came by (five Maglev compiles in a 3,610-message run, --trace-deopt:
 * "wrong map").
 */
interface WordingTest {
  replyCode: "4xx" | "5xx" | null;
  notice: boolean;
  match: readonly (string | RegExp)[];
  id: string;
  causes: readonly CauseId[];
  says: string;
  /** The wording, for sourcesOf (read only when a feature is made). */
  wording: PossibilityWording;
}

const WORDING_TESTS: readonly WordingTest[] = POSSIBILITY_WORDINGS.map((w) => ({
  replyCode: w.replyCode ?? null,
  notice: w.notice === true,
  match: w.match,
  id: w.id,
  causes: w.causes,
  says: w.says,
  wording: w,
}));

/** Whether a reply code is of the class ("4xx": 400-499, "5xx": 500-599); no code is of none. */
function replyInClass(reply: number | null, c: "4xx" | "5xx"): boolean {
  if (reply === null) return false;
  const low = c === "4xx" ? 400 : 500;
  return reply >= low && reply < low + 100;
}

/**
 * Words that leave several causes possible (POSSIBILITY_WORDINGS): one ranking feature per cause,
 * the most usual first, none decisive (kind "possible").
 */
export function possibilityFeatures(
  hay: string,
  reply: number | null,
  locate: Locate,
  out: Feature[] = [],
  /** Reading a bounce's whole text: only the writers' own notices, for this share of their weight. */
  wholeText: number | null = null,
): Feature[] {
  // The words' grams (loaded for the phrase tables when they read the same words) rule out a
  // phrase with a gram they lack before it is searched for.
  if (!GRAMS.holds(hay)) GRAMS.load(hay);
  const held = GRAMS.gramSet;
  const grams = possibilityGrams();
  // The wordings with a phrase whose first gram the words hold (or with one no gram rules
  // out), in order: callgrind counted the visit of every wording and phrase, each with its gram
  // test, as 26k instructions a message on the command line's tier.
  const { first, wording, picked } = possibilityFirsts();
  let n = 0;
  for (let i = 0; i < first.length; i++) {
    const h = first[i]!;
    const k = wording[i]!;
    if ((h < 0 || held.has(h)) && (n === 0 || picked[n - 1] !== k)) picked[n++] = k;
  }
  for (let p = 0; p < n; p++) {
    const k = picked[p]!;
    const t = WORDING_TESTS[k]!;
    if (t.replyCode !== null && !replyInClass(reply, t.replyCode)) continue;
    if (wholeText !== null && !t.notice) continue;
    let needle: string | undefined;
    const match = t.match;
    for (let j = 0; j < match.length; j++) {
      // A phrase or pattern whose grams the words lack is not in them.
      if (!held.mayHold(grams[k]![j]!)) continue;
      const m = match[j]!;
      // A phrase at word edges, or a pattern for one server's exact reply shape.
      needle = typeof m === "string" ? (atWordEdges(hay, m) ? m : undefined) : m.exec(hay)?.[0];
      if (needle) break;
    }
    if (!needle) continue;
    const n = t.causes.length;
    const spans = locate(needle);
    const weights = possibilityWeights(k);
    for (let i = 0; i < n; i++) {
      const cause = t.causes[i]!;
      out.push({
        id: `${t.id}.${cause}`,
        kind: "possible",
        cause,
        weight: wholeText === null ? weights[i]! : weights[i]! * wholeText,
        general: false,
        provider: "generic",
        note: `${t.notice ? "The notice says" : "The server's words say"} only that ${t.says} ("${needle}"): several causes remain possible.`,
        source: sourcesOf(t.wording),
        spans,
        hint: false,
        matched: needle,
      });
    }
  }
  return out;
}

export function conceptFeatures(
  hay: string,
  factor: number,
  locate: Locate,
  out: Feature[] = [],
): Feature[] {
  // The words' grams, loaded for the phrase tables (phraseFeatures) when they read the same words.
  if (!GRAMS.holds(hay)) GRAMS.load(hay);
  const hits = findConcepts(hay, GRAMS.gramSet);
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    out.push({
      id: h.concept.id,
      kind: "concept",
      cause: h.concept.cause,
      weight: (h.concept.weight ?? WEIGHTS.concept) * factor,
      general: false,
      provider: "generic",
      note: `The server's words give the reason: ${h.concept.says} ("${h.text}").`,
      source: sourcesOf(h.concept),
      spans: locate(h.text),
      hint: false,
      matched: h.text,
    });
  }
  return out;
}
