// npm run -s bench:weight: the compressed JavaScript a first visit downloads, per page.
// Expects a built app (next build); starts `next start` on a free port itself.
// Sizes are CDP Network.loadingFinished encodedDataLength: bytes on the wire, after gzip.
import { chromium } from "@playwright/test";
import { CHROMIUM_LAUNCH, startApp } from "../e2e/support/start-app";

// First loads count towards the figure; "wizard, resumed" (a persisted walk, so the parser,
// classifier and rules load too) is printed for information.
const RESUMED_STATE = JSON.stringify({
  state: {
    text: "550 5.7.1 Message rejected",
    trail: [],
    answers: {},
    checks: {},
    checklist: {},
    prefill: {},
  },
  version: 1,
});
const PAGES = [
  { name: "home", path: "/", counts: true },
  { name: "wizard", path: "/wizard", counts: true },
  { name: "check", path: "/check", counts: true },
  { name: "wizard, resumed", path: "/wizard", counts: false, state: RESUMED_STATE },
];

async function main(): Promise<number> {
  const app = await startApp({ withDns: false });
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  let largest = 0;
  try {
    for (const { name, path, counts, state } of PAGES) {
      const context = await browser.newContext();
      if (state) {
        await context.addInitScript(
          (value) => localStorage.setItem("bounce-doctor:wizard", value),
          state,
        );
      }
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
      if (counts) largest = Math.max(largest, kb);
      console.log(
        `${(counts ? name : `(${name})`).padEnd(18)} ${kb.toFixed(1).padStart(7)} KB compressed JS in ${scripts.size} files`,
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
