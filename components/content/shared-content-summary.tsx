// The content review as a shared result shows it: the score against the filter's thresholds
// and the rules that counted against the message, in plain words. The link carries no more
// (lib/share/content-summary.ts): never the message, its addresses or what the rules matched.
import { GROUP_TITLES } from "@/lib/content/symbols";
import { VERDICT_WORDS } from "@/lib/content/thresholds";
import type { ContentGroup, ContentVerdict } from "@/lib/content/types";
import {
  findingViews,
  sharedVerdict,
  type ContentFindingView,
  type SharedContent,
} from "@/lib/share/content-summary";

const VERDICT_STYLE: Record<ContentVerdict, string> = {
  low: "border-emerald-300 bg-emerald-50 text-emerald-900",
  greylist: "border-amber-300 bg-amber-50 text-amber-900",
  junk: "border-orange-300 bg-orange-50 text-orange-900",
  reject: "border-red-300 bg-red-50 text-red-900",
};

function signed(n: number): string {
  return `${n > 0 ? "+" : ""}${n}`;
}

/** The findings by topic, in the order findingViews gives them. */
function byGroup(findings: ContentFindingView[]): [ContentGroup, ContentFindingView[]][] {
  const groups = new Map<ContentGroup, ContentFindingView[]>();
  for (const f of findings) groups.set(f.group, [...(groups.get(f.group) ?? []), f]);
  return [...groups];
}

export function SharedContentSummary({
  content,
  headingLevel = 2,
}: {
  content: SharedContent;
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as "h2";
  return (
    <section
      aria-labelledby="shared-content-h"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
      data-testid="shared-content"
    >
      <Heading id="shared-content-h" className="text-xl font-semibold">
        Content review at the time of sharing
      </Heading>
      {content.status === "not-reviewed" ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">
          The message that was sent was not reviewed: nothing is known about its content, which does
          not mean it is clean.
        </p>
      ) : (
        <>
          <div
            className={`rounded-lg border p-3 ${VERDICT_STYLE[sharedVerdict(content)]}`}
            data-testid="shared-content-score"
          >
            <p className="font-semibold">{VERDICT_WORDS[sharedVerdict(content)]}.</p>
            <p className="text-sm">
              The spam filter scored the message {content.score}: receivers that use its thresholds
              put mail in the junk folder from {content.thresholds.junk} and refuse it from{" "}
              {content.thresholds.reject}.
              {content.headersOnly
                ? " Only the message's headers came with the bounce: its text was not reviewed."
                : ""}
            </p>
          </div>
          {content.findings.length > 0 ? (
            <>
              <p className="text-sm text-slate-700">What the filter found:</p>
              <div className="space-y-3" data-testid="shared-content-findings">
                {byGroup(findingViews(content)).map(([group, findings]) => (
                  <div key={group}>
                    <p className="text-sm font-semibold text-slate-800">{GROUP_TITLES[group]}</p>
                    <ul className="mt-1 space-y-1 pl-4">
                      {findings.map((f) => (
                        <li key={f.rule}>
                          <span className="text-slate-900">{f.title}</span>{" "}
                          <span className="text-sm whitespace-nowrap text-slate-600">
                            {f.points !== 0
                              ? `${signed(f.points)} points`
                              : f.tone === "bad"
                                ? "counted (group limit reached)"
                                : "no points"}{" "}
                            · <code className="font-mono text-xs">{f.rule}</code>
                          </span>
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </div>
              {content.more ? (
                <p className="text-sm text-slate-600">
                  And {content.more} more {content.more === 1 ? "rule" : "rules"}, left out to keep
                  the link short.
                </p>
              ) : null}
            </>
          ) : (
            <p className="text-slate-700">No rule fired against the message.</p>
          )}
          <p className="text-xs text-slate-600">
            The link carries the score and the rules&apos; names only, not the message.
          </p>
        </>
      )}
    </section>
  );
}
