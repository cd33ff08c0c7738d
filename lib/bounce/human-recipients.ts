// Recipients of a human-readable bounce: lines that introduce an address (RECIPIENT_LINES)
// cut the text into one segment per recipient; each segment's SMTP reply gives its codes.
import { ORIGINAL_MESSAGE_MARKERS, RECIPIENT_LINES } from "./mta-formats";
import { bestReply, findSmtpReplies, findStatusCodes, type SmtpReply } from "./smtp-reply";
import type { RecipientReport, Span } from "./types";
import { hasNonBlank } from "./blank";

/** Lines longer than this are tested on their first part only (keeps line patterns cheap). */
const MAX_LINE = 2000;
const MAX_DIAGNOSTIC = 1000;

export interface Line {
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let pos = from;
  while (pos <= to) {
    let end = text.indexOf("\n", pos);
    if (end === -1 || end > to) end = to;
    lines.push({ start: pos, end, text: text.slice(pos, Math.min(end, pos + MAX_LINE)) });
    pos = end + 1;
  }
  return lines;
}

/**
 * The markers as one pattern after the line's leading blanks: one test per line instead of one
 * per marker. Every marker is anchored (^) and case-insensitive, which mta-formats.test.ts holds.
 */
const ANY_MARKER = new RegExp(`^[ \\t]*(?:${ORIGINAL_MESSAGE_MARKERS.map((re) => `(?:${re.source.replace(/^\^/, "")})`).join("|")})`, "i");

/** Where the quoted original message starts within [from, to), or `to`. */
export function originalMessageStart(lines: Line[], to: number): number {
  for (const line of lines) if (ANY_MARKER.test(line.text)) return line.start;
  return to;
}

interface Hit {
  address: string;
  span: Span;
  lineStart: number;
}

// Wrapping characters trimmed off an address: a leading run of LEADING, then a trailing run of
// TRAILING (what /^[<("'[]+|[>)"'\].,;:]+$/g removed, by index rather than by a pattern that is
// retried at every position of the address).
const LEADING = new Set(["<", "(", '"', "'", "["]);
const TRAILING = new Set([">", ")", '"', "'", "]", ".", ",", ";", ":"]);

export function normalizeAddress(address: string): string {
  let from = 0;
  let to = address.length;
  while (from < to && LEADING.has(address[from]!)) from++;
  while (to > from && TRAILING.has(address[to - 1]!)) to--;
  const clean = from === 0 && to === address.length ? address : address.slice(from, to);
  const at = clean.lastIndexOf("@");
  if (at < 1) return clean;
  return clean.slice(0, at) + "@" + clean.slice(at + 1).toLowerCase();
}

function findHits(lines: Line[]): Hit[] {
  const hits: Hit[] = [];
  for (const line of lines) {
    // Every recipient pattern captures an address with its "@" (mta-formats.test.ts holds that).
    if (!line.text.includes("@")) continue;
    for (const { pattern } of RECIPIENT_LINES) {
      const m = pattern.exec(line.text);
      if (!m) continue;
      const raw = m[1]!;
      const start = line.start + line.text.indexOf(raw, m.index);
      hits.push({ address: normalizeAddress(raw), span: { start, end: start + raw.length }, lineStart: line.start });
      break;
    }
  }
  return hits;
}

const COMMAND = /(?:after|in reply to|in response to|while sending|for|during)\s+(?:the\s+)?(RCPT TO|RCPT|MAIL FROM|MAIL|DATA|end of data|HELO|EHLO|STARTTLS|AUTH|BDAT|connect|CONNECT)\b|\[(RCPT_TO|MAIL_FROM|DATA)\]|>>> (RCPT|MAIL|DATA|HELO|EHLO)\b/i;

export function smtpCommandIn(text: string): string | null {
  const m = COMMAND.exec(text.slice(0, 4000));
  if (!m) return null;
  const raw = (m[1] ?? m[2] ?? m[3] ?? "").toUpperCase();
  if (raw.startsWith("RCPT")) return "RCPT";
  if (raw.startsWith("MAIL")) return "MAIL";
  if (raw === "DATA" || raw === "END OF DATA" || raw === "BDAT") return "DATA";
  if (raw === "CONNECT") return "CONN";
  return raw;
}

const REMOTE_HOST = /(?:\bhost|Remote[- ]MTA|Generating server|remote server|server at|talking to)\s*:?\s+([A-Za-z0-9][A-Za-z0-9.-]{0,252}\.[A-Za-z]{2,24}|\[?\d{1,3}(?:\.\d{1,3}){3}\]?)/i;

export function remoteMtaIn(text: string, from: number): { host: string; span: Span } | null {
  const m = REMOTE_HOST.exec(text.slice(0, 4000));
  if (!m) return null;
  const host = m[1]!.replace(/^\[|\]$/g, "").replace(/\.$/, "").toLowerCase();
  const start = from + m.index + m[0].lastIndexOf(m[1]!);
  return { host, span: { start, end: start + m[1]!.length } };
}

