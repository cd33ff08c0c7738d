// Advice to the sender is not the server's reason. Google Groups refuses a message "due to spam
// classification" and advises "Set up SPF records for your sending domain if you have not done
// so already": SPF is a fix offered in case it is missing, not a failure the server found. A
// phrase or concept found only inside an advice sentence (the markers are data:
// lib/knowledge/scoring/advice-markers.ts) ranks its cause as possible and decides nothing
// (kind "possible", WEIGHTS.advice), as words inside a list of examples do (enumeration.ts).
// A fix offered on a condition is advice wherever it stands; a pointer ("for more information",
// "if you believe this is an error") is advice only where the reply gives a reason outside its
// advice, since a pointer is often the one place that names it (a blocklist's lookup page). A
// cause that the reason outside the advice names too keeps the advice's words: they agree.
// A provider's own documented wording read where its server answered keeps its weight: the
// provider's page reads its whole text, advice included.
import { CAUSES, type CauseId } from "@/lib/causes/causes";
import type { Span } from "@/lib/bounce/types";
import { ADVICE_MARKERS, type AdviceMarker } from "@/lib/knowledge/scoring/advice-markers";
import { DECISION, WEIGHTS } from "@/lib/knowledge/scoring/weights";
import type { Feature } from "./features";
import { markerPlaces, placesInside } from "./marker-places";

/** A sentence runs at most this many characters either side of its marker. */
const MAX_SENTENCE = 300;
/** A cheap test first: most words hold no marker at all. */
const ANY_MARKER = new RegExp(
  ADVICE_MARKERS.map((m) => m.words.replace(/[.*+?^${}()|[\]\\']/g, "\\$&")).join("|"),
);
/** What may come before a marker that opens its sentence: a reply code, a status, a bullet. */
const OPENING = /^[\s\d.#*-]{0,24}$/;

export interface AdviceSentence extends Span {
  kind: AdviceMarker["kind"];
}

/**
 * Whether a sentence ends before hay[i]: a full stop, question or exclamation mark, semicolon or
 * colon followed by a blank ("support.google.com" and "https://" are no ends), a bullet ("*"
 * or "•" between blanks), or the separator wordsHay puts between two copies of the words.
 */
function endsBefore(hay: string, i: number): boolean {
  // -1 past the end, where charCodeAt gives NaN (equal to no character, as -1 is): a read out of
  // bounds made V8 throw away the optimised code that inlines this.
  const c = i < hay.length ? hay.charCodeAt(i) : -1;
  if (c === 0 || c === 0x2022) return true;
  const next = i + 1 < hay.length ? hay.charCodeAt(i + 1) : -1;
  const blankAfter = i + 1 >= hay.length || next === 32;
  if (c === 42 /* * */) return blankAfter && (i === 0 || hay.charCodeAt(i - 1) === 32);
  return (
    blankAfter &&
    (c === 46 /* . */ ||
      c === 33 /* ! */ ||
      c === 63 /* ? */ ||
      c === 59 /* ; */ ||
      c === 58) /* : */
  );
}

/** Where the sentence holding hay[at] starts: just after the end before it, within MAX_SENTENCE. */
function sentenceStart(hay: string, at: number): number {
  const limit = Math.max(0, at - MAX_SENTENCE);
  for (let i = at - 1; i >= limit; i--) if (endsBefore(hay, i)) return i + 1;
  return limit;
}

/** Where the sentence holding hay[at] ends: at the next end, within MAX_SENTENCE. */
function sentenceEnd(hay: string, at: number): number {
  const limit = Math.min(hay.length, at + MAX_SENTENCE);
  for (let i = at; i < limit; i++) if (endsBefore(hay, i)) return i;
  return limit;
}

/** The advice sentences of normalised words, each with the kind of its marker. */
export function adviceSentences(hay: string): AdviceSentence[] {
  if (!ANY_MARKER.test(hay)) return [];
  const out: AdviceSentence[] = [];
  for (const m of ADVICE_MARKERS)
    for (const at of markerPlaces(hay, m.words)) {
      const start = sentenceStart(hay, at);
      if (m.start && !OPENING.test(hay.slice(start, at))) continue;
      out.push({ start, end: sentenceEnd(hay, at + m.words.length), kind: m.kind });
    }
  return out;
}

/**
 * The kind of advice `words` is read from when every place of it in `hay` lies inside an
 * advice sentence (or, with `overlap`, reaches into one), "pointer" when one of them is a
 * pointer's; else null.
 */
function adviceAround(
  hay: string,
  words: string,
  sentences: readonly AdviceSentence[],
  overlap: boolean,
): AdviceMarker["kind"] | null {
  const places = placesInside(hay, words, sentences, overlap);
  if (!places || places.length === 0) return null;
  return places.some((p) => p.span.kind === "pointer") ? "pointer" : places[0]!.span.kind;
}

/**
 * Whether a feature's words may be read as advice: a phrase or concept (not a provider's own
 * documented wording read where its server answered, general false, which reads the whole text).
 */
function readsWordsAnyServerMayWrite(f: Feature): boolean {
  if ((f.kind !== "phrase" && f.kind !== "concept") || !f.matched) return false;
  return f.kind === "concept" || f.general || f.provider === "generic";
}

/** Whether a feature states a reason on its own: words that decide, not a hint or possibility. */
function statesReason(f: Feature): boolean {
  return (f.kind === "phrase" || f.kind === "concept") && !f.hint && f.weight >= DECISION.DECISIVE;
}

/**
 * Turns the phrases and concepts read only inside advice to the sender into possibilities, in
 * place: one "possible" feature per cause, weighing WEIGHTS.advice, for causes that no reason
 * outside the advice names. A pointer's words stay as they are where nothing outside the
 * advice states a reason.
 */
export function readAdviceAsPossibilities(features: Feature[], hay: string): void {
  const sentences = adviceSentences(hay);
  if (sentences.length === 0) return;
  const advice = new Map<Feature, AdviceMarker["kind"]>();
  for (const f of features) {
    if (!readsWordsAnyServerMayWrite(f)) continue;
    // A concept joins words across a sentence's end ("rejected. set up spf"): the words that
    // reach into the advice are its subject, and the reason it reads is the advice's.
    const kind = adviceAround(hay, f.matched!, sentences, f.kind === "concept");
    if (kind) advice.set(f, kind);
  }
  if (advice.size === 0) return;
  // The causes a reason outside the advice states.
  const stated = new Set<CauseId>();
  for (const f of features) if (!advice.has(f) && statesReason(f)) stated.add(f.cause);
  const gone = new Set<Feature>();
  for (const [f, kind] of advice) {
    if (stated.has(f.cause)) continue;
    if (kind === "pointer" && stated.size === 0) continue;
    gone.add(f);
  }
  if (gone.size === 0) return;
  let kept = 0;
  for (const f of features) if (!gone.has(f)) features[kept++] = f;
  features.length = kept;
  const byCause = new Map<CauseId, Feature>();
  for (const f of gone) if (!byCause.has(f.cause)) byCause.set(f.cause, f);
  for (const [cause, f] of byCause)
    features.push({
      id: `${f.id}.advice`,
      kind: "possible",
      cause,
      weight: WEIGHTS.advice,
      general: false,
      provider: f.provider,
      note: `The server's words mention "${f.matched}" only in advice to the sender, not as the reason for the refusal: they leave this cause possible (${CAUSES[cause].title.toLowerCase()}).`,
      source: f.source,
      spans: f.spans,
      hint: false,
      matched: f.matched,
    });
}
