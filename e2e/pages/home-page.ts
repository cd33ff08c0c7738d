import { expect, type Locator, type Page } from "@playwright/test";

export class HomePage {
  readonly pasteBox: Locator;
  readonly diagnoseButton: Locator;
  readonly result: Locator;

  constructor(readonly page: Page) {
    this.pasteBox = page.getByLabel("Paste the bounce message");
    this.diagnoseButton = page.getByRole("button", { name: "Diagnose", exact: true });
    this.result = page.getByRole("region", { name: "Diagnosis" });
  }

  async goto() {
    await this.page.goto("/");
  }

  async paste(text: string) {
    await this.pasteBox.fill(text);
  }

  /** A paste of a megabyte or more: typed-in `fill` takes minutes; this sets the value as a
   *  paste does and lets React see the input event. */
  async pasteLarge(text: string) {
    await this.pasteBox.evaluate((box, value) => {
      const textarea = box as HTMLTextAreaElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;
      setter?.call(textarea, value);
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    }, text);
  }

  async diagnose(text: string) {
    await this.paste(text);
    await this.diagnoseButton.click();
    await expect(this.result.getByRole("heading", { name: "What happened" })).toBeVisible();
  }

  async tryExample(label: string) {
    await this.page.getByRole("button", { name: label }).click();
    await expect(this.result.getByRole("heading", { name: "What happened" })).toBeVisible();
  }

  causeTitles(): Locator {
    return this.result.getByTestId("cause-title");
  }

  /** The first steps' titles of a cause card, in order (fixes, or the not-settled group's). */
  firstSteps(card = 0): Locator {
    return this.firstStepsGroup(card).getByTestId("step-title");
  }

  /** A cause card's first steps: data-settled="no" while the bounce does not settle its cause. */
  firstStepsGroup(card = 0): Locator {
    return this.result.getByTestId("cause-card").nth(card).getByTestId("first-steps");
  }

  /** A cause card's confidence line ("Confidence: likely (71%)"); absent where none is given. */
  confidence(card = 0): Locator {
    return this.result.getByTestId("cause-card").nth(card).getByTestId("confidence");
  }

  /** The causes an unknown diagnosis leaves possible, ranked, as its card lists them. */
  possibleCauses(card = 0): Locator {
    return this.result
      .getByTestId("cause-card")
      .nth(card)
      .getByTestId("possible-causes")
      .locator("ol > li");
  }

  /** The notes about the input above the cards (no SMTP code found, ...). */
  inputMessages(): Locator {
    return this.result.getByTestId("input-messages").locator("li");
  }

  /** A delay notice's note beside the cause it gives. */
  delayNotice(): Locator {
    return this.result.getByTestId("delay-notice");
  }

  /**
   * Whether a cause card's highlighted bounce shows its first piece of evidence inside the
   * scroll box, without the reader scrolling it (false when the box has no highlight).
   */
  async evidenceInView(card = 0): Promise<boolean> {
    return this.result
      .getByTestId("cause-card")
      .nth(card)
      .getByLabel("The bounce, with the evidence highlighted")
      .evaluate((box) => {
        const mark = box.querySelector("mark");
        if (!mark) return false;
        const b = box.getBoundingClientRect();
        const m = mark.getBoundingClientRect();
        return m.top >= b.top && m.bottom <= b.bottom;
      });
  }

  /** What the box under the diagnosis says the wizard will do. */
  wizardPromise(): Locator {
    return this.result.getByTestId("wizard-promise");
  }

  /** Beside a card's address: the address delivery was last tried for, where it differs. */
  finalAddress(card = 0): Locator {
    return this.result.getByTestId("cause-card").nth(card).getByTestId("final-address");
  }

  /** A card's technical details row for the status code (open them first). */
  statusRow(card = 0): Locator {
    return this.result
      .getByTestId("cause-card")
      .nth(card)
      .locator('dt:text-is("Status code") + dd');
  }

  async openTechnicalDetails(index = 0) {
    await this.result.getByText("Technical details").nth(index).click();
  }

  async continueInWizard() {
    await this.page.getByRole("button", { name: "Continue in the wizard" }).click();
    await this.page.waitForURL(/\/wizard/);
  }
}
