// The content review as a result link carries it: the score against the filter's thresholds
// and the rules that counted against the message, by their plain names. Never the message's
// text, addresses, link domains or attachment names: what the filter matched stays out, so a
// shared link says what to change without repeating what was sent.
import { z } from "zod";
import { verdictFor } from "@/lib/content/thresholds";
import type { ContentGroup, ContentReview, ContentVerdict } from "@/lib/content/types";

/** Longest a summary may be, as JSON: a link has room for the bounce first. */
export const CONTENT_SUMMARY_MAX_CHARS = 1_000;
/** Findings kept, most points first; the rest are counted in `more`. */
export const CONTENT_SUMMARY_MAX_FINDINGS = 12;
const TITLE_CHARS = 160;

const CONTENT_GROUPS = [
  "link-blocklist",
  "url-shortener",
  "html-without-text",
  "image-only",
  "headers",
  "authentication",
  "forged-sender",
  "attachments",
  "phrases",
  "other",
] as const satisfies readonly ContentGroup[];

const points = z.number().min(-1_000).max(1_000);

export const sharedContentFindingSchema = z.object({
  /** The filter's rule name (Rspamd symbol), e.g. DBL_SPAM. */
  rule: z
    .string()
    .max(64)
    .regex(/^[A-Za-z0-9_]+$/),
  group: z.enum(CONTENT_GROUPS),
  points,
  /** What it means, in plain words (lib/content/symbols.ts, or the filter's description). */
  title: z.string().max(TITLE_CHARS),
});

export const sharedContentSchema = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("reviewed"),
    score: points,
    /** The filter's thresholds: greylisting, junk folder, refused. */
    thresholds: z.object({ greylist: points, junk: points, reject: points }),
    /** Only the headers came with the bounce: the body was not reviewed. */
    headersOnly: z.boolean().optional(),
    findings: z.array(sharedContentFindingSchema).max(CONTENT_SUMMARY_MAX_FINDINGS),
    /** Findings left out to keep the link short. */
    more: z.number().int().min(0).max(1_000).optional(),
  }),
  // The step was passed without a review (no message, no consent, filter unreachable): a link
  // says so rather than leaving the reader to assume the content was clean.
  z.object({ status: z.literal("not-reviewed") }),
]);

export type SharedContent = z.infer<typeof sharedContentSchema>;
export type SharedContentFinding = z.infer<typeof sharedContentFindingSchema>;

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The summary of a content check's result: `review` when the filter answered (or could not),
 * nothing when the step was passed without one. Returns null when there was no content step.
 */
export function summarizeContentReview(
  review: ContentReview | undefined,
  hadStep: boolean,
): SharedContent | null {
  if (!review) return hadStep ? { status: "not-reviewed" } : null;
  if (review.status !== "reviewed") return { status: "not-reviewed" };
  const against = review.groups
    .flatMap((g) => g.findings)
    .filter((f) => f.tone === "bad")
    .sort((a, b) => b.score - a.score || a.symbol.localeCompare(b.symbol));
  const findings: SharedContentFinding[] = against
    .filter((f) => /^[A-Za-z0-9_]{1,64}$/.test(f.symbol))
    .map((f) => ({
      rule: f.symbol,
      group: f.group,
      points: round(f.score),
      title: f.title.slice(0, TITLE_CHARS),
    }));
  const summary: Extract<SharedContent, { status: "reviewed" }> = {
    status: "reviewed",
    score: round(review.score),
    thresholds: {
      greylist: review.thresholds.greylist,
      junk: review.thresholds.addHeader,
      reject: review.thresholds.reject,
    },
    ...(review.source.headersOnly ? { headersOnly: true } : {}),
    findings: findings.slice(0, CONTENT_SUMMARY_MAX_FINDINGS),
  };
  // Within the budget: the findings with the fewest points go first.
  for (;;) {
    const more = findings.length - summary.findings.length;
    if (more > 0) summary.more = more;
    if (
      summary.findings.length === 0 ||
      JSON.stringify(summary).length <= CONTENT_SUMMARY_MAX_CHARS
    )
      return summary;
    summary.findings = summary.findings.slice(0, -1);
  }
}

/** Where the score puts the message, from the thresholds the link carries. */
export function sharedVerdict(
  summary: Extract<SharedContent, { status: "reviewed" }>,
): ContentVerdict {
  const t = summary.thresholds;
  return verdictFor(summary.score, { greylist: t.greylist, addHeader: t.junk, reject: t.reject });
}
