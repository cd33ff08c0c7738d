// A shared result (the link's payload, with its Diagnosis re-derived on open) as report input.
import type { Diagnosis } from "@/lib/diagnosis/types";
import type { SharePayload } from "@/lib/share/payload";
import type { ReportChecklist, ReportInput } from "./report";

export interface FromPayloadOptions {
  /** Checklist item id → its title (from lib/checklists); items without one show their id. */
  checklistTitles?: Record<string, string>;
  questionTitles?: Record<string, string>;
  link?: string;
  /** The checklist's items with their records and links (lib/report/shared-view), when at hand. */
  checklist?: ReportChecklist["items"];
}

export function reportInputFromPayload(
  payload: SharePayload,
  diagnosis: Diagnosis,
  options: FromPayloadOptions = {},
): ReportInput {
  const items =
    options.checklist ??
    Object.entries(payload.checklist).map(([id, done]) => ({
      id,
      title: options.checklistTitles?.[id] ?? id,
      done,
    }));
  return {
    diagnosis,
    checks: payload.checks,
    answers: payload.answers,
    questionTitles: options.questionTitles,
    checklist: items.length ? { items } : undefined,
    conclusion: payload.conclusion?.causes ?? null,
    link: options.link,
  };
}
