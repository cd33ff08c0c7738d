// Accuracy on the shared Sisimai-derived corpus (../shared/corpus/sisimai-dev from the
// project root). Skips when the folder is absent (it is not part of the repository).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluate } from "./eval-corpus";

const CORPUS = fileURLToPath(new URL("../../shared/corpus/sisimai-dev", import.meta.url));
const present = existsSync(`${CORPUS}/labels.jsonl`);

describe.skipIf(!present)("corpus accuracy (sisimai-dev)", () => {
  it("classifies at least 95% of labelled recipients exactly", { timeout: 120_000 }, async () => {
    const r = await evaluate(CORPUS);
    expect(r.n).toBeGreaterThan(300);
    expect(r.strict).toBeGreaterThanOrEqual(0.95);
  });
});
