import { describe, expect, it } from "vitest";
import type { Belief, CauseWeight } from "./belief";
import { heldCauses } from "./narrate";

const ptr = { source: "check" as const, ref: "ip:192.0.2.44", ratio: 3 };
const clean = { source: "check" as const, ref: "ip:192.0.2.44", ratio: 0.2 };

function belief(causes: CauseWeight[]): Belief {
  return {
    causes,
    ran: [],
    failed: [],
    answered: [],
    unknown: [],
    bounceSays: "",
    relevance: {} as Belief["relevance"],
  };
}

describe("heldCauses", () => {
  it("a later cause a check spoke against says so beside what keeps it possible", () => {
    const held = heldCauses(
      belief([
        { cause: "recipient-unknown", weight: 0.6, for: [], against: [] },
        {
          cause: "ip-blocklisted",
          weight: 0.1,
          for: [{ ...ptr, says: "192.0.2.44 has no reverse DNS (PTR) record" }],
          against: [{ ...clean, says: "192.0.2.44 is on none of the public blocklists checked" }],
        },
      ]),
    );
    expect(held[1]?.why).toBe(
      "192.0.2.44 has no reverse DNS (PTR) record. Against it: 192.0.2.44 is on none of the public blocklists checked.",
    );
  });

  it("adds nothing when no check spoke against it", () => {
    const held = heldCauses(
      belief([
        { cause: "recipient-unknown", weight: 0.6, for: [], against: [] },
        {
          cause: "reverse-dns",
          weight: 0.3,
          for: [{ ...ptr, says: "192.0.2.44 has no reverse DNS (PTR) record" }],
          against: [],
        },
      ]),
    );
    expect(held[1]?.why).toBe("192.0.2.44 has no reverse DNS (PTR) record.");
  });
});
