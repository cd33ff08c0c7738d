import { expect, test } from "./fixtures";
import { saveScreenshot } from "./pages/screenshots";

// A message that is no bounce names its kind and what it asks (lib/knowledge/not-a-bounce-readings.ts),
// from the words the programs that write them use.
test.describe("messages that are no bounce (issue 8)", () => {
  test("an out-of-office reply says the message arrived, nothing to fix", async ({
    homePage,
    page,
  }) => {
    // The Gmail vacation reply of Google's googleworkspace/cli recipe.
    await homePage.goto();
    await homePage.diagnose(
      "Subject: Out of Office\n\nI am out of the office until Jan 20. For urgent matters, contact backup@company.com.",
    );
    await expect(homePage.causeTitles().first()).toHaveText(
      "This is an automatic reply, not a bounce",
    );
    await expect(homePage.result).toContainText("your message arrived");
    await expect(homePage.firstSteps()).toHaveText(["Nothing to fix: your message arrived"]);
    await saveScreenshot(page, "not-a-bounce-auto-reply-1280");
  });

  test("an ordinary e-mail is offered no wizard, only the note to paste the whole bounce", async ({
    homePage,
    page,
  }) => {
    // The shape of Mail-DeliveryStatus-BounceParser's spam-with-image.msg (review 28, finding 7).
    await homePage.goto();
    await homePage.diagnose(
      'From: "Deals" <offers@example.com>\nTo: <ann@example.org>\nSubject: Your weekly savings\nDate: Mon, 7 Dec 2026 09:14:02 +0000\nMessage-ID: <20261207091402.1234@example.com>\n\nHello Ann, this week\'s savings are here. Visit our shop for the full list.\n',
    );
    await expect(homePage.result).toContainText("This looks like an ordinary email, not a bounce");
    await expect(page.getByTestId("wizard-not-offered")).toBeVisible();
    await expect(page.getByRole("button", { name: "Continue in the wizard" })).toHaveCount(0);
    // The card says what the text is: no cause to name, nobody's turn, nothing to tell apart.
    await expect(homePage.causeTitles().first()).toHaveText("Nothing in this text bounced");
    await expect(homePage.result).toContainText("No one: nothing here failed");
    await expect(homePage.firstSteps()).toHaveCount(0);
    await saveScreenshot(page, "not-a-bounce-ordinary-email-1280");
  });

  test("a challenge-response probe asks the sender to answer it", async ({ homePage }) => {
    // SparkPost's bounce class 100, in its own words.
    await homePage.goto();
    await homePage.diagnose("The message is a challenge-response probe.");
    await expect(homePage.causeTitles().first()).toHaveText(
      "The recipient's filter asks you to confirm you sent this",
    );
    await expect(homePage.result).toContainText("You (the sender): answer the challenge");
    await expect(homePage.firstSteps()).toHaveText([
      "Answer the challenge if you sent the message",
    ]);
  });
});
