// The 4-character grams a text holds, as a gate before many literal searches over the same
// text: a literal with a gram the text lacks cannot occur in it, so its indexOf is skipped.
// Loading is one pass over the char codes with a rolling hash; the table is reused from text
// to text (generation stamps), so nothing is allocated per text.

const GRAM = 4;
const TABLE_BITS = 16;
const TABLE_MASK = (1 << TABLE_BITS) - 1;

function gramHash(s: string, i: number): number {
  const h =
    s.charCodeAt(i) * 29791 +
    s.charCodeAt(i + 1) * 961 +
    s.charCodeAt(i + 2) * 31 +
    s.charCodeAt(i + 3);
  return (Math.imul(h, 0x9e3779b1) >>> (32 - TABLE_BITS)) & TABLE_MASK;
}

/**
 * The distinct gram hashes of a literal: all must be in a text that contains it. Empty for a
 * literal shorter than a gram (it gates nothing).
 */
export function literalGrams(literal: string): Int32Array {
  const out: number[] = [];
  for (let i = 0; i + GRAM <= literal.length; i++) {
    const h = gramHash(literal, i);
    if (!out.includes(h)) out.push(h);
  }
  return Int32Array.from(out);
}

export class GramSet {
  private readonly stamp = new Uint32Array(1 << TABLE_BITS);
  private generation = 0;

  load(text: string): void {
    this.generation++;
    if (this.generation === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    const g = this.generation;
    const end = text.length - GRAM;
    if (end < 0) return;
    const stamp = this.stamp;
    // gramHash's polynomial, rolled along the text: one character read per position.
    let h =
      text.charCodeAt(0) * 29791 +
      text.charCodeAt(1) * 961 +
      text.charCodeAt(2) * 31 +
      text.charCodeAt(3);
    for (let i = 0; ; i++) {
      stamp[(Math.imul(h, 0x9e3779b1) >>> (32 - TABLE_BITS)) & TABLE_MASK] = g;
      if (i === end) break;
      h = (h - text.charCodeAt(i) * 29791) * 31 + text.charCodeAt(i + GRAM);
    }
  }

  /** False only when the loaded text certainly lacks a literal with these grams. */
  mayHold(grams: Int32Array): boolean {
    const g = this.generation;
    for (let k = 0; k < grams.length; k++) if (this.stamp[grams[k]!] !== g) return false;
    return true;
  }
}
