import type { Span } from "@/lib/bounce/types";

export interface TextSegment {
  text: string;
  highlighted: boolean;
  start: number;
}

/**
 * Cuts `text` into plain and highlighted runs from (possibly overlapping, unsorted, out of
 * range) spans, so the evidence can be shown as React text nodes, never as HTML.
 */
export function highlightSegments(text: string, spans: readonly Span[]): TextSegment[] {
  const clean = spans
    .map((s) => ({
      start: Math.max(0, Math.min(s.start, text.length)),
      end: Math.max(0, Math.min(s.end, text.length)),
    }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of clean) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const segments: TextSegment[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at)
      segments.push({ text: text.slice(at, span.start), highlighted: false, start: at });
    segments.push({ text: text.slice(span.start, span.end), highlighted: true, start: span.start });
    at = span.end;
  }
  if (at < text.length || segments.length === 0)
    segments.push({ text: text.slice(at), highlighted: false, start: at });
  return segments;
}
