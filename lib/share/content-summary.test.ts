import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildReview } from "@/lib/content/build-review";
import type { FilterSymbol, ReviewedContent } from "@/lib/content/types";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { sharedView } from "@/lib/report/shared-view";
import {
  CONTENT_SUMMARY_MAX_CHARS,
  CONTENT_SUMMARY_MAX_FINDINGS,
  findingView,
  sharedVerdict,
  summarizeContentReview,
} from "./content-summary";
import { decodeShareFragment, encodeShareFragment } from "./encode";
import { shareLinkForDiagnosis } from "./link";
import { makeSharePayload } from "./payload";
import { describePayload } from "./redact";

// The bounce the content-wizard journey uses: a content-spam refusal carrying the original,
// whose text links to listed-domain.test and bit.ly.
const BOUNCE = readFileSync(
  join(import.meta.dirname, "..", "content", "__fixtures__", "bounce-content-spam.eml"),
  "utf8",
);

/** A review as lib/content builds it from Rspamd's answer for that copy (symbols as it names them). */
function reviewOf(symbols: FilterSymbol[], score: number): ReviewedContent {
  return buildReview({
    verdict: {
      score,
      requiredScore: 15,
      action: score >= 15 ? "reject" : "add header",
      symbols,
      urls: ["listed-domain.test", "bit.ly"],
      filterMs: 12,
    },
    source: { kind: "bounce-copy", headersOnly: false, bytes: 1200 },
    linkedDomains: [
      { domain: "listed-domain.test", status: "listed", lists: ["Spamhaus DBL"], delistUrls: [] },
    ],
    attachments: [],
  });
}

const SPAM_SYMBOLS: FilterSymbol[] = [
  { name: "DBL_SPAM", score: 6.5, options: ["listed-domain.test:url"] },
  { name: "URL_SHORTENER", score: 1.5, options: ["bit.ly"] },
  { name: "MIME_HTML_ONLY", score: 0.2, options: [] },
  { name: "R_DKIM_NA", score: 0, options: [] },
  { name: "MID_RHS_MATCH_FROM", score: 0, options: [] },
  { name: "ARC_NA", score: 0, options: [] },
  { name: "DMARC_POLICY_ALLOW", score: -0.5, options: ["mail-ready.test", "none"] },
];

