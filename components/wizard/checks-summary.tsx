import { CheckReportView } from "@/components/check/check-report-view";
import { KeepTogetherText } from "@/components/ui/keep-together-text";
import type { CheckReport } from "@/lib/checks/types";
import { checkProblems, PROBLEMS_HEADING } from "@/lib/rules/narrate-problems";

/** At the conclusion: the problems the checks found, in plain words; the full reports one click away. */
export function ChecksSummary({ reports }: { reports: CheckReport[] }) {
  if (reports.length === 0) return null;
  const problems = checkProblems(reports);
  const couldNot = reports.reduce(
    (n, r) => n + r.findings.filter((f) => f.outcome === "could-not-check").length,
    0,
  );
  return (
    <section aria-labelledby="checks-summary-h" className="space-y-3" data-testid="checks-summary">
      <h2 id="checks-summary-h" className="text-xl font-semibold text-slate-950">
        {PROBLEMS_HEADING}
      </h2>
      {problems.length === 0 ? (
        <p className="text-slate-700">No problem in {reports.map((r) => r.subject).join(", ")}.</p>
      ) : (
        <ul className="space-y-1">
          {problems.map(({ report, finding }, i) => (
            <li key={`${report.subject}-${finding.code}-${i}`} className="flex gap-2">
              <span
                aria-hidden="true"
                className={finding.severity === "warning" ? "text-amber-600" : "text-red-700"}
              >
                ●
              </span>
              <span>
                <span className="sr-only">{finding.severity}: </span>
                <KeepTogetherText text={finding.title} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {couldNot > 0 ? (
        <p className="text-sm text-slate-600">
          {couldNot} {couldNot === 1 ? "lookup" : "lookups"} could not be checked; they are not
          counted as problems. Each one&apos;s reason (no answer in time, a refusal, a list&apos;s
          error code) is in the results below.
        </p>
      ) : null}
      <details className="rounded-lg border border-slate-200">
        <summary className="cursor-pointer rounded-lg px-3 py-2 font-medium text-blue-900 hover:bg-slate-50">
          All check results, with the DNS records
        </summary>
        <div className="space-y-6 border-t border-slate-200 p-3">
          {reports.map((r) => (
            <CheckReportView key={`${r.kind}:${r.subject}`} report={r} headingLevel={3} compact />
          ))}
        </div>
      </details>
    </section>
  );
}
