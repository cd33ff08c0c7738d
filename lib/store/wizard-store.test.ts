import { describe, expect, it } from "vitest";
import type { PersistStorage, StorageValue } from "zustand/middleware";
import {
  createWizardStore,
  factsAt,
  migrateWizardData,
  WIZARD_STORE_VERSION,
  type WizardData,
} from "./wizard-store";

function memoryStorage(): PersistStorage<WizardData> & {
  items: Map<string, StorageValue<WizardData>>;
} {
  const items = new Map<string, StorageValue<WizardData>>();
  return {
    items,
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => void items.set(name, value),
    removeItem: (name) => void items.delete(name),
  };
}

describe("wizard store", () => {
  it("answers truncate what came after the answered step", () => {
    const store = createWizardStore({}, { storage: memoryStorage() });
    store.getState().start("550 5.7.1 rejected");
    store.getState().answer(0, "scope-messages", { kind: "choice", value: "all" });
    store.getState().answer(1, "sending-platform", { kind: "choice", value: "google" });
    store.getState().answer(0, "scope-messages", { kind: "dont-know" });
    const s = store.getState();
    expect(s.trail).toEqual([{ kind: "answer", question: "scope-messages" }]);
    expect(s.answers).toEqual({ "scope-messages": { kind: "dont-know" } });
  });

  it("facts at a position hold only what was given before it", () => {
    const store = createWizardStore({}, { storage: memoryStorage() });
    store.getState().start("x");
    store.getState().answer(0, "scope-messages", { kind: "choice", value: "all" });
    store.getState().setCheck("ip:192.0.2.1", { status: "done" });
    store.getState().passCheck(1, "ip:192.0.2.1");
    const s = store.getState();
    expect(factsAt(s, 0, null)).toEqual({ diagnosis: null, answers: {}, checks: {} });
    expect(Object.keys(factsAt(s, 1, null).answers)).toEqual(["scope-messages"]);
    expect(Object.keys(factsAt(s, 1, null).checks)).toEqual([]);
    expect(Object.keys(factsAt(s, 2, null).checks)).toEqual(["ip:192.0.2.1"]);
  });

  it("persists what the user gave, not pending checks, and reads it back", async () => {
    const storage = memoryStorage();
    const store = createWizardStore({}, { storage });
    await store.persist.rehydrate();
    store.getState().start("550 5.1.1 no such user");
    store.getState().setCheck("ip:192.0.2.1", { status: "pending" });
    store.getState().setCheck("domain:example.org", { status: "done" });
    store.getState().toggleChecklistItem("fix-1", true);
    const saved = storage.items.get("bounce-doctor:wizard");
    expect(saved?.version).toBe(WIZARD_STORE_VERSION);
    expect(Object.keys(saved?.state.checks ?? {})).toEqual(["domain:example.org"]);

    const again = createWizardStore({}, { storage });
    await again.persist.rehydrate();
    expect(again.getState().text).toBe("550 5.1.1 no such user");
    expect(again.getState().checklist).toEqual({ "fix-1": true });
  });

  it("migrates unreadable or newer state to an empty walk", () => {
    expect(migrateWizardData(null, 0).text).toBe("");
    expect(migrateWizardData({ text: "kept", trail: "bad" }, 0)).toMatchObject({
      text: "kept",
      trail: [],
    });
    expect(migrateWizardData({ text: "future" }, WIZARD_STORE_VERSION + 1).text).toBe("");
  });
});
