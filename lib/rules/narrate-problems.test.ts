import { describe, expect, it } from "vitest";
import { reportForCheck } from "@/lib/checks/report-scope";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { nextStep } from "./engine";
import { checkProblems } from "./narrate-problems";
import { done, finding, makeFacts, report } from "./test-factories";

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

describe("'How we got here' beside the list of problems", () => {
  // A bounce for a domain that does not exist, and the recipient-domain check that found so.
  const TEXT =
    "<ann@o.example.com>: Host or domain name not found. Name service error for name=o.example.com type=A: Host not found";

  it("points to a problem the list shows rather than repeating it, and keeps what it does not", async () => {
    const diagnosis = await diagnose(TEXT);
    const id = "recipient-domain:o.example.com";
    const nx = finding("domain.nxdomain", {
      area: "recipient-domain",
      severity: "critical",
      title: "o.example.com does not exist",
    });
    const facts = makeFacts({
      diagnosis,
      checks: { [id]: done("o.example.com", "domain", [nx]) },
    });
    const step = nextStep(facts);
    if (step.kind !== "conclusion") throw new Error(`no conclusion: ${step.kind}`);
    const listed = checkProblems(
      Object.entries(facts.checks).flatMap(([key, c]) =>
        c.status === "done" && c.report ? [reportForCheck(key, c.report)] : [],
      ),
    ).map((p) => p.finding.title);
    expect(listed).toEqual(["o.example.com does not exist"]);
    expect(step.reason).not.toContain("o.example.com does not exist");
    expect(step.reason).toContain(
      "The check of o.example.com found the problem listed under “What the checks found”",
    );
    // What the list does not show is still said: the check found no likely typo.
    expect(step.reason).toContain("o.example.com is not a likely typo");
  });
});
