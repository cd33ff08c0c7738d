import { describe, expect, it } from "vitest";
import { LiteralAutomaton } from "./literal-automaton";

/** The literals indexOf finds in the text, by index, ascending. */
function byIndexOf(literals: readonly string[], text: string): number[] {
  return literals.flatMap((l, p) => (text.indexOf(l) >= 0 ? [p] : []));
}

function scanned(a: LiteralAutomaton, text: string): number[] {
  a.scan(text);
  return [...a.found()].sort((x, y) => x - y);
}

describe("LiteralAutomaton", () => {
  it("finds every literal a text holds, overlapping, nested and repeated ones included", () => {
    const literals = ["he", "she", "his", "hers", "spf", "sp", "s", "ip", "mx", "he"];
    const a = new LiteralAutomaton(literals);
    expect(scanned(a, "ushers")).toEqual([0, 1, 3, 6, 9]);
    expect(scanned(a, "spf fail from ip")).toEqual([4, 5, 6, 7]);
    expect(scanned(a, "nothing here? no")).toEqual([0, 9]);
    expect(scanned(a, "")).toEqual([]);
    // holds() answers for the last text only.
    a.scan("mx");
    expect(a.holds(8)).toBe(true);
    expect(a.holds(0)).toBe(false);
  });

  it("restarts on a character no literal uses, and reads characters outside ASCII", () => {
    const a = new LiteralAutomaton(["ab", "메일함", "满", "alıcı"]);
    expect(scanned(a, "a-b")).toEqual([]);
    expect(scanned(a, "받는 사람의 메일함이 가득 찼습니다")).toEqual([1]);
    expect(scanned(a, "对方QQ邮箱已满 ab")).toEqual([0, 2]);
    expect(scanned(a, "alıcı bulunamadı")).toEqual([3]);
  });

  it("finds the empty literal in every text, as indexOf does", () => {
    const a = new LiteralAutomaton(["", "x"]);
    expect(scanned(a, "")).toEqual([0]);
    expect(scanned(a, "xyz")).toEqual([0, 1]);
  });

  it("agrees with indexOf on random texts over a small alphabet", () => {
    // A fixed linear congruential sequence: the same cases every run.
    let seed = 12345;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = "abc d.é";
    const word = (max: number) =>
      Array.from({ length: 1 + next(max) }, () => alphabet[next(alphabet.length)]).join("");
    for (let round = 0; round < 50; round++) {
      const literals = Array.from({ length: 1 + next(30) }, () => word(5));
      const a = new LiteralAutomaton(literals);
      for (let t = 0; t < 20; t++) {
        const text = word(60);
        expect(scanned(a, text)).toEqual(byIndexOf(literals, text));
      }
    }
  });
});
