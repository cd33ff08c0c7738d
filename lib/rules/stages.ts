// What the progress indicator shows for each of the article's stages, from the stages the
// wizard's steps actually visited: the rules skip stages a bounce does not need (a blocklisted
// IP needs no recipient check), and a skipped stage must not look done.
import { STAGES, type Facts, type Stage, type Step } from "./types";

/**
 * "passed": the wizard stopped at the stage, but nothing came of it (its question was answered
 * "I don't know", its check was skipped or could not run), so it is not ticked as done.
 */
export type StageState = "done" | "skipped" | "passed" | "current" | "todo";

/**
 * Whether a step the user went through gave something: a question answered with something
 * other than "I don't know", a check that ran to the end. `after` holds the facts once the
 * step was taken. A conclusion is a step of its own and counts as gone through.
 */
export function stepGaveSomething(step: Step, after: Facts): boolean {
  if (step.kind === "question") {
    const given = after.answers[step.question.id];
    return given !== undefined && given.kind !== "dont-know";
  }
  if (step.kind === "check") return after.checks[step.check.id]?.status === "done";
  return true;
}

export function stageStates(
  current: Stage,
  visited: Iterable<Stage>,
  /** Whether a prevention step follows the conclusion (false: nothing to prevent). */
  preventAvailable: boolean,
  /** Stages the steps stopped at where nothing was answered or checked (stepGaveSomething). */
  passedBy: Iterable<Stage> = [],
): Record<Stage, StageState> {
  const seen = new Set(visited);
  const passed = new Set(passedBy);
  const at = STAGES.indexOf(current);
  const out = {} as Record<Stage, StageState>;
  // The evidence decides the order of the steps, so a later step may belong to an earlier
  // stage: a stage not visited stays "to do" (never flips from skipped back to current) until
  // the diagnosis is over, when what was not needed is marked skipped.
  const over = current === "resolve" || current === "prevent";
  for (const [i, stage] of STAGES.entries()) {
    if (i === at) out[stage] = "current";
    else if (seen.has(stage)) out[stage] = "done";
    // Only a stage where something was answered or checked is done: "I don't know" to the IP
    // question, with no check after it, leaves IP reputation unticked.
    else if (passed.has(stage)) out[stage] = "passed";
    else if (stage === "prevent")
      out[stage] = current === "resolve" && !preventAvailable ? "skipped" : "todo";
    else out[stage] = over && i < at ? "skipped" : "todo";
  }
  return out;
}
