// A regular expression's required literal, as a cheap gate before running it: when the text
// does not contain the literal (indexOf, or on the lower-cased text for an /i pattern), the
// pattern cannot match and is not run. Used where many patterns are tried over the same text
// and most of them do not match (MTA signatures, the phrase catalog).
import { holdsLiteral, literal as prepareLiteral, type Literal } from "./find-literal";
import { literalGrams, type GramSet } from "./gram-set";

/** Whether `\` + ch in a pattern source stands for ch itself: an ASCII punctuation character. */
function isEscapedLiteral(ch: string | undefined): boolean {
  return ch !== undefined && /^[!-/:-@[-`{-~]$/.test(ch);
}

/**
 * The longest run of literal characters that every match of a source contains, read at nesting
 * depth 0, skipping escapes, classes, groups and quantified characters; with
 * `escapedPunctuation`, an escaped punctuation character (`\.`) is the character itself. ""
 * when none is certain, and when the source has a top-level alternation.
 */
function longestLiteral(src: string, escapedPunctuation: boolean): string {
  let depth = 0;
  let best = "";
  let run = "";
  const flush = () => {
    if (run.length > best.length) best = run;
    run = "";
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] ?? "";
    if (ch === "\\") {
      const next = src[i + 1] ?? "";
      i++;
      if (escapedPunctuation && depth === 0 && isEscapedLiteral(next)) run += next;
      else flush();
      continue;
    }
    if (ch === "[") {
      flush();
      while (i < src.length && src[i] !== "]") i += src[i] === "\\" ? 2 : 1;
      continue;
    }
    if (ch === "(") {
      flush();
      depth++;
      continue;
    }
    if (ch === ")") {
      depth--;
      continue;
    }
    if (depth > 0) continue;
    if (ch === "|") return "";
    if (ch === "?" || ch === "*" || ch === "+" || ch === "{") {
      // The character before a quantifier is optional or repeated: not part of a fixed run.
      run = run.slice(0, -1);
      flush();
      if (ch === "{") while (i < src.length && src[i] !== "}") i++;
      continue;
    }
    if (ch === "." || ch === "^" || ch === "$") {
      flush();
      continue;
    }
    run += ch;
  }
  flush();
  return best;
}

/**
 * The longest run of literal characters that every match of `re` contains, as written in its
 * source (longestLiteral: escapes skipped, or with `escapedPunctuation` an escaped punctuation
 * character taken as itself). "" when none is certain.
 */
export function literalRun(re: RegExp, escapedPunctuation = false): string {
  return longestLiteral(re.source, escapedPunctuation);
}

/** A pattern with its gate: the literal every match holds (lower case for an /i pattern). */
export interface GatedPattern {
  re: RegExp;
  literal: string;
  ignoreCase: boolean;
  /**
   * The grams of the literal in lower case when it is ASCII (a text holding the literal holds
   * them in its lower-cased copy), for a GramSet of the lower-cased text; empty otherwise.
   */
  grams: Int32Array;
  /** The literal prepared for indexOfLiteral (a faster includes, find-literal.ts). */
  find: Literal;
}

const ASCII = /^[\x20-\x7e]*$/;

/** The longest run of printable ASCII characters in s. */
function longestAsciiRun(s: string): string {
  let best = "";
  let from = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : -1;
    if (c >= 0x20 && c <= 0x7e) continue;
    if (i - from > best.length) best = s.slice(from, i);
    from = i + 1;
  }
  return best;
}

/**
 * The pattern with its gate. `escapedPunctuation`: an escaped punctuation character (`\.`,
 * `\[`) is read as itself (literalRun), which gives a gate to patterns whose only fixed
 * characters are escaped ("\[(?:ss|rbl)\]" gates on "[").
 */
export function gatePattern(re: RegExp, escapedPunctuation = false): GatedPattern {
  const literal = literalRun(re, escapedPunctuation);
  // Case-insensitively, only ASCII is certain to be found in the lower-cased text (Greek final
  // sigma, for one, lower-cases by context). A non-ASCII literal gates by its longest ASCII run
  // ("Diagnoseinformationen f" of "...für..."): without the u flag an ASCII character of the
  // pattern matches only an ASCII character, the same letter in either case, so the lower-cased
  // text holds the run in lower case wherever the pattern matches. (With u, the Kelvin sign
  // matches k: no such gate then.)
  const ascii = ASCII.test(literal);
  if (re.ignoreCase) {
    const unicode = re.unicode || re.flags.includes("v");
    const gate = (ascii ? literal : unicode ? "" : longestAsciiRun(literal)).toLowerCase();
    return {
      re,
      literal: gate,
      ignoreCase: true,
      grams: literalGrams(gate),
      find: prepareLiteral(gate),
    };
  }
  const grams = ascii ? literalGrams(literal.toLowerCase()) : new Int32Array(0);
  return { re, literal, ignoreCase: false, grams, find: prepareLiteral(literal) };
}

/**
 * Whether the pattern matches the text. `lower` is text.toLowerCase(), computed once by the
 * caller for all patterns: an /i pattern's ASCII literal occurs in it wherever the pattern
 * matches (without the u flag, a non-ASCII character never matches an ASCII one). `grams`,
 * when given, holds the grams of `lower`: a literal whose grams it lacks is not searched for.
 */
export function gatedTest(g: GatedPattern, text: string, lower: string, grams?: GramSet): boolean {
  if (g.literal) {
    if (grams && !grams.mayHold(g.grams)) return false;
    if (!holdsLiteral(g.ignoreCase ? lower : text, g.find)) return false;
  }
  g.re.lastIndex = 0;
  return g.re.test(text);
}

/**
 * The top-level branches of a pattern's source (`a|b(c|d)` gives `a` and `b(c|d)`), or the
 * whole source as one branch.
 */
export function topLevelBranches(src: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === "\\") i++;
    else if (ch === "[") {
      i++;
      while (i < src.length && src[i] !== "]") i += src[i] === "\\" ? 2 : 1;
    } else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth === 0) {
      branches.push(src.slice(from, i));
      from = i + 1;
    }
  }
  branches.push(src.slice(from));
  return branches;
}

/**
 * For a pattern that is an alternation at its top level (`icloud\.com|me\.com`), which
 * literalRun cannot gate: the grams of each branch's literal in lower case, for a GramSet
 * loaded with the lower-cased text. A text whose grams hold none of them cannot match. null when the
 * pattern has one branch, or a branch has no ASCII literal of a gram's length (nothing to gate).
 */
export function branchGrams(re: RegExp): Int32Array[] | null {
  const branches = topLevelBranches(re.source);
  if (branches.length < 2) return null;
  const out: Int32Array[] = [];
  for (const branch of branches) {
    // A branch has no top-level alternation; an escaped dot in it is a dot.
    const literal = longestLiteral(branch, true);
    if (!ASCII.test(literal)) return null;
    const grams = literalGrams(literal.toLowerCase());
    if (grams.length === 0) return null;
    out.push(grams);
  }
  return out;
}

/** A quantifier starts here: the atom before it is optional or repeated. */
function isQuantifier(ch: string | undefined): boolean {
  return ch === "?" || ch === "*" || ch === "+" || ch === "{";
}

/** A character that stands for itself in a pattern source (outside a class). */
function isPlain(ch: string): boolean {
  return !"\\[]().^$|?*+{}".includes(ch);
}

/**
 * The literal run that starts at src[i] (plain characters, an escaped punctuation character as
 * itself), up to the first other construct; a character a quantifier applies to is not in it.
 */
function runAt(src: string, i: number): string {
  let run = "";
  for (; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === "\\" && isEscapedLiteral(src[i + 1])) {
      if (isQuantifier(src[i + 2])) break;
      run += src[i + 1];
      i++;
      continue;
    }
    if (!isPlain(ch)) break;
    if (isQuantifier(src[i + 1])) break;
    run += ch;
  }
  return run;
}

/**
 * The branches of a group's body when each is a plain literal (`icloud|me|mac`), else null.
 * An escaped punctuation character is itself; anything else (a class, a group, a quantifier)
 * makes the body no list of literals.
 */
function literalBranches(body: string): string[] | null {
  const out: string[] = [];
  for (const branch of body.split("|")) {
    let literal = "";
    for (let i = 0; i < branch.length; i++) {
      const ch = branch[i]!;
      if (ch === "\\" && isEscapedLiteral(branch[i + 1])) {
        literal += branch[++i];
        continue;
      }
      if (!isPlain(ch)) return null;
      literal += ch;
    }
    out.push(literal);
  }
  return out;
}

/**
 * What every match of a pattern holds, as gates for a GramSet of the lower-cased text: a list of
 * requirements, each a list of literals' grams one of which the text must hold. Every literal
 * run at the pattern's top level is one requirement of its own (a pattern's gate, gatePattern,
 * is only its longest run); a group at the top level, not quantified, whose branches are plain
 * literals (`(?:icloud|me|mac)\.com`) is one requirement whose choices are each branch with the
 * run after the group. Only ASCII literals of a gram's length or more gate (a shorter one, or a
 * requirement with such a choice, is left out); none for a pattern with a top-level alternation
 * (branchGrams gates that) or the u or v flag (without them an ASCII character of the pattern
 * matches an ASCII character only, in either case with /i, so the lower-cased text holds the
 * literal in lower case wherever the pattern matches).
 */
export function requiredGrams(re: RegExp): Int32Array[][] {
  if (re.unicode || re.flags.includes("v")) return [];
  const src = re.source;
  const out: Int32Array[][] = [];
  const add = (choices: string[]) => {
    const grams: Int32Array[] = [];
    for (const literal of choices) {
      if (!ASCII.test(literal)) return;
      const g = literalGrams(literal.toLowerCase());
      if (g.length === 0) return;
      grams.push(g);
    }
    if (grams.length > 0) out.push(grams);
  };
  let depth = 0;
  /** Where the top-level group being read opened (its "("). */
  let groupStart = -1;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === "\\") {
      if (depth === 0 && isEscapedLiteral(src[i + 1])) {
        const run = runAt(src, i);
        if (run) {
          add([run]);
          i = skipRun(src, i, run.length) - 1;
          continue;
        }
      }
      i++;
      continue;
    }
    if (ch === "[") {
      i++;
      while (i < src.length && src[i] !== "]") i += src[i] === "\\" ? 2 : 1;
      continue;
    }
    if (ch === "(") {
      if (depth === 0) groupStart = i;
      depth++;
      continue;
    }
    if (ch === ")") {
      depth--;
      if (depth === 0 && groupStart !== -1) {
        const open = src.startsWith("(?:", groupStart) ? groupStart + 3 : groupStart + 1;
        // A lookaround or a named group ("(?=", "(?<name>") is not read; a quantified group may be absent.
        const plainGroup = src[open] !== "?" && !isQuantifier(src[i + 1]);
        const branches = plainGroup ? literalBranches(src.slice(open, i)) : null;
        if (branches && branches.length > 1) {
          const after = runAt(src, i + 1);
          add(branches.map((b) => b + after));
        }
        groupStart = -1;
      }
      continue;
    }
    if (ch === "{") {
      // A quantifier's bounds ("{3,}") are no literal.
      while (i < src.length && src[i] !== "}") i++;
      continue;
    }
    if (depth > 0) continue;
    if (ch === "|") return [];
    if (!isPlain(ch)) continue;
    const run = runAt(src, i);
    if (run) {
      add([run]);
      i = skipRun(src, i, run.length) - 1;
    }
  }
  return out;
}

/** Where a run of `length` literal characters that starts at src[i] ends in the source. */
function skipRun(src: string, i: number, length: number): number {
  for (let n = 0; n < length; n++) i += src[i] === "\\" ? 2 : 1;
  return i;
}
