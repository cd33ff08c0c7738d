// SPF macro strings (RFC 7208 §7): parsing into tokens, and expansion against a check's context.
//
//   macro-string = *( macro-expand / macro-literal )
//   macro-expand = ( "%{" macro-letter transformers *delimiter "}" ) / "%%" / "%_" / "%-"
//   macro-letter = "s" / "l" / "o" / "d" / "i" / "p" / "h" / "c" / "r" / "t" / "v"
//   transformers = *DIGIT [ "r" ]
//   delimiter    = "." / "-" / "+" / "," / "/" / "_" / "="
//
// "c", "r" and "t" are allowed only in explanation text (§7.1, §7.3), never in a domain-spec.

export type MacroLetter = "s" | "l" | "o" | "d" | "i" | "p" | "h" | "c" | "r" | "t" | "v";

export type MacroToken =
  | { kind: "literal"; text: string }
  | {
      kind: "macro";
      /** Lower-case letter; `upper` says the source used the capital (URL-escape the result). */
      letter: MacroLetter;
      upper: boolean;
      /** Keep this many right-hand parts (after reversal); undefined = all. */
      digits?: number;
      reverse: boolean;
      /** Delimiters to split on; "" means the default ".". */
      delimiters: string;
      /** Offset of the "%" in the macro string. */
      offset: number;
    };

export interface MacroSyntaxError {
  /** Offset inside the macro string. */
  offset: number;
  message: string;
}

export type MacroMode = "domain-spec" | "explanation";

const DOMAIN_LETTERS = new Set(["s", "l", "o", "d", "i", "p", "h", "v"]);
const EXPLAIN_ONLY_LETTERS = new Set(["c", "r", "t"]);
const DELIMITERS = new Set([".", "-", "+", ",", "/", "_", "="]);

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

/**
 * Tokenise a macro string. In "domain-spec" mode every character must be visible ASCII
 * (macro-literal = %x21-24 / %x26-7E); in "explanation" mode spaces are allowed too
 * (explain-string = *( macro-string / SP )). Returns the first syntax error, if any.
 */
export function parseMacroString(
  text: string,
  mode: MacroMode,
):
  { ok: true; tokens: MacroToken[]; literalTail: string } | { ok: false; error: MacroSyntaxError } {
  const tokens: MacroToken[] = [];
  // Offset just after the last macro-expand ("%{...}", "%%", "%_", "%-"): what follows is the
  // literal tail that a domain-spec's domain-end is checked against.
  let lastExpandEnd = 0;
  let literal = "";
  const flush = () => {
    if (literal) tokens.push({ kind: "literal", text: literal });
    literal = "";
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    const code = c.charCodeAt(0);
    if (c !== "%") {
      const allowed =
        mode === "explanation" ? code >= 0x20 && code <= 0x7e : code >= 0x21 && code <= 0x7e;
      if (!allowed) {
        return {
          ok: false,
          error: { offset: i, message: `character ${describeChar(c)} is not allowed here` },
        };
      }
      literal += c;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === "%" || next === "_" || next === "-") {
      literal += next === "%" ? "%" : next === "_" ? " " : "%20";
      i += 2;
      lastExpandEnd = i;
      continue;
    }
    if (next !== "{") {
      return {
        ok: false,
        error: {
          offset: i,
          message: `a "%" must be followed by "{", "%", "_" or "-" (write "%%" for a literal percent sign)`,
        },
      };
    }
    // %{ letter digits [r] delimiters }
    const start = i;
    let j = i + 2;
    const letterChar = text[j];
    if (letterChar === undefined)
      return { ok: false, error: { offset: start, message: `unterminated macro "%{"` } };
    const letter = letterChar.toLowerCase();
    if (!DOMAIN_LETTERS.has(letter) && !EXPLAIN_ONLY_LETTERS.has(letter)) {
      return {
        ok: false,
        error: {
          offset: j,
          message: `unknown macro letter "${letterChar}" (allowed: s l o d i p h v, and c r t in explanations)`,
        },
      };
    }
    if (mode === "domain-spec" && EXPLAIN_ONLY_LETTERS.has(letter)) {
      return {
        ok: false,
        error: {
          offset: j,
          message: `macro letter "${letterChar}" is allowed only in explanation text (exp= TXT records)`,
        },
      };
    }
    j++;
    let digitsText = "";
    // Bounded: a domain name has at most 127 labels, so more than 3 digits is nonsense.
    while (isDigit(text[j]) && digitsText.length < 4) digitsText += text[j++];
    if (isDigit(text[j]))
      return { ok: false, error: { offset: j, message: "macro label count is too large" } };
    let digits: number | undefined;
    if (digitsText) {
      digits = Number(digitsText);
      if (digits === 0)
        return {
          ok: false,
          error: { offset: j - digitsText.length, message: "macro label count must not be zero" },
        };
    }
    let reverse = false;
    if (text[j] === "r" || text[j] === "R") {
      reverse = true;
      j++;
    }
    let delimiters = "";
    while (text[j] !== undefined && DELIMITERS.has(text[j] as string)) delimiters += text[j++];
    if (text[j] !== "}") {
      return {
        ok: false,
        error: {
          offset: j,
          message:
            text[j] === undefined
              ? `unterminated macro "${text.slice(start, j)}"`
              : `unexpected ${describeChar(text[j] as string)} in macro (expected "}")`,
        },
      };
    }
    flush();
    tokens.push({
      kind: "macro",
      letter: letter as MacroLetter,
      upper: letterChar !== letter,
      digits,
      reverse,
      delimiters,
      offset: start,
    });
    i = j + 1;
    lastExpandEnd = i;
  }
  flush();
  return { ok: true, tokens, literalTail: text.slice(lastExpandEnd) };
}

