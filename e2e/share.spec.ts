import { expect, test } from "./fixtures";
import { saveScreenshot } from "./pages/screenshots";

test.describe("share with IT (issue 5)", () => {
  test("share a result, open the link in a fresh browser, see the same report", async ({
    wizardPage,
    page,
    browser,
  }) => {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await wizardPage.start(
      "<carla@example.com>: host mx.example.com[203.0.113.9] said: 552 5.2.2 Mailbox full: carla@example.com is over quota (in reply to RCPT TO command)",
    );
    await wizardPage.walkToConclusion();
    await expect(wizardPage.causeTitles().first()).toBeVisible();
    const titles = await wizardPage.causeTitles().allTextContents();
    expect(titles[0]).toBe("The recipient's mailbox is full");

    const panel = page.getByTestId("share-panel");
    // Redaction is on by default: the preview shows the masked address, never the real one.
    await panel.getByText("Preview exactly what the link contains").click();
    await expect(panel.getByTestId("share-preview")).toContainText("c***@example.com");
    await expect(panel.getByTestId("share-preview")).not.toContainText("carla@example.com");

    await panel.getByRole("button", { name: "Copy link" }).click();
    await expect(panel.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    const url = (await panel.getByTestId("share-url").textContent()) ?? "";
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await panel.getByRole("button", { name: "Copy Markdown" }).click();
    await expect(
      panel.getByRole("status").filter({ hasText: "Report copied as Markdown" }),
    ).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("mailbox is full");
    await saveScreenshot(page, "share-panel-1280");

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(url);
    const report = other.getByTestId("shared-report");
    await expect(report).toBeVisible();
    expect(await report.getByTestId("cause-title").allTextContents()).toEqual(
      expect.arrayContaining(titles),
    );
    await expect(report).not.toContainText("carla@example.com");
    // The checklist travels as item ids with their state; the page shows their titles again.
    await expect(report.getByRole("button", { name: "Copy Markdown" })).toBeVisible();
    await expect(report).toContainText("Tell the recipient their mailbox is full");
    await saveScreenshot(other, "shared-report-1280");
    await other.emulateMedia({ media: "print" });
    await saveScreenshot(other, "shared-report-print");
    await other.emulateMedia({ media: "screen" });
    await other.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(other, "shared-report-390");

    await report.getByRole("button", { name: "Continue in the wizard" }).click();
    await expect(other.getByTestId("wizard-card")).toBeVisible();
    await fresh.close();
  });

  test("on a phone the panel shows two lines of the link, not all of it; Copy link copies it whole", async ({
    wizardPage,
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await wizardPage.start(
      "<carla@example.com>: host mx.example.com[203.0.113.9] said: 552 5.2.2 Mailbox full: carla@example.com is over quota (in reply to RCPT TO command)",
    );
    await wizardPage.walkToConclusion();
    const url = await wizardPage.shareUrl();
    // About 55 characters a line at this width: five lines or more, all of them shown before
    // (some 60 lines for a whole bounce's result).
    expect(url.length).toBeGreaterThan(250);
    expect(await wizardPage.shareUrlLines()).toBeLessThanOrEqual(2);
    const panel = page.getByTestId("share-panel");
    await panel.getByRole("button", { name: "Copy link" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  });

  test("a damaged, cut or foreign link says so in plain words", async ({ reportPage, page }) => {
    await reportPage.open("/r#1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    await expect(reportPage.error()).toBeVisible();
    await page.goto("/r#hello-world");
    await page.reload();
    await expect(reportPage.error()).toContainText("not a Bounce Doctor result link");
    await page.goto("/r");
    await expect(reportPage.error()).toContainText("missing");
    // Nothing from a link is rendered as HTML.
    await page.goto("/r#<img src=x onerror=alert(1)>");
    await page.reload();
    await expect(reportPage.error()).toBeVisible();
    expect(await page.locator("img").count()).toBe(0);
  });
});

test.describe("re-run the checks from a shared result (issue 5)", () => {
  test("the IP check re-runs and is compared with the time of sharing", async ({
    wizardPage,
    page,
    browser,
  }) => {
    await wizardPage.start(
      "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org",
    );
    await wizardPage.walkToConclusion();
    await expect(wizardPage.causeTitles().first()).toBeVisible();
    const url = (await page.getByTestId("share-url").textContent()) ?? "";
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(url);
    const report = other.getByTestId("shared-report");
    await expect(
      report.getByRole("heading", { name: "Checks at the time of sharing" }),
    ).toBeVisible();
    await expect(report.getByTestId("check-report").first()).toContainText("203.0.113.7");
    // Every checklist item shows a title, including the delisting steps the compact check
    // results cannot regenerate.
    const items = report.locator("li[data-item]");
    await expect(items.first()).toBeVisible();
    await expect(report).toContainText("Request removal from Spamhaus ZEN (SBL and XBL parts)");
    await expect(report).not.toContainText("(SBL, CSS, XBL, PBL)");
    // SpamCop takes no removal requests: its listings end when the reports stop.
    await expect(report).toContainText(
      "Wait for the SpamCop Blocking List listing to end: it takes no removal requests",
    );
    for (const item of await items.all()) {
      const id = (await item.getAttribute("data-item")) ?? "";
      await expect(item).not.toContainText(id);
    }
    await saveScreenshot(other, "shared-report-spamhaus-1280");
    await other.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(other, "shared-report-spamhaus-390");
    await other.setViewportSize({ width: 1280, height: 720 });
    await report.getByRole("button", { name: "Re-run the checks now" }).click();
    // The fixture DNS answers the same as before: nothing changed since sharing.
    await expect(report.getByTestId("rerun-result")).toContainText("No change");
    await fresh.close();
  });
});

test.describe("a check that could not run travels in the link", () => {
  test("the IP check times out: the shared page and its report say it could not be checked", async ({
    wizardPage,
    page,
    browser,
  }) => {
    // The check's request times out on the server's side (its own error answer for a request
    // that took too long): the wizard says the check could not run and goes on without it.
    await page.route("**/api/check/ip**", (route) =>
      route.fulfill({
        status: 408,
        contentType: "application/json",
        body: JSON.stringify({
          error: { code: "request_timeout:check", message: "The check timed out." },
        }),
      }),
    );
    await wizardPage.start(
      "554 5.7.1 Service unavailable; Client host [203.0.113.8] blocked using zen.spamhaus.org",
    );
    await wizardPage.walkToConclusion();
    await expect(wizardPage.conclusion()).toContainText("203.0.113.8 could not be checked.");
    const panel = page.getByTestId("share-panel");
    await panel.getByText("Preview exactly what the link contains").click();
    await expect(panel.getByTestId("share-preview")).toContainText(
      "ip:203.0.113.8: could not check (The check timed out.)",
    );
    const url = (await panel.getByTestId("share-url").textContent()) ?? "";
    const fresh = await browser.newContext();
    try {
      const other = await fresh.newPage();
      await other.goto(url);
      const unchecked = other.getByTestId("unchecked-checks");
      await expect(unchecked.locator("li[data-subject]")).toHaveAttribute(
        "data-subject",
        "203.0.113.8",
      );
      await expect(unchecked).toContainText("IP check, could not check: the check timed out");
      await saveScreenshot(other, "shared-report-unchecked-1280");
      const report = other.getByTestId("shared-report");
      await other.context().grantPermissions(["clipboard-read", "clipboard-write"]);
      await report.getByRole("button", { name: "Copy Markdown" }).click();
      const md = await other.evaluate(() => navigator.clipboard.readText());
      expect(md).toContain("### Checks that could not run");
      expect(md).toContain("could not check: the check timed out");
    } finally {
      await fresh.close();
    }
  });
});

test.describe("a result too large for a link (issue 5)", () => {
  test("says so and offers the Markdown instead", async ({ wizardPage, page }) => {
    // Text that does not compress: a deterministic pseudo-random log under the bounce line.
    let seed = 42;
    const noise = Array.from({ length: 400 }, () => {
      let line = "";
      for (let i = 0; i < 60; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        line += "abcdefghijklmnopqrstuvwxyz0123456789"[seed % 36];
      }
      return `X-Trace: ${line}`;
    }).join("\n");
    await wizardPage.start(`552 5.2.2 <carla@example.com>: Mailbox full\n\n${noise}`);
    await wizardPage.walkToConclusion();
    const panel = page.getByTestId("share-panel");
    await expect(panel.getByRole("status").filter({ hasText: "too long" })).toBeVisible();
    await expect(panel.getByRole("button", { name: "Copy Markdown" })).toBeVisible();
  });
});

test.describe("the hand-off is a ticket (issue 10)", () => {
  test("the Markdown carries the server's line, the answering host, codes, checks with fixes, delisting links and the link; print shows the evidence, not the form", async ({
    wizardPage,
    page,
  }) => {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await wizardPage.start(
      "<anna@example.net>: host mx1.example.net[198.51.100.25] said: 554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org (in reply to RCPT TO command)",
    );
    await wizardPage.walkToConclusion({ "sending-platform": { choice: /Our own mail server/ } });
    const panel = page.getByTestId("share-panel");
    const url = (await panel.getByTestId("share-url").textContent()) ?? "";
    await panel.getByRole("button", { name: "Copy Markdown" }).click();
    await expect(
      panel.getByRole("status").filter({ hasText: "Report copied as Markdown" }),
    ).toBeVisible();
    const md = await page.evaluate(() => navigator.clipboard.readText());
    expect(md).toContain("## The server's reply");
    expect(md).toMatch(/server said: 554 5\.7\.1 Service unavailable/);
    expect(md).toContain("answered by mx1.example.net");
    expect(md).toContain("`5.7.1`");
    expect(md).toContain("203.0.113.7 is listed on Spamhaus");
    expect(md).toMatch(/Fix: .*check\.spamhaus\.org/);
    expect(md).toContain("<https://check.spamhaus.org/>");
    expect(md).toContain(url);

    await page.emulateMedia({ media: "print" });
    await expect(panel).toBeHidden();
    await expect(page.getByTestId("print-share-link")).toBeVisible();
    await expect(wizardPage.conclusion().getByTestId("checks-summary")).toBeVisible();
    await saveScreenshot(page, "issue10-wizard-print");
    await page.emulateMedia({ media: "screen" });
  });
});
