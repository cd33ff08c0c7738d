"use client";

import { useId, useState } from "react";
import { validateAnswer } from "@/lib/rules";
import type { Answer, Question } from "@/lib/rules";

const buttonPrimary =
  "rounded-lg bg-blue-800 px-5 py-2.5 font-semibold text-white hover:bg-blue-900";
const buttonSecondary =
  "rounded-lg border border-slate-300 bg-white px-4 py-2.5 font-medium text-slate-800 hover:bg-slate-100";

export function QuestionCard({
  question,
  reason,
  previous,
  onAnswer,
}: {
  question: Question;
  reason: string;
  /** The answer given before, when the user came back to this step. */
  previous?: Answer;
  onAnswer: (answer: Answer) => void;
}) {
  const id = useId();
  const input = question.input;
  const [choice, setChoice] = useState(previous?.kind === "choice" ? previous.value : "");
  const [text, setText] = useState(previous?.kind === "text" ? previous.value : "");
  const [headers, setHeaders] = useState(previous?.kind === "headers" ? previous.value : "");
  const [error, setError] = useState<string | null>(null);

  function submit(answer: Answer) {
    const checked = validateAnswer(question, answer);
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    setError(null);
    onAnswer(checked.answer);
  }

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (input.kind === "choice") {
      if (!choice) return setError("Pick one of the answers, or choose “I don't know”.");
      return submit({ kind: "choice", value: choice });
    }
    if (input.kind === "headers") return submit({ kind: "headers", value: headers });
    if (headers.trim() && !text.trim()) return submit({ kind: "headers", value: headers });
    return submit({ kind: "text", value: text });
  }

  const errorId = `${id}-error`;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
      data-testid="question-card"
      data-question={question.id}
    >
      <fieldset className="space-y-4" aria-describedby={error ? errorId : undefined}>
        <legend className="text-xl font-semibold text-slate-950">{question.prompt}</legend>
        <p className="text-sm text-slate-600" data-testid="why-we-ask">
          <span className="font-medium text-slate-700">Why we ask: </span>
          {reason}
        </p>
        {question.help ? (
          <details className="rounded-md bg-slate-50 p-3 text-sm text-slate-700">
            <summary className="cursor-pointer font-medium text-blue-900">
              How do I find this out?
            </summary>
            <p className="mt-2">{question.help}</p>
          </details>
        ) : null}

        {input.kind === "choice" ? (
          <div className="space-y-2">
            {input.options.map((option) => (
              <label
                key={option.value}
                className={`flex cursor-pointer items-start gap-3 rounded-lg border p-3 ${
                  choice === option.value
                    ? "border-blue-700 bg-blue-50"
                    : "border-slate-300 bg-white hover:border-slate-400"
                }`}
              >
                <input
                  type="radio"
                  name={question.id}
                  value={option.value}
                  checked={choice === option.value}
                  onChange={() => setChoice(option.value)}
                  className="mt-1 h-4 w-4 shrink-0 accent-blue-800"
                />
                <span>
                  <span className="block font-medium text-slate-900">{option.label}</span>
                  {option.hint ? (
                    <span className="block text-sm text-slate-600">{option.hint}</span>
                  ) : null}
                </span>
              </label>
            ))}
          </div>
        ) : null}

        {input.kind === "text" ? (
          <div className="space-y-3">
            <div>
              <label htmlFor={`${id}-text`} className="block text-sm font-medium text-slate-800">
                Your answer
              </label>
              <input
                id={`${id}-text`}
                value={text}
                onChange={(e) => setText(e.target.value)}
                placeholder={input.placeholder}
                autoComplete="off"
                spellCheck={false}
                className="mt-1 block w-full max-w-md rounded-md border border-slate-400 px-3 py-2 font-mono text-sm"
              />
            </div>
            {input.headers ? (
              <details className="text-sm" open={headers.length > 0}>
                <summary className="cursor-pointer font-medium text-blue-900">
                  Or paste the headers of a message you sent
                </summary>
                <HeadersBox id={`${id}-headers`} value={headers} onChange={setHeaders} />
              </details>
            ) : null}
          </div>
        ) : null}

        {input.kind === "headers" ? (
          <HeadersBox id={`${id}-headers`} value={headers} onChange={setHeaders} />
        ) : null}

        {error ? (
          <p id={errorId} role="alert" className="text-sm font-medium text-red-800">
            {error}
          </p>
        ) : null}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonPrimary}>
          Continue
        </button>
        <button
          type="button"
          className={buttonSecondary}
          data-testid="dont-know"
          onClick={() => onAnswer({ kind: "dont-know" })}
        >
          {question.dontKnow.label}
        </button>
      </div>
      <p className="text-xs text-slate-600">If you don&apos;t know: {question.dontKnow.then}</p>
    </form>
  );
}

function HeadersBox({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <div className="mt-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        Headers of a message you sent
      </label>
      <textarea
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={6}
        spellCheck={false}
        placeholder={"Authentication-Results: mx.google.com;\n       spf=pass ..."}
        className="mt-1 block w-full rounded-md border border-slate-400 p-2 font-mono text-xs"
      />
    </div>
  );
}
