import { describe, expect, it } from "vitest";
import { FINDING_CODES } from "./codes";
import { SIGNALS } from "./signals";
import { finding, report } from "./test-factories";

const auth = SIGNALS.find((s) => s.id === "auth")!;

describe("a 1024-bit DKIM key is advice, not evidence of an authentication failure", () => {
  it("does not read as a records problem (RFC 8301 §3.2: verifiers accept it)", () => {
    // rev23 M7: Outlook's 5.7.515 for weak.test, signed with a 1024-bit key at k1, was
    // "Settled" by "weak.test's records have problems: The DKIM key ... is 1024 bits".
    const r = report("weak.test", "domain", [
      finding("spf.pass"),
      finding("dkim.weak-key", {
        severity: "warning",
        title: 'The DKIM key for selector "k1" is 1024 bits',
      }),
    ]);
    const read = auth.read(r);
    expect(read?.outcome).not.toBe("problem");
    expect(read?.says ?? "").not.toMatch(/1024 bits/);
  });

  it("keeps a key that is missing or revoked as a problem", () => {
    const r = report("weak.test", "domain", [finding("spf.pass"), finding("dkim.revoked")]);
    expect(auth.read(r)?.outcome).toBe("problem");
    expect(FINDING_CODES.dkimAdvice).toContain("dkim.weak-key");
  });
});

describe("no key at the common selectors is not evidence against the sender (review 26 finding 4)", () => {
  it("does not read dkim.none-found as a records problem", () => {
    // lib/checks/bulk-sender.ts: none-found is no proof, the domain may sign with a selector
    // the check did not try. It made undecided bounces lead with "judged to be spam".
    const r = report("grizz.test", "domain", [
      finding("spf.pass"),
      finding("dkim.none-found", { title: "No DKIM key found at 22 common selectors" }),
    ]);
    const read = auth.read(r);
    expect(read?.outcome).not.toBe("problem");
    expect(read?.says ?? "").not.toMatch(/records have problems/);
    // Nor does it claim a DKIM record that was never seen.
    expect(read?.says ?? "").not.toMatch(/SPF and DKIM records look right/);
    expect(FINDING_CODES.dkimProblem).not.toContain("dkim.none-found");
  });

  it("still reads a missing key at a selector that was given (s= of the bounce's signature)", () => {
    const r = report("grizz.test", "domain", [
      finding("spf.pass"),
      finding("dkim.selector-not-found", { title: 'No DKIM key for selector "default10"' }),
    ]);
    expect(auth.read(r)?.outcome).toBe("problem");
  });
});
