// Every greylisting reply in the table, through the whole pipeline: one of the catalog entries
// it names reads it (so a renamed entry fails here, not silently in the checklist).
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { GREYLISTING_READING, GREYLISTING_REPLIES } from "./greylisting";

describe.each(GREYLISTING_REPLIES.map((r) => [r.software, r] as const))("%s", (_name, r) => {
  it("is read by one of the entries it names", async () => {
    const d = await diagnose(r.example);
    const ids = d.overall.evidence.map((e) => e.ruleId);
    expect(
      ids.some((id) => r.ruleIds.includes(id)),
      ids.join(", "),
    ).toBe(true);
    expect(r.example).toMatch(/^4\d\d /);
  });
});

describe("how a greylisting refusal is told", () => {
  it("gives greylisting's own headline and words instead of the rate limit's", async () => {
    const d = await diagnose(
      "450 4.2.0 <user@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html",
    );
    expect(d.overall.headline).toBe(GREYLISTING_READING.headline);
    expect(d.overall.explanation).toBe(GREYLISTING_READING.note);
  });

  it("says it is greylisting where the words leave the cause unsure, the rate limit first", async () => {
    // A one-word term ranks and decides nothing; the answer stays unknown, told as greylisting.
    const d = await diagnose("451 4.7.1 Greylisted, please try again later");
    expect(d.overall.cause).toBe("unknown");
    expect(d.overall.possible?.[0]?.cause).toBe(GREYLISTING_READING.ranks);
    expect(d.overall.headline).toBe(GREYLISTING_READING.headline);
    expect(d.overall.explanation).toBe(GREYLISTING_READING.note);
  });

  it("leaves a rate limit that is no greylisting its cause's own title", async () => {
    const d = await diagnose(
      "421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later.",
    );
    expect(d.overall.cause).toBe("rate-limited");
    expect(d.overall.headline).toBeUndefined();
  });
});
