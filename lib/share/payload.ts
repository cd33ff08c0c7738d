// What a result link carries (version 1). Only what cannot be recomputed travels: the pasted
// text (the Diagnosis is re-derived from it on open with `diagnose(text)`), the answers, the
// check results as they were at the time, the conclusion and the checklist state.
// Every string here is plain text for display; nothing in a payload is ever rendered as HTML.
import { z } from "zod";
import { causeIdSchema } from "@/lib/causes/cause-schema";
import type { CheckReport, Finding } from "@/lib/checks/types";
import { sharedContentSchema, type SharedContent } from "./content-summary";

export const SHARE_PAYLOAD_VERSION = 1;

/** Bounds a decoded link may not exceed: a link is untrusted input. */
export const PAYLOAD_LIMITS = {
  textChars: 200_000,
  keyChars: 100,
  valueChars: 2_000,
  answers: 200,
  arrayItems: 100,
  checkReports: 20,
  findingsPerReport: 200,
  recordsPerFinding: 50,
  valuesPerRecord: 100,
  recordValueChars: 4_000,
  checklistItems: 300,
  fixChars: 1_000,
  /** Why a check has no result, in the wizard's words (a timeout, "Skipped by the user."). */
  reasonChars: 300,
} as const;

// Ids (answer ids, checklist item ids) are short machine names. Requiring a letter or digit
// first also keeps "__proto__" and friends out of the records built from a link.
const idSchema = z
  .string()
  .max(PAYLOAD_LIMITS.keyChars)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/);

function boundedRecord<V extends z.ZodType>(value: V, maxKeys: number) {
  return z
    .record(idSchema, value)
    .refine((r) => Object.keys(r).length <= maxKeys, { message: `more than ${maxKeys} entries` });
}

const shortText = z.string().max(PAYLOAD_LIMITS.valueChars);

export const answerValueSchema = z.union([
  shortText,
  z.array(shortText).max(PAYLOAD_LIMITS.arrayItems),
]);

export const sharedRecordSchema = z.object({
  name: z.string().max(300),
  type: z.string().max(20),
  values: z
    .array(z.string().max(PAYLOAD_LIMITS.recordValueChars))
    .max(PAYLOAD_LIMITS.valuesPerRecord),
});

export const sharedFindingSchema = z.object({
  code: z.string().max(PAYLOAD_LIMITS.keyChars),
  area: z.string().max(40).optional(),
  severity: z.enum(["critical", "error", "warning", "info", "ok"]),
  outcome: z.enum(["done", "could-not-check"]),
  title: shortText,
  /** What to do about it, for findings that need action: the IT person reads the link alone. */
  fix: z.string().max(PAYLOAD_LIMITS.fixChars).optional(),
  records: z.array(sharedRecordSchema).max(PAYLOAD_LIMITS.recordsPerFinding).optional(),
});

export const sharedCheckReportSchema = z.object({
  subject: z.string().max(300),
  kind: z.enum(["domain", "ip"]),
  /** ISO time the checks ran: the report says "as of" this. */
  checkedAt: z.string().max(40),
  findings: z.array(sharedFindingSchema).max(PAYLOAD_LIMITS.findingsPerReport),
});

/**
 * A check the wizard started that has no result: it failed as a whole (timed out, the server
 * could not run it) or the user skipped it. Carried so a link never reads as if the check was
 * not needed, or passed.
 */
export const sharedUncheckedSchema = z.object({
  /** The wizard's id of the check ("ip:203.0.113.8", "recipient-domain:example.net"). */
  id: z
    .string()
    .max(320)
    .regex(/^[a-z][a-z-]*:[^\s]+$/),
  reason: z.string().max(PAYLOAD_LIMITS.reasonChars),
});

export const rankedCauseSchema = z.object({
  cause: causeIdSchema,
  confidence: z.number().min(0).max(1),
});

export const redactionSchema = z.object({
  maskLocalParts: z.boolean(),
  dropOriginalMessage: z.boolean(),
});

