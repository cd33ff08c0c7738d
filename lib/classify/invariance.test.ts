// The cause of a reply must not depend on how it was pasted (lib/classify/invariance.ts): every
// catalog example in every form pastes() writes, and the dev corpus's diagnostics when ../shared is present.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogCases, checkInvariance, corpusCases } from "./invariance";

const CORPUS = join(process.cwd(), "../shared/corpus/sisimai-dev");

/** Every catalog example consistent; the corpus at 0.98 (those that differ gain a stage from the wrapper: see eval:invariance). */
const CATALOG_FLOOR = 1;
const CORPUS_FLOOR = 0.98;

describe("invariance to how a reply was pasted", () => {
  it("gives every catalog example the same cause however it is pasted", async () => {
    const cases = catalogCases();
    let consistent = 0;
    const changed: string[] = [];
    for (const c of cases) {
      const r = await checkInvariance(c);
      if (r.changed.length === 0) consistent++;
      else
        changed.push(
          `${r.id}: ${r.bare} -> ${r.changed.map((x) => `${x.name} ${x.cause}`).join(", ")}`,
        );
    }
    expect(consistent / cases.length, changed.join("\n")).toBeGreaterThanOrEqual(CATALOG_FLOOR);
  }, 60_000);

  it.skipIf(!existsSync(join(CORPUS, "emails")))(
    "gives the dev corpus's diagnostics the same cause however they are pasted",
    async () => {
      const files = readdirSync(join(CORPUS, "emails"))
        .filter((f) => f.endsWith(".eml"))
        .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(CORPUS, "emails", f))) }));
      const cases = await corpusCases(files);
      let consistent = 0;
      for (const c of cases) if ((await checkInvariance(c)).changed.length === 0) consistent++;
      expect(consistent / cases.length).toBeGreaterThanOrEqual(CORPUS_FLOOR);
    },
    120_000,
  );
});
