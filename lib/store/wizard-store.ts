// The wizard's state: what the user gave (the paste, answers in the order given, check results,
// checklist ticks). Everything else (the diagnosis, the next step, the conclusion) is derived
// from it by pure functions, so only this is persisted (STYLE.md rule 12).
import { createJSONStorage, persist, type PersistStorage } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import type { Answer, CheckState, Facts, QuestionId } from "@/lib/rules";
import type { Diagnosis } from "@/lib/diagnosis/types";

/** One thing the user did to move the wizard on; step N shows what follows the first N-1. */
export type TrailEntry = { kind: "answer"; question: QuestionId } | { kind: "check"; id: string };

export interface WizardData {
  text: string;
  trail: TrailEntry[];
  answers: Partial<Record<QuestionId, Answer>>;
  /** Check results by check id; kept as a cache also for entries no longer in the trail. */
  checks: Record<string, CheckState>;
  /** Checklist item id → done. */
  checklist: Record<string, boolean>;
  /** Answers suggested by a share link: pre-selected when their question comes up. */
  prefill: Partial<Record<QuestionId, Answer>>;
}

export interface WizardActions {
  /** Start over with a new paste (clears everything else), optionally with suggested answers. */
  start: (text: string, prefill?: Partial<Record<QuestionId, Answer>>) => void;
  /** Answer the question shown at trail position `at` (0-based), dropping what came after. */
  answer: (at: number, question: QuestionId, answer: Answer) => void;
  /** Record a check's state (pending, done, failed). */
  setCheck: (id: string, state: CheckState) => void;
  /** Accept the check shown at trail position `at` and move on, dropping what came after. */
  passCheck: (at: number, id: string) => void;
  toggleChecklistItem: (id: string, done: boolean) => void;
  restart: () => void;
}

export type WizardState = WizardData & WizardActions;
export type WizardStore = ReturnType<typeof createWizardStore>;

export const WIZARD_STORAGE_KEY = "bounce-doctor:wizard";
export const WIZARD_STORE_VERSION = 1;

export const emptyWizardData = (): WizardData => ({
  text: "",
  trail: [],
  answers: {},
  checks: {},
  checklist: {},
  prefill: {},
});

/** Facts for the rules at trail position `at`: only what was given before that point. */
export function factsAt(
  data: Pick<WizardData, "trail" | "answers" | "checks">,
  at: number,
  diagnosis: Diagnosis | null,
): Facts {
  const answers: Facts["answers"] = {};
  const checks: Facts["checks"] = {};
  for (const entry of data.trail.slice(0, Math.max(0, at))) {
    if (entry.kind === "answer") {
      const a = data.answers[entry.question];
      if (a) answers[entry.question] = a;
    } else {
      const c = data.checks[entry.id];
      if (c) checks[entry.id] = c;
    }
  }
  return { diagnosis, answers, checks };
}

function truncate(data: WizardData, at: number): Pick<WizardData, "trail" | "answers"> {
  const trail = data.trail.slice(0, Math.max(0, at));
  const answers: WizardData["answers"] = {};
  for (const entry of trail) {
    if (entry.kind === "answer" && data.answers[entry.question])
      answers[entry.question] = data.answers[entry.question];
  }
  return { trail, answers };
}

/** Reads older persisted shapes; anything unreadable starts empty rather than breaking the page. */
export function migrateWizardData(persisted: unknown, version: number): WizardData {
  const base = emptyWizardData();
  if (!persisted || typeof persisted !== "object") return base;
  const p = persisted as Partial<WizardData>;
  if (version > WIZARD_STORE_VERSION) return base;
  return {
    text: typeof p.text === "string" ? p.text : "",
    trail: Array.isArray(p.trail) ? p.trail : [],
    answers: p.answers && typeof p.answers === "object" ? p.answers : {},
    checks: p.checks && typeof p.checks === "object" ? p.checks : {},
    checklist: p.checklist && typeof p.checklist === "object" ? p.checklist : {},
    prefill: p.prefill && typeof p.prefill === "object" ? p.prefill : {},
  };
}

export interface CreateWizardStoreOptions {
  /** Where to persist; defaults to localStorage in the browser. Tests pass their own. */
  storage?: PersistStorage<WizardData>;
}

export function createWizardStore(
  init: Partial<WizardData> = {},
  options: CreateWizardStoreOptions = {},
) {
  return createStore<WizardState>()(
    persist<WizardState, [], [], WizardData>(
      (set) => ({
        ...emptyWizardData(),
        ...init,
        start: (text, prefill = {}) => set({ ...emptyWizardData(), text, prefill }),
        answer: (at, question, answer) =>
          set((s) => {
            const kept = truncate(s, at);
            return {
              trail: [...kept.trail, { kind: "answer", question }],
              answers: { ...kept.answers, [question]: answer },
            };
          }),
        setCheck: (id, state) => set((s) => ({ checks: { ...s.checks, [id]: state } })),
        passCheck: (at, id) =>
          set((s) => {
            const kept = truncate(s, at);
            return { ...kept, trail: [...kept.trail, { kind: "check", id }] };
          }),
        toggleChecklistItem: (id, done) =>
          set((s) => ({ checklist: { ...s.checklist, [id]: done } })),
        restart: () => set(emptyWizardData()),
      }),
      {
        name: WIZARD_STORAGE_KEY,
        version: WIZARD_STORE_VERSION,
        storage: options.storage ?? createJSONStorage<WizardData>(() => localStorage),
        // Persist what the user gave, never derived state; pending checks are re-run on reload.
        partialize: (s): WizardData => ({
          text: s.text,
          trail: s.trail,
          answers: s.answers,
          checks: Object.fromEntries(
            Object.entries(s.checks).filter(([, c]) => c.status === "done"),
          ),
          checklist: s.checklist,
          prefill: s.prefill,
        }),
        migrate: (persisted, version) => migrateWizardData(persisted, version),
        // The server renders without storage; the provider rehydrates after mount (no hydration mismatch).
        skipHydration: true,
      },
    ),
  );
}
