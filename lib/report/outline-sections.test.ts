import { describe, expect, it } from "vitest";
import { markdownItem, textItem } from "./outline-sections";
import type { ReportItem } from "./report-outline";

// A TXT value over one string's 255 characters (RFC 1035 §3.3.14): the reports offer the
// quoted-strings form the wizard's record box and the share page show, for zone files.
const LONG_SPF = `v=spf1 ${Array.from({ length: 20 }, (_, i) => `ip4:198.51.100.${i + 1}`).join(" ")} include:_spf.example.net ~all`;

const item = (value: string): ReportItem => ({
  id: "authentication-failure.spf",
  title: "Publish one correct SPF record for example.com",
  done: false,
  record: { type: "TXT", name: "example.com", value },
});

describe("a record in a report's checklist step", () => {
  it("comes as quoted strings too when one string cannot hold it (Markdown)", () => {
    const md = markdownItem(item(LONG_SPF), "").join("\n");
    expect(md).toContain(LONG_SPF);
    // Markdown escapes the parentheses; a reader sees the record box's words.
    expect(md).toContain("As 2 quoted strings of one record \\(zone files, Route 53\\):");
    expect(md).toMatch(/^ {2}"v=spf1 [^\n]*" "[^\n]*~all"$/m);
  });

  it("comes as quoted strings too when one string cannot hold it (plain text)", () => {
    const text = textItem(item(LONG_SPF), "").join("\n");
    expect(text).toContain("As 2 quoted strings of one record (zone files, Route 53):");
    expect(text).toMatch(/^ {6}"v=spf1 [^\n]*" "[^\n]*~all"$/m);
  });

  it("comes once when one string holds it", () => {
    const short = "v=spf1 include:_spf.example.net ~all";
    expect(markdownItem(item(short), "").join("\n")).not.toContain("quoted strings");
    expect(textItem(item(short), "").join("\n")).not.toContain("quoted strings");
  });
});
