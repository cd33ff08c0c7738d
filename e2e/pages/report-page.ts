import { expect, type Locator, type Page } from "@playwright/test";

export class ReportPage {
  readonly report: Locator;

  constructor(readonly page: Page) {
    this.report = page.getByTestId("shared-report");
  }

  /** Opens a shared link and waits until the page has read its bounce (the causes it lists). */
  async open(url: string) {
    await this.page.goto(url);
    // The report, or the message that the link cannot be shown, once the fragment is read.
    await expect(this.report.or(this.page.getByTestId("share-error"))).toBeVisible({
      timeout: 30_000,
    });
    await expect(this.page.getByTestId("shared-causes-pending")).toHaveCount(0, {
      timeout: 30_000,
    });
  }

  /**
   * The titles of the causes the diagnosis ranks (not the per-recipient card of "The bounce, as
   * shared" below it, whose own title appears once the page has read the bounce).
   */
  causeTitles(): Locator {
    return this.report.getByTestId("conclusion-cause").getByTestId("cause-title");
  }

  /** The checklist at the time of sharing: one entry per step, with its id in data-item. */
  checklistItems(): Locator {
    return this.report.getByTestId("shared-checklist").locator("li[data-item]");
  }

  /** "Settled." or "Not settled yet.", with what the result rests on; data-settled yes/no. */
  standing(): Locator {
    return this.report.getByTestId("shared-standing");
  }

  /** What the sender knew: the checks that ran and the answers given. */
  known(): Locator {
    return this.report.getByTestId("shared-known");
  }

  /** The framed group of steps that tell the causes still possible apart. */
  notSettled(): Locator {
    return this.report.getByTestId("shared-not-settled");
  }

  notSettledSteps(): Locator {
    return this.notSettled().locator("li[data-item]");
  }

  /** The settled causes' fix sections, one per cause (data-cause). */
  fixes(): Locator {
    return this.report.getByTestId("shared-fixes");
  }

  /** Whom the lead is for and the other recipients' causes (a bounce with several recipients). */
  recipients(): Locator {
    return this.report.getByTestId("shared-recipients");
  }

  /** One fix section by its cause (data-recipients: the addresses it is for, masked as shared). */
  fixSection(cause: string): Locator {
    return this.report.locator(`[data-testid="shared-fixes"][data-cause="${cause}"]`);
  }

  /** The content review's summary the link carried. */
  content(): Locator {
    return this.report.getByTestId("shared-content");
  }

  error(): Locator {
    return this.page.getByTestId("share-error");
  }
}