export function describeChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20 || code === 0x7f)
    return `control character 0x${code.toString(16).padStart(2, "0").toUpperCase()}`;
  if (code > 0x7e)
    return `non-ASCII character U+${code.toString(16).padStart(4, "0").toUpperCase()}`;
  if (c === " ") return "space";
  return `"${c}"`;
}

/** True when the macro string uses one of these letters (e.g. to know a term depends on the IP). */
export function usesMacroLetters(tokens: MacroToken[], letters: readonly MacroLetter[]): boolean {
  return tokens.some((t) => t.kind === "macro" && letters.includes(t.letter));
}

/**
 * RFC 7208 §7.3 transformers: split on the delimiters (default "."), optionally reverse, keep the
 * rightmost `digits` parts, join with ".".
 */
export function transformMacroValue(
  value: string,
  token: Extract<MacroToken, { kind: "macro" }>,
): string {
  const delims = token.delimiters || ".";
  let parts: string[] = [];
  let current = "";
  for (const ch of value) {
    if (delims.includes(ch)) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  if (token.reverse) parts = parts.reverse();
  if (token.digits !== undefined && token.digits < parts.length)
    parts = parts.slice(parts.length - token.digits);
  return parts.join(".");
}

/** RFC 7208 §7.3: upper-case macros are URL-escaped; unreserved = ALPHA / DIGIT / "-" / "." / "_" / "~". */
export function urlEscape(value: string): string {
  let out = "";
  for (const byte of new TextEncoder().encode(value)) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-._~]/.test(c)) out += c;
    else out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** Supplies each macro letter's value; `p` may need DNS, hence async. */
export type MacroValues = (letter: MacroLetter) => string | Promise<string>;

export async function expandMacroTokens(
  tokens: MacroToken[],
  values: MacroValues,
): Promise<string> {
  let out = "";
  for (const t of tokens) {
    if (t.kind === "literal") {
      out += t.text;
      continue;
    }
    const transformed = transformMacroValue(await values(t.letter), t);
    out += t.upper ? urlEscape(transformed) : transformed;
  }
  return out;
}
