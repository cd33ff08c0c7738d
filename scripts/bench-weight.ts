// npm run -s bench:weight: the compressed JavaScript a first visit downloads, per page.
// Expects a built app (next build); starts `next start` on a free port itself.
// Sizes are CDP Network.loadingFinished encodedDataLength: bytes on the wire, after gzip.
import { chromium } from "@playwright/test";
import { CHROMIUM_LAUNCH, startApp } from "../e2e/support/start-app";

const PAGES = [
  { name: "home", path: "/" },
  { name: "wizard", path: "/wizard" },
  { name: "check", path: "/check" },
];

async function main(): Promise<number> {
  const app = await startApp({ withDns: false });
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  let largest = 0;
  try {
    for (const { name, path } of PAGES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      const scripts = new Set<string>();
      const sizes = new Map<string, number>();
      cdp.on("Network.responseReceived", (e) => {
        if (e.type === "Script") scripts.add(e.requestId);
      });
      cdp.on("Network.loadingFinished", (e) => sizes.set(e.requestId, e.encodedDataLength));
      await page.goto(`${app.baseUrl}${path}`, { waitUntil: "networkidle" });
      await page.waitForTimeout(500);
      let bytes = 0;
      for (const id of scripts) bytes += sizes.get(id) ?? 0;
      const kb = bytes / 1024;
      largest = Math.max(largest, kb);
      console.log(
        `${name.padEnd(8)} ${kb.toFixed(1).padStart(7)} KB compressed JS in ${scripts.size} files`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await app.stop();
  }
  console.log(`js-kb ${largest.toFixed(1)}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
