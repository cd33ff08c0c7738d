// A bounce naming two recipients refused for different reasons (rev23 M2): the wizard names the
// address a question is about, its conclusion and checklist handle each recipient's cause, and
// the shared page carries the same sections, named by the (masked) addresses.
import { expect, test } from "./fixtures";
import { ReportPage } from "./pages/report-page";
import { saveScreenshot } from "./pages/screenshots";

// Postfix's bounce(8) default template (postfix/src/bounce/bounce_template.c) with smtpd's
// "User unknown in local recipient table" for one recipient and "552 5.2.2 Mailbox full" for
// the other. Written for this test; mail-ready.test is a fixture zone with MX records, as a
// recipient domain that takes mail.
const TWO_RECIPIENTS = `This is the mail system at host mx.acme.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<bob@mail-ready.test>: host mx1.mail-ready.test[192.0.2.44] said: 550 5.1.1
    <bob@mail-ready.test>: Recipient address rejected: User unknown in local
    recipient table (in reply to RCPT TO command)

<carol@mail-ready.test>: host mx1.mail-ready.test[192.0.2.44] said: 552 5.2.2
    <carol@mail-ready.test>: Mailbox full (in reply to RCPT TO command)
`;

test.describe("a bounce with two recipients refused for different reasons", () => {
  test("each recipient's cause gets its own section, named by address, in the wizard and the shared page", async ({
    wizardPage,
    browser,
  }) => {
    await wizardPage.start(TWO_RECIPIENTS);
    const prompts = await wizardPage.walkRecordingPrompts();
    // A question about one address names it.
    expect(prompts).toContain(
      "Is bob@mail-ready.test spelt exactly as the recipient gave it to you?",
    );
    expect(prompts.join("\n")).not.toContain("this address");

    await expect(wizardPage.summary()).toContainText("For bob@mail-ready.test:");
    await expect(wizardPage.summary()).toContainText(
      "For carol@mail-ready.test, the bounce reads as “The recipient's mailbox is full”",
    );
    const full = wizardPage.causeSection("mailbox-full");
    await expect(full).toHaveAttribute("data-recipients", "carol@mail-ready.test");
    await expect(full.locator("h3")).toContainText(
      "The recipient's mailbox is full (carol@mail-ready.test)",
    );
    // No "If it is:": it is carol's own cause, not a possible cause of bob's.
    await expect(full.locator("h3")).not.toContainText("If it is");
    await expect(wizardPage.causeSection("recipient-unknown")).toHaveAttribute(
      "data-recipients",
      "bob@mail-ready.test",
    );
    await saveScreenshot(wizardPage.page, "multi-recipient-wizard-1280");

    const url = await wizardPage.shareUrl();
    const fresh = await browser.newContext();
    try {
      const shared = new ReportPage(await fresh.newPage());
      await shared.open(url);
      await expect(shared.recipients()).toContainText("For: b***@mail-ready.test");
      await expect(shared.recipients()).toContainText(
        "Other recipients: c***@mail-ready.test: The recipient's mailbox is full",
      );
      // The link masks local parts by default: the sections name the masked addresses.
      const sharedFull = shared.fixSection("mailbox-full");
      await expect(sharedFull).toBeVisible();
      await expect(sharedFull.locator("h3")).toContainText("(c***@mail-ready.test)");
      await expect(sharedFull.locator("h3")).not.toContainText("If it is");
      await expect(shared.fixSection("recipient-unknown").locator("h3")).toContainText(
        "(b***@mail-ready.test)",
      );
      await saveScreenshot(shared.page, "multi-recipient-shared-1280");
    } finally {
      await fresh.close();
    }
  });

  test("a section for two addresses names both, with one ready text each (review 24)", async ({
    wizardPage,
    browser,
  }) => {
    // bob and dave refused as unknown, carol's mailbox full: bob and dave share one section.
    await wizardPage.start(
      `${TWO_RECIPIENTS}
<dave@mail-ready.test>: host mx1.mail-ready.test[192.0.2.44] said: 550 5.1.1
    <dave@mail-ready.test>: Recipient address rejected: User unknown in local
    recipient table (in reply to RCPT TO command)
`,
    );
    await wizardPage.walkToConclusion();
    const unknown = wizardPage.causeSection("recipient-unknown");
    await expect(unknown).toHaveAttribute(
      "data-recipients",
      "bob@mail-ready.test dave@mail-ready.test",
    );
    // One ready text per address, each naming its own.
    const bob = unknown.locator('[data-item="recipient-unknown.message-address"]');
    const dave = unknown.locator('[data-item="recipient-unknown.message-address:r3"]');
    await expect(bob).toContainText("I tried to email you at bob@mail-ready.test");
    await expect(bob).not.toContainText("dave@");
    await expect(dave).toContainText("I tried to email you at dave@mail-ready.test");
    await expect(dave).not.toContainText("bob@");
    await expect(wizardPage.causeSection("mailbox-full")).toHaveAttribute(
      "data-recipients",
      "carol@mail-ready.test",
    );

    // The shared page rebuilds dave's own ready text from the masked text, under its own id.
    const url = await wizardPage.shareUrl();
    const fresh = await browser.newContext();
    try {
      const shared = new ReportPage(await fresh.newPage());
      await shared.open(url);
      const sharedUnknown = shared.fixSection("recipient-unknown");
      await expect(sharedUnknown.locator("h3")).toContainText(
        "(b***@mail-ready.test and d***@mail-ready.test)",
      );
      await expect(sharedUnknown).toContainText("I tried to email you at d***@mail-ready.test");
    } finally {
      await fresh.close();
    }
  });
});
