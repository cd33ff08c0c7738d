#!/usr/bin/env node
// The command line, bundled by `npm run build` (scripts/build-cli.mjs) into dist/cli.mjs.
// Built-in modules through process.getBuiltinModule, not imports: an import of node:fs makes its
// module facade, which loads Node's streams, readline and fs/promises (about 5 ms of CPU).
const { existsSync } = process.getBuiltinModule("node:fs");
const nodeModule = process.getBuiltinModule("node:module");

const bundle = new URL("../dist/cli.mjs", import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write(
    "bounce-doctor: not built yet. Run `npm run build` (or `npm run build:cli`) first.\n",
  );
  process.exit(2);
}
// V8's compiled code for the bundle, kept on disk between runs (Node's module compile
// cache, in the system's temporary directory; NODE_DISABLE_COMPILE_CACHE=1 turns it off):
// compiling the bundle's source was a sixth of a one-line run.
nodeModule.enableCompileCache?.();
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
