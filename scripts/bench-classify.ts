// Speed: bin/bounce-doctor --jsonl over a corpus folder against Debian's Sisimai (Perl) over
// the same files, whole process each, several rounds; plus diagnose()'s in-process
// throughput. --repeat K passes the folder's files K times in one process run (K=10 on the dev
// corpus: 3,610 messages), so that start-up weighs what it weighs in a real batch.
// Usage: npm run -s bench:classify -- DIR [--repeat K] [--rounds R]   (DIR holds emails/*.eml)
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseBounce } from "@/lib/bounce/parse";
import { diagnose } from "@/lib/diagnosis/diagnose";

/** The value after `--name` on the command line, as a positive integer, or `fallback`. */
function intArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isInteger(v) && v > 0 ? v : fallback;
}

const ROUNDS = intArg("rounds", 5);
const REPEAT = intArg("repeat", 1);
const root = fileURLToPath(new URL("..", import.meta.url));

// One line per recipient, as our --jsonl does. Sisimai 4.25's API: Sisimai->make(path).
const SISIMAI_PROGRAM = `use strict; use warnings; use Sisimai;
for my $f (@ARGV) {
  my $v = Sisimai->make($f, 'delivered' => 1) || [];
  for my $e (@$v) { print join("\\t", $f, $e->recipient->address, $e->reason, $e->deliverystatus, $e->replycode), "\\n"; }
}
`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

// GNU time reports the child's user+sys CPU seconds: less noisy than wall time on a shared machine.
const GNU_TIME = "/usr/bin/time";
const hasGnuTime = existsSync(GNU_TIME);
const CPU_MARK = "bench-cpu:";

