// contentEvidence on reviews built from filter verdicts (buildReview), so the table of symbols
// and the weights are what decides, as in the app.
import { describe, expect, it } from "vitest";
import { buildReview } from "./build-review";
import { contentEvidence, EVIDENCE_WEIGHTS } from "./evidence";
import type { FilterSymbol, LinkedDomain, ReviewedSource, RiskyAttachment } from "./types";

const message: ReviewedSource = { kind: "message", headersOnly: false, bytes: 1000 };

function review(
  score: number,
  symbols: FilterSymbol[] = [],
  extra: {
    source?: ReviewedSource;
    linkedDomains?: LinkedDomain[];
    attachments?: RiskyAttachment[];
  } = {},
) {
  return buildReview({
    verdict: { score, requiredScore: 15, action: "no action", symbols, urls: [], filterMs: 5 },
    source: extra.source ?? message,
    linkedDomains: extra.linkedDomains ?? [],
    attachments: extra.attachments ?? [],
  });
}

const sym = (name: string, score: number, options: string[] = []): FilterSymbol => ({
  name,
  score,
  options,
});

describe("contentEvidence", () => {
  it.each([
    [20, "for", EVIDENCE_WEIGHTS.spamVerdict.reject],
    [7, "for", EVIDENCE_WEIGHTS.spamVerdict.junk],
    [4.5, "for", EVIDENCE_WEIGHTS.spamVerdict.greylist],
    [1, "against", -EVIDENCE_WEIGHTS.spamVerdict.low],
  ] as const)("score %d: content-spam %s, weight %d", (score, direction, weight) => {
    const spam = contentEvidence(review(score)).evidence.find((e) => e.cause === "content-spam");
    expect(spam).toMatchObject({ direction, weight });
  });

  it("weighs a low score less when only the headers were reviewed, and leaves attachments unknown", () => {
    const ev = contentEvidence(review(1, [], { source: { ...message, headersOnly: true } }));
    expect(ev.evidence.find((e) => e.cause === "content-spam")?.weight).toBeLessThan(
      -EVIDENCE_WEIGHTS.spamVerdict.low,
    );
    expect(ev.evidence.find((e) => e.cause === "content-virus")?.direction).toBe("unknown");
  });

  it("turns a listed link domain into evidence and a step with the delisting link", () => {
    const ev = contentEvidence(
      review(2, [sym("DBL_SPAM", 0, ["bad.test:url"])], {
        linkedDomains: [
          {
            domain: "bad.test",
            status: "listed",
            lists: ["Spamhaus DBL"],
            delistUrls: ["https://check.spamhaus.org/"],
          },
        ],
      }),
    );
    expect(ev.evidence.find((e) => e.cause === "content-spam")?.direction).toBe("for");
    expect(ev.steps[0]).toMatchObject({
      id: "content-spam.link-domain.bad-test",
      link: { url: "https://check.spamhaus.org/" },
    });
    // The filter's listing of the same domain is that step's, not a second "remove the links".
    expect(ev.steps.map((s) => s.id)).toEqual([
      "content-spam.link-domain.bad-test",
      "content-spam.verify.review-again",
    ]);
  });

  it("names every listing list's own delisting page, not only the first", () => {
    const ev = contentEvidence(
      review(2, [], {
        linkedDomains: [
          {
            domain: "bad.test",
            status: "listed",
            lists: ["Spamhaus DBL", "SURBL multi", "URIBL"],
            delistUrls: ["https://check.spamhaus.org/", "https://surbl.org/surbl-analysis", ""],
          },
        ],
      }),
    );
    const step = ev.steps.find((s) => s.id === "content-spam.link-domain.bad-test");
    expect(step?.detail).toContain("Spamhaus DBL: https://check.spamhaus.org/");
    expect(step?.detail).toContain("SURBL multi: https://surbl.org/surbl-analysis");
    expect(step?.link).toEqual({
      label: "Spamhaus DBL: delisting",
      url: "https://check.spamhaus.org/",
    });
  });

  it("keeps the link group's step for what the filter's lists name and our lookup did not", () => {
    const ev = contentEvidence(
      review(7, [sym("DBL_SPAM", 0, ["bad.test:url", "www.bad.test:url", "other.test:url"])], {
        linkedDomains: [
          { domain: "bad.test", status: "listed", lists: ["Spamhaus DBL"], delistUrls: [] },
          { domain: "other.test", status: "not-listed", lists: [], delistUrls: [] },
        ],
      }),
    );
    expect(ev.steps.map((s) => s.id)).toEqual([
      "content-spam.link-domain.bad-test",
      "content-spam.adjust.link-blocklist",
      "content-spam.verify.review-again",
    ]);
    // The capped listing (0 points) still asks for a change, with the domain and not the tag,
    // and names only the domain no step of its own names.
    const step = ev.steps.find((s) => s.id === "content-spam.adjust.link-blocklist");
    expect(step?.detail).toMatch(/\(found: other\.test\)$/);
  });

  it("derives one step per group that fired, content-virus for attachments, then a re-check", () => {
    const ev = contentEvidence(
      review(9, [
        sym("MIME_DOUBLE_BAD_EXTENSION", 3, ["pdf.exe"]),
        sym("R_SUSPICIOUS_IMAGES", 5),
        sym("MIME_GOOD", -0.1),
      ]),
    );
    expect(ev.steps.map((s) => s.id)).toEqual([
      "content-virus.adjust.attachments",
      "content-spam.adjust.image-only",
      "content-spam.verify.review-again",
    ]);
  });

  it("says an attachment once: the filter's rule on the file a step already names adds no step", () => {
    const ev = contentEvidence(
      review(
        9,
        [
          sym("MIME_BAD_EXTENSION", 2, ["exe"]),
          sym("R_SUSPICIOUS_IMAGES", 5),
          sym("MIME_GOOD", -0.1),
        ],
        {
          attachments: [
            {
              name: "a.exe",
              contentType: "application/octet-stream",
              risk: "executable",
              reason: "a program",
            },
          ],
        },
      ),
    );
    expect(ev.steps.map((s) => s.id)).toEqual([
      "content-virus.attachment.a-exe",
      "content-spam.adjust.image-only",
      "content-spam.verify.review-again",
    ]);
    expect(ev.evidence.find((e) => e.cause === "content-virus")).toMatchObject({
      direction: "for",
      weight: 1,
    });
  });

  it("says nothing either way when the content could not be reviewed", () => {
    const ev = contentEvidence({
      status: "could-not-review",
      reason: "Could not review the content: down.",
    });
    expect(ev.evidence.map((e) => e.direction)).toEqual(["unknown", "unknown"]);
    expect(ev.steps).toEqual([]);
  });
});
