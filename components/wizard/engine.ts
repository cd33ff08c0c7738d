// Everything the wizard derives from the user's input, in one chunk loaded on demand.
export { diagnose } from "@/lib/diagnosis/diagnose";
export { nextStep } from "@/lib/rules";
export { needsPrevention } from "@/lib/checklists/needs-prevention";
export { evidenceRuleIds } from "@/lib/causes/connection-variants";
