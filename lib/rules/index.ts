// The rules library's public API. Pure: no I/O, the same in the browser and on the server.
export { defaultRules } from "./default-rules";
export { nextStep, rankCauses, evaluateRule, explain } from "./engine";
export { QUESTIONS } from "./questions";
export { CONCLUSIONS, CORROBORATIONS } from "./conclusions";
export { predicates } from "./predicates";
export { validateAnswer, answerSchema } from "./answers";
export { parseSentHeaders, type SentHeaders } from "./sent-headers";
export { buildContext, type Context } from "./context";
export type * from "./types";
