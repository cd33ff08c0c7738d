import { expect, test } from "./fixtures";
import { saveScreenshot } from "./pages/screenshots";

// Names and addresses come from the loopback fixture zones (lib/dns/testing/zones/*).
test.describe("check page (issue 3)", () => {
  test("an IP on Spamhaus and SpamCop: listed, grouped by severity, with the raw records", async ({
    checkPage,
    page,
  }) => {
    await checkPage.goto();
    await checkPage.checkIp("203.0.113.7");
    const report = checkPage.results.getByTestId("check-report");
    await expect(report).toContainText("203.0.113.7");
    const critical = report.locator('[data-severity="critical"], [data-severity="error"]').first();
    await expect(critical).toContainText(/spamhaus/i);
    await critical.getByText("Raw records").first().click();
    await expect(critical.locator("pre").first()).toContainText("127.0.0.");
    await saveScreenshot(page, "check-ip-1280");
  });

  test("could-not-check answers are shown apart", async ({ checkPage }) => {
    await checkPage.goto();
    await checkPage.checkIp("203.0.113.8");
    await expect(checkPage.results.getByTestId("could-not-check")).toBeVisible();
  });

  test("a domain check on a phone", async ({ checkPage, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await checkPage.goto();
    await checkPage.checkDomain("mail-ready.test", { selectors: "s1" });
    await expect(checkPage.results.getByTestId("check-report")).toContainText("mail-ready.test");
    // The SPF tree's heading does not split the domain at its hyphen ("mail-" / "ready.test").
    const tree = checkPage.results.getByTestId("spf-tree").locator("summary");
    expect(await checkPage.linesOf(tree, "mail-ready.test")).toBe(1);
    await saveScreenshot(page, "check-domain-390");
  });

  test("on a phone a long sender address and a long domain stay on the card, broken at a dot", async ({
    checkPage,
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await checkPage.goto();
    // A 42-character address with no hyphen: browsers break neither at "@" nor at a dot, so the
    // SPF finding's title ran 5 px off the card and the whole page scrolled sideways.
    // A name the fixture zone does not hold: "SPF none", as for the Yahoo bounce where it was seen.
    await checkPage.checkDomain("mailmagazine.ok.dns.test", {
      ip: "192.0.2.192",
      sender: "weeklynewsletters@mailmagazine.ok.dns.test",
    });
    const report = checkPage.results.getByTestId("check-report");
    await expect(report).toContainText("sending as weeklynewsletters@mailmagazine.ok.dns.test");
    expect(await checkPage.pageWidth()).toBeLessThanOrEqual(390);
    // The heading's domain moves to its own line whole rather than breaking inside a label
    // ("mailmagazine.ok.dns.t" / "est" with break-all).
    const heading = report.getByRole("heading").first();
    await expect(heading).toContainText("Domain mailmagazine.ok.dns.test");
    expect(await checkPage.linesOf(heading, "mailmagazine.ok.dns.test")).toBe(1);
    await saveScreenshot(page, "check-long-address-390");
  });

  test("the recipient's domain: only whether it receives mail, not its SPF or DMARC", async ({
    checkPage,
    page,
  }) => {
    await checkPage.goto();
    await page.getByLabel("The recipient's: mail to it bounced").check();
    await checkPage.checkDomain("implicit-mx.test");
    const report = checkPage.results.getByTestId("check-report");
    await expect(report).toContainText("implicit-mx.test has no MX record");
    await expect(checkPage.results.getByTestId("recipient-scope")).toBeVisible();
    await expect(report).not.toContainText("No SPF record");
    await expect(report).not.toContainText("bulk-sender requirements");
    await expect(report).not.toContainText("no DMARC record");
  });

  test("on a phone a null MX and a record's qualifier are not split across lines", async ({
    checkPage,
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await checkPage.goto();
    await checkPage.checkDomain("null-mx.test");
    const nullMx = checkPage.finding("mx.null");
    await expect(nullMx).toContainText("(MX 0 .)");
    expect(await checkPage.linesOf(nullMx, "(MX 0 .)")).toBe(1);
    // The SPF fix's record: "-all" breaks after its hyphen unless kept whole.
    const spf = checkPage.finding("spf.missing");
    await expect(spf).toContainText('"v=spf1 -all"');
    expect(await checkPage.linesOf(spf, "-all")).toBe(1);
    expect(await checkPage.linesOf(spf, "null-mx.test")).toBe(1);
  });

  test("a null MX: the owner of a sending domain removes it, a sender writing to it cannot", async ({
    checkPage,
    page,
  }) => {
    await checkPage.goto();
    await checkPage.checkDomain("null-mx.test");
    const own = checkPage.finding("mx.null");
    await expect(own).toContainText("remove the null MX");
    await expect(own).not.toContainText("another address for this recipient");
    // Its DMARC fix sends no reports to a mailbox at a domain that takes no mail.
    const dmarc = checkPage.finding("dmarc.missing");
    await expect(dmarc).toContainText("a domain that receives mail");
    await expect(dmarc).not.toContainText("dmarc-reports@null-mx.test");

    await page.getByLabel("The recipient's: mail to it bounced").check();
    await checkPage.checkDomain("null-mx.test");
    const theirs = checkPage.finding("mx.null");
    await expect(theirs).toContainText("Use another address for this recipient");
    await expect(theirs).not.toContainText("remove the null MX");
  });

  test("an invalid domain is refused in plain words", async ({ checkPage }) => {
    await checkPage.goto();
    await checkPage.checkDomain("not a domain!");
    await expect(checkPage.results.getByRole("alert")).toBeVisible();
    await expect(checkPage.results.getByRole("alert")).not.toContainText("HTTP");
  });

  test("the SPF include tree: lookups per record and the running total against 10", async ({
    checkPage,
    page,
  }) => {
    await checkPage.goto();
    await checkPage.checkDomain("spf-toomany.example", { ip: "192.0.2.40" });
    const tree = checkPage.results.getByTestId("spf-tree");
    await expect(tree).toHaveAttribute("open", "");
    await expect(tree.locator("summary")).toContainText("12 of 10 DNS lookups");
    const nodes = tree.getByTestId("spf-node");
    await expect(nodes).toHaveCount(3);
    const t2 = tree.locator('[data-testid="spf-node"][data-domain="t2.spf-toomany.example"]');
    await expect(t2.getByTestId("spf-node-counts")).toContainText(
      "DNS lookups in this record: 4; running total with its includes 12 of 10 (over the limit from here)",
    );
    await expect(tree.getByTestId("spf-evaluation")).toContainText("For 192.0.2.40: SPF pass");
    await saveScreenshot(page, "check-spf-tree-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, "check-spf-tree-390");
  });

  test("void lookups against the limit of 2", async ({ checkPage }) => {
    await checkPage.goto();
    await checkPage.checkDomain("spf-void.example");
    await expect(checkPage.results.getByTestId("spf-tree").locator("summary")).toContainText(
      "3 of 2 void lookups",
    );
  });
});

test.describe("check page (issue 10)", () => {
  test("the verdict comes first; could-not-check is never 'All good'; the DQS note is for the operator", async ({
    checkPage,
    page,
  }) => {
    await checkPage.goto();
    await checkPage.checkIp("203.0.113.8");
    await expect(checkPage.verdict()).toContainText("could not be checked");
    const good = checkPage.results.locator('[data-severity="ok"]');
    await expect(good).not.toContainText(/Could not check/i);
    const note = checkPage.results.getByTestId("operator-note").first();
    await expect(note).toContainText("For whoever runs this checker");
    await saveScreenshot(page, "issue10-check-unknown-ip-1280");
  });

  test("a place to publish on the checked domain is text, not a link to a page that is not there", async ({
    checkPage,
  }) => {
    await checkPage.goto();
    await checkPage.checkDomain("dmarc-none.test");
    const mtaSts = checkPage.finding("mta-sts.none");
    await expect(mtaSts).toContainText(
      "Publish a policy at https://mta-sts.dmarc-none.test/.well-known/mta-sts.txt",
    );
    await expect(mtaSts.getByRole("link", { name: /mta-sts\.dmarc-none\.test/ })).toHaveCount(0);
  });

  test("a listing's delisting page is a link", async ({ checkPage }) => {
    await checkPage.goto();
    await checkPage.checkIp("203.0.113.7");
    await expect(checkPage.verdict()).toContainText(/problems? found/);
    await expect(
      checkPage.results.getByRole("link", { name: "https://check.spamhaus.org/" }).first(),
    ).toBeVisible();
  });
});
