"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import type { Diagnosis } from "@/lib/diagnosis/types";
import type { FirstSteps, PasteStage } from "@/lib/paste/diagnose-paste";
import { writeHandoff } from "@/lib/store/wizard-handoff";
import { DiagnosisView } from "./diagnosis-view";
import { EXAMPLE_BOUNCES } from "./examples";
import { runPaste } from "./run-paste";
import { WizardOffer } from "./wizard-offer";

// Bigger files are not bounces; reading them would only take time.
const MAX_FILE_BYTES = 10 * 1024 * 1024;
// From this size on, the page says which stage the reading is at, and how much it reads.
const LARGE_PASTE_CHARS = 100_000;

type Status =
  | { kind: "idle" }
  | { kind: "working"; stage: PasteStage; size: number }
  | { kind: "done"; diagnosis: Diagnosis; firstSteps: FirstSteps }
  | { kind: "error"; message: string };

const STAGE_WORDS: Record<PasteStage, string> = {
  checking: "Checking the text",
  diagnosing: "Reading the bounce",
  "first-steps": "Preparing the first steps",
};

function bytesToText(bytes: Uint8Array): string {
  // A .eml is mostly 7-bit; latin1 keeps every byte, so the MIME parser can still decode it.
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("latin1").decode(bytes);
  }
}

export function BounceInput() {
  const router = useRouter();
  const textId = useId();
  const fileInputRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const [text, setText] = useState("");
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  // Move focus to the result once it is on screen, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (status.kind === "done") resultRef.current?.focus();
  }, [status]);

  async function diagnose(input: string | Uint8Array) {
    const size = input.length;
    setStatus({ kind: "working", stage: "checking", size });
    // The work runs in a Web Worker: the page stays responsive, whatever was pasted.
    const result = await runPaste(input, (stage) => setStatus({ kind: "working", stage, size }));
    setStatus(
      result.ok
        ? { kind: "done", diagnosis: result.diagnosis, firstSteps: result.firstSteps }
        : { kind: "error", message: result.message },
    );
  }

  async function loadFile(f: File) {
    if (f.size > MAX_FILE_BYTES) {
      setStatus({
        kind: "error",
        message: `"${f.name}" is ${Math.round(f.size / 1024 / 1024)} MB: too large for a bounce message (10 MB at most).`,
      });
      return;
    }
    const bytes = new Uint8Array(await f.arrayBuffer());
    setFile({ name: f.name, bytes });
    setText(bytesToText(bytes));
    setStatus({ kind: "idle" });
  }

  function onDrop(event: React.DragEvent) {
    event.preventDefault();
    setDragging(false);
    const f = event.dataTransfer.files[0];
    if (f) void loadFile(f);
  }

  function continueInWizard() {
    writeHandoff({ text });
    router.push("/wizard?step=1");
  }

  return (
    <div className="space-y-8">
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          void diagnose(file ? file.bytes : text);
        }}
      >
        <label htmlFor={textId} className="block text-lg font-semibold text-slate-900">
          Paste the bounce message
        </label>
        <p id={`${textId}-help`} className="text-sm text-slate-600">
          The whole message or just the error line, as it came. You can also drop a saved{" "}
          <code className="font-mono">.eml</code> file here. It is read in your browser and not sent
          anywhere.
        </p>
        <div
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          className={`rounded-xl border-2 ${dragging ? "border-dashed border-blue-700 bg-blue-50" : "border-slate-300 bg-white"}`}
        >
          <textarea
            id={textId}
            name="bounce"
            aria-describedby={`${textId}-help`}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setFile(null);
            }}
            rows={10}
            spellCheck={false}
            placeholder="550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org"
            className="block min-h-56 w-full resize-y rounded-xl bg-transparent p-3 font-mono text-sm text-slate-900 placeholder:text-slate-500 focus:outline-none focus-visible:outline-3 focus-visible:outline-blue-700"
          />
        </div>
        {file ? (
          <p className="text-sm text-slate-700" data-testid="file-name">
            Loaded file: <span className="font-medium">{file.name}</span> (
            {Math.max(1, Math.round(file.bytes.length / 1024))} KB)
          </p>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            disabled={status.kind === "working"}
            className="rounded-lg bg-blue-800 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-blue-900 disabled:opacity-60"
          >
            {status.kind === "working" ? "Diagnosing…" : "Diagnose"}
          </button>
          <button
            type="button"
            onClick={() => fileInputRef.current?.click()}
            className="rounded-lg border border-slate-300 bg-white px-4 py-2.5 font-medium text-slate-800 hover:bg-slate-100"
          >
            Open a .eml file
          </button>
          <input
            ref={fileInputRef}
            type="file"
            accept=".eml,.txt,message/rfc822,text/plain"
            className="sr-only"
            tabIndex={-1}
            aria-label="Bounce message file"
            onChange={(event) => {
              const f = event.target.files?.[0];
              if (f) void loadFile(f);
              event.target.value = "";
            }}
          />
        </div>
      </form>

      <section aria-labelledby="examples-heading" className="space-y-2">
        <h2
          id="examples-heading"
          className="text-sm font-semibold tracking-wide text-slate-600 uppercase"
        >
          Or try an example
        </h2>
        <ul className="flex flex-wrap gap-2">
          {EXAMPLE_BOUNCES.map((example) => (
            <li key={example.id}>
              <button
                type="button"
                onClick={() => {
                  setText(example.text);
                  setFile(null);
                  void diagnose(example.text);
                }}
                className="rounded-full border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:border-blue-700 hover:text-blue-900"
              >
                {example.label}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section
        aria-live="polite"
        aria-busy={status.kind === "working"}
        aria-label="Diagnosis"
        className="space-y-4"
      >
        {status.kind === "error" ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
            {status.message}
          </p>
        ) : null}
        {status.kind === "working" ? (
          status.size >= LARGE_PASTE_CHARS ? (
            <div className="space-y-2" data-testid="paste-progress">
              <p className="text-slate-700">
                {STAGE_WORDS[status.stage]}… ({(status.size / 1_000_000).toFixed(1)} million
                characters)
              </p>
              <progress
                className="h-2 w-full max-w-md"
                aria-label="Reading progress"
                max={3}
                value={["checking", "diagnosing", "first-steps"].indexOf(status.stage) + 1}
              />
            </div>
          ) : (
            <p className="text-slate-700">Reading the bounce…</p>
          )
        ) : null}
        {status.kind === "done" ? (
          <>
            <h2 ref={resultRef} tabIndex={-1} className="text-2xl font-bold text-slate-950">
              What happened
            </h2>
            <DiagnosisView
              diagnosis={status.diagnosis}
              firstStepsFor={(cause) => status.firstSteps[cause]}
              headingLevel={3}
            />
            <WizardOffer diagnosis={status.diagnosis} onContinue={continueInWizard} />
          </>
        ) : null}
      </section>
    </div>
  );
}
