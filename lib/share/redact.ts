// Redaction before sharing: mask the local parts of addresses (j***@example.com: the domain
// stays, the diagnosis needs it) and drop the bounce's copy of the original message, and with it
// what else the diagnosis does not read (HTML copies, attachments: bulky-parts.ts). The preview
// shows exactly what the link will contain, in readable form.
import { CAUSES, type CauseId } from "@/lib/causes/causes";
import { leaveOutBulkyParts, type PartChange } from "./bulky-parts";
import { removeSmtpCredentials } from "./credentials";
import { decodeEncodedTextParts } from "./decoded-parts";
import { findEmailAddresses, withoutSoftBreaks } from "./email-addresses";
import {
  displayNameAfter,
  displayNameBefore,
  maskLoneLocalParts,
  maskName,
  replaceSpans,
} from "./mask-names";
import { encodeShareFragment } from "./encode";
import { maskMailboxPaths } from "./mailbox-paths";
import { maskNameFields } from "./name-fields";
import { maskNdrPartyRows } from "./ndr-party-row";
import { maskRecipientListNames } from "./recipient-list-names";
import { buildResultUrl } from "./result-url";
import { declaredBoundaries, findOriginalMessage } from "./original-message";
import type { Answers, Redaction, SharePayload } from "./payload";
import { ROLE_LOCAL_PARTS } from "./role-addresses";

export type RedactOptions = Redaction;

export const ORIGINAL_REMOVED_NOTE = "[original message removed before sharing]";
const MASK = "***";

/**
 * How many local parts are looked for where they stand alone: each is one scan of the text, and a
 * hostile paste may hold many thousands of addresses. A bounce names a handful.
 */
const MAX_LONE_LOCAL_PARTS = 50;

/** No local parts known (an answer that names no address of its own). */
const NO_MASKS: ReadonlyMap<string, { mask: string; domain: string }> = new Map();

/** A local part masked already ("j***", or "j***2" where two addresses shared a mask). */
const MASKED = /\*\*\*\d{0,3}$/;

/**
 * Masks addresses across several texts with one numbering: the link's bounce text, its answers
 * and the report's step titles and words. Each text masked alone numbered its own addresses from
 * one, so the wizard's report titled four steps "(b***@example.net)" where their ready texts,
 * rebuilt from the masked bounce, said b***@, b***2@, b***3@ and b***4@ (review 26, finding 13).
 */
export interface AddressMasker {
  /**
   * `text` with its addresses masked. A local part written alone is masked where any text so far
   * named its address; with `ownOnly`, only where this one does (an answer's value: a choice's
   * value must never be taken for a name the bounce gave).
   */
  mask(text: string, options?: { ownOnly?: boolean }): string;
}

/**
 * What names a person without an address beside it: a mailbox path's account, a name field's
 * value, a display name in an Exchange recipient list, the sender's and the recipient's cells of
 * an Exchange Online NDR's parties row (a local part known from its address keeps that mask).
 */
function maskBeyondAddresses(
  text: string,
  masks: ReadonlyMap<string, { mask: string; domain: string }>,
): string {
  const named = maskNdrPartyRows(text, (cell) => masks.get(cell)?.mask);
  return maskRecipientListNames(maskNameFields(maskMailboxPaths(named)));
}

/**
 * "jane.doe@example.com" → "j***@example.com"; role addresses (postmaster, MAILER-DAEMON) stay.
 * Two addresses of one domain whose masks would be the same (bob@ and bill@: b***@) get masks of
 * their own (b***@, b***2@): the shared page diagnoses the masked text again, and one address
 * there would make one recipient of two (review 24: the second one's cause and steps were lost).
 * The display name before a masked address and its local part written alone go too
 * (./mask-names.ts); an address split by a quoted-printable soft line break is one address.
 * An address keeps its mask in every text the masker is given.
 */
