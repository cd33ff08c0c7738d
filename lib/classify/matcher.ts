// Precompiled signature matchers: built once at module load, then each diagnostic is a few
// hundred indexOf calls on a short string.
import type { Needle, Signature } from "@/lib/knowledge/signatures";

export interface CompiledSignature {
  sig: Signature;
  tier: 1 | 2;
  any: readonly Needle[];
  all: readonly Needle[];
  none: readonly Needle[];
}

export interface NeedleHit {
  /** The matched text, as it appears in the normalised string. */
  text: string;
  index: number;
}

export function compileSignatures(list: readonly Signature[], tier: 1 | 2): CompiledSignature[] {
  return list.map((sig) => ({
    sig,
    tier,
    any: sig.match.map(prepare),
    all: (sig.also ?? []).map(prepare),
    none: (sig.unless ?? []).map(prepare),
  }));
}

function prepare(n: Needle): Needle {
  if (typeof n === "string") return n.toLowerCase().replace(/\s+/g, " ");
  // Matching runs on lower-cased text; drop g/y so exec has no state.
  return new RegExp(n.source, n.flags.replace(/[gy]/g, ""));
}

export function findNeedle(hay: string, n: Needle): NeedleHit | null {
  if (typeof n === "string") {
    const i = hay.indexOf(n);
    return i < 0 ? null : { text: n, index: i };
  }
  const m = n.exec(hay);
  return m ? { text: m[0], index: m.index } : null;
}

export function statusFits(status: string | null, patterns: readonly string[] | undefined): boolean {
  if (!patterns) return true;
  if (!status) return false;
  return patterns.some((p) => (p.endsWith(".") ? status.startsWith(p) : status === p));
}

export function replyFits(code: number | null, c: Signature["replyCode"]): boolean {
  if (c === undefined) return true;
  if (code === null) return false;
  if (c === "4xx") return code >= 400 && code < 500;
  if (c === "5xx") return code >= 500 && code < 600;
  return c.includes(code);
}

/** The best hit of a signature in `hay`, or null when it does not match. */
export function matchSignature(c: CompiledSignature, hay: string, status: string | null, reply: number | null): NeedleHit | null {
  if (!statusFits(status, c.sig.status) || !replyFits(reply, c.sig.replyCode)) return null;
  let best: NeedleHit | null = null;
  for (const n of c.any) {
    const hit = findNeedle(hay, n);
    if (hit && (!best || hit.text.length > best.text.length)) best = hit;
  }
  if (!best) return null;
  for (const n of c.all) if (!findNeedle(hay, n)) return null;
  for (const n of c.none) if (findNeedle(hay, n)) return null;
  return best;
}
