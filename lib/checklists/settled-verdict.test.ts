import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import type { Facts } from "@/lib/rules/types";
import { heldCauses as held } from "@/lib/rules/test-factories";
import { buildConclusionChecklist, settledOn, TELL_APART_TITLE } from "./build";
import { delayReading } from "./delay-outline";

// Review 29's bounce: Forward Email's "554 5.4.0" with a qmail-style #4.4.1 (no route to the
// host), whose walk with clean sender-side checks led at 86% with nothing speaking for the lead.
const FORWARD_EMAIL = "554 5.4.0 <ms1.forwardemail.net #4.4.1>";

// Real lab output (lib/knowledge/lab/fixtures): Postfix's delay warning for an unreachable host.
const POSTFIX_DELAY = readFileSync(
  new URL("../knowledge/lab/fixtures/postfix/delay-warning.eml", import.meta.url),
  "latin1",
);

async function factsOf(text: string): Promise<Facts> {
  return { diagnosis: await diagnose(text), answers: {}, checks: {} };
}

const HIGH_LEAD = held([
  ["remote-unreachable", 0.86],
  ["remote-server-error", 0.08],
]);

describe("the checklist follows the conclusion's verdict where the caller gives one", () => {
  it("a lead over CLEAR_WEIGHT the conclusion does not call settled: the tell-apart steps first", async () => {
    const f = await factsOf(FORWARD_EMAIL);
    const unsettled = buildConclusionChecklist(f, HIGH_LEAD, { settled: false });
    expect(unsettled.causes[0]?.title).toBe(TELL_APART_TITLE);
    expect(unsettled.causes[0]?.tellApart).toBe(true);
    // The lead's fixes still follow.
    expect(unsettled.causes.slice(1).map((c) => c.cause)).toContain("remote-unreachable");
  });

  it("a settled verdict: the lead's fixes alone", async () => {
    const f = await factsOf(FORWARD_EMAIL);
    const settled = buildConclusionChecklist(f, HIGH_LEAD, { settled: true });
    expect(settled.causes.some((c) => c.tellApart)).toBe(false);
    expect(settled.causes[0]?.cause).toBe("remote-unreachable");
  });

  it("no verdict given (API and command-line callers): the lead's weight decides, as before", async () => {
    const f = await factsOf(FORWARD_EMAIL);
    expect(buildConclusionChecklist(f, HIGH_LEAD).causes.some((c) => c.tellApart)).toBe(false);
    const low = held([
      ["remote-unreachable", 0.6],
      ["remote-server-error", 0.3],
    ]);
    expect(buildConclusionChecklist(f, low).causes[0]?.title).toBe(TELL_APART_TITLE);
    expect(settledOn({ confidence: 0.8 }, undefined)).toBe(true);
    expect(settledOn({ confidence: 0.79 }, undefined)).toBe(false);
    expect(settledOn({ confidence: 0.95 }, false)).toBe(false);
    expect(settledOn(undefined, undefined)).toBe(false);
  });

  it("a delay notice's reason the conclusion does not call settled is read as possible, not firm", async () => {
    const f = await factsOf(POSTFIX_DELAY);
    const lead = { cause: "remote-unreachable" as const, confidence: 0.9 };
    expect(delayReading(f.diagnosis, lead)).toBe("reason-firm");
    expect(delayReading(f.diagnosis, lead, false)).toBe("reason-possible");
    expect(delayReading(f.diagnosis, { ...lead, confidence: 0.6 }, true)).toBe("reason-firm");
    const list = buildConclusionChecklist(f, held([["remote-unreachable", 0.9]]), {
      settled: false,
    });
    expect(list.delay).toBe("reason-possible");
    expect(list.causes[0]?.tellApart).toBe(true);
  });
});
