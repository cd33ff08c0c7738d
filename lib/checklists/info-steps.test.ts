// A step that asks nothing of the user ("Nothing to fix: your message arrived") is information,
// not a to-do: its kind is "info", which the wizard and the share page show without a checkbox
// (session 29's note: they carried "verify" and showed one to tick).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { makeFacts } from "@/lib/rules/test-factories";
import { reportMarkdown, reportText } from "@/lib/report";
import { reportInputFromPayload } from "@/lib/report/from-payload";
import { sharedView } from "@/lib/report/shared-view";
import { makeSharePayload } from "@/lib/share/payload";
import { buildChecklist } from "./build";
import { CAUSE_CHECKLISTS } from "./data";
import { EVIDENCE_STEPS } from "./evidence-steps";
import { isToDo, type ChecklistItem } from "./types";

const lab = (file: string) =>
  readFileSync(new URL(`../knowledge/lab/fixtures/${file}`, import.meta.url), "latin1");

const OUT_OF_OFFICE =
  "Subject: Out of Office\n\nI am out of the office until Jan 20. For urgent matters, contact backup@company.com.\n";
const POSTGREY = lab("postgrey/greylisted.txt");
const DELIVERED = lab("postfix/success-dsn.eml");

const ALL_STEPS = [
  ...Object.values(CAUSE_CHECKLISTS)
    .flat()
    .flatMap((t) => ("generate" in t ? [] : [t])),
  ...EVIDENCE_STEPS.map((s) => s.item),
];

async function firstStep(text: string): Promise<ChecklistItem | undefined> {
  const diagnosis = await diagnose(text);
  const cause = diagnosis.recipients[0]?.cause ?? diagnosis.overall.cause;
  return buildChecklist(makeFacts({ diagnosis }), [{ cause, confidence: 0.9 }]).causes[0]?.items[0];
}

describe("steps that ask nothing", () => {
  it("every 'Nothing to …' step is information, not a step to tick", () => {
    const nothing = ALL_STEPS.filter((s) => /^Nothing to /.test(s.title));
    expect(nothing.map((s) => s.id).sort()).toEqual([
      "delay-notice.nothing-to-resend",
      "greylisting.wait-for-retry",
      "not-a-bounce.auto-reply-arrived",
      "not-a-bounce.nothing",
    ]);
    for (const s of nothing) expect(s.kind, s.id).toBe("info");
  });

  it("an information step hands nothing to do: no record, message or check", () => {
    const info = ALL_STEPS.filter((s) => !isToDo(s));
    expect(info.length).toBeGreaterThan(0);
    for (const s of info) {
      expect(s.record, s.id).toBeUndefined();
      expect(s.message, s.id).toBeUndefined();
      expect(s.needsCheck, s.id).toBeUndefined();
    }
  });

  it.each([
    ["an out-of-office reply", OUT_OF_OFFICE, "not-a-bounce.auto-reply-arrived"],
    ["Postgrey's greylisting", POSTGREY, "greylisting.wait-for-retry"],
    ["a delivery report", DELIVERED, "not-a-bounce.nothing"],
  ])("%s: the checklist opens with an information step", async (_, text, id) => {
    const step = await firstStep(text);
    expect(step?.id).toBe(id);
    expect(step?.kind).toBe("info");
  });

  it("a link made while the step was 'verify', with it ticked, still opens: the step informs", async () => {
    const diagnosis = await diagnose(OUT_OF_OFFICE);
    const payload = makeSharePayload({
      text: OUT_OF_OFFICE,
      conclusion: [{ cause: "not-a-bounce", confidence: 0.95 }],
      checklist: { "not-a-bounce.auto-reply-arrived": true },
    });
    const view = sharedView(payload, diagnosis);
    const item = view.checklist.find((i) => i.id === "not-a-bounce.auto-reply-arrived");
    expect(item?.kind).toBe("info");
    expect(item?.title).toBe("Nothing to fix: your message arrived");
  });
});

describe("a report of a step that asks nothing", () => {
  it("lists it without a box to tick, in Markdown and in plain text", async () => {
    const diagnosis = await diagnose(OUT_OF_OFFICE);
    const payload = makeSharePayload({
      text: OUT_OF_OFFICE,
      conclusion: [{ cause: "not-a-bounce", confidence: 0.95 }],
    });
    const input = reportInputFromPayload(payload, diagnosis);
    const title = "Nothing to fix: your message arrived";
    const md = reportMarkdown(input);
    expect(md).toContain(`- ${title}`);
    expect(md).not.toMatch(/\[[ x]\] Nothing to fix/);
    expect(reportText(input)).not.toMatch(/\[[ x]\] Nothing to fix/);
    expect(reportText(input)).toContain(title);
  });
});
