// bounce-doctor: diagnose bounces from files or standard input. Bundled to dist/cli.mjs by
// scripts/build-cli.mjs and started by bin/bounce-doctor.
import { diagnose, diagnoseCauses } from "@/lib/diagnosis/diagnose";
import { checkInputLimits, type InputLimitCheck } from "@/lib/limits/input-limits";
import { parseArgs, usage } from "./args";
import { endQuietlyWhenOutputCloses } from "./closed-output";
import { loadGateGrams } from "./gate-grams";
import { withinLimitsByLines } from "./limits-glance";
import {
  latin1Text,
  readFdCapped,
  readFileCapped,
  readStreamCapped,
  type InputBytes,
} from "./read-input";
import { jsonlLine, jsonlRows, readableReport } from "./report";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<InputBytes>;
  readFile?: (path: string) => InputBytes;
  /**
   * Asked after each large write: whether the reader of stdout went away, once what the write
   * started has settled. The files left are then not read (closed-output.ts).
   */
  outputClosed?: () => Promise<boolean>;
}

const WITHIN_LIMITS: InputLimitCheck = { ok: true };

const megabytes = (bytes: number) => `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;

const processIo: CliIo = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  readStdin: async () => {
    // Synchronously from descriptor 0 first (process.stdin loads Node's stream modules); a
    // descriptor that would block goes on through the stream, after what was read.
    const read = readFdCapped(0);
    if (read.done) return read.input;
    return readStreamCapped(process.stdin as AsyncIterable<Uint8Array>, undefined, read.chunks);
  },
  // A write to a pipe whose reader is gone fails (synchronously, on Linux) and Node reports it
  // on the next tick: a run that reads file after file in one chain of resolved promises never
  // lets the tick queue run before its end. Waiting for one tick per large write (a few in a
  // batch) lets it run, and the 'error' listener (closed-output.ts) ends the process. Not a turn
  // of the event loop: that (setImmediate) raised the batch's peak memory from 77 to 91 MB.
  outputClosed: async () => {
    await new Promise((resolve) => process.nextTick(resolve));
    return process.stdout.destroyed;
  },
};

/** Whether process.stdout already ends the run quietly when its reader goes away. */
let stdoutWatched = false;

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  if (io === processIo && !stdoutWatched) {
    stdoutWatched = true;
    endQuietlyWhenOutputCloses(process.stdout, (status) => process.exit(status));
  }
  const parsed = parseArgs(argv, process.env);
  if (!parsed.ok) {
    io.stderr(`bounce-doctor: ${parsed.error}\n\n${usage()}`);
    return 2;
  }
  const { options } = parsed;
  if (options.help) {
    io.stdout(usage());
    return 0;
  }
  if (options.content !== undefined)
    return (await import("./content")).runContentReview(options.content, options, io);
  if (options.files.length === 0) {
    io.stderr(`bounce-doctor: no input given\n\n${usage()}`);
    return 2;
  }
  loadGateGrams(import.meta.url);
  let status = 0;
  let out = "";
  // Output is gathered and written in large pieces: one write per line is slow on pipes.
  const flush = () => {
    if (out) io.stdout(out);
    out = "";
  };
  // Result links (--link) need the share-payload code and zod: loaded only when asked for,
  // so that a plain run does not pay for compiling them (scripts/build-cli.mjs splits them
  // into their own chunk).
  const shareLinkForDiagnosis = options.link
    ? (await import("@/lib/share/link")).shareLinkForDiagnosis
    : null;
  for (const file of options.files) {
    let input: InputBytes;
    try {
      // Synchronous reads: for hundreds of small files the thread-pool round trips of
      // fs.promises cost more than the reads themselves.
      input = file === "-" ? await io.readStdin() : (io.readFile ?? readFileCapped)(file);
    } catch (error) {
      const reason =
        error instanceof Error && "code" in error
          ? String((error as NodeJS.ErrnoException).code)
          : "read error";
      flush();
      io.stderr(`bounce-doctor: ${file}: cannot read (${reason})\n`);
      status = 2;
      continue;
    }
    if (input.truncated) {
      flush();
      io.stderr(
        `bounce-doctor: ${file}: larger than ${megabytes(input.limit)}; only the first ${megabytes(input.limit)} were read\n`,
      );
    }
    // Too few lines to reach any limit (most bounces): the text itself need not be read.
    const limits = withinLimitsByLines(input.bytes)
      ? WITHIN_LIMITS
      : checkInputLimits(latin1Text(input.bytes));
    if (!limits.ok) {
      flush();
      io.stderr(`bounce-doctor: ${file}: not diagnosed: ${limits.message}\n`);
      status = 2;
      continue;
    }
    if (options.jsonl && !shareLinkForDiagnosis) {
      // The JSON lines print causes and confidences only: their evidence is not gathered.
      for (const row of jsonlRows(file, await diagnoseCauses(input.bytes)))
        out += jsonlLine(row) + "\n";
    } else {
      const diagnosis = await diagnose(input.bytes);
      const link = shareLinkForDiagnosis
        ? shareLinkForDiagnosis(input.bytes, { origin: options.origin })
        : undefined;
      if (options.jsonl)
        for (const row of jsonlRows(file, diagnosis, link)) out += jsonlLine(row) + "\n";
      else out += readableReport(file, diagnosis, link) + "\n";
    }
    if (out.length > 65_536) {
      flush();
      if (await io.outputClosed?.()) break;
    }
  }
  flush();
  return status;
}
