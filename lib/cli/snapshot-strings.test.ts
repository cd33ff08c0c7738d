import { describe, expect, it } from "vitest";
import { shareTableStrings } from "./snapshot-strings";

describe("shareTableStrings", () => {
  it("rewrites equal strings in objects and arrays without changing any value", () => {
    const part = "provider";
    const a = { id: `${part}.one`, note: `${part}.one`, list: [`${part}.two`, 3, null] };
    const b = { id: `${part}.two`, nested: { deeper: [a, { v: `${part}.one` }] } };
    const before = JSON.stringify([a, b]);
    const r = shareTableStrings([[a, b]]);
    expect(JSON.stringify([a, b])).toBe(before);
    expect(r).toEqual({ written: 5, values: 2 });
  });

  it("leaves frozen objects, read-only properties and accessors alone and follows cycles", () => {
    let reads = 0;
    const frozen = Object.freeze({ id: "x", inner: { id: "y" } });
    const readOnly = Object.defineProperty({}, "id", { value: "z", writable: false });
    const accessor = Object.defineProperty({}, "id", {
      get: () => {
        reads++;
        return "w";
      },
    });
    const cyclic: { self?: unknown; id: string } = { id: "c" };
    cyclic.self = cyclic;
    const r = shareTableStrings([frozen, readOnly, accessor, cyclic]);
    expect(reads).toBe(0);
    // Only the frozen object's unfrozen child and the cyclic object are written.
    expect(r).toEqual({ written: 2, values: 2 });
    expect(frozen.inner.id).toBe("y");
  });

  it("does not walk into class instances, maps or regular expressions", () => {
    class Holder {
      id = "h";
    }
    const r = shareTableStrings([new Holder(), new Map([["k", { id: "m" }]]), /re/]);
    expect(r).toEqual({ written: 0, values: 0 });
  });
});
