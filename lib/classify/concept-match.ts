// Finds the concepts of lib/knowledge/scoring/concepts/ in normalised words: a subject token
// and a failure token within CONCEPT_WINDOW characters of each other. indexOf only, bounded by
// the words' length (a few kilobytes at most): linear, no backtracking.
import { CONCEPTS, CONCEPT_WINDOW, type Concept } from "@/lib/knowledge/scoring/concepts";
import {
  GRAM,
  GRAM_MULTIPLIER,
  GRAM_SHIFT,
  GRAM_SLOTS,
  GramSet,
  literalGrams,
} from "@/lib/bounce/gram-set";
import { foldToken } from "./text-index";

export interface ConceptHit {
  concept: Concept;
  /** The stretch of the normalised words from the subject to the failure token, both included. */
  text: string;
}

/** At most this many subject occurrences are tried per concept. */
const MAX_TRIES = 8;

function firstNear(
  hay: string,
  tokens: readonly string[],
  tokenGrams: readonly Int32Array[],
  held: GramSet,
  from: number,
  to: number,
): [number, number] | null {
  const lo = Math.max(0, from);
  const hi = Math.min(hay.length, to);
  let best = -1;
  let bestEnd = -1;
  for (let k = 0; k < tokens.length; k++) {
    // A token with a gram the words lack is not in them: no search.
    if (!held.mayHold(tokenGrams[k]!)) continue;
    const t = tokens[k]!;
    // The first occurrence from lo is the one in the window if any is: a later one ends later.
    const i = hay.indexOf(t, lo);
    if (i >= 0 && i + t.length <= hi && (best < 0 || i < best)) {
      best = i;
      bestEnd = i + t.length;
    }
  }
  return best >= 0 ? [best, bestEnd] : null;
}

