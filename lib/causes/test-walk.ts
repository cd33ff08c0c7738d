// For tests: a paste walked through the wizard answering "I don't know" to every question, up to
// its conclusion, with what it asked and what it ran on the way.
import { diagnose } from "@/lib/diagnosis/diagnose";
import { walkDontKnow } from "@/lib/rules/test-factories";

export async function walkToConclusion(text: string) {
  const diagnosis = await diagnose(text);
  const { steps, facts } = walkDontKnow({ diagnosis, checks: {}, answers: {} });
  const end = steps[steps.length - 1];
  if (end?.kind !== "conclusion") throw new Error("no conclusion");
  const asked = steps.flatMap((s) => (s.kind === "question" ? [s.question.id] : []));
  const ran = steps.flatMap((s) => (s.kind === "check" ? [s.check.id] : []));
  return { steps, facts, end, diagnosis, asked, ran };
}
