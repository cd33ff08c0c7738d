import { describe, expect, it } from "vitest";
import { buildConclusionChecklist } from "@/lib/checklists/build";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { answer, walkWithCodes, type EngineWalk } from "./test-factories";
import type { Facts } from "./types";

// A bare refusal that does not say why (review 31, finding 6: "550 not local sender over smtp",
// a submission server refusing a sender that is not its own, was carried to "IP on a blocklist"
// at 84% by scope answers after the IP check found the IP on no list).
const BARE = "Error code: 550\n550 Requested action not taken: message refused";

/** Answers a user whose every message to everyone bounces from their own server would give. */
const OWN_SETUP: Facts["answers"] = {
  "scope-recipients": answer.choice("many-domains"),
  "scope-messages": answer.choice("all"),
  "plain-test": answer.choice("bounces"),
  "sending-ip": answer.text("203.0.113.9"),
  "sending-domain": answer.text("example.org"),
  "sending-platform": answer.choice("own-server"),
};

/** A walk whose checks all come back clean. */
function walkClean(facts: Facts): EngineWalk {
  return walkWithCodes(facts, OWN_SETUP, {
    ip: ["blocklist.not-listed", "ptr.ok"],
    domain: ["mx.ok", "spf.pass", "dkim.ok", "blocklist.not-listed"],
  });
}

describe("a clean IP check after a refusal that does not say why (review 31, finding 6)", () => {
  it("keeps a listing from leading clearly on answers about scope alone", async () => {
    const diagnosis = await diagnose(BARE);
    expect(diagnosis.recipients[0]?.cause ?? diagnosis.overall.cause).toBe("unknown");
    const { end, facts } = walkClean({ diagnosis, checks: {}, answers: {} });
    expect(Object.keys(facts.checks).some((id) => id.startsWith("ip:"))).toBe(true);
    expect(end.clear).not.toBe(true);
    expect(end.settled).not.toBe(true);
    const listed = end.causes.find((c) => c.cause === "ip-blocklisted");
    // Before: 0.84 on the review's walk, "most likely" with nothing else in sight.
    expect(listed?.confidence ?? 0).toBeLessThan(0.7);
    // The sender's own outgoing server refusing it stays possible, among the first three.
    expect(
      end.causes
        .slice(0, 3)
        .map((c) => c.cause)
        .includes("relay-denied"),
    ).toBe(true);
    // No step presupposes the listing the check ruled out.
    const ids = buildConclusionChecklist(facts, end.causes).causes.flatMap((s) =>
      s.items.map((i) => i.id),
    );
    expect(ids).not.toContain("ip-blocklisted.find-cause");
    expect(ids).not.toContain("ip-blocklisted.verify");
  });
});
