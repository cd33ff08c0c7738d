#!/usr/bin/env node
// The command line, bundled by `npm run build` (scripts/build-cli.mjs) into dist/cli.mjs.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const bundle = fileURLToPath(new URL("../dist/cli.mjs", import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    "bounce-doctor: not built yet. Run `npm run build` (or `npm run build:cli`) first.\n",
  );
  process.exit(2);
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
