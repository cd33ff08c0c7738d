"use client";

import { useEffect, useEffectEvent, useRef, useState } from "react";
import { reportForCheck } from "@/lib/checks/report-scope";
import type { CheckRequest, CheckState } from "@/lib/rules";
import { CheckReportView } from "@/components/check/check-report-view";
import { checkDomain, checkIp, CheckRequestError } from "@/components/check/fetch-check";

export function describeCheck(check: CheckRequest): string {
  if (check.type === "ip") return `the sending IP address ${check.input.ip ?? ""}`.trim();
  if (check.id.startsWith("recipient-domain:"))
    return `the recipient's domain ${check.input.domain ?? ""}`.trim();
  return `your sending domain ${check.input.domain ?? ""}`.trim();
}

export function runCheckRequest(check: CheckRequest, signal: AbortSignal) {
  if (check.type === "ip") return checkIp(check.input.ip ?? "", signal);
  return checkDomain(
    {
      domain: check.input.domain ?? "",
      selectors: check.input.selectors,
      ip: check.input.ip,
      sender: check.input.sender,
    },
    signal,
  );
}

export function CheckCard({
  check,
  reason,
  state,
  onState,
  onContinue,
}: {
  check: CheckRequest;
  reason: string;
  state: CheckState | undefined;
  onState: (state: CheckState) => void;
  onContinue: () => void;
}) {
  const [attempt, setAttempt] = useState(0);
  const [elapsed, setElapsed] = useState(0);
  const continueRef = useRef<HTMLButtonElement>(null);
  const needsRun =
    !state || state.status === "pending" || (state.status === "failed" && attempt > 0);

  // The run reads the latest check and callback without restarting: it runs once per check
  // id and per retry, while `onState` and the check object change identity every render.
  const run = useEffectEvent((signal: AbortSignal) => {
    onState({ status: "pending", request: check });
    return runCheckRequest(check, signal).then(
      (report) => {
        // A run the card abandoned (the user skipped the check, or left the step) must not
        // land later: a skipped check turning "done" would re-plan the steps after it.
        if (signal.aborted) return;
        onState({ status: "done", report, request: check });
      },
      (error: unknown) => {
        if (signal.aborted) return;
        onState({
          status: "failed",
          request: check,
          error:
            error instanceof CheckRequestError ? error.message : "The check failed unexpectedly.",
        });
      },
    );
  });

  useEffect(() => {
    if (!needsRun) return;
    const controller = new AbortController();
    const started = Date.now();
    const timer = setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 1000);
    void run(controller.signal).finally(() => clearInterval(timer));
    return () => {
      controller.abort();
      clearInterval(timer);
    };
  }, [check.id, attempt, needsRun]);

  // When the check ends, focus and show its most important finding (a listing, a missing
  // record), so nobody is carried past a red finding to "Continue"; with nothing wrong, focus
  // "Continue" so the keyboard can go on.
  const status = state?.status;
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (status !== "done" && status !== "failed") return;
    const key = ["critical", "error", "warning"]
      .map((s) => resultRef.current?.querySelector<HTMLElement>(`[data-finding-severity="${s}"]`))
      .find((el) => el);
    const target = key ?? continueRef.current;
    target?.focus({ preventScroll: true });
    target?.scrollIntoView({ block: key ? "start" : "nearest" });
  }, [status]);

  const what = describeCheck(check);
  return (
    <div className="space-y-4" data-testid="check-card" data-check={check.id}>
      <h2 className="text-xl font-semibold text-slate-950">Checking {what}</h2>
      <p className="text-sm text-slate-600">
        <span className="font-medium text-slate-700">Why: </span>
        {reason}
      </p>
      <div aria-live="polite" ref={resultRef}>
        {!state || state.status === "pending" ? (
          <p role="status" className="flex items-center gap-2 text-slate-700">
            <span
              aria-hidden="true"
              className="h-4 w-4 animate-spin rounded-full border-2 border-blue-800 border-t-transparent"
            />
            Looking up DNS records and blocklists… {elapsed > 0 ? `${elapsed} s` : ""}
          </p>
        ) : null}
        {state?.status === "failed" ? (
          <div
            role="alert"
            className="space-y-2 rounded-md border border-red-300 bg-red-50 p-3 text-red-900"
          >
            <p>The check could not run: {state.error ?? "unknown error"}</p>
            <button
              type="button"
              onClick={() => {
                setElapsed(0);
                setAttempt((a) => a + 1);
              }}
              className="rounded-md border border-red-400 bg-white px-3 py-1.5 text-sm font-medium text-red-900 hover:bg-red-100"
            >
              Try again
            </button>
          </div>
        ) : null}
        {state?.status === "done" && state.report ? (
          <div className="space-y-2">
            <p className="font-medium text-emerald-800">Done. Here is what we found:</p>
            <CheckReportView
              report={reportForCheck(check.id, state.report)}
              headingLevel={3}
              compact
            />
          </div>
        ) : null}
      </div>
      {state && state.status !== "pending" ? (
        <button
          ref={continueRef}
          type="button"
          onClick={onContinue}
          className="rounded-lg bg-blue-800 px-5 py-2.5 font-semibold text-white hover:bg-blue-900"
        >
          {state.status === "done" ? "Continue" : "Continue without this check"}
        </button>
      ) : null}
    </div>
  );
}
