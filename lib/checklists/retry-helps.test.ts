// "Try again later" only where waiting can help (review 30, finding 13b).
import { describe, expect, it } from "vitest";
import type { CauseId } from "@/lib/causes/causes";
import { diagnose } from "@/lib/diagnosis/diagnose";
import type { HeldCause } from "@/lib/rules";
import { makeFacts } from "@/lib/rules/test-factories";
import { buildConclusionChecklist, TELL_APART_TITLE } from "./build";
import { CHECK_FIRST, CHECK_FIRST_PREFIX } from "./check-first";
import { WAITING_CANNOT_HELP, type ReplyRow } from "@/lib/knowledge/waiting-cannot-help";
import { checklistTemplate } from "./check-first-steps";
import { WAITING_STEP_IDS, waitingStepIds, waitingStepsLeftOut } from "./retry-helps";

const RETRY = `${CHECK_FIRST_PREFIX}remote-server-error`;

// microsoftgraph docs #6698: Exchange Online refusing a new tenant's mail from its low-reputation
// pool (names as in the issue; the recipient left out there too).
const EXO_5_7_708 = `Generating server: SYBP282MB0331.AUSP282.PROD.OUTLOOK.COM
Remote Server returned '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7171) [SYBP282MB0569.AUSP282.PROD.OUTLOOK.COM]'`;

/** The tell-apart steps of a not-settled conclusion that holds `held`, in order. */
async function tellApart(text: string, held: [CauseId, number][]) {
  const diagnosis = await diagnose(text);
  const causes: HeldCause[] = held.map(([cause, confidence]) => ({
    cause,
    confidence,
    support: "bounce",
    why: "",
  }));
  const list = buildConclusionChecklist(makeFacts({ diagnosis }), causes);
  expect(list.causes[0]?.title).toBe(TELL_APART_TITLE);
  return { diagnosis, ids: (list.causes[0]?.items ?? []).map((i) => i.id) };
}

describe("the retry step among the steps that tell causes apart", () => {
  it("is left out where a permanent refusal's words read as a lasting block (5.7.708)", async () => {
    const { diagnosis, ids } = await tellApart(EXO_5_7_708, [
      ["bad-reputation", 0.79],
      ["remote-server-error", 0.16],
    ]);
    expect(diagnosis.recipients[0]?.cause).toBe("bad-reputation");
    expect(ids).not.toContain(RETRY);
  });

  it("stays for a temporary refusal", async () => {
    // Constructed: the same words in a 4yz reply, which the sending server retries anyway.
    const { diagnosis, ids } = await tellApart(
      "451 4.7.1 Service unavailable. Access denied, traffic not accepted from this IP (5.7.708) AS(7171)",
      [
        ["bad-reputation", 0.6],
        ["remote-server-error", 0.3],
      ],
    );
    expect(diagnosis.recipients[0]?.cause).toBe("bad-reputation");
    expect(ids).toContain(RETRY);
  });

  it("stays where the receiving server's own fault leads (mailnesia #13: '500 Internal Server Error')", async () => {
    const { ids } = await tellApart("500 Internal Server Error", [
      ["remote-server-error", 0.55],
      ["bad-reputation", 0.2],
    ]);
    expect(ids).toContain(RETRY);
  });
});

describe("waitingStepsLeftOut", () => {
  it("leaves the tell-apart retry out only where the lead was read from a lasting permanent refusal", async () => {
    const d = await diagnose(EXO_5_7_708);
    expect([...waitingStepsLeftOut(d, "bad-reputation")]).toEqual([RETRY]);
    // No recipient was read as the lead, no lead, no diagnosis: nothing is left out.
    expect(waitingStepsLeftOut(d, "ip-blocklisted").size).toBe(0);
    expect(waitingStepsLeftOut(d, undefined).size).toBe(0);
    expect(waitingStepsLeftOut(null, "bad-reputation").size).toBe(0);
  });

  it("reads a new case as one row of the table", async () => {
    const d = await diagnose(EXO_5_7_708);
    const row: ReplyRow = {
      id: "test.any-permanent-refusal",
      trigger: { kind: "lasting-reply", minReplyCode: 500, unlessCause: [] },
      reason: "constructed for the test",
      source: "this test",
      drops: ["retry", "retry-to-tell-apart"],
    };
    expect([...waitingStepsLeftOut(d, "bad-reputation", [row])].sort()).toEqual(
      waitingStepIds(["retry", "retry-to-tell-apart"]).sort(),
    );
    // The same row with a higher threshold than the reply's code does not hold.
    const higher = { ...row, trigger: { ...row.trigger, minReplyCode: 551 } };
    expect(waitingStepsLeftOut(d, "bad-reputation", [higher]).size).toBe(0);
  });
});

describe("the waiting advice's steps", () => {
  it("are real steps: the internal failure's own, and its tell-apart step built from its retry", () => {
    expect(checklistTemplate("remote-server-error", WAITING_STEP_IDS.retry)?.title).toBe(
      "Try again later",
    );
    expect(
      checklistTemplate("remote-server-error", WAITING_STEP_IDS["tell-if-it-persists"]),
    ).not.toBeNull();
    expect(WAITING_STEP_IDS["retry-to-tell-apart"]).toBe(RETRY);
    expect(CHECK_FIRST["remote-server-error"]).toEqual({
      from: "item",
      itemId: WAITING_STEP_IDS.retry,
    });
  });

  it("every case leaves some out, each once", () => {
    for (const w of WAITING_CANNOT_HELP) {
      expect(w.drops.length).toBeGreaterThan(0);
      expect(new Set(w.drops).size).toBe(w.drops.length);
    }
  });
});
