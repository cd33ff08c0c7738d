import { describe, expect, it } from "vitest";
import { isWebUrl } from "./external-link";

describe("isWebUrl", () => {
  it.each([
    ["https://www.rfc-editor.org/rfc/rfc7208", true],
    ["HTTP://example.com/", true],
    ["javascript:alert(1)", false],
    [" javascript:alert(1)", false],
    ["JaVaScRiPt:alert(1)", false],
    ["data:text/html,<script>alert(1)</script>", false],
    ["//evil.example/", false],
    ["RFC 7208 §3.2", false],
  ])("%s → %s", (url, expected) => {
    expect(isWebUrl(url)).toBe(expected);
  });
});
