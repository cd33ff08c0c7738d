"use client";

import { useEffect, useState } from "react";

// The parser, classifier and rules are loaded after first paint: they are the bulk of the
// wizard's JavaScript and nothing on screen needs them before the persisted state is read.
export type Engine = typeof import("./engine");

let loading: Promise<Engine> | null = null;

export function loadEngine(): Promise<Engine> {
  loading ??= import("./engine");
  return loading;
}

export function useEngine(): { engine: Engine | null; failed: boolean } {
  const [engine, setEngine] = useState<Engine | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
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
  }, []);
  return { engine, failed };
}
