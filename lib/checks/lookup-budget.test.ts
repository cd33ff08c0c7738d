import { describe, expect, it } from "vitest";
import { BUDGET_EXHAUSTED_MESSAGE, withLookupBudget } from "./lookup-budget";
import { fixtureDnsForSuite } from "./testing/fixture-dns";

const fx = fixtureDnsForSuite();

describe("withLookupBudget", () => {
  it("counts a name once whatever its case or root dot, and refuses past the bound as an error", async () => {
    const budget = withLookupBudget(fx.client(), 1);
    const first = await budget.dns.query("mail-ready.test", "MX");
    expect(first.status).toBe("ok");
    expect(await budget.dns.query("MAIL-READY.test.", "MX")).toEqual(first);
    expect(budget.count()).toBe(1);
    const refused = await budget.dns.query("mail-ready.test", "TXT");
    expect(refused).toMatchObject({ status: "error", kind: "other" });
    expect(refused.status === "error" && refused.message.startsWith(BUDGET_EXHAUSTED_MESSAGE)).toBe(
      true,
    );
    expect(budget.refused()).toBe(1);
  });
});
