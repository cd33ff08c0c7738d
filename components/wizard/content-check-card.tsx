"use client";

// The wizard's content-review step: the spam filter reviews the message the user sent. Nothing
// leaves the browser before the user agrees (ContentReviewForm's consent step); the review is
// kept in the wizard's state, where the rules read it as evidence and the checklist its steps.
import { useRef, useState } from "react";
import { ContentReviewForm } from "@/components/content/content-review-form";
import { ContentReviewPanel } from "@/components/content/content-review-panel";
import { hasReviewableMessage } from "@/lib/content/extract-message";
import type { CheckRequest, CheckState } from "@/lib/rules";

export function ContentCheckCard({
  check,
  reason,
  state,
  text,
  onState,
  onContinue,
}: {
  check: CheckRequest;
  reason: string;
  state: CheckState | undefined;
  /** What the user pasted: offered for review when it carries the message they sent. */
  text: string;
  onState: (state: CheckState) => void;
  onContinue: () => void;
}) {
  // The rules read the parsed bounce; the raw paste has the final say on what can be offered.
  const [hasCopy] = useState(
    () => check.input.source === "bounce-copy" && hasReviewableMessage(text),
  );
  // A review from an earlier visit is shown as it was; one made here, by the form itself.
  const [reviewedHere, setReviewedHere] = useState(false);
  const continueRef = useRef<HTMLButtonElement>(null);
  const review = state?.status === "done" ? state.content : undefined;

  return (
    <div className="space-y-4" data-testid="check-card" data-check={check.id}>
      <h2 className="text-xl font-semibold text-slate-950">
        Reviewing the content of the message you sent
      </h2>
      <p className="text-sm text-slate-600">
        <span className="font-medium text-slate-700">Why: </span>
        {reason}
      </p>
      {!hasCopy ? (
        <p className="text-slate-800">
          The bounce does not carry a copy of your message. If you still have it, upload it or paste
          its source below (from your Sent folder: Show original, or Download message).
        </p>
      ) : null}
      {review && !reviewedHere ? (
        <div className="rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
          <ContentReviewPanel review={review} headingLevel={3} />
        </div>
      ) : (
        <ContentReviewForm
          initialMessage={hasCopy ? text : undefined}
          headingLevel={3}
          onReviewed={(result) => {
            setReviewedHere(true);
            onState({ status: "done", content: result, request: check });
          }}
        />
      )}
      <div className="flex flex-wrap gap-2">
        {review ? (
          <button
            ref={continueRef}
            type="button"
            onClick={onContinue}
            className="rounded-lg bg-blue-800 px-5 py-2.5 font-semibold text-white hover:bg-blue-900"
          >
            Continue
          </button>
        ) : (
          <button
            type="button"
            onClick={() => {
              // "I don't have it" is an answer: the review counts for nothing, never as clean.
              onState({
                status: "failed",
                error: hasCopy ? "Not reviewed: the user chose not to send it." : "No sent copy.",
                request: check,
              });
              onContinue();
            }}
            className="rounded-lg border border-slate-400 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-50"
          >
            {hasCopy ? "Continue without a review" : "I don't have the message"}
          </button>
        )}
      </div>
    </div>
  );
}
