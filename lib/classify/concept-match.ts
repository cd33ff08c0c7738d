// Finds the concepts of lib/knowledge/scoring/concepts.ts in normalised words: a subject token
// and a failure token within CONCEPT_WINDOW characters of each other. indexOf only, bounded by
// the words' length (a few kilobytes at most): linear, no backtracking.
import { CONCEPTS, CONCEPT_WINDOW, type Concept } from "@/lib/knowledge/scoring/concepts";
import { literalAlternation } from "./literal-alternation";

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
  from: number,
  to: number,
): [number, number] | null {
  const lo = Math.max(0, from);
  const hi = Math.min(hay.length, to);
  let best = -1;
  let bestEnd = -1;
  for (const t of tokens) {
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
 * Per concept, one pattern that holds when any of its subject tokens occurs: most concepts'
 * subjects are absent from most replies, and one native scan says so where a loop of indexOf
 * calls (run in the interpreter for much of a command-line batch) cost more. Made on first use.
 */
let subjectGates: RegExp[] | null = null;

function gates(): RegExp[] {
  subjectGates ??= CONCEPTS.map((c) => new RegExp(literalAlternation(c.subject)));
  return subjectGates;
}

export function findConcepts(hay: string): ConceptHit[] {
  const out: ConceptHit[] = [];
  const gate = gates();
  for (let k = 0; k < CONCEPTS.length; k++) {
    // No subject token anywhere: the concept cannot fire.
    if (!gate[k]!.test(hay)) continue;
    const concept = CONCEPTS[k]!;
    let found: ConceptHit | null = null;
    for (const subject of concept.subject) {
      let at = hay.indexOf(subject);
      for (let tries = 0; at >= 0 && tries < MAX_TRIES && !found; tries++) {
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
        const near = firstNear(hay, concept.failure, at - CONCEPT_WINDOW, end + CONCEPT_WINDOW);
        if (near) {
          const start = Math.min(at, near[0]);
          const stop = Math.max(end, near[1]);
          found = { concept, text: hay.slice(start, stop) };
        }
        at = hay.indexOf(subject, end);
      }
      if (found) break;
    }
    // A known misleading neighbour anywhere in the words: the concept does not fire (looked
    // for only once the concept would, since most never do).
    if (found && !unlessIn(concept.unless, hay)) out.push(found);
  }
  return out;
}

function unlessIn(unless: readonly string[] | undefined, hay: string): boolean {
  if (!unless) return false;
  for (const u of unless) if (hay.includes(u)) return true;
  return false;
}
