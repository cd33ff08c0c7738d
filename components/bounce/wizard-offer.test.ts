import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { firstStepsFor } from "@/lib/paste/diagnose-paste";
import { DiagnosisView } from "./diagnosis-view";
import { offersWizard, WizardOffer } from "./wizard-offer";

// The shape of Mail-DeliveryStatus-BounceParser's spam-with-image.msg (review 28, finding 7): a
// whole e-mail that is no bounce, names replaced.
const ORDINARY_EMAIL = `From: "Deals" <offers@example.com>
To: <ann@example.org>
Subject: Your weekly savings
Date: Mon, 7 Dec 2026 09:14:02 +0000
Message-ID: <20261207091402.1234@example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Hello Ann, this week's savings are here. Visit our shop for the full list.
`;

const render = async (text: string) =>
  renderToStaticMarkup(
    createElement(WizardOffer, { diagnosis: await diagnose(text), onContinue: () => {} }),
  );

describe("the offer to continue in the wizard", () => {
  it("is not made for an ordinary e-mail: nothing bounced, so nothing to narrow down", async () => {
    expect(offersWizard(await diagnose(ORDINARY_EMAIL))).toBe(false);
    const html = await render(ORDINARY_EMAIL);
    expect(html).not.toContain("Continue in the wizard");
    expect(html).toContain("paste the whole bounce");
  });

  it("is made for a refusal", async () => {
    const html = await render(
      "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown",
    );
    expect(html).toContain("Continue in the wizard");
    expect(html).toContain("The wizard checks DNS and blocklists");
  });

  it("the result above it promises no questions for an ordinary e-mail", async () => {
    const diagnosis = await diagnose(ORDINARY_EMAIL);
    const steps = firstStepsFor(diagnosis);
    const html = renderToStaticMarkup(
      createElement(DiagnosisView, { diagnosis, firstStepsFor: (cause) => steps[cause] }),
    );
    expect(html).not.toContain("A few questions will narrow it down");
    expect(html).not.toContain("the wizard asks");
    expect(html).toContain("Nothing in this text was refused or failed");
  });
});
