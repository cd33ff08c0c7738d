"use client";

import { CopyButton } from "@/components/ui/copy-button";
import { NameText } from "@/components/ui/name-text";
import { recordCopyForms } from "@/lib/checklists/record-copy";
import type { ChecklistRecord } from "@/lib/checklists/types";

/**
 * A record to publish, with its copy buttons. A TXT value too long for one string also shows
 * as quoted strings, with a button of its own, for zone files and panels (Route 53) that need
 * them; the step's text says which to use.
 */
export function RecordBox({ record }: { record: ChecklistRecord }) {
  const forms = recordCopyForms(record);
  return (
    <div
      className="rounded-md border border-slate-200 bg-slate-50 p-2 text-sm"
      data-testid="dns-record"
    >
      <p className="text-slate-700">
        Publish this <span className="font-semibold">{record.type}</span> record at{" "}
        <code className="font-mono text-slate-900">
          <NameText name={record.name} />
        </code>
        :
      </p>
      <pre className="my-1 overflow-x-auto font-mono text-xs break-all whitespace-pre-wrap text-slate-900">
        {record.value}
      </pre>
      {forms.quoted ? (
        <div data-testid="dns-record-quoted">
          <p className="text-slate-700">
            As {forms.strings} quoted strings of one record (zone files, Route 53):
          </p>
          <pre className="my-1 overflow-x-auto font-mono text-xs break-all whitespace-pre-wrap text-slate-900">
            {forms.quoted}
          </pre>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <CopyButton text={forms.value} label="Copy value" copiedMessage="Record value copied" />
        {forms.quoted ? (
          <CopyButton
            text={forms.quoted}
            label="Copy as quoted strings"
            copiedMessage="Record value copied as quoted strings"
          />
        ) : null}
        <CopyButton text={record.name} label="Copy name" copiedMessage="Record name copied" />
      </div>
    </div>
  );
}
