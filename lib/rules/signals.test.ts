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

describe("the authentication signals", () => {
  const forIp = SIGNALS.find((s) => s.id === "auth")!;
  const recordsOnly = SIGNALS.find((s) => s.id === "auth-records")!;
  const spfOk = finding("spf.ok");
  const dkimOk = finding("dkim.ok");

  it("reads records alone when no sending IP was evaluated, and the IP's result when one was", () => {
    const records = report("example.com", "domain", [spfOk, dkimOk]);
    expect(forIp.read(records)).toBeNull();
    expect(recordsOnly.read(records)?.outcome).toBe("clean");
    const withIp = report("example.com", "domain", [spfOk, dkimOk, finding("spf.pass")]);
    expect(forIp.read(withIp)?.outcome).toBe("clean");
    expect(recordsOnly.read(withIp)).toBeNull();
  });

  it("lets records that look right weigh less against a failure than a pass for the IP does", () => {
    // SPF fails per IP and DKIM per message: valid records do not show this message passed.
    const ratio = (s: typeof forIp) =>
      s.outcomes.clean!.byCause["authentication-failure"]! / s.outcomes.clean!.otherwise;
    expect(ratio(recordsOnly)).toBeGreaterThan(2 * ratio(forIp));
    expect(ratio(recordsOnly)).toBeLessThan(1);
  });
});
