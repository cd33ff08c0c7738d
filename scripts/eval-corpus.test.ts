// Accuracy on the shared Sisimai-derived corpus (../shared/corpus/sisimai-dev from the
// project root). Skips when the folder is absent (it is not part of the repository).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluate } from "./eval-corpus";

const CORPUS = fileURLToPath(new URL("../../shared/corpus/sisimai-dev", import.meta.url));
const present = existsSync(`${CORPUS}/labels.jsonl`);

describe.skipIf(!present)("corpus accuracy (sisimai-dev)", () => {
  // Issue 8 rebuilt the classifier without the tuned overrides (applyFilterRule's
  // "score: top.score + 0.01" candidates and the `format`-based guesses) and made bare or thin
  // replies `unknown` with ranked possibilities. The honest rebuild reaches strict 0.894 /
  // lenient 0.933 here (below the 0.93 target, see the branch report): 12 of the
  // misses are Sisimai's "filtered" reading of an unknown-user reply that names no stage, which
  // the issue requires to read as recipient-unknown however it is pasted. This floor guards
  // what is reached, so that a change that loses accuracy fails here.
  it(
    "keeps strict accuracy at or above what is reached (0.89), lenient at or above 0.93",
    { timeout: 120_000 },
    async () => {
      const r = await evaluate(CORPUS);
      expect(r.n).toBeGreaterThan(300);
      expect(r.strict).toBeGreaterThanOrEqual(0.89);
      expect(r.lenient).toBeGreaterThanOrEqual(0.93);
    },
  );
});
