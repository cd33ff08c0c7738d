"use client";

import { createContext, useContext, useEffect, useState } from "react";
import { useStore } from "zustand";
import { createWizardStore, type WizardState, type WizardStore } from "./wizard-store";
import { hasHandoff } from "./wizard-handoff";

const WizardStoreContext = createContext<WizardStore | null>(null);
const HydratedContext = createContext(false);

export function WizardStoreProvider({ children }: { children: React.ReactNode }) {
  // One store per provider (zustand's Next.js guide), never a module global shared between requests.
  const [store] = useState(() => createWizardStore());
  const [hydrated, setHydrated] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      await store.persist.rehydrate();
      // A bounce handed over from the home page or a share link starts a fresh walk. Its reader
      // (zod, the question data) loads only when there is one, to keep the first load small.
      if (hasHandoff()) {
        const [{ takeHandoff }, { answersFromShare }] = await Promise.all([
          import("./wizard-handoff-read"),
          import("@/lib/share/answers-codec"),
        ]);
        const handoff = takeHandoff();
        if (handoff && !cancelled) {
          store
            .getState()
            .start(handoff.text, handoff.answers ? answersFromShare(handoff.answers) : {});
        }
      }
      if (!cancelled) setHydrated(true);
    })();
    return () => {
      cancelled = true;
    };
  }, [store]);

  return (
    <WizardStoreContext.Provider value={store}>
      <HydratedContext.Provider value={hydrated}>{children}</HydratedContext.Provider>
    </WizardStoreContext.Provider>
  );
}

export function useWizardStore<T>(selector: (state: WizardState) => T): T {
  const store = useContext(WizardStoreContext);
  if (!store) throw new Error("useWizardStore must be used inside <WizardStoreProvider>");
  return useStore(store, selector);
}

/** False until the persisted state has been read (render a placeholder until then). */
export function useWizardHydrated(): boolean {
  return useContext(HydratedContext);
}
