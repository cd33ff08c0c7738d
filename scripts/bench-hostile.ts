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

/** mulberry32: a small seeded generator, so that a run can be repeated exactly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

// Pieces a mutation inserts: the structures the parsers look for, and the bytes they should shrug off.
const PIECES = [
  "Content-Type: message/rfc822\n",
  "Content-Type: message/delivery-status\n",
  'Content-Type: multipart/report; boundary="zz"\n',
  "--zz\n",
  "Final-Recipient: rfc822; x@example.com\n",
  "Diagnostic-Code: smtp; 550 5.7.1 blocked\n",
  " folded continuation\n",
  "Status: 5.1.1\n",
  "--- Below this line is a copy of the message.\n",
  "Content-Transfer-Encoding: base64\n",
  "Content-Transfer-Encoding: quoted-printable\n",
  "=?utf-8?B?w6k=?= ",
  "\u001b]0;title\u0007",
  "\u0000\u0001\ufffd",
  "<a@b.example>",
  "[203.0.113.7]",
  "zen.spamhaus.org",
  "550-5.7.26 ",
  "\r\n",
  "=\n",
];

function mutate(seed: string, rnd: () => number): string {
  let text = seed;
  const steps = 1 + Math.floor(rnd() * 4);
  for (let s = 0; s < steps; s++) {
    const at = Math.floor(rnd() * (text.length + 1));
    const kind = Math.floor(rnd() * 7);
    if (kind === 0) {
      text = text.slice(0, at) + PIECES[Math.floor(rnd() * PIECES.length)]! + text.slice(at);
    } else if (kind === 1) {
      // A piece repeated: the runs that made steps quadratic.
      const piece = PIECES[Math.floor(rnd() * PIECES.length)]!;
      // Mostly short runs, now and then thousands (rnd()^4 leans small).
      const times = Math.floor(rnd() ** 4 * 4_000) + 2;
      text = text.slice(0, at) + piece.repeat(times) + text.slice(at);
    } else if (kind === 2) {
      text = text.slice(0, at) + text.slice(at + Math.floor(rnd() * 400));
    } else if (kind === 3) {
      const end = Math.min(text.length, at + Math.floor(rnd() * 200));
      const line = text.slice(at, end);
      text = text.slice(0, end) + line.repeat(Math.floor(rnd() * 50)) + text.slice(end);
    } else if (kind === 4) {
      const chars = Array.from({ length: 1 + Math.floor(rnd() * 40) }, () =>
        String.fromCharCode(Math.floor(rnd() * (rnd() < 0.8 ? 128 : 0x2100))),
      ).join("");
      text = text.slice(0, at) + chars + text.slice(at);
    } else if (kind === 5) {
      text = text.slice(0, at);
    } else {
      // A long line with no break.
      text = text.slice(0, at) + "x".repeat(Math.floor(rnd() ** 4 * 50_000)) + text.slice(at);
    }
  }
  return text.length > API_LIMIT ? text.slice(0, API_LIMIT) : text;
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
for (let i = 0; i < FUZZ; i++) {
  const text = mutate(seedTexts[Math.floor(rnd() * seedTexts.length)]!, rnd);
  const { ms, crashed } = await timed(text);
  times.push(ms);
  if (crashed) crashes++;
  fuzzWorst = Math.max(fuzzWorst, ms);
  if ((i + 1) % 20_000 === 0) console.log(`fuzz ${i + 1} worst-ms ${fuzzWorst.toFixed(1)}`);
}

times.sort((a, b) => a - b);
const p99 = times[Math.min(times.length - 1, Math.floor(times.length * 0.99))]!;
console.log(
  `inputs ${times.length} crashes ${crashes} p99-ms ${p99.toFixed(2)} max-ms ${times[times.length - 1]!.toFixed(1)}`,
);
