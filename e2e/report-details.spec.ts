// What the cards and the report say of each recipient (ui27): the wizard's copied Markdown titles
// each recipient's step with the mask its ready text uses; a program's transcript that quotes its
// server's 535 is the program's error, with no lookups promised; a provider's own meaning of its
// status code stands on the status line; the address delivery was last tried for is shown.
import { expect, test } from "./fixtures";
import { saveScreenshot } from "./pages/screenshots";

// An IIS-style DSN (written for this test): four recipients refused with the same words, all
// starting with the same letter at one domain, so their masks are b***@, b***2@, b***3@, b***4@.
// mail-ready.test is a fixture zone with MX records.
const ADDRESSES = ["bounced1", "bounced2", "bounced3", "bounced4"].map(
  (l) => `${l}@mail-ready.test`,
);
const FOUR_RECIPIENTS = [
  "From: postmaster@mx.mail-ready.test",
  "To: sender@example.com",
  "Subject: Delivery Status Notification (Failure)",
  "MIME-Version: 1.0",
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
  "",
  "--b1",
  "Content-Type: text/plain",
  "",
  "Delivery to the following recipients failed.",
  "",
  ...ADDRESSES.map((a) => `       ${a}`),
  "",
  "--b1",
  "Content-Type: message/delivery-status",
  "",
  "Reporting-MTA: dns;mx.mail-ready.test",
  "",
  ...ADDRESSES.flatMap((a) => [
    `Final-Recipient: rfc822;${a}`,
    "Action: failed",
    "Status: 5.0.0",
    "Diagnostic-Code: smtp;550 Requested action not taken: mailbox unavailable",
    "",
  ]),
  "--b1--",
  "",
].join("\n");

const PHPMAILER_535 = [
  "2026-12-07 10:15:02\tCLIENT -> SERVER: AUTH LOGIN",
  "2026-12-07 10:15:02\tSERVER -> CLIENT: 535-5.7.8 Username and Password not accepted. For more information, go to",
  "2026-12-07 10:15:02\tSERVER -> CLIENT: 535 5.7.8  https://support.google.com/mail/?p=BadCredentials a640c23a62f3a - gsmtp",
  "2026-12-07 10:15:02\tSMTP ERROR: Password command failed: 535-5.7.8 Username and Password not accepted. For more information, go to",
  "535 5.7.8  https://support.google.com/mail/?p=BadCredentials a640c23a62f3a - gsmtp",
  "2026-12-07 10:15:02\tSMTP Error: Could not authenticate.",
].join("\n");

// Yahoo's documented DMARC refusal (SMTP Field Manual's 554 row), to an address that forwards.
const YAHOO_579 = [
  "Reporting-MTA: dns; mx.example.org",
  "",
  "Final-Recipient: rfc822; fred.b@yahoo.com",
  "Original-Recipient: rfc822;fred.bloggs@example.org",
  "Action: failed",
  "Status: 5.7.9",
  "Remote-MTA: dns; mta7.am0.yahoodns.net",
  "Diagnostic-Code: smtp; 554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes",
].join("\n");

test.describe("recipient details in the cards and the report", () => {
  test("the wizard's Markdown titles each recipient's step with its own mask", async ({
    wizardPage,
    page,
  }) => {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await wizardPage.start(FOUR_RECIPIENTS);
    await wizardPage.walkToConclusion();
    const md = await wizardPage.copyReportMarkdown();
    // The local parts are gone ("bounced" alone is a word of the wizard's own questions).
    expect(md).not.toMatch(/bounced\d/);
    const titles = [...md.matchAll(/Confirm the address with the recipient \\\((\S+?)\\\)/g)].map(
      (m) => m[1]!.replace(/\\/g, ""),
    );
    const ready = [...md.matchAll(/I tried to email you at (\S+@mail-ready\.test)/g)].map(
      (m) => m[1]!,
    );
    expect(titles).toEqual([
      "b***@mail-ready.test",
      "b***2@mail-ready.test",
      "b***3@mail-ready.test",
      "b***4@mail-ready.test",
    ]);
    expect(ready).toEqual(titles);
    await page.getByTestId("share-panel").scrollIntoViewIfNeeded();
    await saveScreenshot(page, "ui27-four-recipients-wizard-1280");
  });

  test("a program's transcript with its server's 535 is the program's error, with no lookups promised", async ({
    homePage,
  }) => {
    await homePage.goto();
    await homePage.diagnose(PHPMAILER_535);
    const card = homePage.result.getByTestId("cause-card").first();
    await expect(card).toContainText("Your mail program's error (not a bounce)");
    await expect(card).not.toContainText("Recipient 1");
    await expect(homePage.causeTitles().first()).toHaveText(
      "Your outgoing mail server did not accept the login",
    );
    await expect(homePage.wizardPromise()).toHaveText(
      "The wizard asks what the error cannot say, and ends with a fix checklist.",
    );
    await saveScreenshot(homePage.page, "ui27-phpmailer-535-home-1280");
  });

  test("a provider's own meaning of its status code, and the address delivery was last tried for", async ({
    homePage,
  }) => {
    await homePage.goto();
    await homePage.diagnose(YAHOO_579);
    await expect(homePage.finalAddress()).toHaveText(
      "Delivered onward to fred.b@yahoo.com (a forward or alias at the receiving side)",
    );
    await homePage.openTechnicalDetails();
    const status = homePage.statusRow();
    await expect(status).toContainText("your mail failed sender authentication");
    await expect(status).toContainText("own meaning of 5.7.9 with these words");
    await expect(status).not.toContainText("weaker than the server allows");
    await expect(status.getByRole("link")).toHaveAttribute("href", /smtp-field-manual/);
    await saveScreenshot(homePage.page, "ui27-yahoo-579-home-1280");
  });
});
