"use client";

import { useId, useState } from "react";

export function PasteStep({
  initialText,
  onStart,
}: {
  initialText: string;
  onStart: (text: string) => void;
}) {
  const id = useId();
  const [text, setText] = useState(initialText);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim()) {
          setError("Paste a bounce message first.");
          return;
        }
        onStart(text);
      }}
    >
      <label htmlFor={id} className="block text-xl font-semibold text-slate-950">
        Paste the bounce message
      </label>
      <p id={`${id}-help`} className="text-sm text-slate-600">
        The whole message or just the error line. The wizard reads it in your browser, then guides
        you step by step.
      </p>
      <textarea
        id={id}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-describedby={`${id}-help`}
        rows={10}
        spellCheck={false}
        className="block w-full rounded-lg border border-slate-400 p-3 font-mono text-sm"
      />
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        className="rounded-lg bg-blue-800 px-5 py-2.5 font-semibold text-white hover:bg-blue-900"
      >
        Start the diagnosis
      </button>
    </form>
  );
}
