// Bundles the command line into one plain-JavaScript file so that `bin/bounce-doctor`
// starts fast: no TypeScript compiler and no module resolution at run time.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ["lib/cli/main.ts"],
  outfile: "dist/cli.mjs",
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
    js: "import { createRequire as __bdCreateRequire } from 'node:module'; const require = __bdCreateRequire(import.meta.url);",
  },
  logLevel: "warning",
});
