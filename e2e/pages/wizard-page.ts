import { expect, type Locator, type Page } from "@playwright/test";

export class WizardPage {
  readonly card: Locator;

  constructor(readonly page: Page) {
    this.card = page.getByTestId("wizard-card");
  }

  async goto(query = "") {
    await this.page.goto(`/wizard${query}`);
  }

  /** Starts from the wizard's own paste box. */
  async start(text: string) {
    await this.page.goto("/wizard?step=0");
    await this.page.getByLabel("Paste the bounce message").fill(text);
    await this.page.getByRole("button", { name: "Start the diagnosis" }).click();
    await expect(this.card).toBeVisible();
  }

  async kind(): Promise<string | null> {
    await expect(this.card).toBeVisible();
    return this.card.getAttribute("data-kind");
  }

  async questionId(): Promise<string | null> {
    return this.card.getByTestId("question-card").getAttribute("data-question");
  }

  async answerChoice(label: string | RegExp) {
    await this.card.getByRole("radio", { name: label }).check();
    await this.card.getByRole("button", { name: "Continue" }).click();
  }

  async answerText(value: string) {
    await this.card.getByLabel("Your answer").fill(value);
    await this.card.getByRole("button", { name: "Continue" }).click();
  }

  async dontKnow() {
    await this.card.getByTestId("dont-know").click();
  }

  /** The content-review step's card (only while the wizard shows it). */
  contentCheck(): Locator {
    return this.card.locator('[data-testid="check-card"][data-check^="content:"]');
  }

  async isContentCheck(): Promise<boolean> {
    return (await this.contentCheck().count()) > 0;
  }

  /**
   * Walks to the content-review step: runs the checks before it and answers "I don't know";
   * fails if the wizard concludes first.
   */
  async walkToContentCheck(maxSteps = 10) {
    for (let i = 0; i < maxSteps && !(await this.isContentCheck()); i++) {
      const before = await this.card.getAttribute("data-step");
      const kind = await this.kind();
      expect(kind).not.toBe("conclusion");
      if (kind === "check") await this.continueAfterCheck();
      else await this.dontKnow();
      await expect(this.card).not.toHaveAttribute("data-step", before ?? "");
    }
  }

