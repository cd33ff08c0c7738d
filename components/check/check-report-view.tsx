import type { CheckReport, Finding, Severity } from "@/lib/checks/types";
import { ExternalLink } from "@/components/ui/external-link";
import { KeepTogetherText } from "@/components/ui/keep-together-text";
import { LinkedText } from "@/components/ui/linked-text";
import { NameText } from "@/components/ui/name-text";
import { SpfTree } from "./spf-tree";
import { isUrlOnDomain } from "./url-on-domain";
import { spfTreeModel } from "./spf-tree-model";

/** What the view needs of a finding: full findings from the API, compact ones from a share link. */
export type FindingLike = Pick<Finding, "code" | "severity" | "outcome" | "title"> &
  Partial<Pick<Finding, "detail" | "fix" | "reference" | "referenceUrl" | "records" | "data">> & {
    area?: string;
  };

export interface ReportLike {
  subject: string;
  kind: CheckReport["kind"];
  checkedAt: string;
  findings: FindingLike[];
}

const SEVERITY_ORDER: Severity[] = ["critical", "error", "warning", "info", "ok"];

const SEVERITY_LABEL: Record<Severity, string> = {
  critical: "Critical: blocks delivery",
  error: "Problems",
  warning: "Warnings",
  info: "For information",
  ok: "All good",
};

const SEVERITY_STYLE: Record<Severity, { box: string; dot: string }> = {
  critical: { box: "border-red-300 bg-red-50", dot: "bg-red-700" },
  error: { box: "border-red-200 bg-white", dot: "bg-red-600" },
  warning: { box: "border-amber-300 bg-amber-50", dot: "bg-amber-500" },
  info: { box: "border-slate-200 bg-white", dot: "bg-blue-600" },
  ok: { box: "border-emerald-200 bg-white", dot: "bg-emerald-600" },
};

