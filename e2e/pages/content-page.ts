import { expect, type Locator, type Page } from "@playwright/test";

/** The "Review a sent message" page (/content). */
export class ContentPage {
  readonly result: Locator;
  readonly reviewButton: Locator;
  readonly consent: Locator;

  constructor(readonly page: Page) {
    this.result = page.getByRole("region", { name: "Review result" });
    this.reviewButton = page.getByRole("button", { name: "Review the content" });
    this.consent = page.getByLabel("Send this message to the server for review");
  }

  async goto() {
    await this.page.goto("/content");
  }

  async paste(source: string) {
    await this.page.getByLabel(/or paste its source/).fill(source);
  }

  async review() {
    await this.reviewButton.click();
    await expect(
      this.result.getByTestId("content-review").or(this.result.getByRole("alert")),
    ).toBeVisible({ timeout: 30_000 });
  }

  group(name: string): Locator {
    return this.result.getByTestId(`content-group-${name}`);
  }

  get linkedDomains(): Locator {
    return this.result.getByTestId("content-linked-domains");
  }

  get steps(): Locator {
    return this.result.getByTestId("content-steps");
  }

  /** The titles of the suggested changes, in order. */
  stepTitles(): Locator {
    return this.steps.getByTestId("content-step-title");
  }
}
