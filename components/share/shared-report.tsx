"use client";

import { evidenceRuleIds } from "@/lib/causes/connection-variants";
import { useRouter } from "next/navigation";
import { walkedFirst } from "@/lib/rules/recipient-groups";
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { DiagnosisView } from "@/components/bounce/diagnosis-view";
import { RankedCauses } from "@/components/bounce/ranked-causes";
import { CheckReportView } from "@/components/check/check-report-view";
import { KeepTogetherText } from "@/components/ui/keep-together-text";
import { SharedContentSummary } from "@/components/content/shared-content-summary";
import { checkDomain, checkIp, CheckRequestError } from "@/components/check/fetch-check";
import type { CheckReport } from "@/lib/checks/types";
import type { Diagnosis } from "@/lib/diagnosis/types";
import { decodeShareFragment } from "@/lib/share/encode";
import type { SharedCheckReport, SharePayload } from "@/lib/share/payload";
import { writeHandoff } from "@/lib/store/wizard-handoff";
import type { SharedView } from "@/lib/report";
import { recipientNotes } from "@/lib/report/report";
import { knownChecks, sharedStanding, shownCauses } from "@/lib/share/shared-outline";
import { compareFindings, type FindingChange } from "./compare-findings";
import { ReportExports } from "./report-exports";
import { SharedChecklist } from "./shared-checklist";
import { SharedKnown } from "./shared-known";

type Loaded =
  | { kind: "loading" }
  | { kind: "empty" }
  | { kind: "error"; message: string }
  | { kind: "ok"; payload: SharePayload };

type Rerun =
  | { kind: "idle" }
  | { kind: "running" }
  | {
      kind: "done";
      results: {
        before: SharedCheckReport;
        after: CheckReport | null;
        error?: string;
        changes: FindingChange[];
      }[];
    };