export function CheckReportView({
  report,
  headingLevel = 2,
  compact = false,
}: {
  report: ReportLike;
  headingLevel?: 2 | 3 | 4;
  /** Collapse the "all good" group (used inside wizard cards). */
  compact?: boolean;
}) {
  const Heading = `h${headingLevel}` as "h2";
  const SubHeading = `h${Math.min(headingLevel + 1, 6)}` as "h3";
  // A lookup that got no answer is never a finding of its severity ("All good" least of all).
  const unanswered = (f: FindingLike) =>
    f.outcome === "could-not-check" || f.code.endsWith("could-not-check");
  const couldNot = report.findings.filter(unanswered);
  const done = report.findings.filter((f) => !unanswered(f));
  const verdict = overallVerdict(done, couldNot.length);
  const when = new Date(report.checkedAt);
  // Full reports carry the SPF tree in the SPF findings' data; a share link's compact ones do not.
  const spf = spfTreeModel(report.findings);
  const checkedDomain = report.kind === "domain" ? report.subject : undefined;
  return (
    <section
      aria-label={`Results for ${report.subject}`}
      className="space-y-4"
      data-testid="check-report"
    >
      <div>
        <Heading className="text-xl font-semibold text-slate-950">
          {report.kind === "ip" ? "IP address" : "Domain"}{" "}
          <NameText name={report.subject} className="font-mono" />
        </Heading>
        <p className="text-sm text-slate-600">
          Checked{" "}
          {Number.isNaN(when.getTime())
            ? report.checkedAt
            : when.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}
        </p>
      </div>
      <p
        className={`rounded-lg border p-3 font-semibold ${verdict.style}`}
        data-testid="check-verdict"
      >
        {verdict.text}
      </p>
      {SEVERITY_ORDER.map((severity) => {
        const group = done.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const list = (
          <ul className="space-y-2">
            {group.map((f, i) => (
              <FindingItem
                key={`${f.code}-${i}`}
                finding={f}
                severity={severity}
                checkedDomain={checkedDomain}
              />
            ))}
          </ul>
        );
        return (
          <div key={severity} data-severity={severity}>
            {compact && severity === "ok" ? (
              <details>
                <summary className="cursor-pointer font-semibold text-slate-800">
                  {SEVERITY_LABEL[severity]} ({group.length})
                </summary>
                <div className="mt-2">{list}</div>
              </details>
            ) : (
              <>
                <SubHeading className="mb-2 font-semibold text-slate-800">
                  {SEVERITY_LABEL[severity]} ({group.length})
                </SubHeading>
                {list}
              </>
            )}
          </div>
        );
      })}
      {spf ? <SpfTree model={spf} open={!compact} /> : null}
      {couldNot.length > 0 ? (
        <div data-testid="could-not-check">
          <SubHeading className="mb-2 font-semibold text-slate-800">
            Could not check ({couldNot.length})
          </SubHeading>
          <p className="mb-2 text-sm text-slate-600">
            These lookups did not get an answer (a timeout, a server failure, or a list refusing to
            answer). This is not the same as &ldquo;nothing found&rdquo;: try again later.
          </p>
          <ul className="space-y-2">
            {couldNot.map((f, i) => (
              <FindingItem
                key={`${f.code}-${i}`}
                finding={f}
                severity="info"
                checkedDomain={checkedDomain}
                muted
                operator
              />
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** The report's verdict in one line: problems first, then what could not be checked. */
function overallVerdict(done: FindingLike[], couldNot: number): { text: string; style: string } {
  const count = (ss: Severity[]) => done.filter((f) => ss.includes(f.severity)).length;
  const problems = count(["critical", "error"]);
  const warnings = count(["warning"]);
  const unchecked =
    couldNot > 0
      ? ` ${couldNot} ${couldNot === 1 ? "lookup" : "lookups"} could not be checked.`
      : "";
  if (problems > 0)
    return {
      text: `${problems} ${problems === 1 ? "problem" : "problems"} found${warnings ? `, and ${warnings} ${warnings === 1 ? "warning" : "warnings"}` : ""}.${unchecked}`,
      style: "border-red-300 bg-red-50 text-red-900",
    };
  if (warnings > 0)
    return {
      text: `No blocking problem; ${warnings} ${warnings === 1 ? "warning" : "warnings"}.${unchecked}`,
      style: "border-amber-300 bg-amber-50 text-amber-950",
    };
  if (couldNot > 0)
    return {
      text: `No problem in what could be checked, but not everything could be.${unchecked}`,
      style: "border-slate-300 bg-slate-50 text-slate-900",
    };
  return { text: "No problem found.", style: "border-emerald-300 bg-emerald-50 text-emerald-950" };
}

/**
 * A fix's text with its web addresses as links; an address on the checked domain itself is
 * where to publish something, shown as text (url-on-domain.ts).
 */
function Linked({ text, checkedDomain }: { text: string; checkedDomain?: string }) {
  return (
    <LinkedText
      text={text}
      asText={checkedDomain ? (url) => isUrlOnDomain(url, checkedDomain) : undefined}
    />
  );
}

/** A fix meant for whoever runs this service (its resolver, a list's access key), not the sender. */
const OPERATOR_FIX = /\bDQS\b|resolver of your own|access key|API key/i;

function FindingItem({
  finding: f,
  severity,
  checkedDomain,
  muted = false,
  operator = false,
}: {
  finding: FindingLike;
  severity: Severity;
  /** The domain the report is about (none for an IP report). */
  checkedDomain?: string;
  muted?: boolean;
  /** Whether a fix may be meant for this service's operator (could-not-check findings). */
  operator?: boolean;
}) {
  const style = SEVERITY_STYLE[severity];
  const forOperator = operator && !!f.fix && OPERATOR_FIX.test(f.fix);
  return (
    <li
      className={`rounded-lg border p-3 ${muted ? "border-dashed border-slate-300 bg-slate-50" : style.box}`}
      data-code={f.code}
      data-finding-severity={muted ? "could-not-check" : severity}
      tabIndex={-1}
    >
      <div className="flex items-start gap-2">
        <span
          aria-hidden="true"
          className={`mt-2 h-2 w-2 shrink-0 rounded-full ${muted ? "bg-slate-400" : style.dot}`}
        />
        <div className="min-w-0 flex-1 space-y-1">
          <p className="font-medium text-slate-900">
            <KeepTogetherText text={f.title} />
          </p>
          {f.detail ? (
            <p className="text-sm text-slate-700">
              <KeepTogetherText text={f.detail} />
            </p>
          ) : null}
          {f.fix && forOperator ? (
            <p className="text-sm text-slate-700" data-testid="operator-note">
              <span className="font-semibold">For whoever runs this checker (not you): </span>
              <Linked text={f.fix} checkedDomain={checkedDomain} />
            </p>
          ) : f.fix ? (
            <p className="text-sm text-slate-900">
              <span className="font-semibold">Fix: </span>
              <Linked text={f.fix} checkedDomain={checkedDomain} />
            </p>
          ) : null}
          {f.reference ? (
            <p className="text-xs text-slate-600">
              Standard:{" "}
              {f.referenceUrl ? (
                <ExternalLink href={f.referenceUrl}>{f.reference}</ExternalLink>
              ) : (
                f.reference
              )}
            </p>
          ) : null}
          {f.records && f.records.length > 0 ? (
            <details className="text-sm">
              <summary className="cursor-pointer text-blue-900">Raw records</summary>
              <ul className="mt-1 space-y-1">
                {f.records.map((r, i) => (
                  <li key={`${r.name}-${r.type}-${i}`}>
                    <p className="font-mono text-xs text-slate-700">
                      {r.name} {r.type}
                    </p>
                    <pre className="overflow-x-auto rounded bg-slate-100 p-2 font-mono text-xs break-all whitespace-pre-wrap text-slate-900">
                      {r.values.length > 0 ? r.values.join("\n") : "(no records)"}
                    </pre>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      </div>
    </li>
  );
}
