import { afterEach, describe, expect, it, vi } from "vitest";
import { latin1Source } from "./latin1-source.mjs";

/** Whether every character of a text fits in one byte (what lets V8 hold it at one). */
const latin1 = (text: string): boolean => /^[\x00-\xff]*$/.test(text);

describe("latin1Source", () => {
  afterEach(() => vi.restoreAllMocks());

  it("escapes the wide characters of regular expression literals, which then match the same", () => {
    const code = "const a = /[:：]/, b = /[.。]$/u, c = /😀+/u, d = /für/i; x = a / 2;";
    const out = latin1Source(code, "t.js");
    expect(latin1(out)).toBe(true);
    expect(out).toContain("/[:\\uff1a]/");
    expect(out).toContain("/für/i");
    const run = (src: string) => new Function(`let x; ${src}; return [a, b, c, d];`)() as RegExp[];
    const [before, after] = [run(code), run(out)];
    for (const text of ["a：b", "end。", "😀😀", "FÜR", "a:b", "end.", "x"])
      expect(after.map((re) => re.test(text))).toEqual(before.map((re) => re.test(text)));
  });

  it("leaves Latin-1 code as it is", () => {
    const code = 'const s = "caf\\u00e9", r = /é/;';
    expect(latin1Source(code, "t.js")).toBe(code);
  });

  it("reports, and does not rewrite, wide characters outside regular expressions", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const code = "const raw = String.raw`。`;";
    expect(latin1Source(code, "t.js")).toBe(code);
    expect(warn).toHaveBeenCalledOnce();
  });
});
