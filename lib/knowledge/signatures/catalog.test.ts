// Every catalog entry's documented example must classify to the entry's cause, through the
// real parser and classifier.
import { describe, expect, it } from "vitest";
import { CAUSE_IDS } from "@/lib/causes/causes";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "@/lib/classify/classify";
import { restatesTheDelay } from "@/lib/classify/delay-notice";
import { isHint } from "@/lib/classify/phrase-rules";
import { ALL_SIGNATURES, type Needle } from "./index";

/** A needle is safe when it has no quantified group that itself holds a quantifier. */
function safeRegex(n: Needle): boolean {
  if (typeof n === "string") return true;
  return !/\([^()]*[+*}][^()]*\)[+*{]/.test(n.source) && n.source.length < 300;
}

describe("signature catalog", () => {
  it("has unique ids, known causes, sources and safe matchers", () => {
    const ids = new Set<string>();
    for (const s of ALL_SIGNATURES) {
      expect(ids.has(s.id), s.id).toBe(false);
      ids.add(s.id);
      expect(CAUSE_IDS).toContain(s.cause);
      expect(s.source).toMatch(/^https:\/\//);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      expect(s.example.length, s.id).toBeGreaterThan(0);
      for (const n of [...s.match, ...(s.also ?? []), ...(s.unless ?? [])]) {
        expect(safeRegex(n), `${s.id} ${String(n)}`).toBe(true);
        if (typeof n === "string") expect(n, s.id).toBe(n.toLowerCase());
      }
    }
  });

  it.each(ALL_SIGNATURES.map((s) => [s.id, s] as const))(
    "%s: its example gives its cause",
    async (_id, s) => {
      const parsed = await parseBounce(s.example);
      const d = classify(parsed);
      const r = d.recipients[0];
      const got = r?.cause ?? d.overall.cause;
      // A one-word keyword or a restatement of the refusal is a hint, not a verdict: alone it
      // ranks its cause among the possibilities of an unknown answer (issue 8).
      if (isHint(s) && got === "unknown")
        expect((r?.possible ?? d.overall.possible ?? []).map((p) => p.cause)).toContain(s.cause);
      else if (got === "not-a-bounce" && r?.delayNotice)
        // A delay warning is read by the reason it gives; one that gives none is no bounce, and
        // then the entry only restates the delay (lib/classify/delay-notice.ts).
        expect(restatesTheDelay(s.id), s.id).toBe(true);
      else expect(got).toBe(s.cause);
    },
  );
});
