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
