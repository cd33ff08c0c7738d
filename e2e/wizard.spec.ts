import { expect, test } from "./fixtures";
import { saveScreenshot } from "./pages/screenshots";

// Journeys end to end against the production build and the loopback DNS server; the
// addresses and names come from lib/dns/testing/zones/*.
test.describe("wizard journeys (issue 4)", () => {
  test("a blocklisted IP: the IP check confirms the listing", async ({ wizardPage, page }) => {
    await wizardPage.start(
      "<anna@example.net>: host mx1.example.net[198.51.100.25] said: 554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org (in reply to RCPT TO command)",
    );
    await saveScreenshot(page, "wizard-blocklist-first-step-1280");
    await wizardPage.walkToConclusion();
    await expect(wizardPage.causeTitles().first()).toHaveText(
      "Your sending server's IP address is on a blocklist",
    );
    // The client host the receiver named, not the receiver's own address (198.51.100.25).
    await expect(wizardPage.conclusion().getByTestId("conclusion-summary")).toContainText(
      "203.0.113.7 is listed",
    );
    await saveScreenshot(page, "wizard-blocklist-conclusion-1280");
  });

  test("a full mailbox", async ({ wizardPage, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await wizardPage.start(
      "<carla@example.com>: host mx.example.com[203.0.113.9] said: 552 5.2.2 Mailbox full: carla@example.com is over quota (in reply to RCPT TO command)",
    );
    await wizardPage.walkToConclusion();
    await expect(wizardPage.causeTitles().first()).toHaveText("The recipient's mailbox is full");
    await saveScreenshot(page, "wizard-mailbox-full-390");
  });

  test("an unknown recipient at a typo'd domain", async ({ wizardPage, page }) => {
    await wizardPage.start(
      "550 5.1.1 <jon.smith@gmial.com>: Recipient address rejected: User unknown",
    );
    await wizardPage.walkToConclusion();
    await expect(wizardPage.causeTitles().first()).toHaveText(/does not exist/);
    // The recipient-domain check names the likely intended domain.
    await expect(wizardPage.conclusion().getByTestId("checks-summary")).toContainText(
      "Did you mean gmail.com?",
    );
    await saveScreenshot(page, "wizard-typo-conclusion-1280");
  });

  test("an ambiguous 550 5.7.1 needs questions; state survives a reload; back works", async ({
    wizardPage,
    page,
  }) => {
    await wizardPage.start("550 5.7.1 Message rejected");
    expect(await wizardPage.kind()).toBe("question");
    const firstQuestion = await wizardPage.questionId();
    await saveScreenshot(page, "wizard-ambiguous-question-1280");
    await wizardPage.dontKnow();
    await expect(wizardPage.card).toHaveAttribute("data-step", "2");
    await page.reload();
    await expect(wizardPage.card).toHaveAttribute("data-step", "2");
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, "wizard-ambiguous-question-390");
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goBack();
    await expect(wizardPage.card).toHaveAttribute("data-step", "1");
    expect(await wizardPage.questionId()).toBe(firstQuestion);
    await wizardPage.walkToConclusion();
    await expect(wizardPage.causeTitles().first()).toBeVisible();
  });
});

test.describe("wizard with the keyboard alone (issue 4)", () => {
  test("an SPF/DMARC failure: paste, walk, tick a checklist item, copy a record", async ({
    wizardPage,
    page,
  }) => {
    await page.goto("/wizard?step=0");
    await wizardPage.tabTo(/Paste the bounce message/);
    await page.keyboard.insertText(
      "Remote Server returned '550 5.7.509 Access denied, sending domain dmarc-none.test does not pass DMARC verification and has a DMARC policy of reject.'",
    );
    await wizardPage.tabTo(/Start the diagnosis/);
    await page.keyboard.press("Enter");
    await wizardPage.walkToConclusionByKeyboard({ "sending-domain": "dmarc-none.test" });
    await expect(wizardPage.causeTitles().first()).toHaveText(
      "Your mail failed sender authentication (SPF, DKIM or DMARC)",
    );
    const checklist = page.getByTestId("fix-checklist");
    await expect(checklist).toBeVisible();
    await saveScreenshot(page, "wizard-auth-conclusion-1280");
    // The records to publish are generated for the domain the bounce named.
    await expect(
      checklist.getByTestId("dns-record").filter({ hasText: "_dmarc.dmarc-none.test" }).first(),
    ).toBeVisible();

    // Tick the first item with the keyboard; the progress counts it and survives a reload.
    const first = checklist.getByRole("checkbox").first();
    await first.focus();
    await page.keyboard.press("Space");
    await expect(first).toBeChecked();
    await expect(checklist).toContainText(/1 of \d+ done/);
    await saveScreenshot(page, "wizard-auth-conclusion-1280");
    await page.reload();
    await expect(page.getByTestId("fix-checklist").getByRole("checkbox").first()).toBeChecked();
  });
});
