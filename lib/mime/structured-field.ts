// Structured MIME header fields (RFC 2045 section 5.1, RFC 2183): `type/subtype; name=value`
// with quoted strings, RFC 822 comments and RFC 2231 continuations. Read by hand, one
// character at a time, so that no input can make it backtrack; the reading rules are the ones
// lib/bounce read with postal-mime before (lib/mime/read-mime.ts replaced it), so the same
// messages give the same parts.
import { decoderFor } from "./charsets";

export interface StructuredField {
  /** The value before the first `;`, lower-cased ("multipart/report"). */
  value: string;
  /** Parameters by lower-cased name; the first of a repeated name wins. */
  params: Map<string, string>;
}

const isBlank = (c: string) => c === " " || c === "\t";

/**
 * The field without its comments. A `(` opens a comment outside a quoted string, except inside
 * a parameter value where only one after white space does (`name=a(1).txt` keeps its
 * parentheses). An unclosed comment with a `;` after it is not a comment: the field is kept
 * whole, so that the parameters after it (the boundary) survive.
 */
export function withoutComments(field: string): string {
  let out = "";
  let depth = 0;
  let escaped = false;
  let quoted = false;
  let opened = -1;
  let inValue = false;
  let lastBlank = false;
  const keep = (c: string) => {
    out += c;
    lastBlank = isBlank(c);
  };
  for (let i = 0; i < field.length; i++) {
    const c = field[i]!;
    if (escaped) {
      if (depth === 0) keep(c);
      escaped = false;
      continue;
    }
    if (c === "\\") {
      escaped = true;
      if (depth === 0) keep(c);
      continue;
    }
    if (c === '"' && depth === 0) {
      quoted = !quoted;
      keep(c);
      continue;
    }
    if (!quoted) {
      if (c === "(" && (!inValue || out.length === 0 || lastBlank)) {
        if (depth === 0) opened = i;
        depth++;
        continue;
      }
      if (c === ")" && depth > 0) {
        depth--;
        continue;
      }
      if (depth === 0) {
        if (c === "=") inValue = true;
        else if (c === ";") inValue = false;
      }
    }
    if (depth === 0) keep(c);
  }
  if (depth === 0) return out;
  return field.indexOf(";", opened) < 0 ? out : field;
}

/** Characters after which the plain reading (readPlainField) does not apply. */
const NOT_PLAIN = /["(\\*]/;
/** Characters after which the quoted reading (readQuotedField) does not apply. */
const NOT_QUOTED = /[(\\*]/;

/** Reads a structured field: its value and parameters (RFC 2231 sections joined and decoded). */
export function readStructuredField(field: string): StructuredField {
  if (!NOT_PLAIN.test(field)) return readPlainField(field);
  return (!NOT_QUOTED.test(field) && readQuotedField(field)) || readFieldByCharacter(field);
}

/**
 * A field without quotes, comments, escapes or RFC 2231 sections (`text/plain; charset=utf-8`,
 * most of them): split at `;` and `=`, which reads it as readFieldByCharacter does.
 */
function readPlainField(field: string): StructuredField {
  const params = new Map<string, string>();
  const segments = field.split(";");
  for (let k = 1; k < segments.length; k++) {
    const segment = segments[k]!;
    const eq = segment.indexOf("=");
    const name = (eq < 0 ? segment : segment.slice(0, eq)).trim().toLowerCase();
    if (eq < 0 && !name) continue;
    if (!params.has(name)) params.set(name, eq < 0 ? "" : trimBlanks(segment.slice(eq + 1)));
  }
  return { value: trimBlanks(segments[0]!).toLowerCase(), params };
}

/** Whether s[from, to) is blanks only. */
function blanksOnly(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlank(s[i]!)) return false;
  return true;
}

/**
 * A field whose quotes are whole parameter values (`multipart/report; boundary="b 1"`, most
 * quoted fields), without comments, escapes or RFC 2231 sections: split at `;`, which reads it
 * as readFieldByCharacter does, since no `;` is inside a quoted string. null for any other
 * place of a quote (the value before the first `;`, text beside a quoted string, a quote left
 * open), left to readFieldByCharacter.
 */
function readQuotedField(field: string): StructuredField | null {
  const params = new Map<string, string>();
  const segments = field.split(";");
  if (segments[0]!.includes('"')) return null;
  for (let k = 1; k < segments.length; k++) {
    const segment = segments[k]!;
    const eq = segment.indexOf("=");
    const open = segment.indexOf('"');
    let value: string;
    if (open < 0) value = eq < 0 ? "" : trimBlanks(segment.slice(eq + 1));
    else {
      const close = segment.indexOf('"', open + 1);
      if (eq < 0 || eq > open || close < 0 || segment.indexOf('"', close + 1) >= 0) return null;
      if (!blanksOnly(segment, eq + 1, open) || !blanksOnly(segment, close + 1, segment.length))
        return null;
      value = segment.slice(open + 1, close);
    }
    const name = (eq < 0 ? segment : segment.slice(0, eq)).trim().toLowerCase();
    if (eq < 0 && !name) continue;
    if (!params.has(name)) params.set(name, value);
  }
  return { value: trimBlanks(segments[0]!).toLowerCase(), params };
}

function trimBlanks(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isBlank(s[a]!)) a++;
  while (b > a && isBlank(s[b - 1]!)) b--;
  return s.slice(a, b);
}

