import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { hoistStrings } from "./hoist-strings.mjs";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The code hoisted, its strings written where it reads them, and what its body returns. */
function runHoisted(code: string): { out: string; strings: string[]; value: unknown } {
  const dir = mkdtempSync(join(tmpdir(), "hoist-strings-"));
  dirs.push(dir);
  const file = join(dir, "strings.json");
  const { code: out, strings } = hoistStrings(code, file);
  writeFileSync(file, JSON.stringify(strings));
  return { out, strings, value: new Function(out)() };
}

const LONG = "a string long enough to be moved";

describe("hoistStrings", () => {
  it("moves the literals the script's own run evaluates, and then returns the same", () => {
    const code = [
      '"use strict";',
      `const a = "${LONG}", b = \`${LONG}, as a template\`;`,
      `const c = ["${LONG}", 'short', "${LONG}".length, "caf\\u00e9 \\u3002 \\ud83d\\ude00 and more"];`,
      `for (const k of [1, 2]) if (k === 2) c.push("${LONG}, in a loop");`,
      `const o = { key: "${LONG} as a value", ["${LONG} as a computed key"]: 1 };`,
      `let t; switch (a) { case "${LONG}": t = "matched at the case"; }`,
      `return [a, b, c, o, t, this === undefined];`,
    ].join("\n");
    const { out, strings, value } = runHoisted(code);
    expect(value).toEqual(new Function(code)());
    expect(out).not.toContain(LONG);
    expect(out.startsWith('"use strict";')).toBe(true);
    // Each value once, however often it is written.
    expect(strings.filter((s) => s === LONG)).toHaveLength(1);
    expect(strings).toContain("café 。 😀 and more");
    expect(strings).not.toContain("short");
  });

  it("leaves the literals of functions and class fields, which run when called", () => {
    const code = [
      `function f(x) { return x === "${LONG}" ? "matched in a function" : "${LONG}"; }`,
      `const g = () => "${LONG} in an arrow";`,
      `class C { field = "${LONG} in a field"; m() { return "${LONG} in a method"; } }`,
      `return [f("${LONG}"), f(1), g(), new C().field, new C().m()];`,
    ].join("\n");
    const { out, strings, value } = runHoisted(code);
    expect(value).toEqual(new Function(code)());
    expect(strings).toEqual([LONG]);
    expect(out).toContain(`return x === "${LONG}" ? "matched in a function" : "${LONG}";`);
    expect(out).toContain(`field = "${LONG} in a field"`);
  });

  it("leaves names, directives, module names and tagged templates as they are", () => {
    const code = [
      'function g() { "use strict and a long directive"; return this; }',
      `const o = { "${LONG} as a name": 1 };`,
      `const { "${LONG} as a name": n } = o;`,
      `const t = String.raw\`${LONG}\\n as raw text\`;`,
      'const p = require("node:path, a long module name");',
      "return [g(), o, n, t];",
    ].join("\n");
    const { code: out, strings } = hoistStrings(code, "/nowhere.json");
    expect(strings).toEqual([]);
    expect(out).toBe(code);
  });

  it("writes the array under a name the code does not use", () => {
    const code = `const S$ = 1, T$ = 2; return [S$, T$, "${LONG}"];`;
    const { out, value } = runHoisted(code);
    expect(value).toEqual([1, 2, LONG]);
    expect(out).toContain("S$$[0]");
  });
});
