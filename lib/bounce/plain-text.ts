// Brings text copied from a mail client or a web page back to the lines the mail server
// wrote: '>' quoting removed, HTML reduced to text. Every pattern here is anchored or
// works on a bounded character class, so hostile input stays linear.

/**
 * Whether a line starts with '>' after blanks. Each '>' of the text (indexOf, native) is
 * checked to have only blanks before it on its line: most lines have none, and a walk over every
 * line start (an indexOf per line) cost about 8 times as much on the dev corpus. The walks back
 * cover disjoint runs of blanks, so the whole stays linear.
 */
function hasQuotedLine(text: string): boolean {
  for (let p = text.indexOf(">"); p !== -1; p = text.indexOf(">", p + 1)) {
    let q = p;
    while (q > 0 && (text.charCodeAt(q - 1) === 0x20 || text.charCodeAt(q - 1) === 0x09)) q--;
    if (q === 0 || text.charCodeAt(q - 1) === 0x0a) return true;
  }
  return false;
}

/**
 * Whether at least half of the text's non-empty lines are quoted, as unquote counts them below
 * (a quoted line: '>' after blanks; a non-empty line: one that trim() leaves something of), read
 * in place: most texts with a quoted line (a transcript's ">>> RCPT TO") are not quoted
 * throughout, and splitting them into lines to learn that cost more than this walk.
 */
function mostLinesQuoted(text: string): boolean {
  let quoted = 0;
  let nonEmpty = 0;
  const n = text.length;
  for (let start = 0; start <= n;) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = n;
    let i = start;
    // -1 at the line's end rather than a read past the text (charCodeAt's NaN), which made V8
    // throw away this function's optimised code; c is read only before the end.
    let c = i < end ? text.charCodeAt(i) : -1;
    while (i < end && (c === 0x20 || c === 0x09)) c = ++i < end ? text.charCodeAt(i) : -1;
    if (i < end) {
      if (c === 0x3e) {
        quoted++;
        nonEmpty++;
      } else if ((c > 0x20 && c < 0x7f) || text.slice(i, end).trim() !== "") nonEmpty++;
    }
    start = end + 1;
  }
  return quoted >= nonEmpty / 2;
}

/** The '>' marks that open a line ("> > text" and ">>text" have 2), after blanks. */
const QUOTE_MARKS = /^[ \t]*(?:>[ \t]?)+/;

function quoteDepth(line: string): number {
  const m = QUOTE_MARKS.exec(line);
  if (!m) return 0;
  let n = 0;
  for (let i = 0; i < m[0].length; i++) if (m[0].charCodeAt(i) === 0x3e) n++;
  return n;
}

/**
 * Removes '>' quoting ("> > text", ">>text") from every line: as many levels as every quoted
 * line has, so that marks that belong to the bounce itself stay (Sendmail's transcript writes
 * ">>> DATA" and "<<< 550 ...": quoted once, "> >>> DATA" must give ">>> DATA" back).
 */
export function unquote(text: string): string {
  if (!hasQuotedLine(text) || !mostLinesQuoted(text)) return text;
  const lines = text.split("\n");
  let quoted = 0;
  let levels = Infinity;
  for (const line of lines) {
    const depth = quoteDepth(line);
    if (depth === 0) continue;
    quoted++;
    levels = Math.min(levels, depth);
  }
  // Only when most non-empty lines are quoted: a lone "> " is more likely part of a reply.
  const nonEmpty = lines.filter((l) => l.trim() !== "").length;
  if (quoted < nonEmpty / 2) return text;
  const strip = new RegExp(`^[ \\t]*(?:>[ \\t]?){1,${Math.min(levels, 50)}}`);
  return lines.map((line) => line.replace(strip, "")).join("\n");
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  "#39": "'",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8}|#39);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith("#x")) return safeCodePoint(parseInt(lower.slice(2), 16)) ?? whole;
    if (lower.startsWith("#")) return safeCodePoint(parseInt(lower.slice(1), 10)) ?? whole;
    return NAMED_ENTITIES[lower] ?? whole;
  });
}

function safeCodePoint(n: number): string | null {
  return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : null;
}

/** Whether the text is an HTML document or fragment rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).toLowerCase();
  if (/<(?:!doctype html|html|body)[\s>]/.test(head)) return true;
  const tags = text
    .slice(0, 65_536)
    .match(/<\/?(?:div|p|br|span|table|td|tr|font|b|pre|a)\b[^<>]{0,500}>/gi);
  return (tags?.length ?? 0) >= 3;
}

/**
 * Drops comments, scripts, styles and the head with indexOf scans rather than lazy regular
 * expressions, which go quadratic on many openings without a close.
 */
function dropBlocks(html: string): string {
  const lower = html.toLowerCase();
  const pairs: [string, string][] = [
    ["<!--", "-->"],
    ["<script", "</script>"],
    ["<style", "</style>"],
  ];
  // Next position of each opener, recomputed only once passed: keeps the scan linear.
  const nextAt = pairs.map(([open]) => lower.indexOf(open));
  let out = "";
  let i = 0;
  for (;;) {
    let best = -1;
    for (let k = 0; k < pairs.length; k++) {
      if (nextAt[k]! !== -1 && nextAt[k]! < i) nextAt[k] = lower.indexOf(pairs[k]![0], i);
      const at = nextAt[k]!;
      if (at !== -1 && (best === -1 || at < nextAt[best]!)) best = k;
    }
    if (best === -1) break;
    const start = nextAt[best]!;
    const close = pairs[best]![1];
    out += html.slice(i, start) + " ";
    const end = lower.indexOf(close, start);
    // An unclosed block runs to the end, as browsers treat it.
    i = end === -1 ? html.length : end + close.length;
  }
  return out + html.slice(i);
}

/** Reduces HTML to text: block elements become line breaks, other tags vanish. */
export function htmlToText(html: string): string {
  return (
    decodeEntities(
      dropBlocks(html)
        .replace(/<br\b[^<>]{0,500}>/gi, "\n")
        .replace(/<\/?(?:p|div|tr|li|h[1-6]|table|pre|blockquote)\b[^<>]{0,500}>/gi, "\n")
        .replace(/<\/?[a-z!][^<>]{0,2000}>/gi, ""),
    )
      // Per line, not /[ \t]+\n/g: that pattern rescans a long run of spaces from every start.
      .split("\n")
      .map((line) => line.trimEnd())
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim()
  );
}
