import { expect, type Locator, type Page } from "@playwright/test";

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

  /**
   * The most lines any occurrence of `phrase` inside `within` is laid out on (across any
   * elements it spans): 1 when none wraps, 0 when the text does not hold it.
   */
  async linesOf(within: Locator, phrase: string): Promise<number> {
    return within.evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const text = nodes.map((n) => n.data).join("");
      let most = 0;
      for (let start = text.indexOf(wanted); start >= 0; start = text.indexOf(wanted, start + 1)) {
        const end = start + wanted.length;
        const range = document.createRange();
        let at = 0;
        for (const n of nodes) {
          const next = at + n.data.length;
          if (start >= at && start < next) range.setStart(n, start - at);
          if (end > at && end <= next) range.setEnd(n, end - at);
          at = next;
        }
        const tops = [...range.getClientRects()]
          .filter((r) => r.width > 0)
          .map((r) => Math.round(r.top));
        most = Math.max(most, new Set(tops).size);
      }
      return most;
    }, phrase);
  }
}
