"use client";
import { useEffect, useRef } from "react";
import type { Span } from "@/lib/bounce/types";
import { highlightSegments } from "./highlight-segments";

// Text longer than this is cut for display: a 1 MB paste would freeze the page as one <pre>.
const DISPLAY_LIMIT = 20_000;

/** The pasted (decoded) text with the evidence spans marked. React text nodes only. */
export function EvidenceText({
  text,
  spans,
  label,
}: {
  text: string;
  spans: readonly Span[];
  label: string;
}) {
  const firstSpan = spans.reduce((min, s) => Math.min(min, s.start), Number.POSITIVE_INFINITY);
  // Show a window that includes the first piece of evidence when the text is long.
  const from =
    text.length > DISPLAY_LIMIT && Number.isFinite(firstSpan) ? Math.max(0, firstSpan - 2_000) : 0;
  const shown = text.slice(from, from + DISPLAY_LIMIT);
  const shifted = spans.map((s) => ({ start: s.start - from, end: s.end - from }));
  const segments = highlightSegments(shown, shifted);
  const box = useRef<HTMLPreElement>(null);
  // The box is 20rem high: evidence further down a long bounce (under its headers, or the
  // second recipient's line) was out of sight under "with the evidence highlighted". Scroll
  // the box, not the page, to the first highlight whenever the details around it open.
  useEffect(() => {
    const pre = box.current;
    const details = pre?.closest("details");
    if (!pre) return;
    const reveal = () => {
      const mark = pre.querySelector("mark");
      if (!mark || pre.clientHeight === 0) return;
      const top = mark.getBoundingClientRect().top - pre.getBoundingClientRect().top;
      if (top < 0 || top + mark.offsetHeight > pre.clientHeight)
        pre.scrollTop += top - pre.clientHeight / 3;
    };
    reveal();
    details?.addEventListener("toggle", reveal);
    return () => details?.removeEventListener("toggle", reveal);
    // firstSpan, not spans: the caller builds a new array on every render, and a re-render must
    // not pull the box back while the reader scrolls it.
  }, [text, firstSpan]);
  return (
    <figure>
      <figcaption className="mb-1 text-sm text-slate-700">{label}</figcaption>
      <pre
        ref={box}
        tabIndex={0}
        aria-label={label}
        className="max-h-80 overflow-auto rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-xs leading-relaxed break-words whitespace-pre-wrap text-slate-800"
      >
        {from > 0 ? "…\n" : null}
        {segments.map((segment) =>
          segment.highlighted ? (
            <mark key={segment.start} className="rounded-sm bg-yellow-200 px-0.5 text-slate-950">
              {segment.text}
            </mark>
          ) : (
            <span key={segment.start}>{segment.text}</span>
          ),
        )}
        {from + DISPLAY_LIMIT < text.length ? "\n…" : null}
      </pre>
    </figure>
  );
}
