// Gmail's own readings of its status codes (google.ts statusReadings) hold only where its page
// gives the code one meaning: 4.7.28 has two (reputation, and a per-sender quota on messages
// sharing a Message-ID), so the code alone decides neither and the words do.
import { afterEach, describe, expect, it } from "vitest";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { readFirst } from "@/lib/classify/test-reading";
import { GOOGLE_TABLE } from "./google";

const QUOTA_ROW =
  "421 4.7.28 Gmail has detected this sender exceeded the quota for sending messages that have the same Message-ID:. To best protect our users, the message has been temporarily rejected. For more information, go to Why has Gmail blocked my messages?.";

describe("Gmail's 4.7.28", () => {
  afterEach(() => leaveOutProvidersForEvaluation([]));

  it("has no reading of the code alone", () => {
    expect(GOOGLE_TABLE.statusReadings.map((r) => r.status)).not.toContain("4.7.28");
  });

  it("reads the quota row right with Google's table, and names no reputation without it", async () => {
    expect((await readFirst(QUOTA_ROW)).cause).toBe("rate-limited");
    leaveOutProvidersForEvaluation(["google"]);
    const r = await readFirst(QUOTA_ROW);
    expect(r.cause).not.toBe("bad-reputation");
    if (r.cause === "unknown") expect(r.possible.slice(0, 2)).toContain("rate-limited");
  });

  it("still reads the unusual-rate rows as reputation", async () => {
    const r = await readFirst(
      "421 4.7.28 Gmail has detected an unusual rate of mail originating from your IP address.",
    );
    expect(r.cause).toBe("bad-reputation");
  });
});
