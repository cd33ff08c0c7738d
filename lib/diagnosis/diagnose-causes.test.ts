import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Diagnosis } from "./types";
import { diagnose, diagnoseCauses } from "./diagnose";

/** An unknown's possible causes, as diagnoseCauses gives them: none when there are none. */
function possibleOf(v: { cause: string; possible?: Diagnosis["overall"]["possible"] }) {
  return v.cause === "unknown" && v.possible?.length ? { possible: v.possible } : {};
}

/** What diagnoseCauses gives, read off a whole diagnosis. */
function causesOf(d: Diagnosis) {
  return {
    recipients: d.recipients.map((r) => ({
      index: r.index,
      recipient: r.recipient,
      cause: r.cause,
      confidence: r.confidence,
      ...possibleOf(r),
      ...(r.delayNotice ? { delayNotice: r.delayNotice } : {}),
    })),
    overall: {
      cause: d.overall.cause,
      confidence: d.overall.confidence,
      ...possibleOf(d.overall),
    },
  };
}

const FIXTURES = "lib/bounce/__fixtures__";
const LAB = "lib/knowledge/lab/fixtures";

function inputs(): [string, string | Uint8Array][] {
  const out: [string, string | Uint8Array][] = [
    ["empty", "  \n "],
    ["no code", "Hi, my mail to my aunt did not arrive, why?"],
    ["reply line", "550 5.1.1 User unknown"],
    ["pseudo recipient", "Delivery failed.\n\n554 5.7.1 Service unavailable; client host blocked"],
    ["delay words", "451 4.7.1 Greylisted, please try again later"],
  ];
  for (const f of readdirSync(FIXTURES).sort())
    out.push([f, new Uint8Array(readFileSync(join(FIXTURES, f)))]);
  for (const m of readdirSync(LAB).sort())
    for (const f of readdirSync(join(LAB, m)).sort())
      out.push([`${m}/${f}`, new Uint8Array(readFileSync(join(LAB, m, f)))]);
  return out;
}

describe("diagnoseCauses", () => {
  it.each(inputs())("gives diagnose()'s causes and confidences: %s", async (_name, input) => {
    const causes = await diagnoseCauses(input);
    expect(causes).toEqual(causesOf(await diagnose(input)));
  });

  it("names a cause and its confidence without evidence", async () => {
    const c = await diagnoseCauses(
      "550 5.1.1 <a@example.com>: Recipient address rejected: User unknown",
    );
    expect(c.recipients[0]?.cause).toBe("recipient-unknown");
    expect(c.recipients[0]?.confidence).toBeGreaterThan(0.5);
    expect(c.overall.cause).toBe("recipient-unknown");
  });
});
