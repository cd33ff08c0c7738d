import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import type { Facts } from "@/lib/rules/types";
import { heldCauses as held } from "@/lib/rules/test-factories";
import { buildChecklist, buildConclusionChecklist, TELL_APART_TITLE } from "./build";
import { DELAY_WORDS, tellsApartWords } from "./delay-outline";
import { outlineChecklist } from "./outline";

// Real lab output (lib/knowledge/lab/fixtures): Postfix's delay warning for an unreachable host.
const POSTFIX_DELAY = readFileSync(
  new URL("../knowledge/lab/fixtures/postfix/delay-warning.eml", import.meta.url),
  "latin1",
);

async function delayFacts(): Promise<Facts> {
  return { diagnosis: await diagnose(POSTFIX_DELAY), answers: {}, checks: {} };
}

describe("the line under a check-first step", () => {
  it("speaks of a possible cause for a failure, of the notice's reason for a delay", () => {
    expect(tellsApartWords("reverse-dns", null)).toBe(
      "For the possible cause “Your sending server has no valid reverse DNS”",
    );
    const words = (["reason-firm", "reason-possible", "no-reason"] as const).map((d) =>
      tellsApartWords("reverse-dns", d),
    );
    expect(words).toEqual([
      "For the reason the notice gives: “Your sending server has no valid reverse DNS”",
      "For a possible reason for the delay: “Your sending server has no valid reverse DNS”",
      "For a possible reason (the notice gives none): “Your sending server has no valid reverse DNS”",
    ]);
    for (const w of words) expect(w).not.toContain("possible cause");
  });
});

describe("a delay notice's group of check-first steps", () => {
  it("a reason read not for certain: checked, its words in the singular no more than the steps", async () => {
    const outline = outlineChecklist(
      buildConclusionChecklist(await delayFacts(), held([["remote-unreachable", 0.6]])),
    );
    expect(outline.delay).toBe("reason-possible");
    expect(outline.notSettled?.title).toBe(DELAY_WORDS["reason-possible"].checkTitle);
    expect(outline.notSettled?.steps.length).toBeGreaterThan(1);
    expect(outline.notSettled?.intro).not.toMatch(/this step/);
  });

  it("the cause left open: no 'tell the possible causes apart' under 'nothing to tell apart'", async () => {
    for (const list of [
      buildChecklist(await delayFacts(), [{ cause: "unknown", confidence: 1 }]),
      buildConclusionChecklist(await delayFacts(), held([["unknown", 0.3]])),
      buildConclusionChecklist(
        await delayFacts(),
        held([
          ["not-a-bounce", 0.5],
          ["remote-unreachable", 0.3],
        ]),
      ),
    ]) {
      const outline = outlineChecklist(list);
      expect(outline.delay).toBe("no-reason");
      expect(outline.notSettled?.title).toBe("Not a failure yet: the notice does not say why");
      expect(outline.notSettled?.title).not.toBe(TELL_APART_TITLE);
      expect(outline.notSettled?.intro).toBe(DELAY_WORDS["no-reason"].checkIntro);
      // The group says it; the line above the fixes does not say "nothing to tell apart" too.
      expect(outline.delayIntro).toBeNull();
    }
  });
});
