import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Checklist, ChecklistItem } from "@/lib/checklists/types";
import { FixChecklist, isStepDone } from "./fix-checklist";

const info: ChecklistItem = {
  id: "greylisting.wait-for-retry",
  title: "Nothing to fix: wait for your mail server's retry",
  detail: "Your server retries on its own; do not resend by hand.",
  actor: "sender",
  kind: "info",
};
const fix: ChecklistItem = {
  id: "rate-limited.authenticate",
  title: "Authenticate your mail",
  detail: "Make sure SPF and DKIM pass.",
  actor: "sender-admin",
  kind: "verify",
};

const checklist: Checklist = {
  causes: [
    {
      cause: "rate-limited",
      confidence: 0.9,
      title: "Too many messages were sent too fast",
      actorLabel: "You",
      items: [info, fix],
    },
  ],
  prevent: [],
};

function render(done: Record<string, boolean>): string {
  return renderToStaticMarkup(createElement(FixChecklist, { checklist, done, onToggle: () => {} }));
}

/** The markup of one step's row. */
function row(html: string, id: string): string {
  const start = html.indexOf(`data-item="${id}"`);
  return html.slice(start, html.indexOf("</li>", start));
}

describe("FixChecklist: a step that asks nothing", () => {
  it("has no checkbox, and only the steps to do are counted", () => {
    const html = render({});
    expect(row(html, info.id)).not.toContain('type="checkbox"');
    expect(row(html, info.id)).toContain("Good to know");
    expect(row(html, fix.id)).toContain('type="checkbox"');
    expect(html).toContain("0 of 1 done");
  });

  it("is never done, even where progress saved before carries a tick for it", () => {
    expect(isStepDone(info, { [info.id]: true })).toBe(false);
    expect(render({ [info.id]: true, [fix.id]: true })).toContain("1 of 1 done");
  });
});
