import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { SharedView } from "@/lib/report";
import { SharedChecklist } from "./shared-checklist";

// An SPF record past one TXT string's 255 characters (RFC 1035 §3.3.14), as a share link's
// checklist carries it: the share page must offer the quoted-strings form the wizard's end does.
const LONG_SPF = `v=spf1 ${Array.from({ length: 20 }, (_, i) => `ip4:198.51.100.${i + 1}`).join(" ")} include:_spf.example.net ~all`;

function outlineWith(value: string): SharedView["outline"] {
  return {
    notSettled: null,
    fixes: [
      {
        cause: "authentication-failure",
        confidence: 0.9,
        title: "SPF, DKIM or DMARC failed",
        actorLabel: "Your mail admin",
        items: [
          {
            id: "authentication-failure.spf",
            title: "Publish one correct SPF record for example.com",
            done: false,
            record: { type: "TXT", name: "example.com", value },
          },
        ],
      },
    ],
    prevent: [],
    other: [],
    fixPrefix: "",
    delay: null,
    delayIntro: null,
  };
}

const render = (value: string) =>
  renderToStaticMarkup(createElement(SharedChecklist, { outline: outlineWith(value) }));

describe("SharedChecklist", () => {
  it("shows a long TXT record in the same record box as the wizard, quoted strings included", () => {
    const html = render(LONG_SPF);
    expect(html).toContain('data-testid="dns-record"');
    expect(html).toContain('data-testid="dns-record-quoted"');
    expect(html).toContain("Copy as quoted strings");
    expect(html).toMatch(/&quot;v=spf1 [^<]*&quot; &quot;[^<]*~all&quot;/);
  });

  it("shows a short record with its copy buttons and no quoted form", () => {
    const html = render("v=spf1 include:_spf.example.net ~all");
    expect(html).toContain('data-testid="dns-record"');
    expect(html).toContain("Copy value");
    expect(html).not.toContain("dns-record-quoted");
  });

  it("says a delay notice's check-first step looks at a reason, not a possible cause", () => {
    const outline: SharedView["outline"] = {
      ...outlineWith("v=spf1 -all"),
      notSettled: {
        title: "Not a failure yet: first check the reason the notice seems to give",
        intro: "The notice's words point to a reason, not for certain.",
        actorLabel: "You, or your mail administrator",
        steps: [
          {
            item: {
              id: "unknown.first.remote-unreachable",
              title: "Check that example.net publishes mail servers",
              done: false,
              kind: "verify",
            },
            tellsApart: "remote-unreachable",
          },
        ],
      },
      delay: "reason-possible",
    };
    const html = renderToStaticMarkup(createElement(SharedChecklist, { outline }));
    expect(html).toContain(
      "For a possible reason for the delay: “The receiving server could not be reached”",
    );
    expect(html).not.toContain("For the possible cause");
  });
});

describe("SharedChecklist: a step that asks nothing", () => {
  it("shows no box, ticked or not, even from a link that ticked it", () => {
    const outline = outlineWith("v=spf1 -all");
    outline.fixes[0]!.items.unshift({
      id: "not-a-bounce.auto-reply-arrived",
      title: "Nothing to fix: your message arrived",
      done: true,
      kind: "info",
    });
    const html = renderToStaticMarkup(createElement(SharedChecklist, { outline }));
    const start = html.indexOf('data-item="not-a-bounce.auto-reply-arrived"');
    const row = html.slice(start, html.indexOf("</li>", start));
    expect(row).not.toMatch(/☑|☐|Done: |To do: /);
    expect(row).toContain("Good to know");
  });
});
