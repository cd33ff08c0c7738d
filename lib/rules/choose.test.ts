import { describe, expect, it } from "vitest";
import { CAUSES } from "@/lib/causes/causes";
import type { Belief } from "./belief";
import { separates } from "./choose";
import { QUESTION_MODELS } from "./likelihoods";

const title = (c: keyof typeof CAUSES) => `“${CAUSES[c].title}”`;

/** A belief with these weights, leading first (only `causes` is read). */
const beliefWith = (causes: [keyof typeof CAUSES, number][]) =>
  ({
    causes: causes.map(([cause, weight]) => ({ cause, weight, for: [], against: [] })),
  }) as unknown as Belief;

describe("Why we ask: the causes the answers separate", () => {
  // The walk that found it: a bare refusal led by policy, a listed IP and spam.
  const belief = beliefWith([
    ["sender-policy", 0.3],
    ["ip-blocklisted", 0.25],
    ["content-spam", 0.2],
    ["recipient-unknown", 0.15],
    ["recipient-domain-invalid", 0.1],
  ]);

  it("“Is the address spelt exactly...?” names the recipient causes, not the leading three", () => {
    const why = separates(belief, Object.values(QUESTION_MODELS["address-checked"]!.answers));
    expect(why).toContain(title("recipient-unknown"));
    expect(why).toContain(title("recipient-domain-invalid"));
    for (const c of ["sender-policy", "ip-blocklisted", "content-spam"] as const)
      expect(why).not.toContain(title(c));
    expect(why).toContain("apart from the other causes");
  });

  it("a question every held cause's likelihood moves under names them, at most three", () => {
    const why = separates(
      beliefWith([
        ["recipient-unknown", 0.6],
        ["recipient-domain-invalid", 0.4],
      ]),
      Object.values(QUESTION_MODELS["address-checked"]!.answers),
    );
    expect(why).toBe(
      `the answer tells ${title("recipient-unknown")} and ${title("recipient-domain-invalid")} apart`,
    );
  });

  it("names none when no outcome changes a held cause", () => {
    expect(separates(belief, [{ byCause: {}, otherwise: 1 }])).toBe(
      "the answer narrows down the cause",
    );
  });
});