function readFragment(fragment: string): Loaded {
  const hash = fragment.replace(/^#/, "");
  if (!hash) return { kind: "empty" };
  const result = decodeShareFragment(hash);
  return result.ok
    ? { kind: "ok", payload: result.payload }
    : { kind: "error", message: result.message };
}

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

export function SharedReport() {
  const router = useRouter();
  // The fragment is the page's input: read it as an external store (null on the server, which
  // never sees it), and decode it once per value.
  const hash = useSyncExternalStore(
    subscribeToHash,
    () => window.location.hash,
    () => null,
  );
  const loaded = useMemo<Loaded>(
    () => (hash === null ? { kind: "loading" } : readFragment(hash)),
    [hash],
  );
  const [diagnosis, setDiagnosis] = useState<Diagnosis | null>(null);
  // A re-run belongs to the link it was made for: another link starts idle.
  const [rerunOf, setRerunOf] = useState<{ hash: string | null; rerun: Rerun }>({
    hash: null,
    rerun: { kind: "idle" },
  });
  const rerun: Rerun = rerunOf.hash === hash ? rerunOf.rerun : { kind: "idle" };
  const setRerun = (next: Rerun) => setRerunOf({ hash, rerun: next });
  const [view, setView] = useState<SharedView | null>(null);
  // The link whose bounce could not be read here: its list stays the link's own.
  const [unreadOf, setUnreadOf] = useState<string | null>(null);

  useEffect(() => {
    if (loaded.kind !== "ok" || !loaded.payload.text.trim()) return;
    let live = true;
    const payload = loaded.payload;
    // The composition (facts, causes, answers in words, checklist with titles and records) is
    // lib/report's sharedView; this leaf only draws it.
    void Promise.all([import("@/lib/diagnosis/diagnose"), import("@/lib/report")])
      .then(async ([{ diagnose }, { sharedView }]) => {
        // As the wizard read it: the recipient it walked leads (lib/rules walkedFirst).
        const d = walkedFirst(await diagnose(payload.text));
        if (!live) return;
        setDiagnosis(d);
        setView(sharedView(payload, d));
      })
      .catch(() => {
        if (!live) return;
        setDiagnosis(null);
        setUnreadOf(hash);
      });
    return () => {
      live = false;
    };
  }, [loaded, hash]);

  if (loaded.kind === "loading") return <p role="status">Opening the result…</p>;
  if (loaded.kind === "empty" || loaded.kind === "error") {
    return (
      <div
        role="alert"
        data-testid="share-error"
        className="space-y-2 rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950"
      >
        <p className="font-semibold">This result cannot be shown.</p>
        <p>
          {loaded.kind === "empty"
            ? "The link has no result in it: the part after # is missing. Ask the sender to copy the whole link again."
            : loaded.message}
        </p>
      </div>
    );
  }

  const payload = loaded.payload;
  const causes =
    payload.conclusion?.causes ??
    (diagnosis
      ? [{ cause: diagnosis.overall.cause, confidence: diagnosis.overall.confidence }]
      : []);
  const standing = view ? sharedStanding(view.outline, payload, view.confirmed) : null;
  // Recipients refused for different reasons: whom the lead is for, and the others' causes.
  const recipients = diagnosis
    ? recipientNotes(diagnosis, view?.outline.fixes.some((f) => f.otherRecipients) ? "below" : null)
    : null;

  async function rerunChecks() {
    setRerun({ kind: "running" });
    const results = await Promise.all(
      payload.checks.map(async (before) => {
        try {
          const after =
            before.kind === "ip"
              ? await checkIp(before.subject)
              : await checkDomain({ domain: before.subject });
          return { before, after, changes: compareFindings(before.findings, after.findings) };
        } catch (error) {
          return {
            before,
            after: null,
            error: error instanceof CheckRequestError ? error.message : "The check failed.",
            changes: [],
          };
        }
      }),
    );
    setRerun({ kind: "done", results });
  }

  return (
    <div className="space-y-8" data-testid="shared-report">
      <section
        aria-labelledby="conclusion-h"
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
      >
        <h2 id="conclusion-h" className="text-2xl font-bold text-slate-950">
          The diagnosis
        </h2>
        {payload.redaction.maskLocalParts || payload.redaction.dropOriginalMessage ? (
          <p className="mt-1 text-sm text-slate-600">
            Shared with{" "}
            {[
              payload.redaction.maskLocalParts ? "addresses masked" : null,
              payload.redaction.dropOriginalMessage ? "the original message left out" : null,
            ]
              .filter(Boolean)
              .join(" and ")}
            .
          </p>
        ) : null}
        {causes.length === 0 ? (
          <p className="mt-2 text-slate-700">
            The wizard had not reached a conclusion when this was shared.
          </p>
        ) : null}
        {standing ? (
          <p
            className={`mt-3 rounded-lg border p-3 ${standing.settled ? "border-emerald-200 bg-emerald-50" : "border-amber-300 bg-amber-50"}`}
            data-testid="shared-standing"
            data-settled={standing.settled ? "yes" : "no"}
          >
            <span className="font-semibold">{standing.lead}.</span> {standing.words}{" "}
            <span className="text-slate-700">It rests on {standing.restsOn}.</span>
          </p>
        ) : null}
        {recipients?.forRecipients ? (
          <div className="mt-3 space-y-1 text-slate-800" data-testid="shared-recipients">
            <p>
              <span className="font-semibold">For: </span>
              {recipients.forRecipients}
            </p>
            {/* One label over the other groups (review 24: it stood before each of them). */}
            {recipients.otherRecipients.length === 1 ? (
              <p>
                <span className="font-semibold">Other recipients: </span>
                {recipients.otherRecipients[0]}
              </p>
            ) : recipients.otherRecipients.length > 1 ? (
              <div>
                <p className="font-semibold">Other recipients:</p>
                <ul className="list-disc pl-6">
                  {recipients.otherRecipients.map((o) => (
                    <li key={o}>{o}</li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        ) : null}
        {/* A link that had not settled on a cause shows the causes the bounce leaves possible,
            which its own reading gives: until that reading is done, say so rather than show
            the link's list for a moment and then another. */}
        {causes[0]?.cause === "unknown" &&
        !diagnosis &&
        unreadOf !== hash &&
        payload.text.trim() ? (
          <p role="status" className="mt-4 text-slate-700" data-testid="shared-causes-pending">
            Reading the bounce to list the causes that remain possible…
          </p>
        ) : (
          <RankedCauses
            causes={shownCauses(causes, diagnosis)}
            className="mt-4"
            delayNotice={diagnosis?.overall.delayNotice}
            reading={diagnosis?.overall}
            parsed={diagnosis?.parsed}
            ruleIds={evidenceRuleIds(diagnosis)}
          />
        )}
        <div className="no-print mt-6 flex flex-wrap gap-3">
          <button
            type="button"
            onClick={() => {
              writeHandoff({ text: payload.text, answers: payload.answers });
              router.push("/wizard?step=1");
            }}
            className="rounded-lg bg-blue-800 px-5 py-2.5 font-semibold text-white hover:bg-blue-900"
          >
            Continue in the wizard
          </button>
          {payload.checks.length > 0 ? (
            <button
              type="button"
              onClick={() => void rerunChecks()}
              disabled={rerun.kind === "running"}
              className="rounded-lg border border-slate-300 bg-white px-4 py-2.5 font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60"
            >
              {rerun.kind === "running" ? "Checking…" : "Re-run the checks now"}
            </button>
          ) : null}
        </div>
        <div aria-live="polite" className="mt-4">
          {rerun.kind === "done" ? (
            <div
              className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4"
              data-testid="rerun-result"
            >
              <h3 className="font-semibold">Compared with the time of sharing</h3>
              {rerun.results.map((r) => (
                <div key={`${r.before.kind}:${r.before.subject}`}>
                  <p className="font-medium">
                    <span className="font-mono">{r.before.subject}</span>
                  </p>
                  {r.error ? (
                    <p className="text-red-800">{r.error}</p>
                  ) : r.changes.length === 0 ? (
                    <p className="text-slate-700">
                      No change: the same problems as when it was shared.
                    </p>
                  ) : (
                    <ul className="list-disc pl-6 text-slate-800">
                      {r.changes.map((c) => (
                        <li key={`${c.code}-${c.title}`}>
                          {c.change === "gone"
                            ? "Fixed since: "
                            : c.change === "new"
                              ? "New since: "
                              : `Changed (${c.before} → ${c.after}): `}
                          <KeepTogetherText text={c.title} />
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              ))}
            </div>
          ) : null}
        </div>
      </section>

      {view ? (
        <SharedKnown
          checks={knownChecks(payload)}
          unchecked={view.unchecked}
          answers={view.answers}
          contentReviewed={payload.content?.status === "reviewed"}
        />
      ) : null}

      {view ? <SharedChecklist outline={view.outline} /> : null}

      {payload.content ? <SharedContentSummary content={payload.content} /> : null}

      {payload.checks.length > 0 ? (
        <section aria-labelledby="checks-h" className="space-y-4">
          <h2 id="checks-h" className="text-xl font-semibold">
            Checks at the time of sharing
          </h2>
          {payload.checks.map((report) => (
            <div
              key={`${report.kind}:${report.subject}`}
              className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
            >
              <CheckReportView report={report} headingLevel={3} compact />
            </div>
          ))}
        </section>
      ) : null}

      {diagnosis ? (
        <section aria-labelledby="bounce-h" className="space-y-3">
          <h2 id="bounce-h" className="text-xl font-semibold">
            The bounce, as shared
          </h2>
          <DiagnosisView diagnosis={diagnosis} headingLevel={3} />
        </section>
      ) : null}

      <section aria-label="Copy the report" className="no-print flex flex-wrap gap-3">
        <ReportExports payload={payload} checklistItems={view?.checklist} />
      </section>
    </div>
  );
}
