// The rules library's public API: the one way in for code outside lib/rules. Pure: no I/O,
// the same in the browser and on the server.
export { nextStep, conclusionOf } from "./engine";
export { beliefOf, entropy, type Belief, type CauseWeight, type EvidenceItem } from "./belief";
export { candidates, CLEAR_WEIGHT, MIN_GAIN } from "./choose";
export { grounds, heldCauses, settleHints, summaryOf, SETTLES } from "./narrate";
export { QUESTIONS } from "./questions";
export { QUESTION_MODELS } from "./likelihoods";
export { SIGNALS, DIRECT_EVIDENCE, DIRECT_OUTCOMES, type DirectEvidence } from "./signals";
export { contentReviewOf, contentReviewEvidence } from "./content-evidence";
export { validateAnswer, answerSchema } from "./answers";
export { parseSentHeaders, type SentHeaders } from "./sent-headers";
export { buildContext, findings, type Context } from "./context";
export { checkBuilders } from "./check-builders";
export { stageStates, type StageState } from "./stages";
export { STAGES, QUESTION_IDS } from "./types";
export type * from "./types";
export {
  addressWords,
  otherRecipientLeads,
  recipientGroups,
  walkedFirst,
  walkedRecipients,
  type RecipientLead,
} from "./recipient-groups";
