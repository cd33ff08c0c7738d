"use client";

// Review a sent message: upload an .eml or paste its source (or the bounce that carries it),
// agree to send it to this server, and read the review. The wizard can pass the bounce it
// already has (initialMessage) and hear about the review (onReviewed).
import { useEffect, useId, useRef, useState } from "react";
import { MAX_CONTENT_BYTES } from "@/lib/content/limits";
import type { ContentReview } from "@/lib/content/types";
import { ContentReviewPanel } from "./content-review-panel";
import { ContentRequestError, requestContentReview } from "./fetch-content-review";

type State =
  | { kind: "idle" }
  | { kind: "loading" }
  | { kind: "done"; review: ContentReview }
  | { kind: "error"; message: string };

export function ContentReviewForm({
  initialMessage,
  onReviewed,
  headingLevel = 2,
}: {
  /** A bounce (carrying the original) or a sent message to offer for review. */
  initialMessage?: string;
  onReviewed?: (review: ContentReview) => void;
  headingLevel?: 2 | 3;
}) {
  const id = useId();
  const [text, setText] = useState(initialMessage ?? "");
  const [file, setFile] = useState<File | null>(null);
  const [consent, setConsent] = useState(false);
  const [state, setState] = useState<State>({ kind: "idle" });
  const abortRef = useRef<AbortController | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const Heading = `h${headingLevel}` as "h2";

  useEffect(() => {
    if (state.kind === "done") resultRef.current?.focus();
  }, [state]);
  useEffect(() => () => abortRef.current?.abort(), []);

  async function submit() {
    const message: Blob | string | null = file ?? (text.trim() ? text : null);
    if (!message) {
      setState({ kind: "error", message: "Upload the message (.eml) or paste its source first." });
      return;
    }
    const size = typeof message === "string" ? new Blob([message]).size : message.size;
    if (size > MAX_CONTENT_BYTES) {
      setState({
        kind: "error",
        message: "The message is too large to review: the limit is 5 MB.",
      });
      return;
    }
    abortRef.current?.abort();
    const controller = new AbortController();
    abortRef.current = controller;
    setState({ kind: "loading" });
    try {
      const review = await requestContentReview(message, controller.signal);
      setState({ kind: "done", review });
      onReviewed?.(review);
    } catch (error) {
      if (controller.signal.aborted) return;
      setState({
        kind: "error",
        message:
          error instanceof ContentRequestError
            ? error.message
            : "The review failed unexpectedly. Please try again.",
      });
    }
  }

  return (
    <div className="space-y-6">
      <form
        aria-labelledby={`${id}-title`}
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Heading id={`${id}-title`} className="text-lg font-semibold">
          The message you sent
        </Heading>
        {initialMessage ? (
          <p className="text-sm text-slate-700">
            Your bounce carries a copy of the message you sent: it can be reviewed as it is.
          </p>
        ) : null}
        <div>
          <label htmlFor={`${id}-file`} className="block text-sm font-medium text-slate-800">
            Upload the message{" "}
            <span className="font-normal text-slate-600">
              (.eml: in most mail programs, Download message or Save as)
            </span>
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".eml,message/rfc822,text/plain"
            onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
            className="mt-1 block w-full text-sm text-slate-800 file:mr-3 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5"
          />
        </div>
        <div>
          <label htmlFor={`${id}-text`} className="block text-sm font-medium text-slate-800">
            or paste its source{" "}
            <span className="font-normal text-slate-600">
              (Show original / View source; a bounce that carries it works too)
            </span>
          </label>
          <textarea
            id={`${id}-text`}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            rows={8}
            spellCheck={false}
            placeholder={"From: you@example.com\nTo: them@example.org\nSubject: ...\n\nHello..."}
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-xs text-slate-900 placeholder:text-slate-500"
          />
        </div>
        <fieldset className="rounded-lg border border-blue-200 bg-blue-50 p-3">
          <legend className="px-1 text-sm font-semibold text-blue-950">Before you send it</legend>
          <p className="text-sm text-blue-950">
            Unlike the rest of Bounce Doctor, this step sends the message to this Bounce Doctor
            server, where a spam filter (Rspamd) reads it. The server does not keep or log the
            message: it returns the review and forgets it. The domains of its links are looked up on
            public domain blocklists.
          </p>
          <label className="mt-2 flex items-start gap-2 text-sm font-medium text-blue-950">
            <input
              type="checkbox"
              checked={consent}
              onChange={(event) => setConsent(event.currentTarget.checked)}
              className="mt-0.5 h-4 w-4"
            />
            Send this message to the server for review
          </label>
        </fieldset>
        <button
          type="submit"
          disabled={!consent || state.kind === "loading"}
          className="rounded-lg bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 disabled:cursor-not-allowed disabled:bg-slate-400"
        >
          Review the content
        </button>
      </form>

      <section aria-live="polite" aria-busy={state.kind === "loading"} aria-label="Review result">
        {state.kind === "loading" ? (
          <p className="flex items-center gap-2 text-slate-700" role="status">
            <span
              aria-hidden="true"
              className="h-4 w-4 animate-spin rounded-full border-2 border-blue-800 border-t-transparent"
            />
            Reviewing the message…
          </p>
        ) : null}
        {state.kind === "error" ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
            {state.message}
          </p>
        ) : null}
        {state.kind === "done" ? (
          <div
            ref={resultRef}
            tabIndex={-1}
            className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
          >
            <ContentReviewPanel review={state.review} headingLevel={headingLevel === 2 ? 2 : 3} />
          </div>
        ) : null}
      </section>
    </div>
  );
}
