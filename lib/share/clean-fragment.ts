// Undo what mail clients, chat apps and ticket systems do to a link on the way: line wrapping,
// "> " quoting, %-escaping, HTML entities (&amp;), quoted-printable soft breaks, zero-width
// characters and trailing punctuation. Every step is a single linear pass with bounded loops.
import { isBase64UrlChar } from "./base64url";

export type CleanedFragment = { kind: "ok"; version: number; body: string } | { kind: "not-ours" };

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

function decodeEntities(text: string): string {
  return text.replace(
    /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});/g,
    (whole, ref: string) => {
      if (ref.startsWith("#")) {
        const code =
          ref[1] === "x" || ref[1] === "X"
            ? parseInt(ref.slice(2), 16)
            : parseInt(ref.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : "";
      }
      return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
    },
  );
}

function decodePercent(text: string): string {
  return text.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** Repeat a decoding while it changes something: links are sometimes escaped twice (%2523, &amp;amp;). */
function untilStable(text: string, step: (t: string) => string, rounds = 3): string {
  let current = text;
  for (let i = 0; i < rounds; i++) {
    const next = step(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

export function cleanFragment(input: string): CleanedFragment {
  let text = untilStable(input, (t) => decodePercent(decodeEntities(t)));
  // Quoted-printable: soft line breaks and an escaped "=" (only ever padding in our links).
  text = text.replace(/=\r?\n/g, "").replace(/=3D/gi, "=");
  const hash = text.lastIndexOf("#");
  if (hash >= 0) text = text.slice(hash + 1);

  // Version prefix: digits, then "."; anything before it that is not a letter or digit is
  // transport noise (quote marks, "> ", brackets, whitespace).
  let i = 0;
  while (i < text.length && !isAsciiAlnum(text.charCodeAt(i))) i++;
  const start = i;
  while (i < text.length && i - start < 4 && isDigit(text.charCodeAt(i))) i++;
  // Whitespace may sit between the version and its dot when a client wrapped right there.
  let j = i;
  while (j < text.length && isSpaceOrQuote(text.charCodeAt(j))) j++;
  if (i === start || text[j] !== ".") return { kind: "not-ours" };
  const version = Number(text.slice(start, i));

  let body = "";
  for (let k = j + 1; k < text.length; k++) {
    let c = text.charCodeAt(k);
    if (c === 0x2b)
      c = 0x2d; // "+" from a standard-base64 rewrite
    else if (c === 0x2f) c = 0x5f; // "/"
    if (isBase64UrlChar(c)) body += String.fromCharCode(c);
  }
  return { kind: "ok", version, body };
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isAsciiAlnum(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isSpaceOrQuote(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3e;
}
