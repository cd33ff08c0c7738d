// "Try again later" only where waiting can help (review 30, finding 13b).
import { describe, expect, it } from "vitest";
import type { CauseId } from "@/lib/causes/causes";
import { diagnose } from "@/lib/diagnosis/diagnose";
import type { HeldCause } from "@/lib/rules";
import { makeFacts } from "@/lib/rules/test-factories";
import { buildConclusionChecklist, TELL_APART_TITLE } from "./build";
import { CHECK_FIRST_PREFIX } from "./check-first";
import { waitingCanHelp } from "./retry-helps";

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

describe("waitingCanHelp", () => {
  it("holds where no recipient was read as the lead, or nothing was read", async () => {
    const d = await diagnose(EXO_5_7_708);
    expect(waitingCanHelp(d, "bad-reputation")).toBe(false);
    expect(waitingCanHelp(d, "ip-blocklisted")).toBe(true);
    expect(waitingCanHelp(d, undefined)).toBe(true);
    expect(waitingCanHelp(null, "bad-reputation")).toBe(true);
  });
});
