// Hostile input, in process: the shapes that once cost seconds each (lib/testing/hostile-shapes)
// at sizes up to the API's 1 MB limit, then a seeded fuzz of mutated bounces, each through what
// one /api/diagnose request computes (lib/server/diagnose-job: caps, diagnosis, result link).
// Prints per-shape worst times, then the last line:
//   inputs N crashes C p99-ms P max-ms M      (goals: C 0, P < 20, M < 500)
// Usage: npm run -s bench:hostile [-- --fuzz 100000 --seed 12]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runDiagnoseJob } from "@/lib/server/diagnose-job";
import { fuzzInput, random } from "@/lib/testing/hostile-fuzz";
import { HOSTILE_SHAPES } from "@/lib/testing/hostile-shapes";

const root = fileURLToPath(new URL("..", import.meta.url));
const ORIGIN = "http://localhost:3000";
const API_LIMIT = 1_000_000 - 100; // the body limit, less its JSON wrapping

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const n = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}
const FUZZ = flag("fuzz", 100_000);
const SEED = flag("seed", 12);

// Seeds: the project's own fixtures, plus the sisimai corpus when it is there (../shared).
function seeds(): string[] {
  const out: string[] = [];
  const fixtures = join(root, "lib/bounce/__fixtures__");
  for (const f of readdirSync(fixtures)) out.push(readFileSync(join(fixtures, f), "latin1"));
  const corpus = join(root, "../shared/corpus/sisimai-dev/emails");
  try {
    for (const f of readdirSync(corpus).filter((f) => f.endsWith(".eml")))
      out.push(readFileSync(join(corpus, f), "latin1"));
  } catch {
    // no corpus here: the fixtures alone
  }
  return out;
}

async function timed(text: string): Promise<{ ms: number; crashed: boolean }> {
  const started = performance.now();
  try {
    await runDiagnoseJob({ text, origin: ORIGIN });
    return { ms: performance.now() - started, crashed: false };
  } catch (error) {
    console.error(`crash: ${error instanceof Error ? error.name : typeof error}`);
    return { ms: performance.now() - started, crashed: true };
  }
}

const times: number[] = [];
let crashes = 0;

// Warm-up: the first diagnosis loads catalogs and compiles patterns.
await runDiagnoseJob({ text: "550 5.1.1 user unknown", origin: ORIGIN });

for (const [name, make] of Object.entries(HOSTILE_SHAPES)) {
  let worst = 0;
  for (const scale of [10_000, 100_000, 300_000, API_LIMIT]) {
    const { ms, crashed } = await timed(make(scale));
    times.push(ms);
    if (crashed) crashes++;
    worst = Math.max(worst, ms);
  }
  console.log(`shape ${name} worst-ms ${worst.toFixed(1)}`);
}

const rnd = random(SEED);
const seedTexts = seeds();
let fuzzWorst = 0;
const slowest: { i: number; ms: number; chars: number }[] = [];
for (let i = 0; i < FUZZ; i++) {
  const text = fuzzInput(seedTexts, rnd, API_LIMIT);
  const { ms, crashed } = await timed(text);
  times.push(ms);
  if (crashed) crashes++;
  fuzzWorst = Math.max(fuzzWorst, ms);
  if (ms > 100) slowest.push({ i, ms, chars: text.length });
  if ((i + 1) % 20_000 === 0) console.log(`fuzz ${i + 1} worst-ms ${fuzzWorst.toFixed(1)}`);
}

for (const s of slowest.sort((a, b) => b.ms - a.ms).slice(0, 5))
  console.log(`slow fuzz input ${s.i}: ${s.chars} chars, ${s.ms.toFixed(0)} ms`);
times.sort((a, b) => a - b);
const p99 = times[Math.min(times.length - 1, Math.floor(times.length * 0.99))]!;
console.log(
  `inputs ${times.length} crashes ${crashes} p99-ms ${p99.toFixed(2)} max-ms ${times[times.length - 1]!.toFixed(1)}`,
);
