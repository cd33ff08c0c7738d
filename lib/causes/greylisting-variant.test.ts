import { describe, expect, it } from "vitest";
import { buildConclusionChecklist } from "@/lib/checklists/build";
import { GREYLISTING_REPLIES, GREYLISTING_WEIGHS_AGAINST } from "@/lib/knowledge/greylisting";
import { reportMarkdown, reportText } from "@/lib/report";
import { beliefOf } from "@/lib/rules";
import { CAUSES } from "./causes";
import { causeInfoFor, evidenceRuleIds, GREYLISTED } from "./connection-variants";
import { walkToConclusion } from "./test-walk";

// Postgrey's own reply, as greylisting.ts records it from the lab (review 31, finding 7: the
// headline said greylisting, the conclusion, the possible causes and the steps a rate limit).
const POSTGREY = GREYLISTING_REPLIES.find((r) => r.software.startsWith("Postgrey"))!.example;

describe("a greylisting is named as one wherever the cause is named (review 31, finding 7)", () => {
  it("gives rate-limited its greylisting words only where the evidence reads greylisting", async () => {
    const { diagnosis } = await walkToConclusion(POSTGREY);
    expect(causeInfoFor("rate-limited", diagnosis.parsed, evidenceRuleIds(diagnosis))).toBe(
      GREYLISTED,
    );
    expect(causeInfoFor("rate-limited", diagnosis.parsed, [])).toBe(CAUSES["rate-limited"]);
  });

  it("says greylisting in the conclusion, the possible causes and the steps, with no volume or authentication step", async () => {
    const { facts, end, diagnosis } = await walkToConclusion(POSTGREY);
    const said = [end.summary, end.reason, ...end.causes.map((c) => c.why)].join(" ");
    expect(said).toContain(GREYLISTED.title);
    expect(said).not.toContain(CAUSES["rate-limited"].title);
    const list = buildConclusionChecklist(facts, end.causes);
    const items = list.causes.flatMap((s) => s.items);
    const ids = items.map((i) => i.id);
    expect(ids).toContain("greylisting.wait-for-retry");
    expect(ids).not.toContain("rate-limited.slow-down");
    expect(ids).not.toContain("rate-limited.authenticate");
    expect(items.map((i) => i.title)).not.toContain("Look at how much you sent to this receiver");
    expect(list.causes.map((s) => s.title)).not.toContain(CAUSES["rate-limited"].title);
    for (const report of [
      reportMarkdown({ diagnosis, conclusion: end.causes }),
      reportText({ diagnosis, conclusion: end.causes }),
    ]) {
      expect(report).toContain(GREYLISTED.title);
      expect(report).not.toContain(CAUSES["rate-limited"].title);
    }
  });

  it("weighs the greylisting words against the mailbox causes the Postfix prefix leaves ranked", async () => {
    const { diagnosis } = await walkToConclusion(POSTGREY);
    const belief = beliefOf({ diagnosis, checks: {}, answers: {} });
    const disabled = belief.causes.find((c) => c.cause === "mailbox-disabled");
    // Held or not, it is not a cause the wizard sets a question to tell apart from greylisting.
    expect(disabled?.weight ?? 0).toBeLessThan(0.1);
    if (disabled)
      expect(disabled.against.map((e) => e.says)).toContain(GREYLISTING_WEIGHS_AGAINST.says);
    expect(belief.causes[0]?.cause).toBe("rate-limited");
  });
});
