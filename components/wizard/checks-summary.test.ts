import { describe, expect, it } from "vitest";
import { finding, report } from "@/lib/rules/test-factories";
import { checkProblems } from "./checks-summary";

describe("checkProblems", () => {
  it("lists a finding two checks made (the IP's reverse DNS) once", () => {
    const ptr = () =>
      finding("ptr.none", {
        severity: "error",
        title: "198.51.100.7 has no reverse DNS (PTR) record",
      });
    const problems = checkProblems([
      report("example.org", "domain", [
        ptr(),
        finding("dmarc.missing", { severity: "error", title: "example.org has no DMARC record" }),
      ]),
      report("198.51.100.7", "ip", [ptr()]),
    ]);
    expect(problems.map((p) => p.finding.title)).toEqual([
      "198.51.100.7 has no reverse DNS (PTR) record",
      "example.org has no DMARC record",
    ]);
  });
});
