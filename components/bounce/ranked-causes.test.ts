import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RankedCauses } from "./ranked-causes";

const render = (second: { confidence: number; support: string }) =>
  renderToStaticMarkup(
    createElement(RankedCauses, {
      causes: [
        { cause: "bad-reputation", confidence: 0.92, support: "bounce", why: "" },
        {
          cause: "ip-blocklisted",
          ...second,
          why: "203.0.113.7 is listed on SpamCop Blocking List",
        },
      ],
    }),
  );

describe("RankedCauses", () => {
  it("a problem only the checks found says what they found, not why it is 'still possible'", () => {
    const html = render({ confidence: 0.01, support: "check" });
    expect(html).toContain("Also found by the checks");
    expect(html).toContain("What the checks found: ");
    expect(html).not.toContain("Why it is still possible");
  });

  it("a cause still possible says why", () => {
    const html = render({ confidence: 0.25, support: "bounce" });
    expect(html).toContain("Also possible · 25%");
    expect(html).toContain("Why it is still possible: ");
  });
});
