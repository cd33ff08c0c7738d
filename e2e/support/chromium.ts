// Debian's Chromium, headless as root, with nothing that reaches for the network on its own
// (this machine has none: background requests would only fail). Shared by playwright.config.ts
// and the scripts that drive a browser (audit:a11y, bench:weight).
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};
