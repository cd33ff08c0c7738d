// What the progress indicator shows for each of the article's stages, from the stages the
// wizard's steps actually visited: the rules skip stages a bounce does not need (a blocklisted
// IP needs no recipient check), and a skipped stage must not look done.
import { STAGES, type Stage } from "./types";

export type StageState = "done" | "skipped" | "current" | "todo";

export function stageStates(
  current: Stage,
  visited: Iterable<Stage>,
  /** Whether a prevention step follows the conclusion (false: nothing to prevent). */
  preventAvailable: boolean,
): Record<Stage, StageState> {
  const seen = new Set(visited);
  const at = STAGES.indexOf(current);
  const out = {} as Record<Stage, StageState>;
  for (const [i, stage] of STAGES.entries()) {
    if (i < at) out[stage] = seen.has(stage) ? "done" : "skipped";
    else if (i === at) out[stage] = "current";
    else
      out[stage] =
        stage === "prevent" && current === "resolve" && !preventAvailable ? "skipped" : "todo";
  }
  return out;
}
