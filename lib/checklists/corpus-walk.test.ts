// From a real bounce of each cause to its checklist: diagnose() the message, walk the wizard
// answering "I don't know" to everything with every check unable to answer, and require a
// conclusion whose causes all have non-empty checklists; the labelled cause's checklist is
// non-empty too, and where the classifier agreed with the label the conclusion keeps it.
// Corpus: ../shared/corpus/sisimai-dev (Sisimai set-of-emails, BSD-2); skipped when absent.
// Causes the corpus lacks use the project's own fixture texts below.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CAUSE_IDS, type CauseId } from "@/lib/causes/causes";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { nextStep } from "@/lib/rules/engine";
import type { Facts, Step } from "@/lib/rules/types";
import { buildChecklist } from "./build";

const CORPUS = join(process.cwd(), "..", "shared", "corpus", "sisimai-dev");
const hasCorpus = existsSync(join(CORPUS, "labels.jsonl"));

const FIXTURES: Partial<Record<CauseId, string>> = {
  "domain-blocklisted": [
    "Reporting-MTA: dns; mx.example.net",
    "",
    "Final-Recipient: rfc822; bob@example.net",
    "Action: failed",
    "Status: 5.7.1",
    "Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Sender domain example.org blocked using dbl.spamhaus.org; https://www.spamhaus.org/query/domain/example.org",
  ].join("\n"),
};

interface Label {
  file: string;
  cause: CauseId;
}

function corpusLabels(): Label[] {
  if (!hasCorpus) return [];
  return readFileSync(join(CORPUS, "labels.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Label);
}

/**
 * One message per cause: the first the classifier reads as its label (so the walk shows the
 * wizard keeping a right diagnosis), else the first with that label.
 */
async function corpusPicks(): Promise<Map<CauseId, { file: string; agrees: boolean }>> {
  const picks = new Map<CauseId, { file: string; agrees: boolean }>();
  for (const l of corpusLabels()) {
    if (picks.get(l.cause)?.agrees) continue;
    const d = await diagnose(readFileSync(join(CORPUS, l.file)));
    const agrees = d.overall.cause === l.cause;
    if (agrees || !picks.has(l.cause)) picks.set(l.cause, { file: l.file, agrees });
  }
  return picks;
}

function walkDontKnow(start: Facts): { step: Step; facts: Facts; steps: number } {
  let facts = start;
  for (let steps = 1; steps <= 20; steps++) {
    const step = nextStep(facts);
    if (step.kind === "conclusion") return { step, facts, steps };
    if (step.kind === "question")
      facts = {
        ...facts,
        answers: { ...facts.answers, [step.question.id]: { kind: "dont-know" } },
      };
    else
      facts = {
        ...facts,
        checks: {
          ...facts.checks,
          [step.check.id]: { status: "failed", error: "could not check", request: step.check },
        },
      };
  }
  throw new Error("no conclusion within 20 steps");
}

const picks = await corpusPicks();
const rows: [CauseId, "corpus" | "fixture", string][] = CAUSE_IDS.flatMap(
  (cause): [CauseId, "corpus" | "fixture", string][] => {
    const pick = picks.get(cause);
    if (pick) return [[cause, "corpus", pick.file]];
    const fixture = FIXTURES[cause];
    return fixture ? [[cause, "fixture", fixture]] : [];
  },
);

describe("from a real bounce to its checklist", () => {
  it.skipIf(!hasCorpus)("covers every cause (corpus or fixture)", () => {
    expect(rows.map((r) => r[0]).sort()).toEqual([...CAUSE_IDS].sort());
    const agreeing = [...picks.values()].filter((p) => p.agrees).length;
    console.log(
      `corpus walk: ${picks.size} causes from the corpus, ${agreeing} with the classifier agreeing; ${rows.length - picks.size} from fixtures`,
    );
  });

  it.skipIf(!hasCorpus && Object.keys(FIXTURES).length === 0).each(rows)(
    "%s (%s %s)",
    async (cause, source, ref) => {
      const text = source === "corpus" ? readFileSync(join(CORPUS, ref)) : ref;
      const diagnosis = await diagnose(text);
      const { step, facts } = walkDontKnow({ diagnosis, checks: {}, answers: {} });
      if (step.kind !== "conclusion") throw new Error("unreachable");
      expect(step.causes.length).toBeGreaterThan(0);
      // The wizard's causes each get a checklist...
      const list = buildChecklist(facts, step.causes);
      for (const section of list.causes)
        expect(section.items.length, section.cause).toBeGreaterThan(0);
      // Where the classifier got the label right, answering "I don't know" must not lose it.
      if (diagnosis.overall.cause === cause && cause !== "unknown")
        expect(step.causes.map((c) => c.cause)).toContain(cause);
      // ...and the labelled cause has its checklist, whatever the classifier made of this message.
      const labelled = buildChecklist(facts, [{ cause, confidence: 1 }]);
      expect(labelled.causes[0]?.items.length).toBeGreaterThan(0);
    },
  );
});