/** Letters, digits and the underscore: "dkim" is no word of its own in "dkim_adsp_nxdomain". */
export function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Per concept, per subject and failure token, the grams any words containing the token hold
 * (empty for a token shorter than a gram: "spf", "tls"), made from the data on first use. Most concepts'
 * subjects are absent from most replies, and the words' grams, loaded once for the phrase
 * tables (read-refusal.ts), say so in a few table reads: no scan of the words per concept (a
 * pattern of each concept's subjects, tested in turn, cost more than the rest of this file).
 */
interface ConceptGrams {
  /** The concept's tokens folded as the words are (text-index.ts foldToken). */
  subjectText: string[];
  failureText: string[];
  unlessText: string[] | undefined;
  subject: Int32Array[];
  /** Per subject token, its first gram (-1 for none): most subjects are ruled out by it alone. */
  subjectFirst: Int32Array;
  failure: Int32Array[];
}

let tokenGrams: ConceptGrams[] | null = null;

function grams(): ConceptGrams[] {
  tokenGrams ??= CONCEPTS.map((c) => {
    const subjectText = c.subject.map(foldToken);
    const failureText = c.failure.map(foldToken);
    const subject = subjectText.map(literalGrams);
    return {
      subjectText,
      failureText,
      unlessText: c.unless?.map(foldToken),
      subject,
      subjectFirst: Int32Array.from(subject, (g) => (g.length > 0 ? g[0]! : -1)),
      failure: failureText.map(literalGrams),
    };
  });
  return tokenGrams;
}

/** The grams of words that come without them (a test, a caller that loaded none). */
const OWN_GRAMS = new GramSet();

/**
 * Every concept's subjects in one list, concept after concept, each concept's in its order:
 * the few the words may hold are picked from it (pickSubjects), then read in that order.
 */
interface SubjectList {
  /** Each subject's first gram, -1 for a subject shorter than a gram ("spf"). */
  first: Int32Array;
  /** Its concept (index into CONCEPTS). */
  concept: Int32Array;
  /** Its index in that concept's subjects. */
  local: Int32Array;
  /** Room for the subjects one call picks. */
  picked: Int32Array;
  /**
   * The subjects with a first gram, by that gram (then by index): those whose first gram is h
   * are byFirst[firstStart[h] .. firstStart[h + 1]).
   */
  firstStart: Int32Array;
  byFirst: Int32Array;
  /** One bit per gram: set when some subject's first gram is it. */
  firstBits: Int32Array;
  /** The subjects with no gram (shorter than one) written in ASCII ("spf", "tls"). */
  shortAscii: Int32Array;
  /**
   * The subjects with no gram holding a character outside ASCII ("用户", "수신자": most of the
   * short ones): in words all of ASCII (most replies) none of them can be.
   */
  shortOther: Int32Array;
  /** Per subject, the stamp of the last pick that took it. */
  seen: Uint32Array;
  stamp: number;
}

let subjectList: SubjectList | null = null;

function subjects(all: readonly ConceptGrams[]): SubjectList {
  if (subjectList) return subjectList;
  const first: number[] = [];
  const concept: number[] = [];
  const local: number[] = [];
  const shortAscii: number[] = [];
  const shortOther: number[] = [];
  all.forEach((g, k) =>
    g.subjectFirst.forEach((h, s) => {
      if (h < 0)
        (/^[\u0000-\u007f]*$/.test(g.subjectText[s]!) ? shortAscii : shortOther).push(first.length);
      first.push(h);
      concept.push(k);
      local.push(s);
    }),
  );
  // As matcher.ts's signatureSet indexes its needles by their first gram.
  const keyed: number[] = [];
  for (let i = 0; i < first.length; i++) if (first[i]! >= 0) keyed.push(i);
  keyed.sort((x, y) => first[x]! - first[y]! || x - y);
  const firstStart = new Int32Array(GRAM_SLOTS + 1);
  let next = 0;
  for (let k = 0; k < keyed.length; k++) {
    const h = first[keyed[k]!]!;
    if (h < next) continue;
    firstStart.fill(k, next, h + 1);
    next = h + 1;
  }
  firstStart.fill(keyed.length, next);
  const firstBits = new Int32Array(GRAM_SLOTS >>> 5);
  for (const i of keyed) firstBits[first[i]! >>> 5]! |= 1 << (first[i]! & 31);
  subjectList = {
    first: Int32Array.from(first),
    concept: Int32Array.from(concept),
    local: Int32Array.from(local),
    picked: new Int32Array(first.length),
    firstStart,
    byFirst: Int32Array.from(keyed),
    firstBits,
    shortAscii: Int32Array.from(shortAscii),
    shortOther: Int32Array.from(shortOther),
    seen: new Uint32Array(first.length),
    stamp: 0,
  };
  return subjectList;
}

/** Whether every character of the words is ASCII. */
function allAscii(hay: string): boolean {
  for (let i = 0; i < hay.length; i++) if (hay.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * The subjects whose first gram the words hold, or that have none (and may be in them: a
 * subject with a character outside ASCII is not in words all of ASCII), ascending, in
 * list.picked; their count. For words shorter than the list (a recipient's words: nearly all),
 * the words are read gram by gram for the subjects that begin with each, as matcher.ts's
 * candidatesByText reads needles: a pass over every subject (994 of them, in 285 concepts) for
 * each recipient's words grew with the knowledge, and was most of findConcepts. Longer words go
 * down the whole list. Both pick the same subjects (`held` is the words' grams, GramSet.load).
 */
function pickSubjects(hay: string, held: GramSet, list: SubjectList): number {
  const { first, picked } = list;
  const ascii = allAscii(hay);
  let n = 0;
  if (hay.length >= first.length) {
    for (let i = 0; i < first.length; i++) {
      const h = first[i]!;
      if (h >= 0 ? held.has(h) : !ascii || !isIn(list.shortOther, i)) picked[n++] = i;
    }
    return n;
  }
  const { shortAscii, shortOther, firstStart, byFirst, firstBits, seen } = list;
  if (list.stamp === 0xffffffff) {
    seen.fill(0);
    list.stamp = 0;
  }
  const stamp = ++list.stamp;
  for (let k = 0; k < shortAscii.length; k++) picked[n++] = shortAscii[k]!;
  if (!ascii) for (let k = 0; k < shortOther.length; k++) picked[n++] = shortOther[k]!;
  const length = hay.length;
  if (length >= GRAM) {
    // GramSet.load's slots, rolled along the words inline (as candidatesByText does).
    let packed =
      ((hay.charCodeAt(0) & 0xff) << 16) |
      ((hay.charCodeAt(1) & 0xff) << 8) |
      (hay.charCodeAt(2) & 0xff);
    for (let i = GRAM - 1; i < length; i++) {
      packed = (packed << 8) | (hay.charCodeAt(i) & 0xff);
      const h = ((packed * GRAM_MULTIPLIER) | 0) >>> GRAM_SHIFT;
      if ((firstBits[h >>> 5]! & (1 << (h & 31))) === 0) continue;
      const to = firstStart[h + 1]!;
      for (let k = firstStart[h]!; k < to; k++) {
        const s = byFirst[k]!;
        if (seen[s] === stamp) continue;
        seen[s] = stamp;
        picked[n++] = s;
      }
    }
  }
  return sortAscending(picked, n);
}

/** Whether the sorted list holds i. */
function isIn(sorted: Int32Array, i: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === i;
}

/** Up to this many values are sorted in place by insertion; more by the native sort. */
const INSERTION_SORT_MAX = 32;

/** a[0, n) in ascending order, in place (the values are distinct); returns n. */
function sortAscending(a: Int32Array, n: number): number {
  if (n > INSERTION_SORT_MAX) {
    a.subarray(0, n).sort();
    return n;
  }
  for (let i = 1; i < n; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
  return n;
}

/**
 * The concept's s-th subject as a whole word in `hay` with one of its failure tokens within
 * CONCEPT_WINDOW (the first MAX_TRIES occurrences tried), or null.
 */
function subjectHit(
  hay: string,
  concept: Concept,
  g: ConceptGrams,
  s: number,
  held: GramSet,
): ConceptHit | null {
  // A token with a gram the words lack is not in them: no search.
  if (!held.mayHold(g.subject[s]!)) return null;
  const subject = g.subjectText[s]!;
  let at = hay.indexOf(subject);
  for (let tries = 0; at >= 0 && tries < MAX_TRIES; tries++) {
    const end = at + subject.length;
    // Whole words only: "spam" is not "spamhaus", "spf" is not "openspf".
    // (Bounds tested first: a read past either end deoptimised this loop once a run.)
    if (
      (at > 0 && isWordChar(hay.charCodeAt(at - 1))) ||
      (end < hay.length && isWordChar(hay.charCodeAt(end)))
    ) {
      at = hay.indexOf(subject, end);
      continue;
    }
    const near = firstNear(
      hay,
      g.failureText,
      g.failure,
      held,
      at - CONCEPT_WINDOW,
      end + CONCEPT_WINDOW,
    );
    if (near) {
      const start = Math.min(at, near[0]);
      const stop = Math.max(end, near[1]);
      return { concept, text: hay.slice(start, stop) };
    }
    at = hay.indexOf(subject, end);
  }
  return null;
}

/**
 * The concepts in normalised words, in CONCEPTS' order, each by its first subject (in its
 * order) that is in them. `gate`: the words' grams (GramSet.load of `hay`) when the caller has
 * them: a gate only, it never changes what is found.
 */
export function findConcepts(hay: string, gate?: GramSet): ConceptHit[] {
  const out: ConceptHit[] = [];
  const all = grams();
  let held = gate;
  if (!held) {
    OWN_GRAMS.load(hay);
    held = OWN_GRAMS;
  }
  // The subjects whose first gram the words hold, or that have none: in order.
  const list = subjects(all);
  const { concept: conceptOf, local, picked } = list;
  const n = pickSubjects(hay, held, list);
  // Each picked subject in turn, past the concept's once it is found.
  let done = -1;
  for (let j = 0; j < n; j++) {
    const i = picked[j]!;
    const k = conceptOf[i]!;
    if (k === done) continue;
    const concept = CONCEPTS[k]!;
    const found = subjectHit(hay, concept, all[k]!, local[i]!, held);
    if (!found) continue;
    done = k;
    // A known misleading neighbour anywhere in the words: the concept does not fire (looked
    // for only once the concept would, since most never do).
    if (!unlessIn(all[k]!.unlessText, hay)) out.push(found);
  }
  return out;
}

function unlessIn(unless: readonly string[] | undefined, hay: string): boolean {
  if (!unless) return false;
  for (let k = 0; k < unless.length; k++) if (hay.includes(unless[k]!)) return true;
  return false;
}
