// The phrase tables' gate grams, computed when the command line is built (scripts/build-cli.mjs
// writes dist/cli-gates.json beside the bundle) and handed to the classifier before the first
// diagnosis: computing them was most of a one-line run's start-up. Absent (a run from source,
// a build without the file) or unreadable, the classifier computes them as before; for needles
// the file does not know (tables changed since the build) too.
import { provideGateGrams } from "@/lib/classify/phrase-rules";

// (Not an import of node:fs: see read-input.ts.)
const { readFileSync } = process.getBuiltinModule("node:fs");

export const GATE_GRAMS_FILE = "cli-gates.json";

/** Hands dist/cli-gates.json (beside `base`, the bundle's URL) to the classifier; false when there is none. */
export function loadGateGrams(base: string | URL): boolean {
  let text: string;
  try {
    text = readFileSync(new URL(`./${GATE_GRAMS_FILE}`, base), "utf8");
  } catch {
    return false;
  }
  try {
    const grams: unknown = JSON.parse(text);
    if (!grams || typeof grams !== "object" || Array.isArray(grams)) return false;
    provideGateGrams(grams as Record<string, number[]>);
    return true;
  } catch {
    return false;
  }
}
