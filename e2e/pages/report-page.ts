import { type Locator, type Page } from "@playwright/test";

export class ReportPage {
  readonly report: Locator;

  constructor(readonly page: Page) {
    this.report = page.getByTestId("shared-report");
  }

  async open(url: string) {
    await this.page.goto(url);
  }

  causeTitles(): Locator {
    return this.report.getByTestId("cause-title");
  }

  /** The checklist at the time of sharing: one entry per step, with its id in data-item. */
  checklistItems(): Locator {
    return this.report.getByTestId("shared-checklist").locator("li[data-item]");
  }

  /** The content review's summary the link carried. */
  content(): Locator {
    return this.report.getByTestId("shared-content");
  }

  error(): Locator {
    return this.page.getByTestId("share-error");
  }
}