function unwrap(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, MAX_DIAGNOSTIC);
}

function reportFrom(address: string | null, addressSpan: Span | null, reply: SmtpReply | null, segText: string, segStart: number, statusOnly: { status: string; span: Span } | null): RecipientReport {
  const spans: RecipientReport["spans"] = {};
  if (addressSpan) spans.address = addressSpan;
  let diagnostic: string | null = null;
  if (reply) {
    spans.replyCode = reply.codeSpan;
    if (reply.statusSpan) spans.status = reply.statusSpan;
    diagnostic = unwrap(`${reply.replyCode}${reply.status ? ` ${reply.status}` : ""} ${reply.text}`);
    spans.diagnostic = reply.span;
  } else if (statusOnly) {
    spans.status = statusOnly.span;
  }
  if (!diagnostic) {
    const body = segText.replace(/^[^\n]*\n?/, "");
    diagnostic = !hasNonBlank(body) ? null : unwrap(body);
  }
  const remote = remoteMtaIn(segText, segStart);
  if (remote) spans.remoteMta = remote.span;
  return {
    address,
    action: "failed",
    replyCode: reply ? reply.replyCode : null,
    status: reply?.status ?? statusOnly?.status ?? null,
    diagnostic,
    remoteMta: remote?.host ?? null,
    smtpCommand: smtpCommandIn(segText),
    spans,
  };
}

/**
 * Recipients of the human-readable part text[from, to). Falls back to one recipient with
 * no address when the text holds an SMTP reply but names nobody. `lines` and `end` (where the
 * quoted original starts) may be passed in by a caller that has them already.
 */
export function humanRecipients(text: string, from: number, to: number, lines: Line[] = splitLines(text, from, to), end: number = originalMessageStart(lines, to)): RecipientReport[] {
  const bodyLines = lines.filter((l) => l.start < end);
  const hits = findHits(bodyLines);
  const allReplies = findSmtpReplies(text, from, end);

  // One segment per distinct address, from its first line to the next other address.
  const order: string[] = [];
  const segments = new Map<string, { hit: Hit; ranges: [number, number][] }>();
  hits.forEach((hit, i) => {
    const next = hits.slice(i + 1).find((h) => h.address !== hit.address);
    const segEnd = next ? next.lineStart : end;
    const seg = segments.get(hit.address);
    if (seg) seg.ranges.push([hit.lineStart, segEnd]);
    else {
      segments.set(hit.address, { hit, ranges: [[hit.lineStart, segEnd]] });
      order.push(hit.address);
    }
  });

  const out: RecipientReport[] = [];
  for (const address of order) {
    const seg = segments.get(address)!;
    let reply: SmtpReply | null = null;
    let status: { status: string; span: Span } | null = null;
    let segStart = seg.ranges[0]![0];
    let segEnd = seg.ranges[0]![1];
    for (const [s, e] of seg.ranges) {
      const r = bestReply(allReplies.filter((x) => x.codeSpan.start >= s && x.codeSpan.start < e));
      if (r && (!reply || r.strength > reply.strength)) {
        reply = r;
        segStart = s;
        segEnd = e;
      }
      status ??= findStatusCodes(text, s, e)[0] ?? null;
    }
    // A transcript elsewhere may carry this recipient's reply ("<<< 550 5.1.1 <addr>...").
    reply ??= allReplies.find((r) => r.strength >= 2 && r.text.toLowerCase().includes(address.toLowerCase())) ?? null;
    if (!reply && order.length === 1) reply = bestReply(allReplies, 2);
    out.push(reportFrom(address, seg.hit.span, reply, text.slice(segStart, segEnd), segStart, status));
  }

  if (out.length === 0) {
    const reply = bestReply(allReplies, 2) ?? bestReply(allReplies, 1);
    const status = reply ? null : (findStatusCodes(text, from, end)[0] ?? null);
    if (reply || status) {
      const inReply = reply ? /<([^\s<>@]{1,256}@[^\s<>@]{1,256})>/.exec(reply.text) : null;
      let addressSpan: Span | null = null;
      if (inReply && reply) {
        const at = text.indexOf(inReply[1]!, reply.span.start);
        if (at !== -1) addressSpan = { start: at, end: at + inReply[1]!.length };
      }
      const segStart = reply ? reply.span.start : from;
      out.push(reportFrom(inReply ? normalizeAddress(inReply[1]!) : null, addressSpan, reply, text.slice(segStart, end), segStart, status));
      // The whole reply is the diagnostic when there is no segment.
      if (reply) out[0]!.diagnostic = unwrap(`${reply.replyCode}${reply.status ? ` ${reply.status}` : ""} ${reply.text}`);
    }
  }
  return out;
}
