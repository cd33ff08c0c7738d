import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./fixtures";
import { saveScreenshot } from "./pages/screenshots";
import { linesOf } from "./pages/text-lines";

// The real filter (Rspamd, started by global-setup with config/rspamd) and the fixture DNS
// server, which lists listed-domain.test on the domain blocklists.
const BOUNCE = readFileSync(
  join(import.meta.dirname, "..", "lib", "content", "__fixtures__", "bounce-content-spam.eml"),
  "utf8",
);

test("a content-spam bounce carrying the original: consent, review, findings, changes", async ({
  homePage,
  contentPage,
  page,
}) => {
  await homePage.goto();
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Review a message" })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Review a sent message" }),
  ).toBeVisible();

  await contentPage.paste(BOUNCE);
  // Consent first: nothing is sent until the user agrees.
  await expect(contentPage.reviewButton).toBeDisabled();
  await expect(page.getByText("does not keep or log the message")).toBeVisible();
  await contentPage.consent.check();
  await contentPage.review();

  const review = contentPage.result.getByTestId("content-review");
  await expect(review.getByRole("heading", { name: /^Spam score/ })).toBeVisible();
  await expect(review).toContainText("the copy of your message that the bounce carries");
  await expect(contentPage.group("link-blocklist")).toContainText("listed-domain.test");
  await expect(contentPage.group("url-shortener")).toContainText("bit.ly");
  // The link-list rules all ask for the same change: it is said once for the group.
  const linkRules = contentPage.group("link-blocklist");
  expect(await linkRules.getByRole("listitem").count()).toBeGreaterThan(1);
  expect((await linkRules.innerText()).match(/Change:/g)).toHaveLength(1);
  await expect(contentPage.linkedDomains).toContainText(
    /listed-domain\.test: listed on Spamhaus DBL/,
  );
  // Each change once: the filter's rules on the listed domain add no second "remove the links".
  await expect(contentPage.stepTitles()).toHaveText([
    "Remove the links to listed-domain.test",
    "Review the changed message again, then resend it",
  ]);
  // The listed domain's step links to the list's delisting page it names.
  await expect(
    contentPage.steps.getByRole("link", { name: "https://check.spamhaus.org/" }),
  ).toBeVisible();
  await saveScreenshot(page, "content-review");

  const axe = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
});

test("a clean message: nothing to change, and advice without points is not called a change", async ({
  contentPage,
}) => {
  await contentPage.goto();
  await contentPage.paste(
    readFileSync(
      join(import.meta.dirname, "..", "lib", "content", "__fixtures__", "clean.eml"),
      "utf8",
    ),
  );
  await contentPage.consent.check();
  await contentPage.review();
  await expect(contentPage.steps).toContainText("Nothing in the content needs changing.");
  // No DKIM signature costs no points here: worth doing, not a change the content needs.
  await expect(contentPage.group("authentication")).toContainText("Worth doing:");
  await expect(contentPage.result).not.toContainText("Change:");
});

test("a binary file gets a clear message, not a review", async ({ contentPage, page }) => {
  await contentPage.goto();
  await page.getByLabel(/Upload the message/).setInputFiles({
    name: "photo.eml",
    mimeType: "message/rfc822",
    buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
  });
  await contentPage.consent.check();
  await contentPage.review();
  await expect(contentPage.result.getByRole("alert")).toContainText(
    "binary file, not an email message",
  );
});

test("on a phone the score bar's threshold labels do not overlap and the changes keep the domain whole", async ({
  contentPage,
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await contentPage.goto();
  await contentPage.paste(BOUNCE);
  await contentPage.consent.check();
  await contentPage.review();
  const marks = contentPage.result.getByTestId("score-mark");
  await expect(marks).toHaveCount(3);
  const boxes = await marks.evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlap, `labels ${i} and ${j} overlap`).toBe(false);
    }
  // The suggested changes do not split the listed domain at its hyphen ("listed-" / "domain.test").
  expect(await linesOf(contentPage.steps, "listed-domain.test")).toBe(1);
  // Every label stays on screen.
  for (const b of boxes) {
    expect(b.left).toBeGreaterThanOrEqual(0);
    expect(b.right).toBeLessThanOrEqual(390);
  }
});
