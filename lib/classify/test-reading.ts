// For tests: what the product says of a paste's first recipient (or of the whole paste when no
// recipient was found), through the whole pipeline.
import type { CauseId } from "@/lib/causes/causes";
import { diagnose } from "@/lib/diagnosis/diagnose";

export interface FirstReading {
  cause: CauseId;
  /** The causes an `unknown` ranks as possible, best first. */
  possible: CauseId[];
  /** The rule ids of the evidence that decided it. */
  evidence: string[];
}

export async function readFirst(text: string): Promise<FirstReading> {
  const d = await diagnose(text);
  const r = d.recipients[0] ?? d.overall;
  return {
    cause: r.cause,
    possible: (r.possible ?? []).map((p) => p.cause),
    evidence: r.evidence.map((e) => e.ruleId),
  };
}
