// Redaction before sharing: mask the local parts of addresses (j***@example.com: the domain
// stays, the diagnosis needs it) and drop the bounce's copy of the original message. The
// preview shows exactly what the link will contain, in readable form.
import { CAUSES } from "@/lib/causes/causes";
import { findEmailAddresses } from "./email-addresses";
import { encodeShareFragment } from "./encode";
import { buildResultUrl } from "./result-url";
import { declaredBoundaries, findOriginalMessage } from "./original-message";
import type { Answers, Redaction, SharePayload } from "./payload";
import { ROLE_LOCAL_PARTS } from "./role-addresses";

export type RedactOptions = Redaction;

export const ORIGINAL_REMOVED_NOTE = "[original message removed before sharing]";
const MASK = "***";

/** "jane.doe@example.com" → "j***@example.com"; role addresses (postmaster, MAILER-DAEMON) stay. */
export function maskLocalParts(text: string): string {
  const matches = findEmailAddresses(text);
  if (matches.length === 0) return text;
  // A MIME boundary may look like an address ("--report123@example.net"): masking it in one
  // place and not another would break the message's structure.
  const boundaries = [...declaredBoundaries(text)].filter((b) => b.includes("@"));
  const inBoundary = (at: number) => boundaries.some((b) => text.startsWith(b, at - b.indexOf("@")));
  let out = "";
  let last = 0;
  for (const m of matches) {
    if (inBoundary(m.at)) continue;
    const local = text.slice(m.start, m.at);
    const keep = ROLE_LOCAL_PARTS.has(local.toLowerCase()) || local.endsWith(MASK);
    out += text.slice(last, m.start) + (keep ? local : local[0] + MASK);
    last = m.at;
  }
  return out + text.slice(last);
}

/** Remove the bounce's copy of the original message (headers and body), leaving a note. */
export function dropOriginalMessage(text: string): string {
  // A marker followed by nothing but a separator line ("=====END") carries no original.
  const spans = findOriginalMessage(text).filter((s) => /[^\s=\-_*#~.]/.test(text.slice(s.start, s.end).replace(/\bEND\b/g, "")));
  if (spans.length === 0) return text;
  let out = "";
  let last = 0;
  for (const s of spans) {
    out += text.slice(last, s.start) + ORIGINAL_REMOVED_NOTE + "\n";
    last = s.end;
  }
  return out + text.slice(last);
}

export function redactText(text: string, options: RedactOptions): string {
  let out = text;
  if (options.dropOriginalMessage) out = dropOriginalMessage(out);
  if (options.maskLocalParts) out = maskLocalParts(out);
  return out;
}

function redactAnswers(answers: Answers): Answers {
  const out: Answers = {};
  for (const [key, value] of Object.entries(answers)) {
    out[key] = Array.isArray(value) ? value.map(maskLocalParts) : maskLocalParts(value);
  }
  return out;
}

/**
 * Apply the options to a payload. DNS records in the check results are left as found: they are
 * public data, and the IT person needs them verbatim.
 */
export function redactPayload(payload: SharePayload, options: RedactOptions): SharePayload {
  return {
    ...payload,
    text: redactText(payload.text, options),
    answers: options.maskLocalParts ? redactAnswers(payload.answers) : payload.answers,
    redaction: {
      maskLocalParts: payload.redaction.maskLocalParts || options.maskLocalParts,
      dropOriginalMessage: payload.redaction.dropOriginalMessage || options.dropOriginalMessage,
    },
  };
}

/** Plain-text rendering of everything a payload holds, for the "what will be shared" preview. */
export function describePayload(payload: SharePayload): string {
  const lines: string[] = [];
  const notes = [
    payload.redaction.maskLocalParts ? "addresses masked" : null,
    payload.redaction.dropOriginalMessage ? "original message removed" : null,
  ].filter((n): n is string => n !== null);
  lines.push(`Bounce text (${payload.text.length.toLocaleString("en")} characters${notes.length ? `; ${notes.join(", ")}` : ""}):`);
  lines.push(payload.text.trimEnd(), "");
  const answers = Object.entries(payload.answers);
  lines.push(answers.length ? "Answers:" : "Answers: none");
  for (const [key, value] of answers) lines.push(`  ${key}: ${Array.isArray(value) ? value.join(", ") : value}`);
  lines.push(payload.checks.length ? "Check results:" : "Check results: none");
  for (const report of payload.checks) {
    lines.push(`  ${report.subject} (${report.kind}), checked ${report.checkedAt}`);
    for (const f of report.findings) {
      lines.push(`    [${f.severity}${f.outcome === "could-not-check" ? ", could not check" : ""}] ${f.title} (${f.code})`);
      for (const r of f.records ?? []) lines.push(`      ${r.name} ${r.type}: ${r.values.join(" | ")}`);
    }
  }
  const causes = payload.conclusion?.causes ?? [];
  lines.push(
    causes.length
      ? `Conclusion: ${causes.map((c) => `${CAUSES[c.cause].title} (${Math.round(c.confidence * 100)}%)`).join("; ")}`
      : "Conclusion: none yet",
  );
  const items = Object.entries(payload.checklist);
  lines.push(items.length ? "Checklist:" : "Checklist: none");
  for (const [id, done] of items) lines.push(`  [${done ? "x" : " "}] ${id}`);
  return lines.join("\n");
}

export interface SharePreview {
  /** The payload as it will be encoded (redacted). */
  payload: SharePayload;
  /** Readable text of exactly what the link will contain. */
  preview: string;
  fragment: string;
  /** Length of the full link `${origin}/r#${fragment}`. */
  linkLength: number;
}

export function previewShare(payload: SharePayload, options: RedactOptions & { origin?: string }): SharePreview {
  const redacted = redactPayload(payload, options);
  const fragment = encodeShareFragment(redacted);
  return {
    payload: redacted,
    preview: describePayload(redacted),
    fragment,
    linkLength: buildResultUrl(options.origin ?? "", fragment).length,
  };
}
