import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./fixtures";
import { saveScreenshot } from "./pages/screenshots";

// Every test here also holds that the page ran under its Content-Security-Policy without a
// violation and without a script error (a broken hydration shows as one), and that nothing it
// loads fails (but the favicon, which the app does not have).
let problems: string[] = [];
test.beforeEach(({ page }) => {
  problems = [];
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("response", (response) => {
    if (response.status() >= 400 && !response.url().endsWith("/favicon.ico"))
      problems.push(`${response.status()} ${response.url()}`);
  });
});
test.afterEach(() => {
  expect(problems).toEqual([]);
});

test.describe("home page (issue 2)", () => {
  test("paste a Spamhaus bounce and read the cause", async ({ homePage, page }) => {
    await homePage.goto();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(
      "Why was my email refused?",
    );
    await homePage.diagnose(
      "<anna@example.net>: host mx1.example.net[198.51.100.25] said: 554 5.7.1 Service unavailable; Client host [192.0.2.45] blocked using zen.spamhaus.org (in reply to RCPT TO command)",
    );
    await expect(homePage.causeTitles().first()).toHaveText(
      "Your sending server's IP address is on a blocklist",
    );
    await expect(homePage.result.getByText("Your mail administrator").first()).toBeVisible();
    await homePage.openTechnicalDetails();
    await expect(homePage.result.locator("mark").first()).toBeVisible();
    await saveScreenshot(page, "home-diagnosis-1280");
  });

  test("technical details open on the evidence, also when it lies far down a long bounce", async ({
    homePage,
  }) => {
    // A Postfix-style bounce for twelve recipients: each card highlights its own line in the
    // whole bounce, so the last one's lies far below the box's first lines.
    const lines = Array.from(
      { length: 12 },
      (_, i) =>
        `<user${i}@example.org>: host mx.example.org[192.0.2.90] said: 550 5.1.1 <user${i}@example.org>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)`,
    );
    await homePage.goto();
    await homePage.diagnose(
      [
        "This is the mail system at host mail.example.com.",
        "",
        "I'm sorry to have to inform you that your message could not",
        "be delivered to one or more recipients. It's attached below.",
        "",
        ...lines.flatMap((l) => [l, ""]),
      ].join("\n"),
    );
    await expect(homePage.causeTitles()).toHaveCount(12);
    await homePage.openTechnicalDetails(11);
    await expect.poll(() => homePage.evidenceInView(11)).toBe(true);
  });

  test("the evidence's source page is a link, also when the source names the page's title", async ({
    homePage,
  }) => {
    await homePage.goto();
    await homePage.diagnose(
      "Remote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required'",
    );
    await homePage.openTechnicalDetails();
    // "Fix NDR error 550 5.7.1 in Exchange Online, https://learn.microsoft.com/...": the title
    // stays text, the address is the link.
    await expect(
      homePage.result.getByRole("link", { name: /^https:\/\/learn\.microsoft\.com\// }).first(),
    ).toBeVisible();
  });

  test("examples run in one click; the layout fits a phone", async ({ homePage, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await homePage.goto();
    await saveScreenshot(page, "home-empty-390");
    await homePage.tryExample("Mailbox full");
    await expect(homePage.causeTitles().first()).toHaveText("The recipient's mailbox is full");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, "home-diagnosis-390");
  });

  test("keyboard only: paste, diagnose, reach the result", async ({ homePage, page }) => {
    await homePage.goto();
    await homePage.pasteBox.focus();
    await page.keyboard.insertText(
      "550 5.1.1 <jon@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
    );
    await page.keyboard.press("Tab"); // Diagnose
    await expect(homePage.diagnoseButton).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(homePage.causeTitles().first()).toHaveText("The address does not exist");
    await expect(page.getByRole("heading", { name: "What happened" })).toBeFocused();
  });

  test("a dropped .eml file shows its name", async ({ homePage, page }) => {
    await homePage.goto();
    const eml = [
      "From: MAILER-DAEMON@mail.example.org",
      "To: sender@example.org",
      "Subject: Undelivered Mail Returned to Sender",
      "Content-Type: text/plain",
      "",
      "<carla@example.com>: host mx.example.com[203.0.113.7] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)",
      "",
    ].join("\r\n");
    const data = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], "bounce.eml", { type: "message/rfc822" }));
      return dt;
    }, eml);
    await homePage.pasteBox.dispatchEvent("drop", { dataTransfer: data });
    await expect(page.getByTestId("file-name")).toContainText("bounce.eml");
    await homePage.diagnoseButton.click();
    await expect(homePage.causeTitles().first()).toHaveText("The recipient's mailbox is full");
  });

  test("words no rule knows (a qmail notice in Turkish that gives no reason): no 'a guess (0%)', the first steps check what a notice with no reply usually means", async ({
    homePage,
  }) => {
    await homePage.goto();
    await homePage.diagnose(
      "Hi. This is the qmail-send program at mail.example.net.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n\n<ana@example.com>:\nBu ileti teslim edilemedi.\n",
    );
    await expect(homePage.causeTitles().first()).toBeVisible();
    await expect(homePage.confidence()).toHaveCount(0);
    await expect(homePage.result).not.toContainText("a guess (0%)");
    // qmail quotes no server's reply: the usual causes of such a notice, each with its check.
    await expect(homePage.firstStepsGroup()).toContainText("looks at one of the possible causes");
    await expect(homePage.firstStepsGroup()).toContainText(
      "The receiving server could not be reached",
    );
  });

  test("a line no rule knows and that may be no bounce: no causes claimed to be looked at", async ({
    homePage,
  }) => {
    await homePage.goto();
    await homePage.diagnose("Bu ileti teslim edilemedi.");
    await expect(homePage.causeTitles().first()).toBeVisible();
    await expect(homePage.confidence()).toHaveCount(0);
    await expect(homePage.result).not.toContainText("a guess (0%)");
    await expect(homePage.result).not.toContainText("looks at one of the possible causes");
  });

  test("a reply in words no rule knows is 'could not read', never 'does not say why'", async ({
    homePage,
  }) => {
    await homePage.goto();
    await homePage.diagnose("550 5.0.0 Frobnicated quux");
    await expect(homePage.causeTitles().first()).toHaveText(
      "Bounce Doctor could not read a cause in this bounce.",
    );
    await expect(homePage.result).toContainText(
      "The server's reply has words Bounce Doctor does not know",
    );
    await expect(homePage.result).not.toContainText("does not say why");
    // A bare refusal still does not say why.
    await homePage.diagnose("550 mail refused");
    await expect(homePage.causeTitles().first()).toHaveText("This bounce does not say why.");
  });

  test("a notice that quotes no reply ranks what a mail system finds by itself", async ({
    homePage,
  }) => {
    await homePage.goto();
    // A DSN whose recipient failed with no Status, no Diagnostic-Code and no reason in words.
    await homePage.diagnose(
      readFileSync(
        join(
          import.meta.dirname,
          "..",
          "lib",
          "bounce",
          "__fixtures__",
          "failure-without-codes.eml",
        ),
        "utf8",
      ),
    );
    await expect(homePage.causeTitles().first()).toHaveText("This bounce does not say why.");
    await expect(homePage.result).toContainText(
      "These are the usual causes of a bounce that quotes no reply from a receiving server",
    );
    await expect(homePage.result).toContainText("The receiving server could not be reached");
  });

  test("a known cause keeps its confidence line", async ({ homePage }) => {
    await homePage.goto();
    await homePage.tryExample("Mailbox full");
    await expect(homePage.confidence()).toContainText(/Confidence: .+ \(\d+%\)/);
  });

  test("continue in the wizard with the same bounce", async ({ homePage, wizardPage }) => {
    await homePage.goto();
    await homePage.tryExample("Mailbox full");
    await expect(homePage.causeTitles().first()).toHaveText("The recipient's mailbox is full");
    await expect(homePage.result.getByText("What to do first")).toBeVisible();
    await homePage.continueInWizard();
    await expect(wizardPage.card).toBeVisible();
    await wizardPage.walkToConclusion();
    await expect(wizardPage.causeTitles().first()).toHaveText("The recipient's mailbox is full");
  });

  test("a large paste is read in a worker, with progress, and the page stays responsive", async ({
    homePage,
    page,
  }) => {
    await homePage.goto();
    const bounce = `550 5.1.1 <jon@example.com>: Recipient address rejected: User unknown\n${"x".repeat(79)}\n`;
    await homePage.pasteLarge(bounce.repeat(9_000)); // 1.4 million characters, under the line cap
    await homePage.diagnoseButton.click();
    await expect(page.getByTestId("paste-progress")).toBeVisible();
    // The page's own thread answers while the worker reads.
    const started = Date.now();
    await page.evaluate(() => document.title);
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect(homePage.causeTitles().first()).toHaveText("The address does not exist", {
      timeout: 30_000,
    });
  });

  test("a paste past the caps gets a plain message, not a frozen page", async ({ homePage }) => {
    await homePage.goto();
    await homePage.pasteLarge("550 5.1.1 x\n".repeat(61_000));
    await homePage.diagnoseButton.click();
    await expect(homePage.result.getByRole("alert")).toContainText("more than 60,000 lines");
  });
});
