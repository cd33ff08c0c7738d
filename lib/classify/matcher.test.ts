// The gram gate may only skip needles that cannot match: with and without it, every catalog
// needle finds the same thing in every catalog example (and in random text around them).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALL_SIGNATURES } from "@/lib/knowledge/signatures";
import { compileSignatures, findNeedle, GramTable, requiredLiteral } from "./matcher";
import { phrases } from "./phrase-rules";
import { normalizeString, offsetRuns } from "./text-index";

const compiled = compileSignatures(ALL_SIGNATURES, 1);
const needles = compiled.flatMap((c) => [...c.any, ...c.all, ...c.none]);

describe("requiredLiteral", () => {
  it("reads the fixed text of a regular expression", () => {
    expect(requiredLiteral(/user unknown in (?:local recipient|virtual alias) table/)).toBe(
      "user unknown in ",
    );
    expect(requiredLiteral(/cannot send message for \d{1,3} days?/)).toBe(
      "cannot send message for ",
    );
    expect(requiredLiteral(/connect to [^\s]{1,255}: connection refused/)).toBe(
      ": connection refused",
    );
  });
  it("reads an escaped punctuation character as itself, not as a break", () => {
    expect(requiredLiteral(/i\.ua\/err\/1\b/)).toBe("i.ua/err/1");
    expect(requiredLiteral(/\(g14\)/)).toBe("(g14)");
    expect(requiredLiteral(/5\.7\.1 \[rbl\]/i)).toBe("5.7.1 [rbl]");
    // Quantified, the character is not certain; a class or an escaped letter still breaks.
    expect(requiredLiteral(/abc\.?de/)).toBe("abc");
    expect(requiredLiteral(/ab\sde\.fg/)).toBe("de.fg");
  });
  it("gives nothing where a top-level alternation or capitals make no text certain", () => {
    expect(
      requiredLiteral(/ptr record[^.]{0,80}rate limited|rate limited[^.]{0,120}ptr record/),
    ).toBe("");
    expect(requiredLiteral(/Mailbox Full/)).toBe("");
    expect(requiredLiteral(/abcd?e/)).toBe("abc");
  });
});

describe("gram gate", () => {
  const table = new GramTable();
  it("gates a top-level alternation by the grams every branch's literal holds", () => {
    const base = ALL_SIGNATURES[0]!;
    const [c] = compileSignatures(
      [{ ...base, match: [/ptr record[^.]{0,80}rate limited|rate limited[^.]{0,120}ptr record/] }],
      1,
    );
    const n = c!.any[0]!;
    expect(n.grams.length).toBeGreaterThan(0);
    for (const hay of ["421 rate limited: no ptr record", "no ptr record, so rate limited"]) {
      table.load(hay);
      expect(findNeedle(hay, n.needle)).not.toBeNull();
      expect(table.mayHold(n)).toBe(true);
    }
    table.load("no ptr record");
    expect(table.mayHold(n)).toBe(false);
  });
  const agree = (hay: string) => {
    table.load(hay);
    for (const n of needles) {
      const plain = findNeedle(hay, n.needle);
      if (plain) expect(table.mayHold(n), `${String(n.needle)} in ${hay.slice(0, 80)}`).toBe(true);
    }
  };
  it("never hides a needle present in a catalog example", () => {
    for (const s of ALL_SIGNATURES) agree(normalizeString(s.example));
  });
  it("never hides a needle inside arbitrary text", () => {
    const strings = needles
      .filter((n) => typeof n.needle === "string")
      .map((n) => n.needle as string);
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.constantFrom(...strings),
        fc.string({ maxLength: 40 }),
        (a, needle, b) => {
          agree(`${a}${needle}${b}`);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("candidates", () => {
  // The classifier's own set (catalog and provider tables), which has needles without a gram.
  const set = phrases().words;
  const table = new GramTable();
  const same = (hay: string) => {
    table.load(hay);
    // Copies: both return a view of the set's one buffer.
    const byGate = Array.from(table.candidatesByGate(set));
    expect(Array.from(table.candidatesByText(set)), hay.slice(0, 80)).toEqual(byGate);
    return byGate.length;
  };
  it("reads a short text gram by gram to the same signatures as the flat gate", () => {
    expect(set.gramless.length).toBeGreaterThan(0);
    let found = 0;
    for (const c of set.list) found += same(normalizeString(c.sig.example));
    // The examples hold their own needles: the comparison is not between empty lists.
    expect(found).toBeGreaterThan(set.list.length);
    for (const hay of ["", "abc", "user unknown user unknown", " mailbox full mailbox full "])
      same(hay);
  });
  it("agrees on arbitrary text around needles", () => {
    const strings = set.list
      .flatMap((c) => c.any)
      .filter((n) => typeof n.needle === "string")
      .map((n) => n.needle as string);
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.constantFrom(...strings),
        fc.constantFrom(...strings),
        (a, n1, n2) => {
          same(`${a}${n1} ${n2}${a}`);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("normalizeString and its offset map", () => {
  it("collapses spaces, lower-cases, folds quotes and maps back to the original", () => {
    const t = "  550\u00a05.1.1  User\r\n\tUNKNOWN \u2019x\u2019  ";
    const s = normalizeString(t);
    expect(s).toBe("550 5.1.1 user unknown 'x'");
    expect(t[offsetRuns(t, t.length, s).at(s.indexOf("unknown")) ?? -1]).toBe("U");
  });
});
