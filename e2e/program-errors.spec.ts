// A sending program's own error, not a bounce (brief flow26): the home page says what it is and
// asks for the program's full error and settings, never for "the whole bounce"; a refused login
// is the login (review 25, finding 7), and a certificate the program does not trust gets the
// program's trust store, host name and port (finding 8). No question about the recipient.
import { expect, test } from "./fixtures";

test.describe("a program's error", () => {
  test("the home page names it as the program's error and asks for what helps", async ({
    homePage,
  }) => {
    await homePage.goto();
    await homePage.diagnose("SMTP Error: Could not authenticate.");
    const card = homePage.result.getByTestId("cause-card").first();
    await expect(card).toContainText("Your mail program's error (not a bounce)");
    await expect(homePage.causeTitles().first()).toHaveText(
      "Your outgoing mail server did not accept the login",
    );
    await expect(homePage.result).toContainText("You, or whoever set up the account or site");
    await expect(homePage.inputMessages()).toContainText([/program's full error/]);
    await expect(homePage.result).not.toContainText("whole bounce");
    await expect(homePage.result).not.toContainText("The server refused to relay your mail");
  });

  test("a refused login: the login, and no question about the recipient", async ({
    wizardPage,
  }) => {
    await wizardPage.start("535 5.7.8 Error: authentication failed: authentication failure");
    await wizardPage.walkToConclusion();
    // The titles first: they wait for the conclusion to render, the ids are read at once.
    await expect(wizardPage.causeTitles().first()).toHaveText(
      "Your outgoing mail server did not accept the login",
    );
    expect(await wizardPage.rankedCauseIds()).toEqual(["relay-denied"]);
    await expect(wizardPage.checklist()).toContainText(
      "Fix the login your mail program or site uses",
    );
    await expect(wizardPage.checklist()).not.toContainText("Turn on authentication");
    await expect(wizardPage.checklist()).not.toContainText("DMARC");
  });

  test("a certificate the program does not trust: its trust store, the host name and the port", async ({
    wizardPage,
  }) => {
    await wizardPage.start(
      "[error] Could not connect to smtp.example.com:587: certificate verify failed (unable to get local issuer certificate)",
    );
    await wizardPage.walkToConclusion();
    await expect(wizardPage.causeTitles().first()).toHaveText(
      "Your mail program could not set up encryption with its outgoing server",
    );
    expect(await wizardPage.rankedCauseIds()).toEqual(["tls-required"]);
    const section = wizardPage.causeSection("tls-required");
    await expect(section).toContainText("Match the encryption setting to the port");
    await expect(section).toContainText("Use the server name your provider documents");
    await expect(section).toContainText("Update the trusted certificates where the program runs");
    await expect(section).not.toContainText("smtp_tls_security_level");
  });
});
