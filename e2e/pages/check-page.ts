import { expect, type Locator, type Page } from "@playwright/test";
import { linesOf } from "./text-lines";

export class CheckPage {
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.results = page.getByRole("region", { name: "Check results" });
  }

  async goto() {
    await this.page.goto("/check");
  }

  async checkDomain(
    domain: string,
    extra: { selectors?: string; ip?: string; sender?: string } = {},
  ) {
    await this.page.getByLabel("Domain", { exact: true }).fill(domain);
    if (extra.selectors) await this.page.getByLabel(/DKIM selectors/).fill(extra.selectors);
    if (extra.ip) await this.page.getByLabel(/Sending IP/).fill(extra.ip);
    if (extra.sender) await this.page.getByLabel(/Sender address/).fill(extra.sender);
    await this.page.getByRole("button", { name: "Check domain" }).click();
    await this.waitForResult();
  }

  async checkIp(ip: string) {
    await this.page.getByLabel("IP address", { exact: true }).fill(ip);
    await this.page.getByRole("button", { name: "Check IP" }).click();
    await this.waitForResult();
  }

  async waitForResult() {
    await expect(
      this.results.getByTestId("check-report").or(this.results.getByRole("alert")),
    ).toBeVisible({ timeout: 30_000 });
  }

  verdict(): Locator {
    return this.results.getByTestId("check-verdict");
  }

  finding(code: string): Locator {
    return this.results.locator(`[data-code="${code}"]`);
  }

  /** How wide the page lays out: more than the viewport when something runs off the side. */
  pageWidth(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth);
  }

  /** See linesOf (text-lines.ts). */
  linesOf(within: Locator, phrase: string): Promise<number> {
    return linesOf(within, phrase);
  }
}
