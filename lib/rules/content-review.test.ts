// The content review as a check of the rules library: offered while content is a possible
// cause, read as evidence for or against content-spam and content-virus, and named in the
// conclusion only when it ran.
import { describe, expect, it } from "vitest";
import { beliefOf, candidates, grounds, nextStep } from "./index";
import { buildContext } from "./context";
import { contentReviewOf } from "./content-evidence";
import { makeDiagnosis, makeFacts, reviewed, type ReviewKind } from "./test-factories";
import type { CheckState, Facts } from "./types";

const withCopy = { from: "ana@mail-ready.test" };
const spamBounce = () =>
  makeFacts({ diagnosis: makeDiagnosis({ cause: "content-spam", confidence: 0.9, ...withCopy }) });

function weightOf(facts: Facts, cause: string): number {
  return beliefOf(facts).causes.find((c) => c.cause === cause)?.weight ?? 0;
}

function offered(facts: Facts): string[] {
  const ctx = buildContext(facts);
  return candidates(beliefOf(facts, ctx), ctx)
    .filter((c) => c.kind === "check")
    .map((c) => (c.kind === "check" ? c.check.id : ""));
}

function withCheck(facts: Facts, id: string, state: CheckState): Facts {
  return { ...facts, checks: { ...facts.checks, [id]: state } };
}

describe("the review is offered when content is a possible cause", () => {
  it.each([
    ["content-spam bounce with a copy", "content-spam", withCopy, "content:bounce-copy"],
    ["content-spam bounce without a copy", "content-spam", {}, "content:sent-message"],
    ["content-virus bounce with a copy", "content-virus", withCopy, "content:bounce-copy"],
    ["mailbox full: content is not possible", "mailbox-full", withCopy, null],
    ["recipient unknown: content is not possible", "recipient-unknown", {}, null],
  ] as const)("%s", (_name, cause, extra, expected) => {
    const facts = makeFacts({ diagnosis: makeDiagnosis({ cause, confidence: 0.95, ...extra }) });
    const ids = offered(facts).filter((id) => id.startsWith("content:"));
    expect(ids).toEqual(expected ? [expected] : []);
  });

  it("a content-spam bounce's fixes wait for the review: the wizard asks for it", () => {
    // Other checks may come first; following the steps with nothing found, the review comes.
    let facts = spamBounce();
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      const step = nextStep(facts);
      if (step.kind === "conclusion") break;
      if (step.kind === "question") {
        facts = {
          ...facts,
          answers: { ...facts.answers, [step.question.id]: { kind: "dont-know" } },
        };
        continue;
      }
      seen.push(step.check.id);
      if (step.check.type === "content") {
        expect(step.stage).toBe("content");
        expect(step.reason).toMatch(/copy of your message that the bounce carries/);
        break;
      }
      facts = withCheck(facts, step.check.id, {
        status: "failed",
        error: "x",
        request: step.check,
      });
    }
    expect(seen).toContain("content:bounce-copy");
  });

  it("a finished or skipped review is not offered again", () => {
    for (const state of [
      reviewed("clean"),
      { status: "failed", error: "No message." } as CheckState,
    ])
      expect(offered(withCheck(spamBounce(), "content:bounce-copy", state))).not.toContain(
        "content:bounce-copy",
      );
  });
});

describe("the review's findings are evidence", () => {
  const before = spamBounce();
  // A content-virus bounce read with doubt: content-spam and the virus both possible.
  const virusBounce = makeFacts({
    diagnosis: makeDiagnosis({ cause: "content-virus", confidence: 0.6, ...withCopy }),
  });

  it.each([
    ["spam found", "spam", before, "content-spam", "rises"],
    ["nothing found", "clean", before, "content-spam", "falls"],
    ["a refused attachment", "attachment", virusBounce, "content-virus", "rises"],
    ["no refused attachment", "clean", virusBounce, "content-virus", "falls"],
    ["could not review", "could-not-review", before, "content-spam", "unchanged"],
    ["could not review", "could-not-review", virusBounce, "content-virus", "unchanged"],
  ] as const)("%s: %s → %s %s", (_name, kind: ReviewKind, start, cause, expected) => {
    const was = weightOf(start, cause);
    const after = weightOf(withCheck(start, "content:bounce-copy", reviewed(kind)), cause);
    if (expected === "rises") expect(after).toBeGreaterThan(was);
    if (expected === "falls") expect(after).toBeLessThan(was);
    if (expected === "unchanged") expect(after).toBeCloseTo(was, 10);
  });

  it("not reviewed (the user does not have the message): unchanged", () => {
    const facts = withCheck(before, "content:bounce-copy", {
      status: "failed",
      error: "No message.",
    });
    expect(weightOf(facts, "content-spam")).toBeCloseTo(weightOf(before, "content-spam"), 10);
  });

  it("spam found as evidence on a bare refusal lifts content-spam to the lead", () => {
    const bare = makeFacts({ diagnosis: makeDiagnosis({ cause: "unknown", ...withCopy }) });
    const after = withCheck(bare, "content:bounce-copy", reviewed("spam"));
    expect(beliefOf(after).causes[0]?.cause).toBe("content-spam");
  });

  it("the review is kept for the checklist only when it ran", () => {
    expect(contentReviewOf(before)).toBeNull();
    expect(
      contentReviewOf(withCheck(before, "content:bounce-copy", reviewed("spam")))?.status,
    ).toBe("reviewed");
  });
});

describe("the conclusion names the review only when it ran", () => {
  const at = (state?: CheckState) =>
    grounds(beliefOf(state ? withCheck(spamBounce(), "content:bounce-copy", state) : spamBounce()));

  it("no review: no word of one", () => {
    const text = at();
    expect(text).not.toMatch(/review|spam filter|clean/i);
  });
  it("reviewed: what it found, with the score", () => {
    expect(at(reviewed("spam"))).toMatch(
      /content review of the message you sent found: the spam filter's review of your message points to spam content: the filter scored the message 16\.5/,
    );
  });
  it("could not review: says so, counts for nothing, never clean", () => {
    const text = at(reviewed("could-not-review"));
    expect(text).toMatch(
      /could not review the message you sent, so its content counts for nothing/,
    );
    expect(text).not.toMatch(/clean|found:/i);
  });
  it("skipped: not reviewed", () => {
    const text = at({ status: "failed", error: "No message." });
    expect(text).toMatch(/message you sent was not reviewed/);
    expect(text).not.toMatch(/content review of|spam filter's review/);
  });
});
