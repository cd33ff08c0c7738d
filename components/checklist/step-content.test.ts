import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StepContent } from "./step-content";

const step = {
  title: "Ask for DMARC reports",
  kind: "fix" as const,
  detail: "Add a report address first.",
  record: { type: "TXT" as const, name: "_dmarc.example.org", value: "v=DMARC1; p=none" },
  link: { label: "RFC 7489", url: "https://www.rfc-editor.org/rfc/rfc7489" },
};

describe("StepContent", () => {
  it("shows kind and title inside the caller's heading, then words, action, record and link", () => {
    const html = renderToStaticMarkup(
      createElement(StepContent, {
        step,
        detailId: "d1",
        heading: (title) => createElement("label", { "data-h": "1" }, title),
        action: createElement("button", null, "Run it"),
      }),
    );
    const at = (s: string) => html.indexOf(s);
    expect(at('<label data-h="1">')).toBeGreaterThanOrEqual(0);
    expect(at("Fix</span>")).toBeLessThan(at("Ask for DMARC reports"));
    expect(html).toContain('id="d1"');
    expect(at("Add a report address first.")).toBeLessThan(at("Run it"));
    expect(at("Run it")).toBeLessThan(at("_dmarc.example.org"));
    expect(at("_dmarc.example.org")).toBeLessThan(at("RFC 7489"));
  });

  it("reads a check-first step as one, and leaves out what the step does not have", () => {
    const html = renderToStaticMarkup(
      createElement(StepContent, {
        step: { title: "Look up the IP", kind: "verify" },
        tellsApart: "ip-blocklisted",
        heading: (title) => createElement("p", null, title),
      }),
    );
    expect(html).toContain("Check first");
    expect(html).toContain('data-testid="tells-apart"');
    expect(html).not.toContain("text-sm text-slate-700");
  });
});
