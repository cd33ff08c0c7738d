import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ActorBadge } from "./actor-badge";

describe("ActorBadge", () => {
  it("lets a long label wrap as text, not as an oval pill of flex items", () => {
    const html = renderToStaticMarkup(
      createElement(ActorBadge, {
        actor: "sender-admin-or-isp",
        label: "Your mail administrator or the ISP that owns the IP",
      }),
    );
    expect(html).toContain("Who acts:");
    expect(html).not.toMatch(/rounded-full|inline-flex|flex-wrap/);
  });
});
