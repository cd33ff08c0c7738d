// Speed: bin/bounce-doctor --jsonl over a corpus folder against Debian's Sisimai (Perl) over
// the same files, whole process each, several rounds; plus diagnose()'s in-process
// throughput. Usage: npm run -s bench:classify -- DIR   (DIR holds emails/*.eml)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { diagnose } from "@/lib/diagnosis/diagnose";

const ROUNDS = 5;
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
): { seconds: number; cpu: number | null; lines: number; ok: boolean } {
  const [file, argv] = hasGnuTime
    ? [GNU_TIME, ["-f", `${CPU_MARK}%U %S`, cmd, ...args]]
    : [cmd, args];
  const t0 = process.hrtime.bigint();
  const res = spawnSync(file, argv, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const mark = (res.stderr ?? "").split("\n").find((l) => l.startsWith(CPU_MARK));
  const cpu = mark
    ? mark
        .slice(CPU_MARK.length)
        .split(" ")
        .reduce((sum, x) => sum + Number(x), 0)
    : null;
  return {
    seconds,
    cpu,
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
  const dir = process.argv[2];
  if (!dir || !existsSync(join(dir, "emails"))) {
    console.log(
      `bench:classify: corpus folder ${dir ? `${dir}/emails` : "(none given)"} not found; nothing to measure.`,
    );
    console.log(
      "Usage: npm run -s bench:classify -- DIR   (DIR/emails/*.eml, e.g. ../shared/corpus/sisimai-dev)",
    );
    return 0;
  }
  const files = readdirSync(join(dir, "emails"))
    .filter((f) => f.endsWith(".eml"))
    .sort()
    .map((f) => join(dir, "emails", f));
  console.log(`corpus: ${files.length} messages in ${dir}/emails`);

  const bin = join(root, "bin/bounce-doctor");
  if (!existsSync(join(root, "dist/cli.mjs"))) {
    const build = spawnSync("node", [join(root, "scripts/build-cli.mjs")], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("npm run build:cli failed");
  }

  const perlDir = mkdtempSync(join(tmpdir(), "bench-sisimai-"));
  const perlProgram = join(perlDir, "sisimai.pl");
  writeFileSync(perlProgram, SISIMAI_PROGRAM);
  const hasSisimai = spawnSync("perl", ["-MSisimai", "-e", "1"]).status === 0;

  const ours: number[] = [];
  const theirs: number[] = [];
  const ourCpu: (number | null)[] = [];
  const theirCpu: (number | null)[] = [];
  let ourOk = true;
  let ourLines = 0;
  let theirLines = 0;
  // Interleaved rounds so that load from other processes falls on both alike.
  for (let round = 0; round < ROUNDS; round++) {
    const a = timeRun(bin, ["--jsonl", ...files]);
    ours.push(a.seconds);
    ourCpu.push(a.cpu);
    ourLines = a.lines;
    ourOk &&= a.ok;
    if (hasSisimai) {
      const b = timeRun("perl", [perlProgram, ...files]);
      theirs.push(b.seconds);
      theirCpu.push(b.cpu);
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
        `ratio: Sisimai / bounce-doctor = ${(median(theirKnown) / median(ourKnown)).toFixed(2)}x CPU time (user+sys)`,
      );
  } else {
    console.log("Sisimai is not installed, so there is nothing to compare with. Install it with:");
    console.log("  apt-get install -y libsisimai-perl");
  }

  // In-process: diagnose() over the corpus, after one warm-up pass.
  const bytes = files.map((f) => new Uint8Array(readFileSync(f)));
  for (const b of bytes) await diagnose(b);
  const rounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now();
    for (const b of bytes) await diagnose(b);
    rounds.push((performance.now() - t0) / 1000);
  }
  const inProcess = median(rounds);
  console.log(
    `in-process diagnose(): ${(bytes.length / inProcess).toFixed(0)} messages/s (median of ${ROUNDS} passes, ${(inProcess * 1000).toFixed(0)} ms per pass)`,
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
