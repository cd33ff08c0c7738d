// The seeded fuzz of scripts/bench-hostile.ts: bounces mutated with the structures the parsers
// look for (part headers, boundaries, DSN fields, folds, markers), runs of them, cuts, long lines
// and stray bytes. Deterministic for a seed, so that a slow input can be found again by number.

/** mulberry32: a small seeded generator, so that a run can be repeated exactly. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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

/** One fuzz input: a seed text (chosen with `rnd`) mutated one to four times, at most `limit` long. */
export function fuzzInput(seeds: string[], rnd: () => number, limit: number): string {
  return mutate(seeds[Math.floor(rnd() * seeds.length)]!, rnd, limit);
}

export function mutate(seed: string, rnd: () => number, limit: number): string {
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
  return text.length > limit ? text.slice(0, limit) : text;
}