function timeRun(
  cmd: string,
  args: string[],
): { seconds: number; cpu: number | null; peakMb: number | null; lines: number; ok: boolean } {
  const [file, argv] = hasGnuTime
    ? [GNU_TIME, ["-f", `${CPU_MARK}%U %S %M`, cmd, ...args]]
    : [cmd, args];
  const t0 = process.hrtime.bigint();
  const res = spawnSync(file, argv, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const mark = (res.stderr ?? "").split("\n").find((l) => l.startsWith(CPU_MARK));
  const fields = mark ? mark.slice(CPU_MARK.length).split(" ").map(Number) : null;
  const cpu = fields ? (fields[0] ?? 0) + (fields[1] ?? 0) : null;
  // GNU time's %M: the largest resident set size, in kilobytes.
  const peakMb = fields && fields[2] !== undefined ? fields[2] / 1024 : null;
  return {
    seconds,
    cpu,
    peakMb,
    lines: (res.stdout ?? "").split("\n").filter(Boolean).length,
    ok: res.status === 0,
  };
}

function cpuSummary(cpu: (number | null)[]): string {
  const known = cpu.filter((c): c is number => c !== null);
  return known.length === 0
    ? ""
    : `; CPU user+sys median ${median(known).toFixed(3)} s (best ${Math.min(...known).toFixed(3)})`;
}

async function main(): Promise<number> {
  const dir = process.argv
    .slice(2)
    .find((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"));
  if (!dir || !existsSync(join(dir, "emails"))) {
    console.log(
      `bench:classify: corpus folder ${dir ? `${dir}/emails` : "(none given)"} not found; nothing to measure.`,
    );
    console.log(
      "Usage: npm run -s bench:classify -- DIR   (DIR/emails/*.eml, e.g. ../shared/corpus/sisimai-dev)",
    );
    return 0;
  }
  const folder = readdirSync(join(dir, "emails"))
    .filter((f) => f.endsWith(".eml"))
    .sort()
    .map((f) => join(dir, "emails", f));
  const files = Array.from({ length: REPEAT }, () => folder).flat();
  console.log(
    `corpus: ${folder.length} messages in ${dir}/emails, ${REPEAT} time(s): ${files.length} messages per run`,
  );

  const bin = join(root, "bin/bounce-doctor");
  // Always rebuilt (esbuild, under a second): a dist/cli.mjs left from older sources would
  // time code that is no longer the project's.
  const build = spawnSync("node", [join(root, "scripts/build-cli.mjs")], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("npm run build:cli failed");
  // bin/bounce-doctor starts from the start-up snapshot when the build made one (lib/cli/snapshot-main.ts).
  const blob = join(root, "dist/cli.blob");
  const hasBlob = existsSync(blob);
  console.log(
    hasBlob
      ? `start-up snapshot: dist/cli.blob, ${(statSync(blob).size / 1024 / 1024).toFixed(1)} MB (BOUNCE_DOCTOR_SNAPSHOT=0 runs without it)`
      : "start-up snapshot: none (the build made no dist/cli.blob): runs from dist/cli.mjs",
  );

  const perlDir = mkdtempSync(join(tmpdir(), "bench-sisimai-"));
  const perlProgram = join(perlDir, "sisimai.pl");
  writeFileSync(perlProgram, SISIMAI_PROGRAM);
  const hasSisimai = spawnSync("perl", ["-MSisimai", "-e", "1"]).status === 0;

  const ours: number[] = [];
  const theirs: number[] = [];
  const ourCpu: (number | null)[] = [];
  const theirCpu: (number | null)[] = [];
  const ourPeak: number[] = [];
  const theirPeak: number[] = [];
  let ourOk = true;
  let ourLines = 0;
  let theirLines = 0;
  // Interleaved rounds so that load from other processes falls on both alike.
  for (let round = 0; round < ROUNDS; round++) {
    const a = timeRun(bin, ["--jsonl", ...files]);
    ours.push(a.seconds);
    ourCpu.push(a.cpu);
    if (a.peakMb !== null) ourPeak.push(a.peakMb);
    ourLines = a.lines;
    ourOk &&= a.ok;
    if (hasSisimai) {
      const b = timeRun("perl", [perlProgram, ...files]);
      theirs.push(b.seconds);
      theirCpu.push(b.cpu);
      if (b.peakMb !== null) theirPeak.push(b.peakMb);
      theirLines = b.lines;
    }
  }
  rmSync(perlDir, { recursive: true, force: true });
  const ourMedian = median(ours);
  if (!ourOk)
    console.log("warning: bin/bounce-doctor exited with an error; its time is not a fair figure.");
  console.log(
    `bounce-doctor --jsonl: median ${ourMedian.toFixed(3)} s over ${ROUNDS} rounds (${ours.map((s) => s.toFixed(3)).join(", ")}), ${ourLines} lines${cpuSummary(ourCpu)}`,
  );
  if (hasSisimai) {
    const theirMedian = median(theirs);
    console.log(
      `Sisimai (perl):        median ${theirMedian.toFixed(3)} s over ${ROUNDS} rounds (${theirs.map((s) => s.toFixed(3)).join(", ")}), ${theirLines} lines${cpuSummary(theirCpu)}`,
    );
    console.log(
      `ratio: Sisimai / bounce-doctor = ${(theirMedian / ourMedian).toFixed(2)}x wall (goal: at least 3x)`,
    );
    const ourKnown = ourCpu.filter((c): c is number => c !== null);
    const theirKnown = theirCpu.filter((c): c is number => c !== null);
    if (ourKnown.length > 0 && theirKnown.length > 0)
      console.log(
        `ratio: Sisimai / bounce-doctor = ${(median(theirKnown) / median(ourKnown)).toFixed(2)}x CPU time (user+sys) (goal: at least 5x)`,
      );
    if (ourPeak.length > 0 && theirPeak.length > 0)
      console.log(
        `peak memory (max RSS): bounce-doctor ${Math.max(...ourPeak).toFixed(0)} MB (goal: under 80 MB), Sisimai ${Math.max(...theirPeak).toFixed(0)} MB`,
      );
  } else {
    console.log("Sisimai is not installed, so there is nothing to compare with. Install it with:");
    console.log("  apt-get install -y libsisimai-perl");
  }

  // Start-up: bin/bounce-doctor on one short line, 20 runs (what a single paste costs); with a
  // start-up snapshot, also without it (interleaved), to show what it saves.
  const ways = hasBlob ? ["1", "0"] : ["1"];
  const startWall = new Map(ways.map((w) => [w, [] as number[]]));
  const startCpu = new Map(ways.map((w) => [w, [] as number[]]));
  for (let run = 0; run < 20; run++)
    for (const way of ways) {
      const [file, argv] = hasGnuTime
        ? [GNU_TIME, ["-f", `${CPU_MARK}%U %S %M`, bin, "-"]]
        : [bin, ["-"]];
      const t0 = process.hrtime.bigint();
      const res = spawnSync(file, argv, {
        encoding: "utf8",
        input: "550 5.1.1 User unknown\n",
        env: { ...process.env, BOUNCE_DOCTOR_SNAPSHOT: way },
      });
      startWall.get(way)!.push(Number(process.hrtime.bigint() - t0) / 1e6);
      const mark = (res.stderr ?? "").split("\n").find((l) => l.startsWith(CPU_MARK));
      const fields = mark ? mark.slice(CPU_MARK.length).split(" ").map(Number) : null;
      if (fields) startCpu.get(way)!.push(((fields[0] ?? 0) + (fields[1] ?? 0)) * 1000);
    }
  for (const way of ways) {
    const wall = startWall.get(way)!;
    const cpu = startCpu.get(way)!;
    console.log(
      `start-up, one short line${way === "0" ? " (without the snapshot)" : ""}: median ${median(wall).toFixed(0)} ms wall over 20 runs (best ${Math.min(...wall).toFixed(0)})${cpu.length > 0 ? `; CPU median ${median(cpu).toFixed(0)} ms` : ""}`,
    );
  }

  // In-process: diagnose() over the same batch, after one warm-up pass.
  const once = new Map(folder.map((f) => [f, new Uint8Array(readFileSync(f))]));
  const bytes = files.map((f) => once.get(f)!);
  for (const b of bytes) await diagnose(b);
  const rounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now();
    for (const b of bytes) await diagnose(b);
    rounds.push((performance.now() - t0) / 1000);
  }
  const inProcess = median(rounds);
  console.log(
    `in-process diagnose(): ${(bytes.length / inProcess).toFixed(0)} messages/s (median of ${ROUNDS} passes of ${bytes.length}, ${(inProcess * 1000).toFixed(0)} ms per pass; goal: at least 10,000)`,
  );
  // The checks' evidence (IPs, hosts, domains, zones) is found when first read
  // (lib/bounce/evidence.ts): the classifier and --jsonl never read it, the page and the API
  // do. The same passes with it read, so that the figure above is not taken for the page's.
  const withEvidenceRounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now();
    for (const b of bytes) {
      const d = await diagnose(b);
      if (d.parsed.ips.length < 0) throw new Error("unreachable");
    }
    withEvidenceRounds.push((performance.now() - t0) / 1000);
  }
  const withEvidence = median(withEvidenceRounds);
  console.log(
    `in-process diagnose() with the checks' evidence read (what the page and the API do): ${(bytes.length / withEvidence).toFixed(0)} messages/s`,
  );
  // Where the in-process time goes: parsing alone over the same batch, the rest (classifying and
  // building the diagnosis) by difference. Parsing is most of it: say so with figures.
  const parseRounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now();
    for (const b of bytes) await parseBounce(b);
    parseRounds.push((performance.now() - t0) / 1000);
  }
  const parseOnly = median(parseRounds);
  const perMessage = (seconds: number) => ((seconds / bytes.length) * 1e6).toFixed(1);
  console.log(
    `in-process phases: parse ${perMessage(parseOnly)} us a message, classify and diagnosis ${perMessage(Math.max(0, inProcess - parseOnly))} us (of ${perMessage(inProcess)} us)`,
  );
  console.log(
    `in-process peak RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB (this bench process, tsx included)`,
  );
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`bench:classify: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
