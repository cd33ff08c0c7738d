import { CAUSES, type CauseId } from "../lib/causes/causes";
import { CHECK_FIRST, CHECK_FIRST_CAUSES, CHECK_FIRST_PREFIX } from "../lib/checklists/check-first";
import { expect, test } from "./fixtures";
import { ReportPage } from "./pages/report-page";
import { saveScreenshot } from "./pages/screenshots";

const TITLE_TO_CAUSE = new Map(Object.values(CAUSES).map((c) => [c.title, c.id as CauseId]));

/** The check-first step ids the ranked causes call for: one each, the first that have one. */
function expectedFirstIds(ranked: readonly string[]): string[] {
  return ranked
    .filter((c) => CHECK_FIRST[c as CauseId])
    .slice(0, CHECK_FIRST_CAUSES)
    .map((c) => `${CHECK_FIRST_PREFIX}${c}`);
}

// When the bounce does not say why, the first steps are those that tell its ranked causes
// apart (lib/checklists/check-first.ts), on the result, at the wizard's end and in the link.
test.describe("an unknown diagnosis: first steps follow the ranked causes (issue 8)", () => {
  test("the result lists a step per likely cause, in their order", async ({ homePage, page }) => {
    await homePage.goto();
    await homePage.diagnose("550 5.7.1 Connection refused");
    await expect(homePage.causeTitles().first()).toHaveText(
      "This bounce does not say enough to tell.",
    );
    const possible = await homePage.possibleCauses().allTextContents();
    // A refusal at connection time: the sending IP's listings, its PTR, then its reputation
    // (5.7.1 names no cause alone, so no policy reading of the code ranks sender-policy third).
    expect(possible.slice(0, 3).map((t) => TITLE_TO_CAUSE.get(t))).toEqual([
      "ip-blocklisted",
      "reverse-dns",
      "bad-reputation",
    ]);
    await expect(homePage.firstSteps()).toHaveText([
      "Look up your sending IP on the public blocklists",
      "Check the reverse DNS (PTR) of your sending IP",
      "Look at your reputation with the receiver",
    ]);
    // A reply line is not too little to read: no "paste the whole bounce" note above it.
    await expect(homePage.inputMessages()).toHaveCount(0);
    await saveScreenshot(page, "unknown-result-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, "unknown-result-390");
    await homePage.result
      .getByTestId("cause-card")
      .first()
      .screenshot({ path: "test-results/screenshots/unknown-card-390.png" });
  });

  test("a notice without codes whose words gave the cause is not called too little", async ({
    homePage,
  }) => {
    await homePage.goto();
    await homePage.diagnose(
      [
        "Your message to the Test mailing-list was rejected for the following",
        "reasons:",
        "",
        "The message is larger than the 40 KB maximum size",
        "",
        "The original message as received by Mailman is attached.",
      ].join("\n"),
    );
    await expect(homePage.causeTitles().first()).toHaveText(CAUSES["message-too-large"].title);
    await expect(homePage.inputMessages()).toHaveText([
      "No SMTP reply code (such as 550) or status code (such as 5.1.1) was found in this text. The cause was read from the notice's own words.",
    ]);
    await saveScreenshot(homePage.page, "unknown-notice-words-1280");
    await homePage.paste("hello");
    await homePage.diagnoseButton.click();
    await expect(homePage.inputMessages().first()).toContainText(
      "Paste the whole bounce message, including the lines from the receiving server.",
    );
  });

  test("the wizard's unsettled end starts with them, and the link shows the same", async ({
    wizardPage,
    page,
    browser,
  }) => {
    await wizardPage.start("550 mail refused");
    await wizardPage.walkToConclusion();
    await expect(wizardPage.conclusion().getByTestId("conclusion-summary")).toContainText(
      "Not settled yet",
    );
    const ranked = await wizardPage.rankedCauseIds();
    const ids = await wizardPage
      .tellApartSteps()
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-item") ?? ""));
    expect(ids.slice(0, CHECK_FIRST_CAUSES)).toEqual(expectedFirstIds(ranked));
    // The fixes of the most likely cause follow; the hints box is not repeated above them.
    await expect(wizardPage.conclusion().getByTestId("settle")).toHaveCount(0);
    // Each step's title: the label's text after its kind badge ("Check").
    const titles = await wizardPage
      .tellApartSteps()
      .locator("label")
      .evaluateAll((els) => els.map((el) => el.lastChild?.textContent ?? ""));
    await saveScreenshot(page, "unknown-wizard-end-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, "unknown-wizard-end-390");
    await wizardPage
      .checklist()
      .getByTestId("tell-apart")
      .screenshot({ path: "test-results/screenshots/unknown-tell-apart-390.png" });

    const url = await wizardPage.shareUrl();
    const fresh = await browser.newContext();
    try {
      const other = await fresh.newPage();
      const shared = new ReportPage(other);
      await shared.open(url);
      const items = shared.checklistItems();
      await expect(items.first()).toBeVisible();
      const sharedIds = await items.evaluateAll((els) =>
        els.map((el) => el.getAttribute("data-item") ?? ""),
      );
      expect(sharedIds.slice(0, ids.length)).toEqual(ids);
      for (const [i, title] of titles.entries()) await expect(items.nth(i)).toContainText(title);
      await saveScreenshot(other, "unknown-shared-1280");
    } finally {
      await fresh.close();
    }
  });

  test("a bounce that names no cause says who acts: it depends, and you check first", async ({
    homePage,
    page,
  }) => {
    await homePage.goto();
    await homePage.diagnose("Delivery failed");
    const card = homePage.result.getByTestId("cause-card").first();
    // The one wording lib/causes holds, as the reports and the command line say it.
    await expect(card).toContainText(`Who acts: ${CAUSES.unknown.actorLabel}`);
    await expect(card).not.toContainText("Not known yet");
    await page.setViewportSize({ width: 390, height: 844 });
    await card.screenshot({ path: "test-results/screenshots/unknown-who-acts-390.png" });
  });
});
