import { KeepTogetherText } from "@/components/ui/keep-together-text";
import { NameText } from "@/components/ui/name-text";
import type { SharedView } from "@/lib/report";
import { uncheckedWords } from "@/lib/report/outline-sections";
import { couldNotCheckWords } from "@/lib/report/report-outline";
import type { KnownCheck, UncheckedCheck } from "@/lib/share/shared-outline";

/**
 * What the sender knew when sharing: the checks that ran, with what they found, the checks that
 * could not run, and the answers given. Only those: where none ran or none was given, it says
 * so, so nothing below reads as if a check or an answer backed it, or as if a check that could
 * not run had passed.
 */
export function SharedKnown({
  checks,
  unchecked = [],
  answers,
  contentReviewed,
}: {
  checks: KnownCheck[];
  unchecked?: UncheckedCheck[];
  answers: SharedView["answers"];
  contentReviewed: boolean;
}) {
  return (
    <section
      aria-labelledby="known-h"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
      data-testid="shared-known"
    >
      <h2 id="known-h" className="text-xl font-semibold">
        What is known
      </h2>
      <div>
        <h3 className="font-semibold text-slate-900">Checks that ran</h3>
        {checks.length === 0 ? (
          <p className="mt-1 text-slate-700" data-testid="no-checks">
            No check had run when this was shared.
          </p>
        ) : (
          <ul className="mt-1 space-y-2" data-testid="known-checks">
            {checks.map((c) => (
              <li key={`${c.kind}:${c.subject}`} data-subject={c.subject}>
                <p>
                  <NameText name={c.subject} className="font-mono" />{" "}
                  <span className="text-sm text-slate-600">
                    ({c.kind === "ip" ? "IP check" : "domain check"}, {when(c.checkedAt)})
                  </span>
                </p>
                <p className="text-sm text-slate-800">{findingWords(c)}</p>
                {c.problems.length > 0 ? (
                  <ul className="mt-1 space-y-0.5 text-sm">
                    {c.problems.map((p, i) => (
                      <li key={`${p.title}-${i}`} className="flex gap-2">
                        <span
                          aria-hidden="true"
                          className={p.severity === "warning" ? "text-amber-600" : "text-red-700"}
                        >
                          ●
                        </span>
                        <span>
                          <span className="sr-only">{p.severity}: </span>
                          <KeepTogetherText text={p.title} />
                        </span>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {unchecked.length > 0 ? (
          <>
            <h3 className="mt-3 font-semibold text-slate-900">Checks that could not run</h3>
            <ul className="mt-1 space-y-2" data-testid="unchecked-checks">
              {unchecked.map((u) => (
                <li key={`${u.kind}:${u.subject}`} data-subject={u.subject}>
                  <p>
                    <NameText name={u.subject} className="font-mono" />{" "}
                    <span className="text-sm text-slate-800">({uncheckedWords(u)})</span>
                  </p>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {contentReviewed ? (
          <p className="mt-2 text-sm text-slate-700">
            The message&apos;s content was reviewed too: its summary is further down.
          </p>
        ) : null}
      </div>
      <div>
        <h3 className="font-semibold text-slate-900">Answers given</h3>
        {answers.length === 0 ? (
          <p className="mt-1 text-slate-700" data-testid="no-answers">
            No question had been answered when this was shared.
          </p>
        ) : (
          <dl className="mt-1 space-y-2" data-testid="known-answers">
            {answers.map((a) => (
              <div key={a.id}>
                <dt className="text-sm text-slate-600">{a.question}</dt>
                <dd className="font-medium">{a.answer}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </section>
  );
}

function findingWords(c: KnownCheck): string {
  const problems =
    c.problems.length === 0
      ? c.answered > 0
        ? "No problem found."
        : "No lookup got an answer."
      : `${c.problems.length} ${c.problems.length === 1 ? "problem" : "problems"} found:`;
  const missing =
    c.couldNotCheck > 0
      ? ` ${c.couldNotCheck} ${c.couldNotCheck === 1 ? "lookup" : "lookups"} could not be checked (${couldNotCheckWords(c)}).`
      : "";
  return c.problems.length > 0 && missing
    ? `${missing.trim()} ${problems}`
    : `${problems}${missing}`;
}

/** The time a check ran, as the link has it (ISO); the raw text if it does not read as a date. */
function when(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `checked ${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
