import { describe, expect, it } from "vitest";
import { checkBuilders } from "./check-builders";
import { buildContext } from "./context";
import { nextStep } from "./engine";
import { answer, makeDiagnosis, makeFacts } from "./test-factories";
import type { Answer, QuestionId } from "./types";

const ip = "198.51.100.7";

// Each row: the DKIM-Signature headers the bounce's original carries (and answers) → the
// selectors the sending-domain check is asked to try, in order.
const rows: [
  string,
  { domain: string; selector: string }[],
  Partial<Record<QuestionId, Answer>>,
  string[] | undefined,
][] = [
  ["the original's own signature", [{ domain: "example.org", selector: "k2025" }], {}, ["k2025"]],
  [
    "d= in capitals is the same domain (RFC 6376 §3.5)",
    [{ domain: "Example.ORG", selector: "Mail1" }],
    {},
    ["mail1"],
  ],
  [
    "another domain's signature (an ESP's d=) is not probed at ours",
    [{ domain: "esp.example", selector: "s1" }],
    {},
    undefined,
  ],
  [
    "a selector the check route would refuse is left out",
    [
      { domain: "example.org", selector: "-bad-" },
      { domain: "example.org", selector: "ok" },
    ],
    {},
    ["ok"],
  ],
  [
    "typed first, then the signatures, then the platform's",
    [{ domain: "example.org", selector: "k2025" }],
    {
      "dkim-selector": answer.text("typed"),
      "sending-platform": answer.choice("google-workspace"),
    },
    ["typed", "k2025", "google"],
  ],
  [
    "at most ten (the route's limit)",
    Array.from({ length: 14 }, (_, i) => ({ domain: "example.org", selector: `s${i}` })),
    {},
    Array.from({ length: 10 }, (_, i) => `s${i}`),
  ],
];

describe("sending-domain check request", () => {
  it.each(rows)("%s", (_name, dkimSignatures, answers, expected) => {
    const facts = makeFacts({
      diagnosis: makeDiagnosis({
        cause: "authentication-failure",
        from: "anna@example.org",
        ips: [ip],
        dkimSignatures,
      }),
      answers,
    });
    const request = checkBuilders["sending-domain"].build(buildContext(facts));
    expect(request?.input.domain).toBe("example.org");
    expect(request?.input.selectors).toEqual(expected);
  });

  it("asks SPF to be evaluated for the sending IP (as `ip`, not as the envelope sender)", () => {
    const facts = makeFacts({
      diagnosis: makeDiagnosis({
        cause: "authentication-failure",
        from: "anna@example.org",
        ips: [ip],
      }),
    });
    const request = checkBuilders["sending-domain"].build(buildContext(facts));
    expect(request?.input).toMatchObject({ domain: "example.org", ip });
    expect(request?.input.sender).toBeUndefined();
  });

  it("the wizard's next step carries the original's selectors to the domain check", () => {
    let facts = makeFacts({
      diagnosis: makeDiagnosis({
        cause: "authentication-failure",
        from: "anna@example.org",
        dkimSignatures: [{ domain: "example.org", selector: "k2025" }],
      }),
    });
    // "I don't know" to every question until the check comes up.
    let step = nextStep(facts);
    for (let i = 0; i < 10 && step.kind === "question"; i++) {
      facts = { ...facts, answers: { ...facts.answers, [step.question.id]: answer.dontKnow } };
      step = nextStep(facts);
    }
    expect(step.kind).toBe("check");
    if (step.kind !== "check") return;
    expect(step.check.id).toBe("domain:example.org");
    expect(step.check.input.selectors).toEqual(["k2025"]);
  });
});
