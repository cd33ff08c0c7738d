import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "./e2e/support/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const DNS_PORT = Number(process.env.E2E_DNS_PORT ?? 5390);
const FILTER_PORT = Number(process.env.E2E_FILTER_PORT ?? 11334);

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [["list"]],
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "off",
    screenshot: "only-on-failure",
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The production build, pointed at the loopback fixture DNS server that globalSetup starts.
    command: `npx next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      DNS_SERVER: `127.0.0.1:${DNS_PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
      RATE_LIMIT_PER_MINUTE: "100000",
      CONTENT_FILTER_URL: `http://127.0.0.1:${FILTER_PORT}`,
    },
  },
});
