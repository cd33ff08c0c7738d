// How a leave-one-out reading is judged (eval:provider-docs and eval:source-replies with
// --leave-one-out): right; an honest unknown that ranks a wanted cause first or second; a
// confidently wrong cause (named at CONFIDENT or more); or plainly wrong. One rule for both
// measures, so that their figures mean the same.

/** A named cause shown at this confidence or more counts as said with confidence. */
export const CONFIDENT = 0.6;

export type Verdict = "right" | "honest" | "confident-wrong" | "wrong";

/**
 * The verdict on one reading. `right`: right by the set's own rule; `wanted`: the causes an
 * honest unknown may rank first or second.
 */
export function verdictOf(
  right: boolean,
  wanted: readonly string[],
  got: string,
  confidence: number,
  ranked: readonly string[],
): Verdict {
  if (right) return "right";
  if (got === "unknown")
    return ranked.slice(0, 2).some((c) => wanted.includes(c)) ? "honest" : "wrong";
  return confidence >= CONFIDENT ? "confident-wrong" : "wrong";
}

/** The measure's last line: "leave-one-out right R honest H confident-wrong W n N". */
export function leaveOneOutLine(verdicts: readonly Verdict[]): string {
  const n = verdicts.length;
  const share = (v: Verdict) => (n ? verdicts.filter((x) => x === v).length / n : 0).toFixed(3);
  return `leave-one-out right ${share("right")} honest ${share("honest")} confident-wrong ${share("confident-wrong")} n ${n}`;
}
