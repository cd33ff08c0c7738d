import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ALL_TABLES, compileTables, phraseGateGrams } from "@/lib/classify/phrase-rules";
import { GATE_GRAMS_FILE, loadGateGrams } from "./gate-grams";

describe("gate grams computed at build time", () => {
  const grams = phraseGateGrams();
  const fresh = compileTables(ALL_TABLES, true);

  it("compile to the same gates as computing them", () => {
    const known = compileTables(ALL_TABLES, true, new Map(Object.entries(grams)));
    expect(known.words.gate).toEqual(fresh.words.gate);
    expect(known.words.owner).toEqual(fresh.words.owner);
    expect(known.text.gate).toEqual(fresh.text.gate);
  });

  it("are all computed again when a needle is missing (tables changed since the build)", () => {
    const stale = new Map(Object.entries(grams));
    stale.delete(stale.keys().next().value!);
    const known = compileTables(ALL_TABLES, true, stale);
    expect(known.words.gate).toEqual(fresh.words.gate);
  });

  it("are read from beside the bundle, and their absence is not an error", () => {
    const dir = mkdtempSync(join(tmpdir(), "gate-grams-"));
    try {
      const base = pathToFileURL(join(dir, "cli.mjs"));
      expect(loadGateGrams(base)).toBe(false);
      writeFileSync(join(dir, GATE_GRAMS_FILE), "not json");
      expect(loadGateGrams(base)).toBe(false);
      writeFileSync(join(dir, GATE_GRAMS_FILE), JSON.stringify(grams));
      expect(loadGateGrams(base)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
