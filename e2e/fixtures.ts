import { test as base } from "@playwright/test";
import { CheckPage } from "./pages/check-page";
import { ContentPage } from "./pages/content-page";
import { HomePage } from "./pages/home-page";
import { ReportPage } from "./pages/report-page";
import { WizardPage } from "./pages/wizard-page";

// Page objects arrive through fixtures; every spec imports `test` from here (STYLE.md rule 13).
export const test = base.extend<{
  homePage: HomePage;
  wizardPage: WizardPage;
  checkPage: CheckPage;
  reportPage: ReportPage;
  contentPage: ContentPage;
}>({
  homePage: async ({ page }, use) => {
    await use(new HomePage(page));
  },
  wizardPage: async ({ page }, use) => {
    await use(new WizardPage(page));
  },
  checkPage: async ({ page }, use) => {
    await use(new CheckPage(page));
  },
  reportPage: async ({ page }, use) => {
    await use(new ReportPage(page));
  },
  contentPage: async ({ page }, use) => {
    await use(new ContentPage(page));
  },
});

export { expect } from "@playwright/test";
