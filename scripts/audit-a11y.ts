// npm run -s audit:a11y: axe-core on every page and on every wizard step of one journey.
// Expects a built app (next build); starts the fixture DNS server and `next start` itself.
// Prints serious + critical violations per page and a last line `violations N`.
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_LAUNCH, startApp } from "../e2e/support/start-app";
import { OLD_LINK_UNKNOWN_550 } from "../lib/share/old-links";

// A bounce whose journey has a check, a question or two and a conclusion with the share panel.
const JOURNEY_BOUNCE =
  "<anna@example.net>: host mx1.example.net[198.51.100.25] said: 554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org (in reply to RCPT TO command)";
const AMBIGUOUS_BOUNCE = "550 5.7.1 Message rejected";

interface Audit {
  name: string;
  count: number;
  ids: string[];
}

async function audit(page: Page, name: string): Promise<Audit> {
  // Open every <details>, so collapsed technical sections are audited too.
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const count = bad.reduce((n, v) => n + v.nodes.length, 0);
  return { name, count, ids: bad.map((v) => `${v.id} (${v.nodes.length})`) };
}

async function walkWizard(page: Page, base: string, text: string, label: string, out: Audit[]) {
  await page.goto(`${base}/wizard?step=0`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${base}/wizard?step=0`);
  out.push(await audit(page, `${label} paste`));
  await page.getByLabel("Paste the bounce message").fill(text);
  await page.getByRole("button", { name: "Start the diagnosis" }).click();
  const card = page.getByTestId("wizard-card");
  for (let i = 0; i < 25; i++) {
    await card.waitFor();
    const kind = await card.getAttribute("data-kind");
    const step = await card.getAttribute("data-step");
    if (kind === "check")
      await page.getByRole("button", { name: /^Continue/ }).waitFor({ timeout: 30_000 });
    // The conclusion loads its checklist and share panel on demand: audit them too.
    if (kind === "conclusion") {
      await page.getByTestId("fix-checklist").waitFor();
      await page.getByRole("button", { name: "Copy Markdown" }).waitFor();
    }
    out.push(await audit(page, `${label} step ${step} (${kind})`));
    if (kind === "conclusion") {
      // The Prevent stage is a step of its own after the conclusion, when there is one.
      const next = page.getByRole("button", { name: "Next: prevent it →" });
      if ((await next.count()) > 0) {
        await next.click();
        await page.getByTestId("prevent-checklist").waitFor();
        out.push(await audit(page, `${label} prevent step`));
        // Back to the conclusion: the share link is read from it afterwards.
        await page.getByRole("button", { name: "← Back to the fixes" }).click();
        await page.getByRole("button", { name: "Copy Markdown" }).waitFor();
      }
      return;
    }
    if (kind === "check") await page.getByRole("button", { name: /^Continue/ }).click();
    else await card.getByTestId("dont-know").click();
    await page.waitForFunction(
      (s) => document.querySelector('[data-testid="wizard-card"]')?.getAttribute("data-step") !== s,
      step,
    );
  }
}

async function main(): Promise<number> {
  const app = await startApp();
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const results: Audit[] = [];
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const base = app.baseUrl;

    await page.goto(`${base}/`);
    results.push(await audit(page, "home"));
    await page.getByRole("button", { name: "Blocked by Spamhaus" }).click();
    await page.getByRole("heading", { name: "What happened" }).waitFor();
    results.push(await audit(page, "home with a diagnosis"));
    // A bounce that does not say why: its first steps are the framed "not settled" group.
    await page.getByRole("button", { name: 'Just "550 5.7.1 rejected"' }).click();
    await page.getByTestId("first-steps").waitFor();
    results.push(await audit(page, "home with an unsettled diagnosis"));

    await page.goto(`${base}/check`);
    results.push(await audit(page, "check"));
    await page.getByLabel("IP address", { exact: true }).fill("203.0.113.7");
    await page.getByRole("button", { name: "Check IP" }).click();
    await page.getByTestId("check-report").waitFor({ timeout: 30_000 });
    results.push(await audit(page, "check with results"));
    // A domain with an SPF include tree over the lookup limit, evaluated for an IP.
    await page.getByLabel("Domain", { exact: true }).fill("spf-toomany.example");
    await page.getByLabel(/Sending IP/).fill("192.0.2.40");
    await page.getByRole("button", { name: "Check domain" }).click();
    await page.getByTestId("spf-tree").waitFor({ timeout: 30_000 });
    results.push(await audit(page, "check domain with SPF tree"));

    await walkWizard(page, base, JOURNEY_BOUNCE, "wizard (blocklist)", results);
    await walkWizard(page, base, AMBIGUOUS_BOUNCE, "wizard (ambiguous)", results);

    // The share link of the last conclusion, opened as the IT person would.
    const url = await page.getByTestId("share-url").textContent();
    if (url) {
      const other = await (await browser.newContext()).newPage();
      await other.goto(url.replace(/^https?:\/\/[^/]+/, base));
      await other.getByTestId("shared-report").waitFor();
      await other.getByRole("button", { name: "Copy Markdown" }).waitFor();
      results.push(await audit(other, "shared result"));
      // A link an earlier version made (lib/share/old-links.ts), grouped as today's links are.
      await other.goto(`${base}/r#${OLD_LINK_UNKNOWN_550}`);
      await other.getByTestId("shared-checklist").waitFor();
      results.push(await audit(other, "shared result, older link"));
      await other.goto(`${base}/r#1.damaged`);
      await other.getByTestId("share-error").waitFor();
      results.push(await audit(other, "shared result, damaged link"));
    }
    await page.goto(`${base}/no-such-page`);
    results.push(await audit(page, "not found"));
  } finally {
    await browser.close();
    await app.stop();
  }
  let total = 0;
  for (const r of results) {
    total += r.count;
    console.log(
      `${r.name.padEnd(40)} ${String(r.count).padStart(3)}${r.ids.length ? `  ${r.ids.join(", ")}` : ""}`,
    );
  }
  console.log(`violations ${total}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
