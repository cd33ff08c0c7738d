import { describe, expect, it } from "vitest";
import { TXT_STRING_LIMIT } from "@/lib/records/txt-strings";
import { recordCopyForms } from "./record-copy";

/** An SPF record of `n` ip4 terms: 300-odd characters for n = 20. */
const spf = (n: number) =>
  `v=spf1 ${Array.from({ length: n }, (_, i) => `ip4:198.51.100.${i + 1}`).join(" ")} include:_spf.example.net ~all`;

/** The quoted form's strings, read back as a zone file parser would. */
const unquote = (quoted: string) =>
  [...quoted.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!.replace(/\\(.)/g, "$1"));

describe("recordCopyForms", () => {
  it("offers an SPF record over 255 characters as quoted strings that join back to it", () => {
    const value = spf(20);
    expect(value.length).toBeGreaterThan(TXT_STRING_LIMIT);
    const forms = recordCopyForms({ type: "TXT", value });
    expect(forms.value).toBe(value);
    expect(forms.strings).toBe(2);
    const parts = unquote(forms.quoted ?? "");
    expect(parts).toHaveLength(2);
    expect(parts.every((p) => p.length <= TXT_STRING_LIMIT)).toBe(true);
    expect(parts.join("")).toBe(value);
    expect(forms.quoted).toMatch(/^"v=spf1 .*" ".*~all"$/);
  });

  it("offers no quoted form when one string holds the value, or the record is not TXT", () => {
    expect(recordCopyForms({ type: "TXT", value: "v=spf1 mx ~all" }).quoted).toBeNull();
    expect(recordCopyForms({ type: "TXT", value: "x".repeat(TXT_STRING_LIMIT) }).quoted).toBeNull();
    expect(recordCopyForms({ type: "PTR", value: "a".repeat(300) }).quoted).toBeNull();
  });
});
