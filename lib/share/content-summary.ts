// The content review as a result link carries it: the score against the filter's thresholds
// and the rules that fired against the message (or are worth knowing), by their names. Never the message's
// text, addresses, link domains or attachment names: what the filter matched stays out, so a
// shared link says what to change without repeating what was sent.
import { z } from "zod";
import { verdictFor } from "@/lib/content/thresholds";
import { GROUP_ORDER, SYMBOLS } from "@/lib/content/symbols";
import type { ContentGroup, ContentReview, ContentVerdict } from "@/lib/content/types";

/** Longest a summary may be, as JSON: a link has room for the bounce first. */
export const CONTENT_SUMMARY_MAX_CHARS = 1_000;
/** Findings kept, most points first; the rest are counted in `more`. */
export const CONTENT_SUMMARY_MAX_FINDINGS = 12;
const TITLE_CHARS = 160;

const points = z.number().min(-1_000).max(1_000);

export const sharedContentFindingSchema = z.object({
  /** The filter's rule name (Rspamd symbol), e.g. DBL_SPAM. */
  rule: z
    .string()
    .max(64)
    .regex(/^[A-Za-z0-9_]+$/),
  points,
  /**
   * The filter's own description, only for a rule our table does not know: a known rule's
   * plain words come from lib/content/symbols.ts when the link is opened, which keeps the
   * link short (those words are long and repeat).
   */
  title: z.string().max(TITLE_CHARS).optional(),
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

/** A rule of our table (own keys only: a link's rule name may be "__proto__"). */
function knownRule(rule: string): boolean {
  return Object.hasOwn(SYMBOLS, rule);
}

/** A carried finding in plain words: the table's, else the filter's description as carried. */
export interface ContentFindingView {
  rule: string;
  points: number;
  title: string;
  group: ContentGroup;
  /** Counted against the message (points, or a listing past its group's cap) or only noted. */
  tone: "bad" | "info";
}

export function findingView(f: SharedContentFinding): ContentFindingView {
  const info = knownRule(f.rule) ? SYMBOLS[f.rule] : undefined;
  return {
    rule: f.rule,
    points: f.points,
    title: info?.title ?? f.title ?? `The filter's rule ${f.rule} matched.`,
    group: info?.group ?? "other",
    // As lib/content/build-review.ts reads a rule: with points it counts; without, only a
    // listing past its group's cap does.
    tone: f.points > 0 || info?.zeroTone === "bad" ? "bad" : "info",
  };
}

/** The carried findings in plain words, grouped as the review page orders its topics. */
export function findingViews(
  summary: Extract<SharedContent, { status: "reviewed" }>,
): ContentFindingView[] {
  const order = (g: ContentGroup) => GROUP_ORDER.indexOf(g);
  return summary.findings
    .map(findingView)
    .sort((a, b) => order(a.group) - order(b.group) || b.points - a.points);
}

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
    // Against the message, or worth knowing with no points (a URL shortener); not the rules
    // in its favour.
    .filter((f) => f.tone !== "good")
    .sort((a, b) => b.score - a.score || a.symbol.localeCompare(b.symbol));
  const findings: SharedContentFinding[] = against
    .filter((f) => /^[A-Za-z0-9_]{1,64}$/.test(f.symbol))
    .map((f) => ({
      rule: f.symbol,
      points: round(f.score),
      ...(knownRule(f.symbol) ? {} : { title: f.title.slice(0, TITLE_CHARS) }),
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
