// Finds the concepts of lib/knowledge/scoring/concepts/ in normalised words: a subject token
// and a failure token within CONCEPT_WINDOW characters of each other. indexOf only, bounded by
// the words' length (a few kilobytes at most): linear, no backtracking.
import { CONCEPTS, CONCEPT_WINDOW, type Concept } from "@/lib/knowledge/scoring/concepts";
import { GramSet, literalGrams } from "@/lib/bounce/gram-set";
import { LiteralAutomaton } from "@/lib/bounce/literal-automaton";
import { sortAscending } from "./matcher";
import { foldToken } from "./text-index";

export interface ConceptHit {
  concept: Concept;
  /** The stretch of the normalised words from the subject to the failure token, both included. */
  text: string;
  /** Where that stretch starts in the words. */
  at: number;
}

/**
 * How far from the subject-and-failure stretch a concept's `unless` words are looked for. A
 * server's reply is shorter than this, so there they count anywhere in it; a whole notice pasted
 * as its words (a Korean one: "메일 발송 실패 안내. 받는 사람의 메일함이 가득 찼습니다.")
 * names "sending" in its heading, far from the reason it gives, and that heading is no
 * neighbour of the reason.
 */
const UNLESS_REACH = 200;

/** `unless` words this short are abbreviations, matched as whole words (unlessNear). */
const SHORT_UNLESS = 3;

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
      failure: failureText.map(literalGrams),
    };
  });
  return tokenGrams;
}

/** The grams of words that come without them (a test, a caller that loaded none). */
const OWN_GRAMS = new GramSet();

/**
 * Every concept's subjects in one list, concept after concept, each concept's in its order,
 * with one automaton over all of them: one pass over the words finds the few they hold. (A
 * pass over the subjects' first grams left every subject shorter than a gram, "spf", "dns",
 * "ip", a CJK character, about a hundred of the ~1,070, to an indexOf over the words in every
 * message: 114,000 instructions a message, a ninth of the command line's steady state.)
 */
interface SubjectList {
  /** The subjects' literals, found in one pass (index: the subject's place in this list). */
  automaton: LiteralAutomaton;
  /** Its concept (index into CONCEPTS). */
  concept: Int32Array;
  /** Its index in that concept's subjects. */
  local: Int32Array;
  /** Room for the subjects one call picks. */
  picked: Int32Array;
}

let subjectList: SubjectList | null = null;

function subjects(all: readonly ConceptGrams[]): SubjectList {
  if (subjectList) return subjectList;
  const literals: string[] = [];
  const concept: number[] = [];
  const local: number[] = [];
  all.forEach((g, k) =>
    g.subjectText.forEach((text, s) => {
      literals.push(text);
      concept.push(k);
      local.push(s);
    }),
  );
  subjectList = {
    automaton: new LiteralAutomaton(literals),
    concept: Int32Array.from(concept),
    local: Int32Array.from(local),
    picked: new Int32Array(literals.length),
  };
  return subjectList;
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
    // Whole words only: "spam" is not "spamhaus", "spf" is not "openspf". An edge of the
    // subject that is no ASCII word character has no such neighbour to fear: a Chinese or
    // Japanese subject is written straight after a Latin name ("对方QQ邮箱已满", "IPアドレス").
    // (Bounds tested first: a read past either end deoptimised this loop once a run.)
    if (
      (at > 0 && isWordChar(hay.charCodeAt(at - 1)) && isWordChar(subject.charCodeAt(0))) ||
      (end < hay.length &&
        isWordChar(hay.charCodeAt(end)) &&
        isWordChar(subject.charCodeAt(subject.length - 1)))
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
      return { concept, text: hay.slice(start, stop), at: start };
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
  // The subjects the words hold, in the list's order (concept after concept).
  const list = subjects(all);
  const { automaton, concept: conceptOf, local, picked } = list;
  automaton.scan(hay);
  const found = automaton.found();
  const n = found.length;
  picked.set(found);
  sortAscending(picked, n);
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
    // A known misleading neighbour near the stretch: the concept does not fire (looked for only
    // once the concept would, since most never do).
    const from = found.at - UNLESS_REACH;
    const to = found.at + found.text.length + UNLESS_REACH;
    if (!unlessNear(all[k]!.unlessText, hay, from, to)) out.push(found);
  }
  return out;
}

/**
 * Whether one of the words occurs wholly inside hay[from, to). A short one (an abbreviation such
 * as "rbl", "ip", "dns") only as a whole word: "rbl" is no neighbour inside Cox's code "CDRBL".
 * Longer ones stay stems, as the tables write them: "speicher" in "Speicherlimit", and "host"
 * in "hostname" or in a blocklist's zone ("hostkarma.junkemailfilter.com").
 */
function unlessNear(
  unless: readonly string[] | undefined,
  hay: string,
  from: number,
  to: number,
): boolean {
  if (!unless) return false;
  const start = from < 0 ? 0 : from;
  for (let k = 0; k < unless.length; k++) {
    const u = unless[k]!;
    const whole = u.length <= SHORT_UNLESS;
    const first = whole && isWordChar(u.charCodeAt(0));
    const last = whole && isWordChar(u.charCodeAt(u.length - 1));
    for (
      let at = hay.indexOf(u, start);
      at !== -1 && at + u.length <= to;
      at = hay.indexOf(u, at + 1)
    ) {
      const end = at + u.length;
      if (first && at > 0 && isWordChar(hay.charCodeAt(at - 1))) continue;
      if (last && end < hay.length && isWordChar(hay.charCodeAt(end))) continue;
      return true;
    }
  }
  return false;
}
