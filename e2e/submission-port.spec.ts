// An application's connection failure to its own submission server (brief ui24 item 5): the
// checklist asks for the app's SMTP settings and an open port, never for the recipient's MX
// records or port 25, and no reverse-DNS step blames the server it tried to reach; the
// conclusion names the app's connection and holds no refusal cause (review 24, finding 8).
import { expect, test } from "./fixtures";

test.describe("a connection failure to a submission port", () => {
  test("Nodemailer's 'connect ETIMEDOUT …:587' gets the app's steps", async ({ wizardPage }) => {
    await wizardPage.start("Error: connect ETIMEDOUT 192.0.2.10:587");
    await wizardPage.walkToConclusion();
    const section = wizardPage.causeSection("remote-unreachable");
    await expect(section).toBeVisible();
    await expect(section).toContainText("Check the app's SMTP host and port settings");
    await expect(section).toContainText("Check that the network lets port 587 out");
    await expect(wizardPage.checklist()).not.toContainText("port 25");
    await expect(wizardPage.checklist()).not.toContainText("publishes mail servers");
    // 192.0.2.10 is the server the app tried to reach, not where its mail leaves from.
    await expect(wizardPage.checklist()).not.toContainText("reverse DNS of 192.0.2.10");
    await expect(wizardPage.causeSection("reverse-dns")).toHaveCount(0);
    // Review 24: the conclusion speaks of the app's own connection, holds no refusal cause
    // (no server answered) and offers no prevention for receivers.
    await expect(wizardPage.causeTitles().first()).toHaveText(
      "Your application could not connect to its mail server",
    );
    await expect(wizardPage.conclusion()).not.toContainText("receiving server");
    expect(await wizardPage.rankedCauseIds()).toEqual(["remote-unreachable"]);
    await expect(wizardPage.checklist()).not.toContainText("DMARC");
  });
});
