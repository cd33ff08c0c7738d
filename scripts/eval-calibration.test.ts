// The decision thresholds eval:calibration sweeps reach the decision through diagnose(), and
// leave every answer as it was when they are DECISION's own.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { DECISION } from "@/lib/knowledge/scoring/weights";

const TEXTS = [
  "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table",
  "552 5.2.2 Mailbox full",
  "550 Access denied",
  "421 4.7.0 Try again later, closing connection.",
];

describe("decision thresholds through diagnose()", () => {
  it("gives the same diagnosis with DECISION passed as with none", async () => {
    for (const t of TEXTS) expect(await diagnose(t, DECISION)).toEqual(await diagnose(t));
  });

  it("turns a named cause into an honest unknown, the cause ranked first, when the bar is raised", async () => {
    const named = await diagnose(TEXTS[0]!);
    expect(named.overall.cause).toBe("recipient-unknown");
    const strict = await diagnose(TEXTS[0]!, { ...DECISION, MIN_SCORE: 99 });
    expect(strict.overall.cause).toBe("unknown");
    expect(strict.overall.confidence).toBe(0);
    expect(strict.overall.possible?.[0]?.cause).toBe("recipient-unknown");
    const wide = await diagnose(TEXTS[0]!, { ...DECISION, MIN_MARGIN: 99 });
    expect(wide.overall.cause).toBe("unknown");
  });
});
