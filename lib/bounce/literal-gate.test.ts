import { describe, expect, it } from "vitest";
import { GramSet } from "./gram-set";
import { MTA_FORMATS } from "./mta-formats";
import { branchGrams, gatedTest, gatePattern, literalRun, requiredGrams } from "./literal-gate";
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

describe("requiredGrams", () => {
  const grams = (...literals: string[]) => literals.map((l) => literalGrams(l.toLowerCase()));
  it("takes every top-level run, and a group of literals with the run after it", () => {
    expect(
      requiredGrams(
        /^(?:[^\n]{0,1000}\n){0,8}from:[^\n]{0,200}@(?:[a-z]{1,63}\.){0,4}yahoo(?:inc)?\./i,
      ),
    ).toEqual([grams("from:"), grams("yahoo")]);
    expect(requiredGrams(/@(?:icloud|me|mac)\.com\b/i)).toEqual([
      grams("icloud.com", "me.com", "mac.com"),
      grams(".com"),
    ]);
  });
  it("leaves out what a match may lack or that is no literal", () => {
    // Quantified characters, groups and bounds.
    expect(requiredGrams(/-{3,} Transcript ab?cdef(?:ghij)?klmn/)).toEqual([
      grams(" Transcript a"),
      grams("cdef"),
      grams("klmn"),
    ]);
    // A lookahead's body, a class, a top-level alternation, a short literal.
    expect(requiredGrams(/(?=abcd)[wxyz]{4}efgh/)).toEqual([grams("efgh")]);
    expect(requiredGrams(/abcdef|ghijkl/)).toEqual([]);
    expect(requiredGrams(/ab\dcd/)).toEqual([]);
    // A choice shorter than a gram: the requirement gates nothing.
    expect(requiredGrams(/(?:me|mac)x/)).toEqual([]);
    // Non-ASCII under /i, and the u flag.
    expect(requiredGrams(/ΟΔΟΣ abcd/i)).toEqual([]);
    expect(requiredGrams(/abcdef/iu)).toEqual([]);
  });
  it("never rules out a text an MTA signature matches", () => {
    const set = new GramSet();
    const texts = [
      "From: MAILER-DAEMON@yahoo.co.jp\nSubject: x",
      "Subject: y\nFROM: <x@mx.Yahoo.com>",
      "from: a@Me.com",
      "x\nFrom: b@mail.icloud.com\n",
      "Reporting-MTA: dns; mta1.mail.yahoo.net",
      "reporting-mta: dns; a.b.apple.com",
      "--- Transcript of session follows ---",
      "(Exim 4.96)",
      "Il recapito non è riuscito per i seguenti destinatari o gruppi",
      "diagnóstico para administradores:",
    ];
    for (const t of texts) {
      set.load(t.toLowerCase());
      for (const format of MTA_FORMATS)
        for (const re of format.signatures)
          if (re.test(t))
            for (const choices of requiredGrams(re))
              expect(
                choices.some((g) => set.mayHold(g)),
                `${re} on ${t}`,
              ).toBe(true);
    }
  });
});
