import { describe, expect, it } from "vitest";
import { answer, done, finding, makeDiagnosis, makeFacts } from "@/lib/rules/test-factories";
import { buildChecklist } from "./build";

/** The steps for an authentication failure of anna@big.test whose SPF record counts `lookups`. */
function steps(record: string, lookups: number, answers: Record<string, string>) {
  const spf = finding("spf.ok", {
    area: "spf",
    records: [{ name: "big.test", type: "TXT", values: [record] }],
    data: { totals: { lookups, lookupLimit: 10 } },
  });
  const facts = makeFacts({
    diagnosis: makeDiagnosis({ cause: "authentication-failure", from: "anna@big.test" }),
    answers: Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, answer.choice(v)])),
    checks: { "domain:big.test": done("big.test", "domain", [spf, "dmarc.missing", "dkim.ok"]) },
  });
  return buildChecklist(facts, [{ cause: "authentication-failure", confidence: 0.9 }]).causes[0]!
    .items;
}

const nine = `v=spf1 ${Array.from({ length: 9 }, (_, i) => `include:i${i + 1}.big.test`).join(" ")} ~all`;

describe("spfItem: a provider's include is counted with the lookups inside it", () => {
  it("hands over no record when Google's include takes a record at 9 lookups past 10", () => {
    // rev23 B1: the record offered was the nine includes plus include:_spf.google.com, which
    // holds _netblocks and _netblocks2 (formerly _netblocks3 too): 12-13 lookups, a permerror.
    const items = steps(nine, 9, { "sending-platform": "google-workspace" });
    expect(items.find((i) => i.id === "authentication-failure.spf")).toBeUndefined();
    const room = items.find((i) => i.id === "authentication-failure.spf-lookups");
    expect(room?.record).toBeUndefined();
    expect(room?.title).toBe("Make room in the SPF record of big.test before adding a sender");
    expect(room?.detail).toMatch(/about 13 DNS lookups \(it needs 9 today/);
  });

  it("hands over no record for an include of unknown cost near the limit, and says to count it", () => {
    const items = steps("v=spf1 include:a.example include:b.example ~all", 7, {
      "sending-platform": "esp",
      "esp-name": "sendgrid",
    });
    expect(items.find((i) => i.id === "authentication-failure.spf")).toBeUndefined();
    const room = items.find((i) => i.id === "authentication-failure.spf-lookups");
    expect(room?.record).toBeUndefined();
    expect(room?.detail).toMatch(/include:sendgrid\.net needs .* is not known here/);
  });

  it("still gives the record when the include's known cost fits", () => {
    const items = steps("v=spf1 include:a.example ~all", 3, {
      "sending-platform": "google-workspace",
    });
    const spf = items.find((i) => i.id === "authentication-failure.spf");
    expect(spf?.record?.value).toBe("v=spf1 include:a.example include:_spf.google.com ~all");
    expect(spf?.detail).toMatch(/needs about 7/);
  });
});

describe("spfItem decides from the check's verdict, not only from the records it carries", () => {
  /** The SPF step where the domain check's one SPF finding is `code`, with no record text. */
  function stepFor(code: string, answers: Record<string, string> = {}) {
    const facts = makeFacts({
      diagnosis: makeDiagnosis({ cause: "authentication-failure", from: "anna@big.test" }),
      answers: Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, answer.choice(v)])),
      checks: {
        "domain:big.test": done("big.test", "domain", [
          finding(code, { area: "spf" }),
          "dmarc.missing",
          "dkim.ok",
        ]),
      },
    });
    return buildChecklist(facts, [
      { cause: "authentication-failure", confidence: 0.9 },
    ]).causes[0]!.items.find((i) => i.id === "authentication-failure.spf");
  }

  it.each(["spf.pass", "spf.ok", "spf.softfail-all"])(
    "never says no record was found after %s (review 30, finding 12)",
    (code) => {
      const cases: Record<string, string>[] = [{}, { "sending-platform": "google-workspace" }];
      for (const answers of cases) {
        const step = stepFor(code, answers);
        expect(step?.detail).not.toMatch(/found no SPF record/);
        expect(step?.title).not.toMatch(/^Publish/);
        // No second record to publish beside the one the check read.
        expect(step?.record).toBeUndefined();
        expect(step?.detail).toMatch(/The check found an SPF record at big\.test/);
      }
    },
  );

  it("names what to add to the record it read but could not show", () => {
    const step = stepFor("spf.pass", { "sending-platform": "google-workspace" });
    expect(step?.title).toBe("Make sure the SPF record of big.test lists include:_spf.google.com");
  });

  it.each(["spf.missing", "spf.none"])("still offers a new record after %s", (code) => {
    const step = stepFor(code, { "sending-platform": "google-workspace" });
    expect(step?.record?.value).toMatch(/^v=spf1 include:_spf\.google\.com/);
  });
});
