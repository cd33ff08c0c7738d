"use client";

import { useEffect, useState } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import type { Diagnosis } from "@/lib/diagnosis/types";
import type { CheckReport } from "@/lib/checks/types";
import {
  fixKey,
  reportInputFromPayload,
  reportMarkdown,
  reportText,
  sharedView,
  type SharedItem,
} from "@/lib/report";
import { QUESTIONS } from "@/lib/rules";
import type { SharePayload } from "@/lib/share/payload";

const buttonClass =
  "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100";

const QUESTION_TITLES: Record<string, string> = Object.fromEntries(
  Object.values(QUESTIONS).map((q) => [q.id, q.prompt]),
);

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/markdown;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Copy as Markdown / plain text, print, download: the report for a ticket. The report is built
 * from the payload exactly as shared (redacted), its diagnosis re-derived from the shared text.
 */
export function ReportExports({
  payload,
  link,
  checklistTitles,
  checklistItems,
  fullChecks,
}: {
  payload: SharePayload;
  link?: string;
  checklistTitles?: Record<string, string>;
  /** The wizard's own items (records, delisting links); else rebuilt from the payload. */
  checklistItems?: SharedItem[];
  /** The full check reports (the wizard has them): their fixes go into the report. */
  fullChecks?: CheckReport[];
}) {
  const [report, setReport] = useState<{ markdown: string; text: string } | null>(null);
  useEffect(() => {
    let live = true;
    void import("@/lib/diagnosis/diagnose")
      .then(({ diagnose }) => diagnose(payload.text))
      .then((diagnosis: Diagnosis) => {
        if (!live) return;
        const input = reportInputFromPayload(payload, diagnosis, {
          checklistTitles,
          checklist: checklistItems ?? sharedView(payload, diagnosis).checklist,
          fixes: Object.fromEntries(
            (fullChecks ?? []).flatMap((r) =>
              r.findings.flatMap((f) =>
                f.fix ? [[fixKey(r.subject, f.code, f.title), f.fix]] : [],
              ),
            ),
          ),
          questionTitles: QUESTION_TITLES,
          link,
        });
        setReport({ markdown: reportMarkdown(input), text: reportText(input) });
      })
      .catch(() => live && setReport(null));
    return () => {
      live = false;
    };
  }, [payload, link, checklistTitles, checklistItems, fullChecks]);

  if (!report) {
    return <span className="text-sm text-slate-600">Preparing the report…</span>;
  }
  return (
    <>
      <CopyButton
        text={report.markdown}
        label="Copy Markdown"
        copiedMessage="Report copied as Markdown"
        className={buttonClass}
      />
      <CopyButton
        text={report.text}
        label="Copy plain text"
        copiedMessage="Report copied as plain text"
        className={buttonClass}
      />
      <button
        type="button"
        className={buttonClass}
        onClick={() => download("bounce-doctor-report.md", report.markdown)}
      >
        Download .md
      </button>
      <button type="button" className={buttonClass} onClick={() => window.print()}>
        Print
      </button>
    </>
  );
}
