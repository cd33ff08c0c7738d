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

test.describe("wizard polish (issues 3, 4, 5)", () => {
  test("the Spamhaus example from the home page: causes with support, one PTR step, skipped stages, a Prevent step", async ({
    homePage,
    wizardPage,
    page,
  }) => {
    await homePage.goto();
    await homePage.tryExample("Blocked by Spamhaus");
    await homePage.continueInWizard();
    await expect(wizardPage.card).toBeVisible();
    await wizardPage.walkToConclusion();

    // 1. The IP check confirmed the listing: readings only the wording suggested are gone, and
    // the one still held says why.
    await expect(wizardPage.causeTitles()).toHaveText([
      "Your sending server's IP address is on a blocklist",
      /reverse DNS/i,
    ]);
    await expect(wizardPage.conclusion()).not.toContainText(/internal failure|Also possible · 39%/);
    await expect(wizardPage.conclusion().getByTestId("cause-why").first()).toContainText(
      "203.0.113.7 has no valid reverse DNS",
    );

    // 2. The PTR step is listed once; the reverse-DNS section points to it.
    const checklist = page.getByTestId("fix-checklist");
    await expect(
      checklist.getByRole("checkbox", { name: /Ask the owner of 203\.0\.113\.7/ }),
    ).toHaveCount(1);
    const pointer = checklist.locator('[data-item="reverse-dns.ptr"]');
    await expect(pointer).toHaveAttribute("data-same-as", "ip-blocklisted.ptr");
    await expect(pointer).toContainText("already in the list");
    await expect(pointer.getByRole("checkbox")).toHaveCount(0);

    // 3. Stages the rules skipped are not ticked; Resolve is current, then Prevent.
    const progress = page.getByRole("navigation", { name: "Progress" });
    await expect(progress.locator('[data-stage="ip-reputation"]')).toHaveAttribute(
      "data-state",
      "done",
    );
    for (const stage of ["content", "recipient", "contact"]) {
      await expect(progress.locator(`[data-stage="${stage}"]`)).toHaveAttribute(
        "data-state",
        "skipped",
      );
      await expect(progress.locator(`[data-stage="${stage}"]`)).toContainText("skipped");
    }
    await expect(progress.locator('[aria-current="step"]')).toContainText("Resolve");
    await saveScreenshot(page, "wizard-spamhaus-conclusion-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, "wizard-spamhaus-conclusion-390");
    await page.setViewportSize({ width: 1280, height: 720 });

    await checklist.getByRole("button", { name: "Next: prevent it →" }).click();
    await expect(wizardPage.card).toHaveAttribute("data-kind", "prevent");
    await expect(progress.locator('[aria-current="step"]')).toContainText("Prevent");
    await expect(progress.locator('[data-stage="resolve"]')).toHaveAttribute("data-state", "done");
    const prevent = page.getByTestId("prevent-checklist");
    await expect(
      prevent.getByRole("heading", { name: "Prevent it from happening again" }),
    ).toBeVisible();
    const first = prevent.getByRole("checkbox").first();
    await first.check();
    await expect(prevent).toContainText(/1 of \d+ done/);
    await saveScreenshot(page, "wizard-spamhaus-prevent-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, "wizard-spamhaus-prevent-390");
    await page.setViewportSize({ width: 1280, height: 720 });
    // The browser's back button returns to the fixes.
    await page.goBack();
    await expect(wizardPage.card).toHaveAttribute("data-kind", "conclusion");
  });

  test("DKIM selectors from the original's headers and the SPF tree in the check results", async ({
    wizardPage,
    page,
  }) => {
    const domainCheck = page.waitForRequest(
      (r) => r.url().includes("/api/check/domain") && r.url().includes("domain=spf-pass.example"),
    );
    await wizardPage.start(
      [
        "<bob@example.net>: host mx1.example.net[198.51.100.99] said: 550 5.7.26",
        "    Unauthenticated email from spf-pass.example is not accepted due to",
        "    domain's DMARC policy. Client host [192.0.2.77] (in reply to end of DATA command)",
        "",
        "--- Original message headers ---",
        "",
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=SPF-Pass.example;",
        " s=Sel2026; h=from:to:subject; bh=abc=; b=def=",
        "From: Anna <anna@spf-pass.example>",
        "To: bob@example.net",
        "Subject: Quarterly figures",
      ].join("\n"),
    );
    for (let i = 0; i < 6 && (await wizardPage.kind()) === "question"; i++) {
      const before = await wizardPage.card.getAttribute("data-step");
      await wizardPage.dontKnow();
      await expect(wizardPage.card).not.toHaveAttribute("data-step", before ?? "");
    }
    // 6. The selector of the original's DKIM-Signature (d= in other letter case) and the
    // sending IP reach the domain check.
    const url = new URL((await domainCheck).url());
    expect(url.searchParams.get("selectors")).toBe("sel2026");
    expect(url.searchParams.get("ip")).toBe("192.0.2.77");
    expect(url.searchParams.get("sender")).toBeNull();

    // 4. The check card shows the SPF include tree, one click away.
    const card = wizardPage.card.getByTestId("check-card");
    await expect(card).toHaveAttribute("data-check", "domain:spf-pass.example");
    const tree = card.getByTestId("spf-tree");
    await expect(tree).toBeVisible({ timeout: 30_000 });
    await tree.locator("summary").click();
    await expect(tree.locator("summary")).toContainText("2 of 10 DNS lookups, 0 of 2 void lookups");
    await expect(tree.getByTestId("spf-evaluation")).toContainText(
      "For 192.0.2.77: SPF pass, decided by ip4:192.0.2.0/24 in the record of spf-pass.example",
    );
    const include = tree.locator('[data-testid="spf-node"][data-domain="_spf.spf-pass.example"]');
    await expect(include).toContainText("v=spf1 ip6:2001:db8:5f::/48 a:mail.spf-pass.example -all");
    await expect(include.getByTestId("spf-node-counts")).toContainText(
      "running total with its includes 2 of 10",
    );
    await expect(
      tree
        .locator(
          '[data-testid="spf-node"][data-domain="spf-pass.example"] >> [data-testid="spf-node-matched"]',
        )
        .first(),
    ).toContainText("ip4:192.0.2.0/24 (pass)");
    await saveScreenshot(page, "wizard-spf-tree-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, "wizard-spf-tree-390");
  });
});