export const sharePayloadSchema = z.object({
  v: z.literal(SHARE_PAYLOAD_VERSION),
  /** The pasted bounce, as shared (after redaction, when chosen). */
  text: z.string().max(PAYLOAD_LIMITS.textChars),
  /** What was done to `text` before sharing, so the viewer can say so. */
  redaction: redactionSchema,
  answers: boundedRecord(answerValueSchema, PAYLOAD_LIMITS.answers),
  checks: z.array(sharedCheckReportSchema).max(PAYLOAD_LIMITS.checkReports),
  /**
   * The checks that could not run (sharedUncheckedSchema); absent where none failed, and from
   * links made before it, which still open.
   */
  unchecked: z.array(sharedUncheckedSchema).max(PAYLOAD_LIMITS.checkReports).optional(),
  /**
   * The wizard's conclusion, best first; null when the wizard did not reach one. `clear`: the
   * wizard's own judgement that checks or answers confirm the lead (absent from links made
   * before it: the share page then judges from the link's facts, lib/report/shared-view.ts).
   */
  conclusion: z
    .object({ causes: z.array(rankedCauseSchema).max(30), clear: z.boolean().optional() })
    .nullable(),
  /** Checklist item id → done. */
  checklist: boundedRecord(z.boolean(), PAYLOAD_LIMITS.checklistItems),
  /**
   * The content review's summary (lib/share/content-summary.ts), when the wizard had a content
   * step; absent from links made before it, which still open.
   */
  content: sharedContentSchema.optional(),
});

export type SharePayload = z.infer<typeof sharePayloadSchema>;
export type SharedCheckReport = z.infer<typeof sharedCheckReportSchema>;
export type SharedFinding = z.infer<typeof sharedFindingSchema>;
export type SharedUnchecked = z.infer<typeof sharedUncheckedSchema>;
export type Redaction = z.infer<typeof redactionSchema>;
export type Answers = Record<string, string | string[]>;

/** The severities whose fix a link carries: the ones somebody has to act on. */
const ACTIONABLE = new Set<SharedFinding["severity"]>(["critical", "error", "warning"]);

/**
 * Keep what the report shows: the fix of a finding that needs action (so the report opened from
 * the link says what to do), not the detail and references of the rest, to keep links short.
 */
export function compactFinding(finding: Finding): SharedFinding {
  const compact: SharedFinding = {
    code: finding.code,
    area: finding.area,
    severity: finding.severity,
    outcome: finding.outcome,
    title: finding.title,
  };
  if (finding.fix && ACTIONABLE.has(finding.severity)) {
    compact.fix = finding.fix.slice(0, PAYLOAD_LIMITS.fixChars);
  }
  if (finding.records && finding.records.length > 0) {
    compact.records = finding.records.map((r) => ({
      name: r.name,
      type: r.type,
      values: [...r.values],
    }));
  }
  return compact;
}

export function compactCheckReport(report: CheckReport): SharedCheckReport {
  return {
    subject: report.subject,
    kind: report.kind,
    checkedAt: report.checkedAt,
    findings: report.findings.map(compactFinding),
  };
}

export interface SharePayloadInput {
  text: string;
  redaction?: z.infer<typeof redactionSchema>;
  answers?: Answers;
  checks?: CheckReport[];
  /** Checks that could not run, with why (uncheckedOf builds them from the wizard's states). */
  unchecked?: SharedUnchecked[];
  conclusion?: { cause: z.infer<typeof causeIdSchema>; confidence: number }[] | null;
  /** Whether the wizard's conclusion was clear (its `clear`); only with `conclusion`. */
  conclusionClear?: boolean;
  checklist?: Record<string, boolean>;
  content?: SharedContent | null;
}

/** Build a payload from the app's own types (full CheckReports are compacted here). */
export function makeSharePayload(input: SharePayloadInput): SharePayload {
  return {
    v: SHARE_PAYLOAD_VERSION,
    text: input.text,
    redaction: input.redaction ?? { maskLocalParts: false, dropOriginalMessage: false },
    answers: input.answers ?? {},
    checks: (input.checks ?? []).map(compactCheckReport),
    ...(input.unchecked && input.unchecked.length > 0
      ? { unchecked: input.unchecked.slice(0, PAYLOAD_LIMITS.checkReports) }
      : {}),
    conclusion: input.conclusion
      ? {
          causes: input.conclusion.map((c) => ({ cause: c.cause, confidence: c.confidence })),
          ...(input.conclusionClear === undefined ? {} : { clear: input.conclusionClear }),
        }
      : null,
    checklist: input.checklist ?? {},
    ...(input.content ? { content: input.content } : {}),
  };
}

/**
 * The wizard's checks that have no result (failed as a whole, or skipped), as a link carries
 * them: the check's id and why, in the words the wizard showed. A content review is not one:
 * its own summary says whether it ran. Ids a link cannot hold (over its bounds) are left out
 * rather than making the link fail to build.
 */
export function uncheckedOf(
  checks: Record<string, { status: string; error?: string }>,
): SharedUnchecked[] {
  return Object.entries(checks).flatMap(([id, state]): SharedUnchecked[] => {
    if (state.status !== "failed" || id.startsWith("content:")) return [];
    const reason = (state.error ?? "").trim() || "The check could not run.";
    const entry = { id, reason: reason.slice(0, PAYLOAD_LIMITS.reasonChars) };
    return sharedUncheckedSchema.safeParse(entry).success ? [entry] : [];
  });
}