  /** Leaves the content review out: "I don't have the message" (or no review of the copy). */
  async skipContentReview() {
    await this.card
      .getByRole("button", { name: /^(I don't have the message|Continue without a review)$/ })
      .click();
  }

  /** Consents and sends the message the card offers for review; waits for the findings. */
  async reviewContent() {
    const review = this.card.getByRole("button", { name: "Review the content" });
    await expect(review).toBeDisabled();
    await this.card.getByLabel("Send this message to the server for review").check();
    await review.click();
    await expect(this.card.getByTestId("content-review")).toBeVisible({ timeout: 30_000 });
  }

  /** Waits for the running check and moves on. */
  async continueAfterCheck() {
    const before = await this.card.getAttribute("data-step");
    const next = this.card.getByRole("button", { name: /^Continue/ });
    await expect(next).toBeVisible({ timeout: 30_000 });
    await next.click();
    // The next step renders after the click: reading the card before then sees the old step.
    await expect(this.card).not.toHaveAttribute("data-step", before ?? "");
  }

  /**
   * Walks the wizard to its conclusion: runs every check, and answers each question with
   * `answers[questionId]` (a choice label or a typed value), else "I don't know".
   */
  async walkToConclusion(
    answers: Record<string, { choice: string | RegExp } | { text: string }> = {},
    maxSteps = 25,
  ) {
    for (let i = 0; i < maxSteps; i++) {
      const stepBefore = await this.card.getAttribute("data-step");
      const kind = await this.kind();
      if (kind === "conclusion") return;
      if (kind === "check" && (await this.isContentCheck())) {
        await this.skipContentReview();
      } else if (kind === "check") {
        await this.continueAfterCheck();
      } else {
        const id = (await this.questionId()) ?? "";
        const answer = answers[id];
        if (answer && "choice" in answer) await this.answerChoice(answer.choice);
        else if (answer && "text" in answer) await this.answerText(answer.text);
        else await this.dontKnow();
      }
      await expect(this.card).not.toHaveAttribute("data-step", stepBefore ?? "");
    }
    throw new Error(`no conclusion after ${maxSteps} steps`);
  }

  /** The same walk with the keyboard alone: Tab to "I don't know", Enter on "Continue". */
  async walkToConclusionByKeyboard(typed: Record<string, string> = {}, maxSteps = 25) {
    const kb = this.page.keyboard;
    for (let i = 0; i < maxSteps; i++) {
      const stepBefore = await this.card.getAttribute("data-step");
      const kind = await this.kind();
      if (kind === "conclusion") return;
      if (kind === "check" && (await this.isContentCheck())) {
        await this.tabTo(/^(I don't have the message|Continue without a review)$/);
        await kb.press("Enter");
      } else if (kind === "check") {
        // The card moves focus to its most important finding (or to "Continue" when nothing
        // is wrong) when the check ends; "Continue" is reached from there with Tab.
        const next = this.card.getByRole("button", { name: /^Continue/ });
        await expect(next).toBeVisible({ timeout: 30_000 });
        const focused = await next.evaluate((el) => el === document.activeElement);
        if (!focused) await this.tabTo(next);
        await kb.press("Enter");
      } else {
        const value = typed[(await this.questionId()) ?? ""];
        if (value !== undefined) {
          await this.tabTo(this.card.getByLabel("Your answer"));
          await kb.insertText(value);
          await kb.press("Enter");
        } else {
          await this.tabTo(this.card.getByTestId("dont-know"));
          await kb.press("Enter");
        }
      }
      await expect(this.card).not.toHaveAttribute("data-step", stepBefore ?? "");
    }
    throw new Error(`no conclusion after ${maxSteps} steps`);
  }

  /** Presses Tab until `target` has the focus. */
  async tabTo(target: Locator | RegExp, maxTabs = 40) {
    const locator =
      target instanceof RegExp
        ? this.page.getByRole("button", { name: target }).or(this.page.getByLabel(target))
        : target;
    for (let i = 0; i < maxTabs; i++) {
      await this.page.keyboard.press("Tab");
      const focused = await locator.evaluateAll((els) =>
        els.some((el) => el === document.activeElement),
      );
      if (focused) return;
    }
    throw new Error(`could not reach ${String(target)} with Tab`);
  }

  /** The stage the card names ("2. IP reputation") and the stepper's current item. */
  cardStage(): Locator {
    return this.card.getByTestId("card-stage");
  }

  /** The question card's "Why we ask" line. */
  whyWeAsk(): Locator {
    return this.card.getByTestId("why-we-ask");
  }

  /** One stage of the stepper; its data-state is done, passed, skipped, current or todo. */
  stage(stage: string): Locator {
    return this.page
      .getByRole("navigation", { name: "Progress" })
      .locator(`[data-stage="${stage}"]`);
  }

  currentStage(): Locator {
    return this.page.getByRole("navigation", { name: "Progress" }).locator('[aria-current="step"]');
  }

  /** The result link the conclusion's share panel offers (redaction as chosen there). */
  async shareUrl(): Promise<string> {
    const url = this.page.getByTestId("share-panel").getByTestId("share-url");
    await expect(url).toBeVisible();
    return (await url.textContent()) ?? "";
  }

  /** Opens the "What the bounce says" box above the card. */
  async openBounceSummary() {
    await this.page.getByText("What the bounce says", { exact: true }).click();
  }

  /**
   * The page's rendered headings where one skips a level ("h1 → h3: The address does not
   * exist"); none on a page whose outline a screen reader's heading list can follow.
   */
  async skippedHeadings(): Promise<string[]> {
    return this.page.evaluate(() => {
      const out: string[] = [];
      let previous = 0;
      for (const h of Array.from(document.querySelectorAll("h1, h2, h3, h4, h5, h6"))) {
        if (h.getClientRects().length === 0) continue; // not rendered (a closed box)
        const level = Number(h.tagName.slice(1));
        if (level > previous + 1) out.push(`h${previous} → h${level}: ${h.textContent ?? ""}`);
        previous = level;
      }
      return out;
    });
  }

  /** How many lines the share panel's link takes on screen. */
  async shareUrlLines(): Promise<number> {
    // The paragraph that holds the link (and its screen-reader label).
    const box = this.page.getByTestId("share-panel").getByTestId("share-url").locator("..");
    return box.evaluate((el) => {
      const lineHeight = parseFloat(getComputedStyle(el).lineHeight);
      return Math.round(el.getBoundingClientRect().height / lineHeight);
    });
  }

  /** The share panel's report, copied as Markdown (the clipboard must be granted first). */
  async copyReportMarkdown(): Promise<string> {
    const panel = this.page.getByTestId("share-panel");
    await panel.getByRole("button", { name: "Copy Markdown" }).click();
    await expect(
      this.page.getByRole("status").filter({ hasText: "Report copied as Markdown" }),
    ).toBeVisible();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  checklist(): Locator {
    return this.page.getByTestId("fix-checklist");
  }

  /** Records offered to copy (their values). */
  records(): Locator {
    return this.checklist().getByTestId("dns-record");
  }

  /** The checklist's first section while nothing is settled: the steps that tell causes apart. */
  tellApartSteps(): Locator {
    return this.checklist().getByTestId("tell-apart").locator("li[data-item]");
  }

  /** The ranked causes' ids, as the conclusion lists them (best first). */
  async rankedCauseIds(): Promise<string[]> {
    return this.conclusion()
      .getByTestId("conclusion-cause")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-cause") ?? ""));
  }

  conclusion(): Locator {
    return this.card.getByTestId("conclusion");
  }

  causeTitles(): Locator {
    return this.conclusion().getByTestId("cause-title");
  }

  /** The question as asked (its legend). */
  questionPrompt(): Locator {
    return this.card.getByTestId("question-card").locator("legend");
  }

  /** The conclusion's summary sentence. */
  summary(): Locator {
    return this.card.getByTestId("conclusion-summary");
  }

  /** A fix section of the checklist by its cause (data-recipients: the addresses it is for). */
  causeSection(cause: string): Locator {
    return this.checklist().locator(`[data-testid="cause-steps"][data-cause="${cause}"]`);
  }

  /**
   * Walks to the conclusion as walkToConclusion does with no answers ("I don't know" to every
   * question, every check run), and returns the questions as they were asked.
   */
  async walkRecordingPrompts(maxSteps = 25): Promise<string[]> {
    const prompts: string[] = [];
    for (let i = 0; i < maxSteps; i++) {
      const stepBefore = await this.card.getAttribute("data-step");
      const kind = await this.kind();
      if (kind === "conclusion") return prompts;
      if (kind === "check" && (await this.isContentCheck())) await this.skipContentReview();
      else if (kind === "check") await this.continueAfterCheck();
      else {
        prompts.push(((await this.questionPrompt().textContent()) ?? "").trim());
        await this.dontKnow();
      }
      await expect(this.card).not.toHaveAttribute("data-step", stepBefore ?? "");
    }
    throw new Error(`no conclusion after ${maxSteps} steps`);
  }
}
