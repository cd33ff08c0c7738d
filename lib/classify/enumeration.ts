// Words inside a list of examples ("such as being full or inactive", "(i.e. mailbox full, account
// disabled, ...)") name causes that are possible, not the one that happened: a phrase or concept
// found only inside such a list is read as a possibility, ranked by its place in the list, and
// decides nothing (kind "possible", as POSSIBILITY_WORDINGS are). The markers are data
// (lib/knowledge/scoring/enumeration-markers.ts). A documented phrase that starts before the
// marker and holds the list (Postmark's "... (ex: unknown user, mailbox not found)", one cause
// for the whole description) keeps its weight; a hint that does so (Elastic Email's "such as
// being full or inactive", read once for each cause) ranks as the list does.
import { CAUSES, type CauseId } from "@/lib/causes/causes";
import type { Span } from "@/lib/bounce/types";
import { ENUMERATION_MARKERS } from "@/lib/knowledge/scoring/enumeration-markers";
import { WEIGHTS } from "@/lib/knowledge/scoring/weights";
import type { Feature } from "./features";
import { isLetterOrDigit, markerPlaces, placesInside } from "./marker-places";

/** A list runs at most this many characters after its marker. */
const MAX_LIST = 200;
/** A cheap test first: most words hold no marker at all. */
const ANY_MARKER = /such as|e\.g\.|i\.e\.|ex:|for example|for instance/;
/** Where a list ends: a closing parenthesis, a sentence's end, a semicolon. */
const LIST_END = /\)|[.;!?](?=\s|$)/g;
/** Words that join the items of a list: a list of one item has none. */
const SEVERAL = /,|\bor\b|\band\b|\//;

/** The lists of examples in normalised words: from after each marker to the list's end. */
export function exampleLists(hay: string): Span[] {
  if (!ANY_MARKER.test(hay)) return [];
  const out: Span[] = [];
  for (const m of ENUMERATION_MARKERS)
    for (const at of markerPlaces(hay, m.words)) {
      const start = at + m.words.length;
      // A whole word: "mail for example.com loops back to myself" holds no list.
      if (hay.charCodeAt(start) === 46 /* . */ && isLetterOrDigit(hay.charCodeAt(start + 1)))
        continue;
      LIST_END.lastIndex = start;
      const end = Math.min(LIST_END.exec(hay)?.index ?? hay.length, start + MAX_LIST);
      if (end <= start) continue;
      if (!m.single && !SEVERAL.test(hay.slice(start, end))) continue;
      out.push({ start, end });
    }
  return out;
}

/**
 * Where `words` first occurs in `hay` when every place of it lies inside a list (or, with
 * `overlap`, reaches into one); else -1.
 */
function placeInLists(
  hay: string,
  words: string,
  lists: readonly Span[],
  overlap: boolean,
): number {
  const places = placesInside(hay, words, lists, overlap);
  return places?.[0]?.at ?? -1;
}

/**
 * Turns the phrases and concepts found only inside a list of examples into possibilities, in
 * place: one "possible" feature per cause they name, the first listed weighing
 * WEIGHTS.possibilityWording and each after it WEIGHTS.listedStep less: ranked, none decided.
 */
export function readListsAsPossibilities(features: Feature[], hay: string): void {
  const lists = exampleLists(hay);
  if (lists.length === 0) return;
  const listed: { f: Feature; at: number }[] = [];
  for (const f of features) {
    if ((f.kind !== "phrase" && f.kind !== "concept") || !f.matched) continue;
    // A hint (a weak entry) that reaches into the list describes it: it ranks, as the list does.
    const at = placeInLists(hay, f.matched, lists, f.hint === true);
    if (at >= 0) listed.push({ f, at });
  }
  if (listed.length === 0) return;
  const gone = new Set(listed.map((l) => l.f));
  let kept = 0;
  for (const f of features) if (!gone.has(f)) features[kept++] = f;
  features.length = kept;
  listed.sort((a, b) => a.at - b.at);
  const byCause = new Map<CauseId, Feature>();
  for (const { f } of listed) if (!byCause.has(f.cause)) byCause.set(f.cause, f);
  let i = 0;
  for (const [cause, f] of byCause) {
    features.push({
      id: `${f.id}.listed`,
      kind: "possible",
      cause,
      weight: WEIGHTS.possibilityWording - WEIGHTS.listedStep * Math.min(i, 10),
      general: false,
      provider: f.provider,
      note: `The server's words give "${f.matched}" as one example in a list of possible reasons (${CAUSES[cause].title.toLowerCase()} is one of them), not as the reason.`,
      source: f.source,
      spans: f.spans,
      hint: false,
      matched: f.matched,
    });
    i++;
  }
}
