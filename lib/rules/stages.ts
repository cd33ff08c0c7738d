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
  // The evidence decides the order of the steps, so a later step may belong to an earlier
  // stage: a stage not visited stays "to do" (never flips from skipped back to current) until
  // the diagnosis is over, when what was not needed is marked skipped.
  const over = current === "resolve" || current === "prevent";
  for (const [i, stage] of STAGES.entries()) {
    if (i === at) out[stage] = "current";
    else if (seen.has(stage)) out[stage] = "done";
    else if (stage === "prevent")
      out[stage] = current === "resolve" && !preventAvailable ? "skipped" : "todo";
    else out[stage] = over && i < at ? "skipped" : "todo";
  }
  return out;
}
