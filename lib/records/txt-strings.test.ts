import { describe, expect, it } from "vitest";
import { txtStrings, zoneFileText } from "./txt-strings";

describe("txtStrings", () => {
  it("keeps a short value whole, and splits after spaces so that joining gives it back", () => {
    expect(txtStrings("v=spf1 -all")).toEqual(["v=spf1 -all"]);
    const parts = txtStrings("aaaa bbbb cccc", 10);
    expect(parts).toEqual(["aaaa bbbb ", "cccc"]);
    expect(txtStrings("x".repeat(12), 5)).toEqual(["xxxxx", "xxxxx", "xx"]);
    expect(zoneFileText(['a "b"', "c\\"])).toBe('"a \\"b\\"" "c\\\\"');
  });
});
