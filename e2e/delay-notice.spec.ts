import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { saveScreenshot } from "./pages/screenshots";

// Real lab output (lib/knowledge/lab/fixtures): Postfix's delay warning for an unreachable host,
// Postgrey's greylisting deferral, Exim's delay warning that names no reason.
const lab = (file: string) =>
  readFileSync(new URL(`../lib/knowledge/lab/fixtures/${file}`, import.meta.url), "latin1");

test.describe("delay notices and greylisting (issue 8)", () => {
  test("a delay notice headlines its reason, with the delay beside it", async ({
    homePage,
    page,
  }) => {
    await homePage.goto();
    await homePage.diagnose(lab("postfix/delay-warning.eml"));
    await expect(homePage.causeTitles().first()).toHaveText(
      "The receiving server could not be reached",
    );
    await expect(homePage.delayNotice()).toContainText("Not a failure yet");
    await expect(homePage.firstSteps().first()).toHaveText(
      "Nothing to resend yet: your mail server is still trying",
    );
    await saveScreenshot(page, "delay-notice-reason-1280");
  });

  test("a delay notice with no reason says so, with nothing to resend", async ({ homePage }) => {
    await homePage.goto();
    await homePage.diagnose(lab("exim/delay-warning.eml"));
    await expect(homePage.causeTitles().first()).toHaveText("This is not a delivery failure");
    await expect(homePage.result).toContainText("Not a failure yet: this is a delay notice.");
    await expect(homePage.firstSteps()).toHaveText([
      "Nothing to resend yet: your mail server is still trying",
    ]);
  });

  test("greylisting gets 'wait for the retry', not 'send more slowly'", async ({
    homePage,
    page,
  }) => {
    await homePage.goto();
    await homePage.diagnose(lab("postgrey/greylisted.txt"));
    // Its words, not the rate limit's title ("Too many messages were sent too fast").
    await expect(homePage.causeTitles().first()).toHaveText(
      "The receiving server greylisted the message: it asks for a retry",
    );
    const steps = homePage.firstSteps();
    await expect(steps.first()).toHaveText("Nothing to fix: wait for your mail server's retry");
    await expect(steps.filter({ hasText: "Send more slowly" })).toHaveCount(0);
    await saveScreenshot(page, "greylisting-1280");
  });

  test("a rate limit keeps 'send more slowly'", async ({ homePage }) => {
    await homePage.goto();
    await homePage.diagnose("421 4.7.0 Too many connections, slow down");
    await expect(homePage.firstSteps().first()).toHaveText("Send more slowly");
  });

  test("the wizard concludes on the reason, and its checklist starts with nothing to resend", async ({
    wizardPage,
    page,
  }) => {
    await wizardPage.start(lab("dovecot/quota-delay-warning.eml"));
    await wizardPage.walkToConclusion();
    await expect(wizardPage.causeTitles().first()).toHaveText("The recipient's mailbox is full");
    await expect(wizardPage.conclusion().getByTestId("conclusion-delay-notice")).toContainText(
      "Not a failure yet",
    );
    await expect(wizardPage.checklist().getByRole("listitem").first()).toContainText(
      "Nothing to resend yet: your mail server is still trying",
    );
    // A firmly read reason: no "Not settled yet", its fixes for should the delay last.
    await expect(wizardPage.checklist().getByTestId("delay-intro")).toContainText(
      "the notice gives its reason",
    );
    await expect(wizardPage.checklist().getByTestId("tell-apart")).toHaveCount(0);
    // No resend of the message the server still retries (review 28, finding 15).
    await expect(wizardPage.checklist()).not.toContainText("Send again once they have freed space");
    await expect(wizardPage.checklist().getByTestId("cause-steps").first()).toContainText(
      "Should the delay last: The recipient's mailbox is full",
    );
    await saveScreenshot(page, "delay-notice-wizard-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, "delay-notice-wizard-390");
  });

  test("the shared view shows the delay beside the cause", async ({ page, request }) => {
    const res = await request.post("/api/diagnose", {
      data: { text: lab("postfix/delay-warning.eml") },
    });
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { link: { ok: boolean; url: string } };
    expect(body.link.ok).toBe(true);
    await page.goto(new URL(body.link.url).pathname + new URL(body.link.url).hash);
    await expect(page.getByTestId("conclusion-delay-notice")).toContainText("Not a failure yet");
    // One possible reason is checked first, not "told apart" from causes that are not there.
    const check = page.getByTestId("shared-not-settled");
    await expect(check).toContainText(
      "Not a failure yet: first check the reason the notice seems to give",
    );
    await expect(check).not.toContainText("tell the possible causes apart");
    await expect(page.getByTestId("shared-fixes").first()).toContainText(
      "If it is that, and the delay lasts: The receiving server could not be reached",
    );
    await saveScreenshot(page, "delay-notice-shared-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, "delay-notice-shared-390");
  });

  for (const [fixture, intro, fixes] of [
    ["dovecot/quota-delay-warning.eml", "the notice gives its reason", "Should the delay last: "],
    ["exim/delay-warning.eml", "gives no reason for the delay", "This is not a delivery failure"],
  ] as const) {
    test(`the shared view of ${fixture} says what the delay notice leaves to do`, async ({
      page,
      request,
    }) => {
      const res = await request.post("/api/diagnose", { data: { text: lab(fixture) } });
      expect(res.status()).toBe(200);
      const body = (await res.json()) as { link: { ok: boolean; url: string } };
      const url = new URL(body.link.url);
      await page.goto(url.pathname + url.hash);
      await expect(page.getByTestId("shared-delay-intro")).toContainText(intro);
      await expect(page.getByTestId("shared-not-settled")).toHaveCount(0);
      await expect(page.getByTestId("shared-fixes").first()).toContainText(fixes);
      const name = fixture.split("/")[0];
      await saveScreenshot(page, `delay-notice-shared-${name}-1280`);
      await page.setViewportSize({ width: 390, height: 844 });
      await saveScreenshot(page, `delay-notice-shared-${name}-390`);
    });
  }
});
