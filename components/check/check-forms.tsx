"use client";

import { useEffect, useId, useRef, useState } from "react";
import { reportForCheck } from "@/lib/checks/report-scope";
import type { CheckReport } from "@/lib/checks/types";
import { CheckReportView } from "./check-report-view";
import { checkDomain, checkIp, CheckRequestError } from "./fetch-check";

type Result =
  | { kind: "idle" }
  | { kind: "loading"; what: string }
  | { kind: "done"; report: CheckReport; recipientDomain?: string }
  | { kind: "error"; message: string };

/** One text input of the check forms: names and addresses, so no autocomplete or spelling. */
function TextField({
  id,
  name,
  label,
  hint,
  placeholder,
  required = false,
}: {
  id: string;
  name: string;
  label: string;
  /** Said after the label in lighter type, e.g. "(optional)". */
  hint?: string;
  placeholder: string;
  required?: boolean;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {hint ? <span className="font-normal text-slate-600"> {hint}</span> : null}
      </label>
      <input
        id={id}
        name={name}
        required={required}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900 placeholder:text-slate-500"
      />
    </div>
  );
}

export function CheckForms() {
  const id = useId();
  const [result, setResult] = useState<Result>({ kind: "idle" });
  const abortRef = useRef<AbortController | null>(null);
  const resultHeadingRef = useRef<HTMLHeadingElement>(null);

  async function run(
    what: string,
    call: (signal: AbortSignal) => Promise<CheckReport>,
    recipientDomain?: string,
  ) {
    abortRef.current?.abort();
    const controller = new AbortController();
    abortRef.current = controller;
    setResult({ kind: "loading", what });
    try {
      const report = await call(controller.signal);
      // The recipient's domain: only its receiving side (a new user checking the domain a
      // bounce came from must not be told to fix its SPF or DMARC, which are its owner's).
      setResult(
        recipientDomain
          ? {
              kind: "done",
              report: reportForCheck(`recipient-domain:${recipientDomain}`, report),
              recipientDomain,
            }
          : { kind: "done", report },
      );
    } catch (error) {
      if (controller.signal.aborted) return;
      setResult({
        kind: "error",
        message:
          error instanceof CheckRequestError
            ? error.message
            : "The check failed unexpectedly. Please try again.",
      });
    }
  }

  useEffect(() => {
    if (result.kind === "done") resultHeadingRef.current?.focus();
  }, [result]);

  function field(form: FormData, name: string): string {
    const v = form.get(name);
    return typeof v === "string" ? v.trim() : "";
  }

  return (
    <div className="space-y-8">
      <div className="grid gap-6 md:grid-cols-2">
        <form
          aria-labelledby={`${id}-domain`}
          className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            const domain = field(form, "domain");
            if (!domain) {
              setResult({
                kind: "error",
                message: "Type a domain to check, for example example.com.",
              });
              return;
            }
            const recipients = field(form, "role") === "recipient";
            void run(
              domain,
              (signal) =>
                checkDomain(
                  {
                    domain,
                    selectors: field(form, "selectors").split(/[\s,]+/),
                    ip: field(form, "ip"),
                    sender: field(form, "sender"),
                  },
                  signal,
                ),
              recipients ? domain : undefined,
            );
          }}
        >
          <h2 id={`${id}-domain`} className="text-lg font-semibold">
            Check a domain
          </h2>
          <p className="text-sm text-slate-600">
            MX, SPF, DKIM, DMARC, MTA-STS, TLS-RPT, BIMI, domain blocklists.
          </p>
          <TextField
            id={`${id}-d`}
            name="domain"
            label="Domain"
            placeholder="example.com"
            required
          />
          <fieldset>
            <legend className="block text-sm font-medium text-slate-800">
              Whose domain is it?
            </legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800">
              <label className="flex items-center gap-2">
                <input type="radio" name="role" value="sender" defaultChecked />
                Mine: I send mail from it
              </label>
              <label className="flex items-center gap-2">
                <input type="radio" name="role" value="recipient" />
                The recipient&apos;s: mail to it bounced
              </label>
            </div>
          </fieldset>
          <TextField
            id={`${id}-s`}
            name="selectors"
            label="DKIM selectors"
            hint="(optional, comma separated)"
            placeholder="selector1, google"
          />
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField
              id={`${id}-i`}
              name="ip"
              label="Sending IP"
              hint="(optional)"
              placeholder="192.0.2.10"
            />
            <TextField
              id={`${id}-f`}
              name="sender"
              label="Sender address"
              hint="(optional)"
              placeholder="you@example.com"
            />
          </div>
          <button
            type="submit"
            className="rounded-lg bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
          >
            Check domain
          </button>
        </form>

        <form
          aria-labelledby={`${id}-ip`}
          className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
          onSubmit={(event) => {
            event.preventDefault();
            const ip = field(new FormData(event.currentTarget), "ip");
            if (!ip) {
              setResult({
                kind: "error",
                message: "Type an IP address to check, for example 192.0.2.10.",
              });
              return;
            }
            void run(ip, (signal) => checkIp(ip, signal));
          }}
        >
          <h2 id={`${id}-ip`} className="text-lg font-semibold">
            Check an IP address
          </h2>
          <p className="text-sm text-slate-600">
            Reverse DNS (PTR, forward-confirmed) and IP blocklists.
          </p>
          <TextField
            id={`${id}-ipv`}
            name="ip"
            label="IP address"
            placeholder="192.0.2.10"
            required
          />
          <button
            type="submit"
            className="rounded-lg bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
          >
            Check IP
          </button>
        </form>
      </div>

      <section aria-live="polite" aria-busy={result.kind === "loading"} aria-label="Check results">
        {result.kind === "loading" ? (
          <p className="flex items-center gap-2 text-slate-700" role="status">
            <span
              aria-hidden="true"
              className="h-4 w-4 animate-spin rounded-full border-2 border-blue-800 border-t-transparent"
            />
            Checking <span className="font-mono">{result.what}</span>… (DNS lookups, a few seconds)
          </p>
        ) : null}
        {result.kind === "error" ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
            {result.message}
          </p>
        ) : null}
        {result.kind === "done" ? (
          <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
            <h2 ref={resultHeadingRef} tabIndex={-1} className="sr-only">
              Results
            </h2>
            {result.recipientDomain ? (
              <p className="mb-4 text-sm text-slate-700" data-testid="recipient-scope">
                Only whether <span className="font-mono">{result.recipientDomain}</span> receives
                mail is shown: its MX records, the hosts they name, MTA-STS and TLS reporting. Its
                SPF, DKIM and DMARC concern the mail it sends, which is its owner&apos;s business.
              </p>
            ) : null}
            <CheckReportView report={result.report} headingLevel={3} />
          </div>
        ) : null}
      </section>
    </div>
  );
}