export function createAddressMasker(): AddressMasker {
  // Each address's mask, and how many local parts of a domain share a first letter so far.
  const maskOf = new Map<string, string>();
  const taken = new Map<string, number>();
  // Each masked local part (lower case) with its mask and domain, for where it stands alone.
  const lone = new Map<string, { mask: string; domain: string }>();
  return {
    mask(text, { ownOnly = false } = {}) {
      const matches = findEmailAddresses(text);
      if (matches.length === 0)
        return maskBeyondAddresses(
          !ownOnly && lone.size > 0 ? maskLoneLocalParts(text, lone) : text,
          ownOnly ? NO_MASKS : lone,
        );
      // The local parts this text names, with their masks (for `ownOnly`).
      const own = new Map<string, { mask: string; domain: string }>();
      // A MIME boundary may look like an address ("--report123@example.net"): masking it in one
      // place and not another would break the message's structure.
      const boundaries = [...declaredBoundaries(text)].filter((b) => b.includes("@"));
      const inBoundary = (at: number) =>
        boundaries.some((b) => text.startsWith(b, at - b.indexOf("@")));
      // What to put in place of each span of the text ([start, end, replacement]), in order:
      // the display name before an address, its local part, the name in a comment after it.
      const edits: [number, number, string][] = [];
      // No display name starts before this: the end of what the previous address took.
      let from = 0;
      for (const m of matches) {
        if (inBoundary(m.at)) continue;
        const local = withoutSoftBreaks(text.slice(m.start, m.at));
        if (ROLE_LOCAL_PARTS.has(local.toLowerCase()) || MASKED.test(local)) {
          from = m.at;
          continue;
        }
        const name = displayNameBefore(text, m.start, from);
        if (name) edits.push([name[0], name[1], maskName(text.slice(name[0], name[1]))]);
        const domain = withoutSoftBreaks(text.slice(m.domainStart, m.end)).toLowerCase();
        // One mask for "jane@example.com" and the "jane%40example.com" of a link's query.
        const address = `${local.toLowerCase()}@${domain}`;
        let mask = maskOf.get(address) ?? "";
        if (mask === "") {
          const key = `${local[0]!.toLowerCase()}@${domain}`;
          const n = (taken.get(key) ?? 0) + 1;
          taken.set(key, n);
          mask = local[0] + MASK + (n > 1 ? String(n) : "");
          maskOf.set(address, mask);
          if (lone.size < MAX_LONE_LOCAL_PARTS && !lone.has(local.toLowerCase()))
            lone.set(local.toLowerCase(), { mask, domain });
        }
        if (own.size < MAX_LONE_LOCAL_PARTS && !own.has(local.toLowerCase()))
          own.set(local.toLowerCase(), { mask, domain });
        edits.push([m.start, m.at, mask]);
        const after = displayNameAfter(text, m.end);
        if (after) edits.push([after[0], after[1], maskName(text.slice(after[0], after[1]))]);
        from = after ? after[1] : m.at;
      }
      const out = replaceSpans(text, edits);
      const masks = ownOnly ? own : lone;
      return maskBeyondAddresses(maskLoneLocalParts(out, masks), masks);
    },
  };
}

/** One text masked on its own (createAddressMasker for several with one numbering). */
export function maskLocalParts(text: string): string {
  return createAddressMasker().mask(text);
}

