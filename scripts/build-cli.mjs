// Bundles the command line into plain JavaScript so that `bin/bounce-doctor` starts fast: no
// TypeScript compiler and no module resolution at run time. Code only some runs need (result
// links and their zod schemas, behind a dynamic import in lib/cli/main.ts) is split into
// chunks that a plain `--jsonl` run never loads.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { hoistStrings } from "./hoist-strings.mjs";
import { latin1Source } from "./latin1-source.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

// Chunk names carry a content hash: remove the previous build's so that they do not pile up.
rmSync(`${root}dist/cli-chunks`, { recursive: true, force: true });
// A start-up snapshot of older sources must not outlive them, even when this build makes none.
rmSync(`${root}dist/cli.blob`, { force: true });
rmSync(`${root}dist/cli.blob.node`, { force: true });

const bundle = await build({
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
  // Written below, with its source kept Latin-1 (latin1Source).
  write: false,
  logLevel: "warning",
});
for (const out of bundle.outputFiles) {
  mkdirSync(dirname(out.path), { recursive: true });
  writeFileSync(out.path, latin1Source(out.text, out.path));
}

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

// The command line's start-up snapshot (lib/cli/snapshot-main.ts): dist/cli.blob, which
// bin/bounce-doctor starts from when it is there and dist/cli.blob.node records the Node
// binary installed now.
await buildStartupSnapshot();

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

/**
 * Builds dist/cli.blob with the project's Node (node_modules/node, the one bin/bounce-doctor
 * runs; a snapshot loads only in the Node binary that wrote it). The snapshot needs one script
 * (no module loading while it is built): a CommonJS bundle of lib/cli/snapshot-main.ts, whose
 * import() calls (content review, result links) stay out of it: those runs go to dist/cli.mjs.
 * V8's code cache is left out of the blob (withoutCodeCache): it made the blob 11 MB instead
 * of 7 and a 3,610-message batch's peak resident size 79 MB instead of 76 (the goal: under 80),
 * for no fewer instructions that callgrind could tell (4,670 and 4,661 million). The script is
 * written Latin-1 first (latin1Source): V8 keeps its source in the blob, at two bytes a
 * character if a single one is above U+00FF (session 26: 11.13 MB against 9.46). Its string
 * literals are read from a file instead (hoistStrings): as source they took their bytes in the
 * blob once more beside the strings they made, and the blob counts twice at a run's peak (in
 * Node's copy of it and in the heap made from it). Session 28: the blob 9.67 MB to 8.63, a
 * 3,610-message batch's peak 79.0 MiB to 77.1 (medians of 5), output the same, instructions
 * within what two builds differ by (callgrind, 361 messages: 1,248M before; 1,247M and 1,258M
 * for two builds of this). The blob is
 * kept only when it gives the bundle's answers on a sample; when it cannot be built, the command
 * line runs from the bundle as before, and the build says so.
 */
async function buildStartupSnapshot() {
  const node = `${root}node_modules/node/bin/node`;
  const skip = (why) =>
    console.warn(
      `build-cli: no start-up snapshot (${why}); bin/bounce-doctor runs from dist/cli.mjs`,
    );
  if (!existsSync(node)) return skip("node_modules/node is not installed");
  // Names of this build's own (two builds at once must not write each other's), and the blob
  // renamed into place only when whole and checked: a partial blob would crash Node.
  const script = `${root}dist/.cli-snapshot-${process.pid}.cjs`;
  const config = `${root}dist/.cli-snapshot-${process.pid}.json`;
  const blob = `${root}dist/.cli-${process.pid}.blob`;
  const strings = `${root}dist/.cli-snapshot-${process.pid}.strings.json`;
  try {
    await build({
      absWorkingDir: root,
      entryPoints: ["lib/cli/snapshot-main.ts"],
      outfile: script,
      bundle: true,
      platform: "node",
      target: "node22",
      format: "cjs",
      minify: true,
      legalComments: "none",
      alias: { "@": root, "server-only": `${root}lib/testing/server-only-stub.ts` },
      plugins: [leaveOutDynamicImports()],
      // main.ts hands dist/cli-gates.json to the classifier through import.meta.url, empty in
      // CommonJS: it finds no file, and the tables are in the snapshot already.
      logOverride: { "empty-import-meta": "silent" },
      logLevel: "warning",
    });
    const hoisted = hoistStrings(readFileSync(script, "utf8"), strings);
    writeFileSync(strings, JSON.stringify(hoisted.strings));
    writeFileSync(script, latin1Source(hoisted.code, script));
    writeFileSync(config, JSON.stringify({ builder: script, withoutCodeCache: true }));
    const made = spawnSync(node, ["--snapshot-blob", blob, "--build-snapshot-config", config], {
      encoding: "utf8",
    });
    if (made.status !== 0)
      return skip(`node --build-snapshot failed: ${made.stderr.slice(0, 2000)}`);
    const problem = sampleDiffers(node, blob);
    if (problem) return skip(problem);
    renameSync(blob, `${root}dist/cli.blob`);
    // Which Node binary wrote it (its size and modification time, as `stat -c '%s %Y'` prints
    // them): bin/bounce-doctor uses the blob only with that binary, since Node aborts (exit 14)
    // on a blob another binary wrote, and npm may put back an older binary with an older date.
    const { size, mtimeMs } = statSync(node);
    writeFileSync(`${root}dist/cli.blob.node`, `${size} ${Math.floor(mtimeMs / 1000)}\n`);
  } finally {
    for (const f of [script, config, blob, strings]) rmSync(f, { force: true });
  }
}

/**
 * The import() calls of lib/cli/main.ts (content review, result links) left as they are: code
 * deserialized from a snapshot cannot run them, so the snapshot's entry never reaches them
 * (lib/cli/snapshot-main.ts hands those runs to dist/cli.mjs) and their modules stay out of it.
 */
function leaveOutDynamicImports() {
  return {
    name: "leave-out-dynamic-imports",
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) =>
        args.kind === "dynamic-import" && args.importer.endsWith("lib/cli/main.ts")
          ? { path: args.path, external: true }
          : undefined,
      );
    },
  };
}

/** A sample run from the new blob against the same run from dist/cli.mjs: what differs, or null. */
function sampleDiffers(node, blob) {
  const sample = [
    "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
    "452 4.2.2 The email account that you tried to reach is over quota.",
    "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
  ].join("\n");
  const args = ["--jsonl", "-"];
  const fromBlob = spawnSync(node, ["--snapshot-blob", blob, "--", ...args], {
    input: sample,
    encoding: "utf8",
  });
  const fromBundle = spawnSync(node, [`${root}bin/bounce-doctor.mjs`, ...args], {
    input: sample,
    encoding: "utf8",
  });
  if (
    fromBlob.status !== 0 ||
    fromBlob.stdout !== fromBundle.stdout ||
    fromBlob.stderr !== fromBundle.stderr
  )
    return `a sample run from it differs from dist/cli.mjs: ${fromBlob.stderr.slice(0, 2000)}`;
  return null;
}
