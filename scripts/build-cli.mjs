// Bundles the command line into plain JavaScript so that `bin/bounce-doctor` starts fast: no
// TypeScript compiler and no module resolution at run time. Code only some runs need (result
// links and their zod schemas, behind a dynamic import in lib/cli/main.ts) is split into
// chunks that a plain `--jsonl` run never loads.
import { build } from "esbuild";
import { readFileSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

// postal-mime's body decoders join each part's lines with `new Blob(chunks).arrayBuffer()`;
// in Node that costs more than the rest of the MIME parse (lib/cli/concat-blob.ts says why).
// In these three modules only, `Blob` names the in-memory ConcatBlob, which gives the same
// bytes. The build fails if a postal-mime update changes what is replaced, rather than
// silently measuring something else.
const DECODERS =
  /[\\/]postal-mime[\\/]dist[\\/]esm[\\/](?:pass-through-decoder|base64-decoder|qp-decoder)\.js$/;
const concatBlobForPostalMime = {
  name: "postal-mime-concat-blob",
  setup(b) {
    const patched = new Set();
    b.onLoad({ filter: DECODERS }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (
        (source.match(/\bnew Blob\(/g) ?? []).length !== 1 ||
        /\b(?:let|const|var|class|function)\s+Blob\b/.test(source)
      ) {
        throw new Error(
          `${args.path}: not the one \`new Blob(\` expected; review scripts/build-cli.mjs`,
        );
      }
      patched.add(args.path);
      const contents = `import { ConcatBlob as Blob } from ${JSON.stringify(`${root}lib/cli/concat-blob.ts`)};\n${source}`;
      return { contents, loader: "js", resolveDir: dirname(args.path) };
    });
    b.onEnd((result) => {
      if (result.errors.length === 0 && patched.size !== 3)
        throw new Error(
          `postal-mime-concat-blob: patched ${patched.size} decoder modules, expected 3`,
        );
    });
  },
};

// Chunk names carry a content hash: remove the previous build's so that they do not pile up.
rmSync(`${root}dist/cli-chunks`, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { cli: "lib/cli/main.ts" },
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
    js: "import { createRequire as __bdCreateRequire } from 'node:module'; const require = __bdCreateRequire(import.meta.url);",
  },
  plugins: [concatBlobForPostalMime],
  logLevel: "warning",
});
