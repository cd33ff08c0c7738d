"use client";

import { useId, useMemo, useState } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import type { CheckReport } from "@/lib/checks/types";
import type { RankedCause } from "@/lib/diagnosis/types";
import type { Answer, QuestionId } from "@/lib/rules";
import type { SharedContent } from "@/lib/share/content-summary";
import { makeSharePayload, type SharedUnchecked } from "@/lib/share/payload";
import { previewShare, type CauseTitles } from "@/lib/share/redact";
import { buildResultUrl, MAX_LINK_LENGTH } from "@/lib/share/result-url";
import { answersToShare } from "@/lib/share/answers-codec";
import type { SharedItem } from "@/lib/report";
import { ReportExports } from "./report-exports";

export interface ShareInput {
  text: string;
  answers: Partial<Record<QuestionId, Answer>>;
  checks: CheckReport[];
  /** The checks that could not run (failed or skipped), so the link says so. */
  unchecked?: SharedUnchecked[];
  causes: RankedCause[];
  /** The conclusion's `clear`: checks or answers confirm the lead, not the bounce's words alone. */
  clear?: boolean;
  checklist: Record<string, boolean>;
  /** Checklist item id → its title, for the report. */
  checklistTitles?: Record<string, string>;
  /** The checklist's items with records and links, for the report. */
  checklistItems?: SharedItem[];
  /** The content review's summary, when the wizard had a content step. */
  content?: SharedContent | null;
  /** Each cause's title as the page shows it for this bounce, for the preview. */
  causeTitles?: CauseTitles;
}

function Option({
  checked,
  onChange,
  label,
  example,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  /** What the option does, in lighter type after the label. */
  example: string;
}) {
  return (
    <label className="flex items-start gap-2">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        className="mt-1 h-4 w-4 shrink-0 accent-blue-800"
      />
      <span>
        {label} <span className="text-sm text-slate-600">{example}</span>
      </span>
    </label>
  );
}

export function SharePanel({ input }: { input: ShareInput }) {
  const id = useId();
  const [maskLocalParts, setMask] = useState(true);
  const [dropOriginalMessage, setDrop] = useState(true);

  const share = useMemo(() => {
    const payload = makeSharePayload({
      text: input.text,
      answers: answersToShare(input.answers),
      checks: input.checks,
      unchecked: input.unchecked,
      conclusion: input.causes,
      conclusionClear: input.clear,
      checklist: input.checklist,
      content: input.content,
    });
    const origin = typeof window === "undefined" ? "" : window.location.origin;
    try {
      const preview = previewShare(payload, {
        maskLocalParts,
        dropOriginalMessage,
        origin,
        causeTitles: input.causeTitles,
        // The report's steps are masked in the link's own pass: one numbering for both.
        items: input.checklistItems,
      });
      return { ok: true as const, ...preview, url: buildResultUrl(origin, preview.fragment) };
    } catch {
      // A payload over the schema's bounds (a huge paste): no link, the report still copies.
      return { ok: false as const, payload };
    }
  }, [input, maskLocalParts, dropOriginalMessage]);

  const tooLong = !share.ok || share.linkLength > MAX_LINK_LENGTH;

  return (
    <>
      {/* On paper: the link, not the form (the evidence above prints in full). */}
      {share.ok ? (
        <p className="print-only hidden text-sm break-all" data-testid="print-share-link">
          Share link: {share.url}
        </p>
      ) : null}
      <section
        aria-labelledby={`${id}-h`}
        className="no-print space-y-4 rounded-xl border border-blue-200 bg-blue-50/50 p-4 sm:p-5"
        data-testid="share-panel"
      >
        <div>
          <h2 id={`${id}-h`} className="text-xl font-semibold text-slate-950">
            Share with your IT person
          </h2>
          <p className="text-sm text-slate-700">
            The link carries the result itself after the <code className="font-mono">#</code>: it is
            never sent to our server. Choose what it may contain.
          </p>
        </div>
        <fieldset className="space-y-2">
          <legend className="font-medium text-slate-900">Before sharing</legend>
          <Option
            checked={maskLocalParts}
            onChange={setMask}
            label="Mask the names in email addresses"
            example="(jane@example.com becomes j***@example.com)"
          />
          <Option
            checked={dropOriginalMessage}
            onChange={setDrop}
            label="Leave out the original message"
            example="(its text and headers if the bounce included them, HTML copies of the notice and attachments)"
          />
        </fieldset>

        {share.ok ? (
          <details>
            <summary className="cursor-pointer font-medium text-blue-900">
              Preview exactly what the link contains
            </summary>
            <pre
              tabIndex={0}
              aria-label="What the link contains"
              data-testid="share-preview"
              className="mt-2 max-h-72 overflow-auto rounded-md border border-slate-200 bg-white p-3 font-mono text-xs break-words whitespace-pre-wrap text-slate-900"
            >
              {share.preview}
            </pre>
          </details>
        ) : null}

        {tooLong ? (
          <p
            role="status"
            className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
          >
            {share.ok
              ? `This link is ${share.linkLength.toLocaleString("en")} characters long, too long for some mail and chat programs (${MAX_LINK_LENGTH.toLocaleString("en")} at most). Copy the report as Markdown or text instead, or leave out the original message.`
              : "This result is too large for a link. Copy the report as Markdown or text instead."}
          </p>
        ) : null}

        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          {share.ok ? (
            <CopyButton
              text={share.url}
              label="Copy link"
              copiedMessage={`Link copied (${share.linkLength.toLocaleString("en")} characters)`}
              className="rounded-md bg-blue-800 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-900"
            />
          ) : null}
          <ReportExports
            payload={share.payload}
            link={share.ok && share.linkLength <= MAX_LINK_LENGTH ? share.url : undefined}
            checklistTitles={input.checklistTitles}
            checklistItems={share.ok ? share.items : input.checklistItems}
            fullChecks={input.checks}
          />
        </div>
        {share.ok ? (
          // Two lines of the link, not all of it: a link of 3,000 characters filled some 60
          // lines of a phone's screen. "Copy link" copies it whole; the text stays selectable.
          <p className="line-clamp-2 text-xs break-all text-slate-600" data-testid="share-url-box">
            <span className="sr-only">The link: </span>
            <span data-testid="share-url">{share.url}</span>
          </p>
        ) : null}
      </section>
    </>
  );
}
