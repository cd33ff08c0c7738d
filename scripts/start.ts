// `npm start`: the app (dist/server.mjs, our HTTP server around Next, on port 3000) with its companion, the content filter (Rspamd,
// installed with apt when missing, started with config/rspamd on 127.0.0.1:11333). Ctrl-C or
// the app's exit stops both. Without apt or root the app runs without content review, and
// says so. CONTENT_FILTER_URL set in the environment: that filter is used and none is started.

import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import {
  DEFAULT_FILTER_PORT,
  ensureFilterInstalled,
  filterAnswers,
  startContentFilter,
  type RunningFilter,
} from "./content-filter";

const ROOT = join(import.meta.dirname ?? process.cwd(), "..");
const PORT = process.env.PORT ?? "3000";

async function main(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  let filter: RunningFilter | null = null;
  let filterStart: Promise<void> = Promise.resolve();
  const ownUrl = `http://127.0.0.1:${DEFAULT_FILTER_PORT}`;

  if (env.CONTENT_FILTER_URL) {
    console.log(`Content filter: using ${env.CONTENT_FILTER_URL} (CONTENT_FILTER_URL).`);
  } else if (await filterAnswers(ownUrl)) {
    console.log(`Content filter: one already answers on ${ownUrl}; using it.`);
    env.CONTENT_FILTER_URL = ownUrl;
  } else {
    const install = ensureFilterInstalled();
    if (!install.ok) {
      console.log(
        `Content review is off: ${install.reason}. Install Debian's rspamd (apt-get install rspamd) and restart to turn it on; everything else works.`,
      );
    } else {
      env.CONTENT_FILTER_URL = ownUrl;
      // The app starts at once; until the filter answers (a first start takes about a minute
      // while it compiles its rules), a review says "could not review".
      filterStart = startContentFilter({ log: console.log })
        .then((f) => {
          filter = f;
          console.log(`Content filter (Rspamd) ready on ${f.url}.`);
        })
        .catch((error: unknown) => {
          console.log(
            `Content review is off: the filter did not start (${error instanceof Error ? error.message : String(error)}).`,
          );
        });
    }
  }

  // Our HTTP server around Next (lib/server/http-server.ts, bundled by `npm run build`): request
  // timeouts, the client's socket address for the rate limit, the diagnose worker pool.
  const app: ChildProcess = spawn(process.execPath, [join(ROOT, "dist", "server.mjs")], {
    cwd: ROOT,
    env: { ...env, PORT },
    stdio: "inherit",
  });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (app.exitCode === null && app.signalCode === null) app.kill("SIGTERM");
    await filterStart;
    await (filter as RunningFilter | null)?.stop();
    process.exit(code);
  };
  process.once("SIGINT", () => void stop(0));
  process.once("SIGTERM", () => void stop(0));
  app.once("exit", (code) => void stop(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
