"use client";

import { useEffect, useState } from "react";
import type { Diagnosis } from "@/lib/diagnosis/types";
import { walkedFirst } from "@/lib/rules/recipient-groups";

// The parser, classifier and rules are loaded after first paint: they are the bulk of the
// wizard's JavaScript and nothing on screen needs them before the persisted state is read.
// The step cards come in the same load, so that moving to a step never waits for its card's code.
export type Engine = typeof import("./engine") & typeof import("./step-cards");

let loading: Promise<Engine> | null = null;

export function loadEngine(): Promise<Engine> {
  loading ??= Promise.all([import("./engine"), import("./step-cards")]).then(([engine, cards]) => ({
    ...engine,
    ...cards,
  }));
  return loading;
}

/** Loads the engine once `enabled` (there is a bounce to read); the empty paste step does without. */
export function useEngine(enabled: boolean): { engine: Engine | null; failed: boolean } {
  const [engine, setEngine] = useState<Engine | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    loadEngine().then(
      (e) => live && setEngine(e),
      () => {
        loading = null;
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [enabled]);
  return { engine, failed };
}

/** The diagnosis of `text` (the parser may be asynchronous: MIME decoding). */
export function useDiagnosis(engine: Engine | null, text: string): Diagnosis | null {
  const [result, setResult] = useState<{ text: string; diagnosis: Diagnosis } | null>(null);
  useEffect(() => {
    if (!engine || !text.trim()) return;
    let live = true;
    void Promise.resolve(engine.diagnose(text)).then((diagnosis) => {
      // The recipient the wizard walks leads (a delivered one listed first does not).
      if (live) setResult({ text, diagnosis: walkedFirst(diagnosis) });
    });
    return () => {
      live = false;
    };
  }, [engine, text]);
  return result && result.text === text ? result.diagnosis : null;
}