/** Remove the bounce's copy of the original message (headers and body), leaving a note. */
export function dropOriginalMessage(text: string): string {
  // A marker followed by nothing but a separator line ("=====END") carries no original.
  const spans = findOriginalMessage(text).filter((s) =>
    /[^\s=\-_*#~.]/.test(text.slice(s.start, s.end).replace(/\bEND\b/g, "")),
  );
  if (spans.length === 0) return text;
  let out = "";
  let last = 0;
  for (const s of spans) {
    out += text.slice(last, s.start) + ORIGINAL_REMOVED_NOTE + "\n";
    last = s.end;
  }
  return out + text.slice(last);
}

/** The redacted text, and the parts that "leave out the original message" also took out. */
export function redactTextWithChanges(
  text: string,
  options: RedactOptions,
  masker: AddressMasker = createAddressMasker(),
): { text: string; changes: PartChange[] } {
  // SMTP login secrets in a pasted transcript never travel, whatever the options.
  let out = removeSmtpCredentials(text);
  let changes: PartChange[] = [];
  if (options.dropOriginalMessage) {
    // The original first: what remains of the MIME tree is then the report and its notice.
    const slim = leaveOutBulkyParts(dropOriginalMessage(out));
    out = slim.text;
    changes = slim.changes;
  }
  // Encoded parts as their text first: the shared page decodes them, so masking must see them.
  if (options.maskLocalParts) out = masker.mask(decodeEncodedTextParts(out));
  return { text: out, changes };
}

export function redactText(text: string, options: RedactOptions): string {
  return redactTextWithChanges(text, options).text;
}

function redactAnswers(answers: Answers, masker: AddressMasker): Answers {
  const out: Answers = {};
  for (const [key, value] of Object.entries(answers)) {
    const mask = (v: string) => masker.mask(v, { ownOnly: true });
    out[key] = Array.isArray(value) ? value.map(mask) : mask(value);
  }
  return out;
}

/**
 * Apply the options to a payload. DNS records in the check results are left as found: they are
 * public data, and the IT person needs them verbatim.
 */
export function redactPayload(payload: SharePayload, options: RedactOptions): SharePayload {
  return redactPayloadWithChanges(payload, options).payload;
}

function redactPayloadWithChanges(
  payload: SharePayload,
  options: RedactOptions,
  masker: AddressMasker = createAddressMasker(),
): { payload: SharePayload; changes: PartChange[] } {
  // The text first: its addresses are numbered in the order the bounce names them.
  const { text, changes } = redactTextWithChanges(payload.text, options, masker);
  return {
    payload: {
      ...payload,
      text,
      answers: options.maskLocalParts ? redactAnswers(payload.answers, masker) : payload.answers,
      redaction: {
        maskLocalParts: payload.redaction.maskLocalParts || options.maskLocalParts,
        dropOriginalMessage: payload.redaction.dropOriginalMessage || options.dropOriginalMessage,
      },
    },
    changes,
  };
}

/** One line per kind of change, for the preview: "2 image/png attachments removed". */
export function describePartChanges(changes: PartChange[]): string[] {
  const chars = (n: number) => `${n.toLocaleString("en")} characters`;
  const lines: string[] = [];
  const copies = changes.filter((c) => c.kind === "html-copy-removed");
  if (copies.length > 0) {
    const total = copies.reduce((sum, c) => sum + c.chars, 0);
    lines.push(
      `${copies.length === 1 ? "an HTML copy" : `${copies.length} HTML copies`} of the notice's text (${chars(total)})`,
    );
  }
  const byType = new Map<string, number[]>();
  for (const c of changes)
    if (c.kind === "attachment-removed")
      byType.set(c.type, [...(byType.get(c.type) ?? []), c.chars]);
  for (const [type, sizes] of byType) {
    lines.push(
      `${sizes.length} ${type} attachment${sizes.length === 1 ? "" : "s"} (${chars(sizes.reduce((a, b) => a + b, 0))})`,
    );
  }
  for (const c of changes) {
    if (c.kind === "html-converted")
      lines.push(`an HTML part turned into its text (${chars(c.chars)} → ${chars(c.textChars)})`);
  }
  return lines;
}

/**
 * Plain-text rendering of everything a payload holds, for the "what will be shared" preview;
 * `changes` (from redaction) are listed before the text, which holds a note where each was.
 */
/** Each cause's title as the page shows it for this bounce (a variant's, lib/causes/connection-variants.ts). */
export type CauseTitles = Partial<Record<CauseId, string>>;

export function describePayload(
  payload: SharePayload,
  changes: PartChange[] = [],
  titles: CauseTitles = {},
): string {
  const lines: string[] = [];
  const partLines = describePartChanges(changes);
  if (partLines.length > 0)
    lines.push("Also left out before sharing:", ...partLines.map((l) => `  - ${l}`));
  const notes = [
    payload.redaction.maskLocalParts ? "addresses masked" : null,
    payload.redaction.dropOriginalMessage ? "original message removed" : null,
  ].filter((n): n is string => n !== null);
  lines.push(
    `Bounce text (${payload.text.length.toLocaleString("en")} characters${notes.length ? `; ${notes.join(", ")}` : ""}):`,
  );
  lines.push(payload.text.trimEnd(), "");
  const answers = Object.entries(payload.answers);
  lines.push(answers.length ? "Answers:" : "Answers: none");
  for (const [key, value] of answers)
    lines.push(`  ${key}: ${Array.isArray(value) ? value.join(", ") : value}`);
  lines.push(
    payload.checks.length || payload.unchecked?.length ? "Check results:" : "Check results: none",
  );
  for (const report of payload.checks) {
    lines.push(`  ${report.subject} (${report.kind}), checked ${report.checkedAt}`);
    for (const f of report.findings) {
      lines.push(
        `    [${f.severity}${f.outcome === "could-not-check" ? ", could not check" : ""}] ${f.title} (${f.code})`,
      );
      for (const r of f.records ?? [])
        lines.push(`      ${r.name} ${r.type}: ${r.values.join(" | ")}`);
    }
  }
  for (const u of payload.unchecked ?? []) lines.push(`  ${u.id}: could not check (${u.reason})`);
  lines.push(...describeContent(payload.content));
  const causes = payload.conclusion?.causes ?? [];
  lines.push(
    causes.length
      ? `Conclusion: ${causes.map((c) => `${titles[c.cause] ?? CAUSES[c.cause].title} (${Math.round(c.confidence * 100)}%)`).join("; ")}`
      : "Conclusion: none yet",
  );
  const items = Object.entries(payload.checklist);
  lines.push(items.length ? "Checklist:" : "Checklist: none");
  for (const [id, done] of items) lines.push(`  [${done ? "x" : " "}] ${id}`);
  return lines.join("\n");
}

/** The content review's summary, as the preview lists it (nothing when there was no step). */
function describeContent(content: SharePayload["content"]): string[] {
  if (!content) return [];
  if (content.status === "not-reviewed") return ["Content review: not reviewed"];
  const t = content.thresholds;
  return [
    `Content review: score ${content.score} (junk from ${t.junk}, refused from ${t.reject})${content.headersOnly ? ", headers only" : ""}`,
    ...content.findings.map(
      (f) => `  ${f.points > 0 ? "+" : ""}${f.points} ${f.title} (${f.rule})`,
    ),
    ...(content.more ? [`  and ${content.more} more`] : []),
  ];
}

/** A report's step: its title and words may name addresses the link masks. */
export interface ReportStepWords {
  title: string;
  detail?: string;
}

export interface SharePreview<T extends ReportStepWords = ReportStepWords> {
  /** The payload as it will be encoded (redacted). */
  payload: SharePayload;
  /** Readable text of exactly what the link will contain. */
  preview: string;
  fragment: string;
  /** Length of the full link `${origin}/r#${fragment}`. */
  linkLength: number;
  /** Parts taken out besides the original message (HTML copies, attachments, HTML turned to text). */
  changes: PartChange[];
  /** The steps given (if any), masked with the link's numbering where the link masks addresses. */
  items: T[] | undefined;
}

export function previewShare<T extends ReportStepWords = ReportStepWords>(
  payload: SharePayload,
  options: RedactOptions & {
    origin?: string;
    causeTitles?: CauseTitles;
    /** The report's steps (the wizard's checklist), masked in the same pass as the link. */
    items?: readonly T[];
  },
): SharePreview<T> {
  const masker = createAddressMasker();
  const { payload: redacted, changes } = redactPayloadWithChanges(payload, options, masker);
  const fragment = encodeShareFragment(redacted);
  const items = options.items?.map((i) => (options.maskLocalParts ? maskStep(i, masker) : i));
  return {
    payload: redacted,
    changes,
    items,
    preview: describePayload(redacted, changes, options.causeTitles),
    fragment,
    linkLength: buildResultUrl(options.origin ?? "", fragment).length,
  };
}

/** A step's title and words masked by `masker` (after the link's text: its numbering). */
export function maskStep<T extends ReportStepWords>(step: T, masker: AddressMasker): T {
  return {
    ...step,
    title: masker.mask(step.title),
    ...(step.detail ? { detail: masker.mask(step.detail) } : {}),
  };
}
