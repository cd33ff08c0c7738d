// A shared result (the link's payload, with its Diagnosis re-derived on open) as report input.
import type { Diagnosis } from "@/lib/diagnosis/types";
import type { SharePayload } from "@/lib/share/payload";
import { maskLocalParts } from "@/lib/share/redact";
import type { ReportChecklist, ReportInput } from "./report";
import { reportKnown, reportOutline } from "./report-outline";
import { sharedView } from "./shared-view";

export interface FromPayloadOptions {
  /** Checklist item id → its title (from lib/checklists); items without one show their id. */
  checklistTitles?: Record<string, string>;
  questionTitles?: Record<string, string>;
  link?: string;
  /**
   * The checks' fixes by subject, code and title, when the full reports are at hand (the
   * wizard): a link's compact findings carry only the fixes of findings that need action.
   */
  fixes?: Record<string, string>;
  /** The checklist's items with their records and links (lib/report/shared-view), when at hand. */
  checklist?: ReportChecklist["items"];
}

export function reportInputFromPayload(
  payload: SharePayload,
  diagnosis: Diagnosis,
  options: FromPayloadOptions = {},
): ReportInput {
  // The grouping and what is known are the share page's own, so the ticket reads as the page.
  const view = sharedView(payload, diagnosis);
  // The caller's items (the wizard's, with their words) are redacted as the payload was: a step
  // the link cannot rebuild keeps its words in the report, with no address the link masks. The
  // wizard's come masked already, in the link's own pass (lib/share/redact.ts previewShare
  // `items`: one numbering, so b***2@ in a ready text is b***2@ in its step's title); masking
  // again leaves a mask as it is. Items masked here alone, each on its own, could number apart
  // from the text: that is for callers with no share preview.
  const mask = payload.redaction?.maskLocalParts === true;
  const callerItems = options.checklist?.map((i) =>
    mask
      ? {
          ...i,
          title: maskLocalParts(i.title),
          ...(i.detail ? { detail: maskLocalParts(i.detail) } : {}),
        }
      : i,
  );
  const items =
    callerItems ??
    Object.entries(payload.checklist).map(([id, done]) => ({
      id,
      title: options.checklistTitles?.[id] ?? id,
      done,
    }));
  return {
    diagnosis,
    checks: payload.checks.map((c) => ({
      ...c,
      findings: c.findings.map((f) => {
        const fix = options.fixes?.[fixKey(c.subject, f.code, f.title)] ?? f.fix;
        return fix ? { ...f, fix } : f;
      }),
    })),
    answers: payload.answers,
    questionTitles: options.questionTitles,
    checklist: items.length ? { items } : undefined,
    conclusion: payload.conclusion?.causes ?? null,
    link: options.link,
    content: payload.content ?? null,
    outline: reportOutline(view, diagnosis, callerItems ?? withTitles(view.checklist, options)),
    known: reportKnown(payload, view),
  };
}

/** The key of a finding's fix: the same finding in a full report and in a link's compact one. */
export function fixKey(subject: string, code: string, title: string): string {
  return `${subject}\u0000${code}\u0000${title}`;
}

/** The view's items, with the caller's titles where it gives them (as the flat list had them). */
function withTitles(
  items: ReportChecklist["items"],
  options: FromPayloadOptions,
): ReportChecklist["items"] {
  const titles = options.checklistTitles;
  return titles ? items.map((i) => (titles[i.id] ? { ...i, title: titles[i.id]! } : i)) : items;
}
