import { expect, test } from "./fixtures";
import { saveScreenshot } from "./pages/screenshots";
import { linesOf } from "./pages/text-lines";

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
    // Only whether the recipient's domain receives mail: its SPF, DMARC and bulk-sender
    // readiness are its owner's business, never problems listed to the sender.
    await expect(wizardPage.conclusion().getByTestId("checks-summary")).not.toContainText(
      /SPF|DMARC|bulk-sender/,
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

test.describe("the stage bar ticks only what was answered or checked", () => {
  test('"I don\'t know" to the IP question leaves IP reputation unticked', async ({
    wizardPage,
  }) => {
    await wizardPage.start(
      "554 5.7.1 Service unavailable; Client host blocked using zen.spamhaus.org",
    );
    expect(await wizardPage.questionId()).toBe("sending-ip");
    await wizardPage.walkToConclusion();
    const ip = wizardPage.stage("ip-reputation");
    await expect(ip).toHaveAttribute("data-state", "passed");
    await expect(ip).not.toContainText("✓");
    await expect(ip).toContainText("nothing was answered or checked");
  });
});

test.describe("Why we ask names what the answer separates", () => {
  test("the address question names the recipient causes, not the leading three", async ({
    wizardPage,
  }) => {
    await wizardPage.start("550 mail refused");
    for (let i = 0; i < 8 && (await wizardPage.questionId()) !== "address-checked"; i++) {
      const before = await wizardPage.card.getAttribute("data-step");
      await wizardPage.dontKnow();
      await expect(wizardPage.card).not.toHaveAttribute("data-step", before ?? "");
    }
    expect(await wizardPage.questionId()).toBe("address-checked");
    await expect(wizardPage.whyWeAsk()).toContainText("The address does not exist");
    await expect(wizardPage.whyWeAsk()).not.toContainText(/by policy|on a blocklist|spam/);
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
    // The steps are generated for the domain the bounce named. Its DMARC record only monitors
    // and its SPF is missing: the DMARC step holds p=none, with no stricter record to copy. The
    // record asks for no reports, so the one DMARC record offered is the same p=none record with
    // a report address added (the hold step says to read those reports).
    await expect(checklist).toContainText(
      "Keep dmarc-none.test's DMARC policy at monitoring (p=none) for now",
    );
    const dmarcRecord = checklist
      .getByTestId("dns-record")
      .filter({ hasText: "_dmarc.dmarc-none.test" });
    await expect(dmarcRecord).toHaveCount(1);
    await expect(dmarcRecord).toContainText("p=none");
    await expect(dmarcRecord).toContainText("rua=mailto:");
    await expect(dmarcRecord).not.toContainText(/p=(?:quarantine|reject)/);
    // A domain name is written as it is, never capitalised; the check found its MX, so no step
    // asks to make sure it takes mail.
    await expect(wizardPage.conclusion()).not.toContainText("Dmarc-none.test");
    await expect(checklist).not.toContainText("Make sure dmarc-none.test exists");

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

test.describe("the wizard's headings", () => {
  test("never skip a level, with the bounce's summary open, on a question, a check and the conclusion", async ({
    wizardPage,
  }) => {
    await wizardPage.start(
      "<bob@mail-ready.test>: host mx1.mail-ready.test[192.0.2.44] said: 550 5.1.1 <bob@mail-ready.test>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)",
    );
    // The summary's cause cards sat under the page's h1 as h3s.
    await wizardPage.openBounceSummary();
    await expect(
      wizardPage.page.getByRole("heading", { name: "The address does not exist" }),
    ).toBeVisible();
    expect(await wizardPage.skippedHeadings()).toEqual([]);
    await wizardPage.walkToConclusion();
    await expect(wizardPage.page.getByTestId("share-panel")).toBeVisible();
    expect(await wizardPage.skippedHeadings()).toEqual([]);
  });
});

test.describe("wizard on a phone", () => {
  test("the checklist does not split a domain at its hyphen", async ({ wizardPage, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await wizardPage.start(
      "Remote Server returned '550 5.7.509 Access denied, sending domain dmarc-none.test does not pass DMARC verification and has a DMARC policy of reject.'",
    );
    await wizardPage.walkToConclusion({ "sending-domain": { text: "dmarc-none.test" } });
    const checklist = page.getByTestId("fix-checklist");
    await expect(checklist).toContainText("dmarc-none.test");
    expect(await linesOf(checklist, "dmarc-none.test")).toBe(1);
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
      "203.0.113.7 has no reverse DNS (PTR) record",
    );
    // Said once: the summary is the finding's own words, not wrapped around them again.
    await expect(wizardPage.conclusion()).not.toContainText("reverse DNS (203.0.113.7");

    // 2. The PTR step is listed once, under the listing. Reverse DNS, held at about 1%, has no
    // section of its own (review 27, lib/checklists/also-found.ts): one line under Prevent.
    const checklist = page.getByTestId("fix-checklist");
    await expect(
      checklist.getByRole("checkbox", { name: /Ask the owner of 203\.0\.113\.7/ }),
    ).toHaveCount(1);
    await expect(checklist.locator('[data-item="reverse-dns.ptr"]')).toHaveCount(0);

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
    await expect(prevent).toContainText("Also found: your sending server has no valid reverse DNS");
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

// Issue 10: the wizard reasons from evidence. Each test is one defect a new user saw.
test.describe("the wizard reasons from evidence (issue 10)", () => {
  test("a bare '550 mail refused' answered 'one person, address right': no unrun check claimed, no settled headline", async ({
    wizardPage,
    page,
  }) => {
    await wizardPage.start("550 mail refused");
    // No recipient is known: no question may speak of "the recipient's domain exists".
    await expect(wizardPage.card).not.toContainText("the recipient's domain exists");
    await wizardPage.walkToConclusion({
      "scope-recipients": { choice: "One person" },
      "scope-messages": { choice: "Just this one" },
      "address-checked": { choice: /exactly right/ },
      "worked-before": { choice: /worked before/ },
    });
    const conclusion = wizardPage.conclusion();
    await expect(conclusion).not.toContainText(/checks? found no problem/i);
    await expect(conclusion).toContainText("No check has run.");
    await expect(conclusion.getByTestId("conclusion-summary")).toContainText("Not settled yet");
    // What would settle it: the checklist opens with a step per ranked cause (issue 8).
    await expect(wizardPage.checklist().getByTestId("tell-apart")).toBeVisible();
    await saveScreenshot(page, "issue10-bare-refusal-1280");
  });

  test("an unknown recipient whose address the user confirmed: no 'compare it letter by letter'", async ({
    wizardPage,
    page,
  }) => {
    await wizardPage.start(
      "<bob@example.com>: host mx.example.com[203.0.113.9] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)",
    );
    await wizardPage.walkToConclusion({ "address-checked": { choice: /exactly right/ } });
    await expect(wizardPage.conclusion()).toContainText("spelt exactly right");
    await expect(wizardPage.checklist()).not.toContainText(/letter by letter/);
    await expect(wizardPage.checklist()).toContainText(
      "Ask whether bob@example.com was removed or renamed",
    );
    await saveScreenshot(page, "recipient-confirmed-1280");
  });

  test("every answer 'I don't know': the conclusion puts no answer in the user's mouth", async ({
    wizardPage,
  }) => {
    await wizardPage.start("550 mail refused");
    await wizardPage.walkToConclusion();
    await expect(wizardPage.conclusion()).not.toContainText(
      /many receivers|You said|several organisations/,
    );
  });

  test("Microsoft 365 5.7.606: the banned IP leads, the recipient's domain is not blamed, the delist portal is linked", async ({
    wizardPage,
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await wizardPage.start(
      [
        "Delivery has failed to these recipients or groups:",
        "",
        "bob@contoso.test",
        "Your message wasn't delivered because the recipient's email provider rejected it.",
        "",
        "Diagnostic information for administrators:",
        "Generating server: AM0PR01MB1234.eurprd01.prod.exchangelabs.com",
        "bob@contoso.test",
        "Remote Server returned '550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430)'",
      ].join("\n"),
    );
    await wizardPage.walkToConclusion({ "sending-platform": { choice: /Our own mail server/ } });
    await expect(wizardPage.causeTitles().first()).toHaveText(
      "Your sending server's IP address is on a blocklist",
    );
    await expect(wizardPage.conclusion()).not.toContainText(/domain does not exist/i);
    await expect(wizardPage.conclusion()).not.toContainText("contoso.test does not exist");
    const portal = wizardPage.checklist().getByRole("link", { name: /delist portal/ });
    await expect(portal).toHaveAttribute("href", "https://sender.office.com/");
    await saveScreenshot(page, "issue10-5-7-606-390");
  });

  test("no SPF record to copy for a domain that was never looked up; the check runs from the step", async ({
    wizardPage,
    page,
  }) => {
    await wizardPage.start(
      "550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.",
    );
    await wizardPage.walkToConclusion({ "sending-platform": { choice: /Our own mail server/ } });
    await expect(wizardPage.records().filter({ hasText: "v=spf1" })).toHaveCount(0);
    await expect(wizardPage.checklist()).toContainText(
      "Look up your domain's current SPF record first",
    );
    // Nothing copyable holds a placeholder.
    for (const value of await wizardPage.records().allInnerTexts())
      expect(value).not.toMatch(/[<>]/);
    await saveScreenshot(page, "issue10-check-first-1280");
  });

  test("Google Workspace and a listed IP: the provider's steps, not a machine scan or a PTR request", async ({
    wizardPage,
  }) => {
    await wizardPage.start(
      "550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org",
    );
    await wizardPage.walkToConclusion({ "sending-platform": { choice: /Google Workspace/ } });
    await expect(wizardPage.checklist()).toContainText("Send the bounce to Google Workspace");
    await expect(wizardPage.checklist()).not.toContainText(/scan the machines/i);
    await expect(wizardPage.checklist()).not.toContainText(/PTR record/);
  });

  test("a Spamhaus PBL listing: send through the provider's relay", async ({
    wizardPage,
    page,
  }) => {
    await wizardPage.start(
      "550 5.7.1 Service unavailable; Client host [198.51.100.20] blocked using zen.spamhaus.org",
    );
    await wizardPage.walkToConclusion({ "sending-platform": { choice: /Our own mail server/ } });
    // ZEN answered 127.0.0.11 only: its PBL part (policy), never the family's spam verdict.
    await expect(wizardPage.conclusion()).toContainText(
      "198.51.100.20 is listed on Spamhaus ZEN (PBL part: end-user address space)",
    );
    await expect(page.locator("main")).not.toContainText("(SBL, CSS, XBL, PBL)");
    await expect(wizardPage.checklist()).toContainText("relay");
    await expect(wizardPage.checklist()).not.toContainText(/scan the machines/i);
    // End-user address space: no PTR to ask for.
    await expect(wizardPage.checklist()).not.toContainText("to set its reverse DNS");
    await saveScreenshot(page, "issue10-pbl-1280");
  });

  test("orientation: the card names the stepper's stage, one way to skip, no internal ids", async ({
    wizardPage,
    page,
  }) => {
    await wizardPage.start(
      "550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org",
    );
    for (let i = 0; i < 8 && (await wizardPage.kind()) !== "conclusion"; i++) {
      const current = (await wizardPage.currentStage().innerText()).replace(/\s+/g, " ").trim();
      const named = (await wizardPage.cardStage().innerText()).replace(/\s+/g, " ").trim();
      // "2 IP reputation" in the stepper, "2. IP reputation" on the card.
      expect(named.replace(".", "")).toBe(current);
      await expect(page.getByRole("button", { name: /Skip this question/ })).toHaveCount(0);
      const before = await wizardPage.card.getAttribute("data-step");
      if ((await wizardPage.kind()) === "check") await wizardPage.continueAfterCheck();
      else await wizardPage.dontKnow();
      await expect(wizardPage.card).not.toHaveAttribute("data-step", before ?? "");
    }
    await expect(page.locator("main")).not.toContainText(
      /\b(spf|dkim|dmarc|ptr)\.[a-z-]+\b|dkim=\?/,
    );
  });

  test("on a phone, a check's red finding gets the focus, not Continue", async ({
    wizardPage,
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await wizardPage.start(
      "550 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org",
    );
    const card = wizardPage.card.getByTestId("check-card");
    await expect(card).toBeVisible();
    await expect(wizardPage.card.getByRole("button", { name: /^Continue/ })).toBeVisible({
      timeout: 30_000,
    });
    const focused = page.locator(":focus");
    await expect(focused).toHaveAttribute("data-finding-severity", /critical|error/);
    await expect(focused).toBeInViewport();
    await saveScreenshot(page, "issue10-check-focus-390");
  });
});
