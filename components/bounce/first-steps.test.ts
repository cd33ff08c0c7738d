import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FirstStepsBlock } from "./first-steps";
import type { CauseFirstSteps } from "@/lib/paste/diagnose-paste";

const open: CauseFirstSteps = {
  notSettled: true,
  steps: [
    {
      id: "delay-notice.nothing-to-resend",
      title: "Nothing to resend yet: your mail server is still trying",
      kind: "verify",
      tellsApart: null,
    },
    {
      id: "unknown.first.remote-unreachable",
      title: "Check that example.net publishes mail servers",
      kind: "verify",
      tellsApart: "remote-unreachable",
    },
  ],
};

const render = (delay: "no-reason" | null) =>
  renderToStaticMarkup(createElement(FirstStepsBlock, { firstSteps: open, delay }));

describe("FirstStepsBlock", () => {
  it("frames a failure's open cause as possible causes to tell apart", () => {
    const html = render(null);
    expect(html).toContain("Not settled yet: check these first");
    expect(html).toContain("one of the possible causes");
    expect(html).toContain("For the possible cause “The receiving server could not be reached”");
  });

  it("frames a delay notice that gives no reason by the notice, not by causes", () => {
    const html = render("no-reason");
    expect(html).toContain("Not a failure yet: the notice does not say why");
    expect(html).not.toContain("Not settled yet");
    expect(html).not.toContain("one of the possible causes");
    expect(html).toContain(
      "For a possible reason (the notice gives none): “The receiving server could not be reached”",
    );
  });
});
