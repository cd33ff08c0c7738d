import { describe, expect, it } from "vitest";
import { LOWERS_TO_ASCII, lowerCaseGate } from "./lower-case-gate";

describe("lowerCaseGate", () => {
  it("knows every character outside ASCII that lower-cases to ASCII", () => {
    const found: string[] = [];
    for (let c = 0x80; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (/[\x00-\x7f]/.test(ch.toLowerCase())) found.push(ch);
    }
    expect(found.join("")).toBe(LOWERS_TO_ASCII);
  });

  it("holds wherever the lower-cased text contains a phrase, in any case", () => {
    const gate = lowerCaseGate(["still undelivered after", "(ezweb mail) with", "@vtext.com"])!;
    for (const text of [
      "Warning: message STILL Undelivered After 4 hours",
      "sent (EZweb mail) WITH care",
      "to 5551234@VTEXT.COM",
    ]) {
      expect(gate.test(text)).toBe(true);
    }
    expect(gate.test("Warning: message still delivered after 4 hours")).toBe(false);
    expect(gate.test("(ezweb mail)with")).toBe(false);
    // "@vtextXcom": the dot is a dot, not any character.
    expect(gate.test("@vtextxcom")).toBe(false);
  });

  it("holds where a character outside ASCII lower-cases into a phrase", () => {
    const gate = lowerCaseGate(["kilo", "mail"])!;
    const kelvin = "\u212ailo";
    expect(kelvin.toLowerCase()).toContain("kilo");
    expect(gate.test(kelvin)).toBe(true);
    // U+0130 lower-cases to "i" and U+0307: "ma\u0130l" does not hold "mail", and no phrase
    // here ends in "i", so the gate leaves U+0130 out (one alternative fewer to scan for).
    expect("ma\u0130l".toLowerCase()).not.toContain("mail");
    expect(gate.test("ma\u0130l")).toBe(false);
    // A phrase that ends in "i" can end at it.
    const taxi = lowerCaseGate(["taxi"])!;
    expect("TAX\u0130".toLowerCase()).toContain("taxi");
    expect(taxi.test("TAX\u0130")).toBe(true);
  });

  it("gives no gate for phrases no pattern can stand for", () => {
    expect(lowerCaseGate(["ok", ""])).toBeNull();
    expect(lowerCaseGate(["d\u00e9j\u00e0"])).toBeNull();
    expect(lowerCaseGate(["Mail"])).toBeNull();
  });

  it.each([[["abc", "k.", "xi"]], [["abc", "xa"]], [["ix", "a.c"]]])(
    "never says no to random text whose lower-cased form holds one of %j",
    (phrases) => {
      const gate = lowerCaseGate(phrases)!;
      const alphabet = [
        "a",
        "B",
        "c",
        "K",
        "k",
        ".",
        "X",
        "I",
        "i",
        "\u0130",
        "\u212a",
        " ",
        "\u00c9",
      ];
      let seed = 7;
      const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      for (let n = 0; n < 3000; n++) {
        let text = "";
        for (let i = 0; i < 6; i++) text += alphabet[Math.floor(next() * alphabet.length)];
        const holds = phrases.some((p) => text.toLowerCase().includes(p));
        if (holds) expect(gate.test(text), text).toBe(true);
        if (!gate.test(text)) expect(holds, text).toBe(false);
      }
    },
  );
});
