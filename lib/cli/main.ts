// bounce-doctor: diagnose bounces from files or standard input. Bundled to dist/cli.mjs by
// scripts/build-cli.mjs and started by bin/bounce-doctor.
import { readFileSync } from "node:fs";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { parseArgs, usage } from "./args";
import { jsonlRows, readableReport } from "./report";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return new Uint8Array(Buffer.concat(chunks));
}

const processIo: CliIo = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  readStdin: () => readAll(process.stdin),
};

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
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
    let bytes: Uint8Array;
    try {
      // Synchronous reads: for hundreds of small files the thread-pool round trips of
      // fs.promises cost more than the reads themselves.
      bytes = file === "-" ? await io.readStdin() : new Uint8Array(readFileSync(file));
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
    const diagnosis = await diagnose(bytes);
    const link = shareLinkForDiagnosis
      ? shareLinkForDiagnosis(diagnosis, { origin: options.origin })
      : undefined;
    if (options.jsonl)
      for (const row of jsonlRows(file, diagnosis, link)) out += JSON.stringify(row) + "\n";
    else out += readableReport(file, diagnosis, link) + "\n";
    if (out.length > 65_536) flush();
  }
  flush();
  return status;
}
