import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RecordBox } from "./record-box";

// Component-level check: no fixture domain's merged SPF record passes 255 characters, so the
// record box is rendered as the server renders it, and its buttons and forms read from the HTML.
const LONG_SPF = `v=spf1 ${Array.from({ length: 20 }, (_, i) => `ip4:198.51.100.${i + 1}`).join(" ")} include:_spf.example.net ~all`;

const render = (value: string) =>
  renderToStaticMarkup(
    createElement(RecordBox, { record: { type: "TXT", name: "example.com", value } }),
  );

describe("RecordBox", () => {
  it("shows a long SPF record as quoted strings too, with a button to copy them", () => {
    const html = render(LONG_SPF);
    expect(html).toContain("Copy value");
    expect(html).toContain("Copy as quoted strings");
    expect(html).toContain('data-testid="dns-record-quoted"');
    expect(html).toContain("As 2 quoted strings of one record");
    // The quoted form is shown as such: two strings, each opening with a quote mark.
    expect(html).toMatch(/&quot;v=spf1 [^<]*&quot; &quot;[^<]*~all&quot;/);
  });

  it("offers one copy of a record one string holds", () => {
    const html = render("v=spf1 include:_spf.example.net ~all");
    expect(html).toContain("Copy value");
    expect(html).not.toContain("Copy as quoted strings");
    expect(html).not.toContain("dns-record-quoted");
  });
});