/** Reads a structured field one character at a time (quotes, escapes, comments). */
export function readFieldByCharacter(field: string): StructuredField {
  const src = withoutComments(field);
  const params = new Map<string, string>();
  let value = "";
  let key: string | null = null;
  let inKey = false;
  let buf = "";
  // Blanks outside quotes are held until a character follows, so that outer blanks drop.
  let pendingBlank = "";
  let closed = false;
  let quoted = false;
  let escaped = false;

  const take = (): string => {
    const t = buf;
    buf = "";
    pendingBlank = "";
    closed = false;
    return t;
  };
  const add = (c: string) => {
    if (buf.length > 0) buf += pendingBlank;
    pendingBlank = "";
    buf += c;
  };
  const param = (name: string, v: string) => {
    if (!params.has(name)) params.set(name, v);
  };
  const finishValue = () => {
    const v = take();
    if (key === null) value = v;
    else param(key, v);
  };
  const finishBareName = () => {
    const name = take().trim();
    if (name) param(name.toLowerCase(), "");
  };

  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (inKey) {
      if (c === "=") {
        key = take().trim().toLowerCase();
        inKey = false;
      } else if (c === ";") finishBareName();
      else buf += c;
      continue;
    }
    if (escaped) {
      add(c);
      escaped = false;
      continue;
    }
    if (quoted && c === "\\") escaped = true;
    else if (quoted && c === '"') {
      quoted = false;
      closed = true;
    } else if (!quoted && c === '"') {
      quoted = true;
      if (buf.length > 0) buf += pendingBlank;
      pendingBlank = "";
    } else if (!quoted && c === ";") {
      finishValue();
      inKey = true;
    } else if (!quoted && isBlank(c)) pendingBlank += c;
    // After a closed quoted string, the rest of the value is junk (RFC 2045: token or string).
    else if (!closed) add(c);
  }
  if (inKey) finishBareName();
  else finishValue();
  joinContinuations(params);
  return { value: value.toLowerCase(), params };
}

/** `name*0`, `name*1*`, `name*`: a section of an RFC 2231 parameter, and whether it is %-encoded. */
const SECTION = /\*(?:(\d+)\*?)?$/;

/** Joins RFC 2231 sections (`boundary*0="a"; boundary*1="b"`) into one parameter each. */
function joinContinuations(params: Map<string, string>): void {
  let groups: Map<string, { charset: string | null; parts: [number, string, boolean][] }> | null =
    null;
  // The names alone (no [name, value] pair per parameter); a name without "*" is no section.
  for (const name of params.keys()) {
    if (name.indexOf("*") === -1) continue;
    const m = SECTION.exec(name);
    if (!m) continue;
    const raw = params.get(name)!;
    groups ??= new Map();
    const base = name.slice(0, m.index);
    const nr = Number(m[1]) || 0;
    const encoded = m[0].endsWith("*");
    let group = groups.get(base);
    if (!group) {
      group = { charset: null, parts: [] };
      groups.set(base, group);
    }
    let v = raw;
    if (nr === 0 && encoded) {
      // charset'language'value
      const first = raw.indexOf("'");
      const second = first < 0 ? -1 : raw.indexOf("'", first + 1);
      if (second >= 0) {
        group.charset = raw.slice(0, first) || "utf-8";
        v = raw.slice(second + 1);
      }
    }
    group.parts.push([nr, v, encoded]);
    params.delete(name);
  }
  if (!groups) return;
  for (const [base, group] of groups) {
    let out = "";
    let pending = "";
    for (const [, v, encoded] of group.parts.sort((a, b) => a[0] - b[0])) {
      if (encoded) {
        pending += v;
        continue;
      }
      if (pending) out += percentDecoded(pending, group.charset);
      pending = "";
      out += v;
    }
    if (pending) out += percentDecoded(pending, group.charset);
    params.set(base, out);
  }
}

const encoder = new TextEncoder();

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

/** `%XX` escapes as bytes in the given charset; other characters as their UTF-8 bytes. */
function percentDecoded(text: string, charset: string | null): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const high = c === 0x25 ? hexValue(text.charCodeAt(i + 1)) : -1;
    const low = high >= 0 ? hexValue(text.charCodeAt(i + 2)) : -1;
    if (low >= 0) {
      bytes.push((high << 4) | low);
      i += 2;
    } else if (c > 126) for (const b of encoder.encode(text[i]!)) bytes.push(b);
    else bytes.push(c);
  }
  return decoderFor(charset || "utf-8").decode(new Uint8Array(bytes));
}
