// Termination: from one start per cause (and no bounce at all, and an ambiguous one), walk
// every path — every answer including "I don't know", every check outcome — and require a
// conclusion within the bound on each.
import { describe, expect, it } from "vitest";
import { CAUSE_IDS } from "@/lib/causes/causes";
import { QUESTION_IDS } from "./types";
import { makeDiagnosis, makeFacts } from "./test-factories";
import { walkAll } from "./walk";
import type { Facts } from "./types";

// Questions + three checks + the conclusion: the engine's own upper bound.
const BOUND = QUESTION_IDS.length + 3 + 1;

const starts: [string, Facts][] = [
  ["no diagnosis", makeFacts({ diagnosis: null })],
  ...CAUSE_IDS.map((cause): [string, Facts] => [
    cause,
    makeFacts({ diagnosis: makeDiagnosis({ cause }) }),
  ]),
  ...CAUSE_IDS.map((cause): [string, Facts] => [
    `${cause} with IP, sender and zone`,
    makeFacts({
      diagnosis: makeDiagnosis({
        cause,
        ips: ["203.0.113.9"],
        from: "anna@example.org",
        blocklistZones: ["zen.spamhaus.org"],
      }),
    }),
  ]),
  [
    "ambiguous 550 5.7.1",
    makeFacts({
      diagnosis: makeDiagnosis({
        cause: "sender-policy",
        confidence: 0.35,
        alternatives: [
          { cause: "ip-blocklisted", confidence: 0.3 },
          { cause: "authentication-failure", confidence: 0.3 },
        ],
      }),
    }),
  ],
  [
    "no recipient named",
    makeFacts({ diagnosis: makeDiagnosis({ cause: "unknown", recipient: null }) }),
  ],
];

describe("every path settles", () => {
  let total = 0;
  let longest = 0;
  it.each(starts)("%s", (_name, facts) => {
    const r = walkAll(facts, { bound: BOUND });
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
