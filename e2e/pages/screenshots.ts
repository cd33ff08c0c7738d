import type { Page } from "@playwright/test";

/** Full-page screenshot into test-results/screenshots/<name>.png (kept after the run). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
