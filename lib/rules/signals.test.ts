import { describe, expect, it } from "vitest";
import { SIGNALS } from "./signals";
import { finding, report } from "./test-factories";

const ptr = SIGNALS.find((s) => s.id === "ptr")!;

describe("the reverse-DNS signal's summary", () => {
  it("says a missing PTR record once, in the finding's own words", () => {
    const r = report("203.0.113.7", "ip", [
      finding("ptr.none", { title: "203.0.113.7 has no reverse DNS (PTR) record" }),
    ]);
    const read = ptr.read(r);
    expect(read?.outcome).toBe("problem");
    expect(read?.says).toBe("203.0.113.7 has no reverse DNS (PTR) record");
  });

  it("names the address where the finding names only the PTR name", () => {
    const r = report("203.0.113.7", "ip", [
      finding("ptr.generic", {
        title: "7-113-0-203.dsl.example looks like a generic name for end-user address space",
      }),
    ]);
    const says = ptr.read(r)?.says ?? "";
    expect(says).toContain("203.0.113.7");
    expect(says.match(/203\.0\.113\.7/g)).toHaveLength(1);
  });
});

describe("the domain blocklist signal", () => {
  const domainListed = SIGNALS.find((s) => s.id === "domain-listed")!;

  it("a clean sender domain clears a domain listing only in part: links are looked up apart", () => {
    const clean = domainListed.outcomes.clean!;
    const listedCause = clean.byCause["domain-blocklisted"]!;
    // Against the cause, but far from ruling out a listed link (a URIBL refusal).
    expect(listedCause).toBeLessThan(clean.otherwise);
    expect(listedCause).toBeGreaterThanOrEqual(0.4);
  });
});