describe("the content review in a result link", () => {
  it("carries the score, the thresholds and the rules that fired, by their plain names", () => {
    const summary = summarizeContentReview(reviewOf(SPAM_SYMBOLS, 16.2), true);
    expect(summary?.status).toBe("reviewed");
    if (summary?.status !== "reviewed") return;
    expect(summary.score).toBe(16.2);
    expect(summary.thresholds).toEqual({ greylist: 4, junk: 6, reject: 15 });
    expect(sharedVerdict(summary)).toBe("reject");
    expect(summary.findings.map((f) => f.rule).slice(0, 3)).toEqual([
      "DBL_SPAM",
      "URL_SHORTENER",
      "MIME_HTML_ONLY",
    ]);
    // A known rule travels by name and points; its plain words come from the table on open.
    expect(summary.findings[0]).toEqual({ rule: "DBL_SPAM", points: 6.5 });
    expect(findingView(summary.findings[0]!)).toMatchObject({
      group: "link-blocklist",
      title: expect.stringContaining("Spamhaus DBL lists as a spam domain"),
    });
    // In the message's favour (DMARC allowed) is not a finding to act on.
    expect(JSON.stringify(summary)).not.toContain("DMARC_POLICY_ALLOW");
  });

  it("carries a rule worth knowing without points (a shortener), shown as such", () => {
    const summary = summarizeContentReview(
      reviewOf([{ name: "URL_SHORTENER", score: 0, options: ["bit.ly"] }], 0),
      true,
    );
    if (summary?.status !== "reviewed") throw new Error("not reviewed");
    expect(summary.findings).toEqual([{ rule: "URL_SHORTENER", points: 0 }]);
    expect(findingView(summary.findings[0]!)).toMatchObject({
      tone: "info",
      group: "url-shortener",
    });
    expect(findingView({ rule: "DBL_SPAM", points: 0 }).tone).toBe("bad");
  });

  it("never carries what the filter matched: no link domains, no addresses, no message text", () => {
    const json = JSON.stringify(summarizeContentReview(reviewOf(SPAM_SYMBOLS, 16.2), true));
    for (const secret of ["listed-domain.test", "bit.ly", "mail-ready.test", "@", "quarterly"])
      expect(json).not.toContain(secret);
  });

  it("says 'not reviewed', never clean, when the step had no review, and nothing without a step", () => {
    expect(summarizeContentReview(undefined, true)).toEqual({ status: "not-reviewed" });
    expect(
      summarizeContentReview({ status: "could-not-review", reason: "The filter is down." }, true),
    ).toEqual({ status: "not-reviewed" });
    expect(summarizeContentReview(undefined, false)).toBeNull();
  });

  it("stays within its budget, leaving out the rules with the fewest points and counting them", () => {
    const many: FilterSymbol[] = Array.from({ length: 40 }, (_, i) => ({
      name: `LOCAL_RULE_${String(i).padStart(2, "0")}`,
      score: 40 - i,
      description: `A rule of this filter that matched something in the message, number ${i}, with a long description`,
      options: [],
    }));
    const summary = summarizeContentReview(reviewOf(many, 300), true);
    if (summary?.status !== "reviewed") throw new Error("not reviewed");
    // Unknown to our table: the filter's own words travel, and are shown.
    expect(summary.findings[0]?.title).toMatch(/^A rule of this filter/);
    expect(findingView(summary.findings[0]!)).toMatchObject({ group: "other" });
    expect(JSON.stringify(summary).length).toBeLessThanOrEqual(CONTENT_SUMMARY_MAX_CHARS);
    expect(summary.findings.length).toBeLessThanOrEqual(CONTENT_SUMMARY_MAX_FINDINGS);
    expect(summary.findings.length).toBeGreaterThan(0);
    expect(summary.findings[0]?.rule).toBe("LOCAL_RULE_00");
    expect(summary.findings.length + (summary.more ?? 0)).toBe(40);
  });

  it("survives the link's encoding, shows in the preview and on the shared view", async () => {
    const content = summarizeContentReview(reviewOf(SPAM_SYMBOLS, 16.2), true);
    const payload = makeSharePayload({ text: BOUNCE, content });
    const decoded = decodeShareFragment(encodeShareFragment(payload));
    expect(decoded.ok && decoded.payload.content).toEqual(content);
    expect(describePayload(payload)).toContain(
      "Content review: score 16.2 (junk from 6, refused from 15)",
    );
    const view = sharedView(payload, await diagnose(BOUNCE));
    expect(view.content).toEqual(content);
    // A link made before the summary existed still opens, without one.
    const old = decodeShareFragment(encodeShareFragment(makeSharePayload({ text: BOUNCE })));
    expect(old.ok && old.payload.content).toBeUndefined();
  });

  it("reads a rule name from a link as data, never as a key of the table's prototype", () => {
    for (const rule of ["__proto__", "constructor", "toString"])
      expect(findingView({ rule, points: 1 })).toEqual({
        rule,
        points: 1,
        title: `The filter's rule ${rule} matched.`,
        group: "other",
        tone: "bad",
      });
  });

  it("adds at most its budget to a result link", () => {
    const origin = "https://bounce-doctor.example.com";
    const without = shareLinkForDiagnosis(BOUNCE, { origin });
    const withContent = shareLinkForDiagnosis(BOUNCE, {
      origin,
      content: summarizeContentReview(reviewOf(SPAM_SYMBOLS, 16.2), true),
    });
    if (!without.ok || !withContent.ok) throw new Error("no link");
    const added = withContent.length - without.length;
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThanOrEqual(CONTENT_SUMMARY_MAX_CHARS);
  });
});
