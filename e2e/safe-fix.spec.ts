import { expect, test } from "./fixtures";
import { saveScreenshot } from "./pages/screenshots";

// The fix steps never risk mail that works today: the SPF step edits the one record there
// (never a second record beside it) and keeps everything it lists.
test.describe("safe fix steps at the wizard's end", () => {
  test("an SPF record found: edit it in place, with the provider's include added", async ({
    wizardPage,
    page,
  }) => {
    await wizardPage.start(
      "550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.",
    );
    await wizardPage.walkToConclusion({
      "sending-domain": { text: "spf-pass.example" },
      "sending-platform": { choice: /Google Workspace/ },
    });
    const spf = wizardPage.records().filter({ hasText: "v=spf1" });
    await expect(spf).toHaveCount(1);
    await expect(spf).toContainText(
      "v=spf1 ip4:192.0.2.0/24 include:_spf.spf-pass.example include:_spf.google.com -all",
    );
    const checklist = wizardPage.checklist();
    await expect(checklist).toContainText("Update the SPF record of spf-pass.example");
    await expect(checklist).toContainText("Do not add it as a second record");
    await saveScreenshot(page, "safe-fix-spf-1280");
  });
});
