// The problems the checks found, as the conclusion lists them under "What the checks found":
// the one place a check's problem is said in its own words. The conclusion's "How we got here"
// (narrate.ts grounds) points there for these rather than saying them again (session 29's note:
// "o.example.com does not exist" stood in both). Pure.
import type { CheckReport, Finding } from "@/lib/checks/types";

const PROBLEM = new Set<Finding["severity"]>(["critical", "error", "warning"]);

/** The heading of the conclusion's list of problems, which "How we got here" refers to. */
export const PROBLEMS_HEADING = "What the checks found";

function isProblem(f: Finding): boolean {
  return f.outcome === "done" && PROBLEM.has(f.severity);
}

/**
 * The problems the checks found, each once: the domain check also looks at the sending IP's
 * reverse DNS, so the IP check's same finding would otherwise be listed twice. `reports` are
 * the reports as the conclusion shows them (lib/checks/report-scope.ts reportForCheck).
 */
export function checkProblems(reports: readonly CheckReport[]) {
  const seen = new Set<string>();
  return reports.flatMap((r) =>
    r.findings
      .filter(isProblem)
      .filter((f) => {
        const key = `${f.code}\u0000${f.title}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .map((f) => ({ report: r, finding: f })),
  );
}

/** The titles one report adds to the list of problems. */
export function problemTitles(report: CheckReport): string[] {
  return report.findings.filter(isProblem).map((f) => f.title);
}

/** A title and a sentence part say the same thing: case, spaces and a final stop aside. */
export function sameWords(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/\.$/, "").replace(/\s+/g, " ").toLowerCase();
  return norm(a) === norm(b);
}
