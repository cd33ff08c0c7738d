// Bundles the command line into plain JavaScript so that `bin/bounce-doctor` starts fast: no
// TypeScript compiler and no module resolution at run time. Code only some runs need (result
// links and their zod schemas, behind a dynamic import in lib/cli/main.ts) is split into
// chunks that a plain `--jsonl` run never loads.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

// Chunk names carry a content hash: remove the previous build's so that they do not pile up.
rmSync(`${root}dist/cli-chunks`, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  // The diagnose pool's worker thread shares its chunks with the CLI (lib/server/diagnose-pool.ts).
  entryPoints: { cli: "lib/cli/main.ts", "diagnose-worker": "lib/server/diagnose-worker.ts" },
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  chunkNames: "cli-chunks/[name]-[hash]",
  splitting: true,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  minify: true,
  sourcemap: false,
  legalComments: "none",
  alias: { "@": root, "server-only": `${root}lib/testing/server-only-stub.ts` },
  banner: {
    // Some bundled CommonJS dependencies call require(); give them one in the ESM bundle.
    // (process.getBuiltinModule, not an import of node:module: no module facade to build.)
    js: 'const require = process.getBuiltinModule("node:module").createRequire(import.meta.url);',
  },
  logLevel: "warning",
});

// The phrase tables' gate grams (lib/cli/gate-grams.ts), computed once here so that a run of
// the command line does not compute them at start-up: a throw-away bundle prints them.
const gatesEntry = `${root}dist/.cli-gates-build.mjs`;
await build({
  absWorkingDir: root,
  stdin: {
    contents:
      'import { phraseGateGrams } from "@/lib/classify/phrase-rules";\n' +
      "process.stdout.write(JSON.stringify(phraseGateGrams()));\n",
    resolveDir: root,
    loader: "ts",
  },
  outfile: gatesEntry,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  alias: { "@": root, "server-only": `${root}lib/testing/server-only-stub.ts` },
  logLevel: "warning",
});
const gates = spawnSync(process.execPath, [gatesEntry], {
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
});
rmSync(gatesEntry, { force: true });
if (gates.status !== 0) throw new Error(`computing the gate grams failed: ${gates.stderr}`);
writeFileSync(`${root}dist/cli-gates.json`, gates.stdout);

// `npm start`: our HTTP server around Next (lib/server/http-server.ts). Packages (next) stay
// imports from node_modules; only our own modules are bundled.
await build({
  absWorkingDir: root,
  entryPoints: { server: "lib/server/http-server.ts" },
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  packages: "external",
  platform: "node",
  target: "node22",
  format: "esm",
  alias: { "@": root },
  logLevel: "warning",
});
