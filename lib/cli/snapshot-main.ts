// The command line's start-up snapshot. scripts/build-cli.mjs bundles this file into one
// CommonJS script and runs it with `node --build-snapshot`: the modules load and the classifier
// builds its tables (phrase sets, gram indexes, concept tables) once, at build time, and Node
// writes the heap to dist/cli.blob. bin/bounce-doctor starts from the blob
// (`node --snapshot-blob dist/cli.blob -- ARGS`), which runs runFromSnapshot with the tables
// already in the old generation: a run no longer loads and compiles the modules, builds the
// tables, or collects the garbage of building them (a one-line run: 467 million instructions
// before, 243 million from the snapshot). Before the warm-up the tables' strings are shared, one
// per value (snapshot-strings.ts): fewer roots for every young-generation collection of a run.
//
// What a snapshot cannot hold is kept out of it: ICU text decoders (made on first use, see
// lib/bounce/mime.ts), and code reached through import(), which does not work in code
// deserialized from a snapshot: runs that need it (--content, --link) are handed to the ES
// module bundle beside the blob (dist/cli.mjs), as if started without the snapshot.
import { diagnose, diagnoseCauses } from "@/lib/diagnosis/diagnose";
import { PROVIDER_TABLES } from "@/lib/knowledge/providers";
import { CONCEPTS } from "@/lib/knowledge/scoring/concepts";
import { parseArgs } from "./args";
import { main } from "./main";
import { shareTableStrings } from "./snapshot-strings";
import * as signatures from "@/lib/knowledge/signatures";
import * as providers from "@/lib/knowledge/providers";
import * as concepts from "@/lib/knowledge/scoring/concepts";
import * as possibilityWordings from "@/lib/knowledge/scoring/possibility-wordings";
import * as replyPossibilities from "@/lib/knowledge/scoring/reply-possibilities";
import * as stageShifts from "@/lib/knowledge/scoring/stage-shifts";
import * as coreTables from "@/lib/knowledge/scoring/core-tables";
import * as statusCodes from "@/lib/knowledge/enhanced-status-codes";

/**
 * Where shareTableStrings starts: the exports of the knowledge modules the classifier reads.
 * Entries added to their tables are reached with them; a module left out of this list only
 * keeps its strings as its code made them.
 */
function tableRoots(): unknown[] {
  return [
    signatures,
    providers,
    concepts,
    possibilityWordings,
    replyPossibilities,
    stageShifts,
    coreTables,
    statusCodes,
  ].flatMap((ns) => Object.values(ns));
}

const { startupSnapshot } = process.getBuiltinModule("node:v8");

/**
 * A delivery status notification around one example, as bytes: the warm-up reaches the MIME
 * reader and the report fields too, and not only the words of a pasted line.
 */
function exampleReport(example: string): Uint8Array {
  const message = [
    "From: MAILER-DAEMON@mx.example.com",
    "To: sender@example.org",
    "Subject: Undelivered Mail Returned to Sender",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="warm-up"',
    "",
    "--warm-up",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Your message could not be delivered to <user@example.net>.",
    "",
    example,
    "",
    "--warm-up",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.com",
    "",
    "Final-Recipient: rfc822; user@example.net",
    "Action: failed",
    "Status: 5.0.0",
    `Diagnostic-Code: smtp; ${example.replace(/[\r\n]+/g, " ")}`,
    "",
    "--warm-up--",
    "",
  ].join("\r\n");
  return new TextEncoder().encode(message);
}

/**
 * Every table the classifier builds on first use, built now: each documented example (provider
 * tables and concepts) diagnosed as a pasted line, the way --jsonl reads it and the way the
 * readable report does, and a few inside a report. What a diagnosis leaves behind besides the
 * tables is reused scratch space and caches keyed by their text, which give every later text the
 * same answer (the build compares the blob's output with the bundle's before keeping it).
 */
async function buildTables(): Promise<void> {
  const examples = [
    ...PROVIDER_TABLES.flatMap((t) => t.phrases.map((p) => p.example)),
    ...CONCEPTS.flatMap((c) => c.examples.map((e) => e.text)),
  ];
  for (const example of examples) {
    await diagnoseCauses(example);
    await diagnose(example);
  }
  for (const example of examples.slice(0, 20)) {
    await diagnoseCauses(exampleReport(example));
    await diagnose(exampleReport(example));
  }
}

/** The ES module bundle beside the blob this process started from (dist/cli.mjs). */
function moduleBundle(): { main: typeof main } {
  const args = process.execArgv;
  const at = args.indexOf("--snapshot-blob");
  const blob =
    at >= 0 ? args[at + 1] : args.find((a) => a.startsWith("--snapshot-blob="))?.slice(16);
  if (!blob) throw new Error("bounce-doctor: started from a snapshot without --snapshot-blob");
  const { createRequire } = process.getBuiltinModule("node:module");
  const { resolve } = process.getBuiltinModule("node:path");
  return createRequire(resolve(blob))("./cli.mjs") as { main: typeof main };
}

/** The command line, started from the snapshot: process.argv holds no script path. */
async function runFromSnapshot(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv, process.env);
  // Content review and result links load their code with import(): the bundle has it.
  if (
    parsed.ok &&
    !parsed.options.help &&
    (parsed.options.content !== undefined || parsed.options.link)
  )
    return moduleBundle().main(argv);
  return main(argv);
}

if (startupSnapshot.isBuildingSnapshot()) {
  // The tables' strings shared before the warm-up builds the classifier's structures from
  // them, so that those take the shared copies too.
  shareTableStrings(tableRoots());
  void buildTables();
  startupSnapshot.setDeserializeMainFunction(() => {
    void runFromSnapshot(process.argv.slice(1)).then((status) => {
      process.exitCode = status;
    });
  });
}
