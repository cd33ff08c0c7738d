// Termination: from one start per cause (and no bounce at all, and an ambiguous one), walk
// every path — every answer including "I don't know", every check outcome — and require a
// conclusion within the bound on each.
import { describe, expect, it } from "vitest";
import { QUESTION_MODELS } from "./likelihoods";
import { QUESTION_IDS, type QuestionId, type Step } from "./types";
import { makeDiagnosis, makeFacts } from "./test-factories";
import { walkAll } from "./walk";
import type { Facts } from "./types";

// Questions + four checks (IP, domain, recipient's domain, content review) + the conclusion:
// the engine's own upper bound.
const BOUND = QUESTION_IDS.length + 4 + 1;

// One start per kind of bounce the wizard meets: none, a bare refusal, a recipient-side and a
// sender-side cause each with and without the IP and sender, a report that is not a bounce.
const withSender = { ips: ["203.0.113.9"], from: "anna@example.org" };
const starts: [string, Facts][] = [
  ["no diagnosis", makeFacts({ diagnosis: null })],
  [
    "bare 550",
    makeFacts({
      diagnosis: makeDiagnosis({
        cause: "unknown",
        alternatives: [
          { cause: "sender-policy", confidence: 0.3 },
          { cause: "ip-blocklisted", confidence: 0.3 },
          { cause: "recipient-unknown", confidence: 0.25 },
        ],
      }),
    }),
  ],
  ...(
    ["recipient-unknown", "mailbox-full", "ip-blocklisted", "authentication-failure"] as const
  ).flatMap((cause): [string, Facts][] => [
    [cause, makeFacts({ diagnosis: makeDiagnosis({ cause }) })],
    [
      `${cause} with IP and sender`,
      makeFacts({ diagnosis: makeDiagnosis({ cause, ...withSender }) }),
    ],
  ]),
  [
    "recipient domain fails, no SMTP reply",
    makeFacts({ diagnosis: makeDiagnosis({ cause: "recipient-domain-invalid", replyCode: null }) }),
  ],
  ["not a bounce", makeFacts({ diagnosis: makeDiagnosis({ cause: "not-a-bounce" }) })],
];

/**
 * The property: a conclusion's text claims no check and no answer its facts do not hold, and
 * claims certainty only with evidence beyond the bounce's wording.
 */
function checkClaims(step: Step, facts: Facts): void {
  if (step.kind !== "conclusion") return;
  const text = [
    step.summary,
    step.reason,
    ...step.causes.map((c) => c.why),
    ...(step.settle ?? []),
  ].join(" ");
  const claims: string[] = [];
  if (/checks? found no problem/i.test(text)) claims.push("says the checks found no problem");
  for (const m of text.matchAll(/The check of (\S+) (found|gave)/g)) {
    const ran = Object.entries(facts.checks).some(
      ([id, c]) => c.status === "done" && id.endsWith(`:${m[1]}`),
    );
    if (!ran) claims.push(`claims a check of ${m[1]} that did not run`);
  }
  for (const m of text.matchAll(/(\S+) could not be checked/g)) {
    const failed = Object.entries(facts.checks).some(
      ([id, c]) => c.status === "failed" && id.endsWith(`:${m[1]}`),
    );
    if (!failed) claims.push(`claims ${m[1]} could not be checked`);
  }
  // A content review is claimed only when it ran (found or could not review) or was skipped.
  const content = Object.entries(facts.checks).filter(([id]) => id.startsWith("content:"));
  const reviewed = content.some(([, c]) => c.status === "done" && c.content?.status === "reviewed");
  if (/content review of the message you sent found|spam filter's review/.test(text) && !reviewed)
    claims.push("claims a content review that did not run");
  if (
    text.includes("could not review the message you sent") &&
    !content.some(([, c]) => c.status === "done" && c.content?.status === "could-not-review")
  )
    claims.push("claims the filter could not review a message it was not given");
  if (
    text.includes("message you sent was not reviewed") &&
    !content.some(([, c]) => c.status === "failed")
  )
    claims.push("claims a skipped review");
  if (/\bclean\b/i.test(text) && content.length > 0 && !reviewed)
    claims.push("calls content clean without a review");
  const anyCheck = Object.entries(facts.checks).some(
    ([id, c]) => c.status === "done" || !id.startsWith("content:"),
  );
  if (anyCheck && text.includes("No check has run.")) claims.push("says no check ran");
  for (const [q, model] of Object.entries(QUESTION_MODELS)) {
    for (const [value, row] of Object.entries(model.answers)) {
      const given = facts.answers[q as QuestionId];
      const holds = given?.kind === "choice" && given.value === value;
      if (text.includes(row.says) && !holds) claims.push(`claims the answer “${row.says}”`);
    }
  }
  const anyAnswer = Object.values(facts.answers).some((a) => a && a.kind !== "dont-know");
  if (/\bYou said\b/.test(text) && !anyAnswer) claims.push("says “You said” with no answer");
  if (claims.length > 0) throw new Error(`${step.conclusionId}: ${claims.join("; ")}\n${text}`);
}

// The walk is exhaustive (every answer, every check outcome): its bound proves it ends, and its
// time grows with the rules. The timeout only stops a hang; a start took up to 100 s of wall time
// on a 2-core machine busy with other jobs (about 40 s of CPU), so it leaves room for a busy CI.
const WALK_TIMEOUT_MS = 240_000;

describe("every path settles", () => {
  let total = 0;
  let longest = 0;
  it.each(starts)("%s", { timeout: WALK_TIMEOUT_MS }, (_name, facts) => {
    const r = walkAll(facts, { bound: BOUND, onConclusion: checkClaims });
    expect(r.problems).toEqual([]);
    expect(r.paths).toBeGreaterThan(0);
    expect(r.longest).toBeLessThanOrEqual(BOUND);
    total += r.paths;
    longest = Math.max(longest, r.longest);
  });
  it("reports the figures", () => {
    // Printed for the report; the assertions above are the test.
    console.log(
      `walked ${total} paths from ${starts.length} starts; longest ${longest} steps (bound ${BOUND})`,
    );
    expect(total).toBeGreaterThan(starts.length);
  });
});
