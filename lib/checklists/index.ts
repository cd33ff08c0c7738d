// Fix checklists: per cause, from data, with records and messages generated from the facts.
export { buildChecklist, buildConclusionChecklist } from "./build";
export { CHECK_FIRST } from "./check-first";
export { CAUSE_CHECKLISTS } from "./data";
export { EVIDENCE_STEPS } from "./evidence-steps";
export { PREVENT_ITEMS } from "./prevent";
export type * from "./types";
export { checklistTitles, titleForItemId } from "./titles";
