// Quoting untrusted text (bounce lines, DNS records, answers) into Markdown that a ticket
// system will render. CommonMark lets any ASCII punctuation be backslash-escaped (spec §2.4),
// which also stops raw HTML ("\<script>") and link syntax; code spans and fenced blocks take
// their content literally when the fence is longer than any backtick run inside (§6.1, §4.5).

// C0 controls (but tab and newline), DEL and the C1 range: terminal escape sequences and other
// invisible characters have no business in a ticket or a terminal.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function stripControls(text: string): string {
  return text.replace(CONTROL, "");
}

// Inline syntax of CommonMark and GFM (emphasis, code, links, images, raw HTML, entities,
// tables, strikethrough). Block syntax only matters at the start of a line: see below.
const MARKDOWN_INLINE = /[\\`*_{}[\]()#!|<>~&]/g;

/**
 * Text for Markdown, on one line, with every special character escaped. `atLineStart`: the text
 * opens a line (a paragraph), where "-", "+", "=" or "1." would start a list or a heading.
 */
export function escapeMarkdownInline(text: string, atLineStart = false): string {
  const escaped = stripControls(text)
    .replace(/\s+/g, " ")
    .trim()
    .replace(MARKDOWN_INLINE, (c) => `\\${c}`);
  if (!atLineStart) return escaped;
  return escaped.replace(/^([-+=]|\d{1,9}[.)])/, (m) => m.slice(0, -1) + "\\" + m.slice(-1));
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** An inline code span holding `text` literally (on one line). */
export function markdownCodeSpan(text: string): string {
  const clean = stripControls(text).replace(/\s+/g, " ").trim();
  const ticks = "`".repeat(longestRun(clean, "`") + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${ticks}${pad}${clean}${pad}${ticks}`;
}

/** A fenced code block holding `text` literally. */
export function markdownCodeBlock(text: string): string {
  const clean = stripControls(text).trimEnd();
  const fence = "`".repeat(Math.max(3, longestRun(clean, "`") + 1));
  return `${fence}text\n${clean}\n${fence}`;
}
