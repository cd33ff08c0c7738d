import { describe, expect, it } from "vitest";
import { GramSet } from "./gram-set";
import { MTA_FORMATS } from "./mta-formats";
import { branchGrams, gatedTest, gatePattern, literalRun } from "./literal-gate";
import { literalGrams } from "./gram-set";

describe("literalRun", () => {
  it("finds the longest run every match must contain", () => {
    expect(literalRun(/-{3,} Transcript of session follows -{3,}/i)).toBe(
      " Transcript of session follows ",
    );
    expect(literalRun(/\(Exim \d/i)).toBe("Exim ");
    expect(literalRun(/icloud\.com|me\.com/i)).toBe("");
    expect(literalRun(/ab(cd)?ef/)).toBe("ab");
  });
});

describe("gatedTest", () => {
  const texts = [
    "This is the MAIL SYSTEM at host mx.example.com",
    "  The Mail System  \nx",
    "--- transcript OF session follows ---",
    "X-Failed-Recipients: a@b",
    "MSEXCH:IMS:x",
    "msexch:ims:x",
    "(EXIM 4.96)",
    "nothing here",
  ];
  it("answers as the pattern does, for every MTA signature", () => {
    for (const format of MTA_FORMATS)
      for (const re of format.signatures) {
        const g = gatePattern(re);
        for (const t of texts) expect(gatedTest(g, t, t.toLowerCase())).toBe(re.test(t));
      }
  });
  it("answers as the pattern does with the lower-cased text's grams as a second gate", () => {
    const grams = new GramSet();
    for (const t of texts) {
      const lower = t.toLowerCase();
      grams.load(lower);
      for (const format of MTA_FORMATS)
        for (const re of format.signatures)
          expect(gatedTest(gatePattern(re), t, lower, grams)).toBe(re.test(t));
    }
  });
  it("gates a case-sensitive literal on the lower-cased text's grams", () => {
    const g = gatePattern(/MSEXCH:IMS/);
    const grams = new GramSet();
    grams.load("msexch:ims:x");
    expect(gatedTest(g, "MSEXCH:IMS:x", "msexch:ims:x", grams)).toBe(true);
    grams.load("msexch:imz:x");
    expect(gatedTest(g, "MSEXCH:IMZ:x", "msexch:imz:x", grams)).toBe(false);
  });
  it("does not gate a case-insensitive pattern on a non-ASCII literal", () => {
    // Σ lower-cases to ς at the end of a word, which /σ/i still matches.
    const g = gatePattern(/ΟΔΟΣ/i);
    expect(g.literal).toBe("");
    expect(gatedTest(g, "ΟΔΟΣ", "ΟΔΟΣ".toLowerCase())).toBe(true);
  });
});

describe("gatePattern", () => {
  it("gates a case-insensitive pattern with a non-ASCII letter on its longest ASCII run", () => {
    const re = /Diagnoseinformationen für Administratoren/i;
    const g = gatePattern(re);
    expect(g.literal).toBe("diagnoseinformationen f");
    const grams = new GramSet();
    for (const t of [
      "x DIAGNOSEINFORMATIONEN FÜR ADMINISTRATOREN:",
      "\u0130 Diagnoseinformationen für Administratoren",
      "Diagnoseinformationen fur Administratoren",
      "Diagnose-informationen für Administratoren",
    ]) {
      const lower = t.toLowerCase();
      grams.load(lower);
      expect(gatedTest(g, t, lower, grams)).toBe(re.test(t));
    }
  });
  it("does not gate so with the u flag, where a non-ASCII letter can match an ASCII one", () => {
    expect(gatePattern(/Kelvin für/iu).literal).toBe("");
  });
});

describe("branchGrams", () => {
  it("gives each top-level branch's literal, escaped punctuation included", () => {
    expect(branchGrams(/icloud\.com|me\.com|Mac\.com/i)).toEqual(
      ["icloud.com", "me.com", "mac.com"].map(literalGrams),
    );
    expect(branchGrams(/outlook\.com|protection\.(?:outlook|x)\.com/i)).toEqual([
      literalGrams("outlook.com"),
      literalGrams("protection."),
    ]);
  });
  it("gives nothing to gate by for one branch or a branch without a literal", () => {
    expect(branchGrams(/icloud\.com/)).toBeNull();
    expect(branchGrams(/icloud\.com|\d+/)).toBeNull();
    expect(branchGrams(/[a|b]cdef/)).toBeNull();
  });
  it("never rules out a text an MTA signature matches", () => {
    const grams = new GramSet();
    const texts = ["mx.ICLOUD.com", "x@me.com", "protection.outlook.com", "mac.com.", "nothing"];
    for (const format of MTA_FORMATS)
      for (const re of format.signatures) {
        const branches = branchGrams(re);
        if (!branches) continue;
        for (const t of texts) {
          grams.load(t.toLowerCase());
          if (re.test(t)) expect(branches.some((b) => grams.mayHold(b))).toBe(true);
        }
      }
  });
});
