// parseBounce: whatever was pasted → ParsedBounce. Never throws: any failure inside a
// stage becomes a warning and the stages that follow work on what there is.
import { isAutoReplySubject } from "./auto-reply-subject";
import { decodeEncodedWords } from "./encoded-words";
import { mboxMessageCount, mboxWarning } from "./mbox";
import { dsnAddress, parseDeliveryStatus, stripTypePrefix, type DsnGroup } from "./dsn-fields";
import {
  preferExpandedFrom,
  preferExpandedFromHuman,
  preferSentAddresses,
} from "./dsn-sent-address";
import type { DeliveryStatus, DsnAddress, DsnField } from "./dsn-fields";
import {
  failedRecipientsFromHeaders,
  feedbackRecipients,
  attachedComplaintRecipients,
  isBounceNotice,
  originalRecipients,
  toAddresses,
  addressesIn,
} from "./header-recipients";
import { extractProviderCodes } from "./extract";
import { memoOf, withEvidenceOnDemand } from "./evidence";
import { sentenceNamingAddress } from "./list-intro";
import {
  humanRecipients,
  MAX_DIAGNOSTIC,
  normalizeAddress,
  normalizeHost,
  originalMessageStart,
  smtpCommandIn,
  splitLines,
} from "./human-recipients";
import { withoutRepeatedGroups } from "./repeated-groups";
import { ATTACHED_BOUNCE_NOTE, isAttachedBounce } from "./attached-bounce";
import { headerBlockEnd } from "./header-fields";
import { restoreClientReplies } from "./client-replies";
import { unwrapForwarded } from "./forwarded";
import { GramSet, literalGrams } from "./gram-set";
import { branchGrams, gatePattern, gatedTest, requiredGrams } from "./literal-gate";
import { decodeInput, MAX_PARSE_CHARS, normalizeLineEnds, NOT_UTF8_WARNING } from "./input";
import { looksLikeMessage, readMessage, readSimpleMessage, type HeaderLine } from "./mime";
import {
  COMPLAINT_EVENTS,
  hasDelayWording,
  MTA_FORMATS,
  REPORTING_MTA_INTROS,
  type MtaFormat,
} from "./mta-formats";
import { readOriginalMessage } from "./original-headers";
import { htmlToText, looksLikeHtml, unquote } from "./plain-text";
import { withoutSendmailDerivedStatus } from "./sendmail-status";
import { bestReply, findSmtpReplies, joinReplyLines } from "./smtp-reply";
import type { BounceFormat, DsnAction, ParsedBounce, RecipientReport, Span } from "./types";
import { collapseWhitespace, hasNonBlank } from "./blank";
import { SIGNAL_HEADER_NAMES } from "@/lib/knowledge/header-signals";

const ACTIONS: DsnAction[] = ["failed", "delayed", "delivered", "relayed", "expanded"];

/** The per-recipient fields that name the recipient, in the order they are believed. */
const RECIPIENT_FIELDS = ["final-recipient", "original-recipient", "x-actual-recipient"] as const;

/** The text sections of a whole message, joined into ParsedBounce.text. */
interface Layout {
  text: string;
  human: [number, number];
  dsn: [number, number][];
  original: [number, number] | null;
  feedback: boolean;
  /** The feedback report's text (RFC 5965), when there is one. */
  feedbackText: string | null;
  /** Complainers named by the reported message of a report with no feedback part (JMRP). */
  complainers: string[];
  headers: HeaderLine[];
  /** The first attached message, whole, when the message has no report part of its own. */
  attached: string | null;
}

function emptyParsed(text: string, format: BounceFormat, warnings: string[]): ParsedBounce {
  return {
    text,
    format,
    generator: null,
    recipients: [],
    reportingMta: null,
    ips: [],
    hosts: [],
    domains: [],
    blocklistZones: [],
    providerCodes: [],
    original: null,
    warnings,
  };
}

/** The body of a message: what follows its header block. */
function bodyOf(message: string): string {
  const blank = headerBlockEnd(message);
  return blank === -1 ? "" : message.slice(blank + 1);
}

// Synchronous: nothing in it waits, and an await per message cost a promise and a microtask.
function layoutMessage(
  raw: string | Uint8Array,
  plain: string,
  warnings: string[],
  ascii?: string,
): Layout | null {
  try {
    const simple = readSimpleMessage(plain);
    const parts = simple ?? readMessage(raw, ascii);
    // Read from its bytes, each part was decoded in its own charset: how the whole input would
    // have been decoded as one text says nothing about what is shown.
    if (!simple && typeof raw !== "string") {
      const k = warnings.indexOf(NOT_UTF8_WARNING);
      if (k !== -1) warnings.splice(k, 1);
    }
    let human = parts.text;
    if (!hasNonBlank(human) && parts.html) human = htmlToText(parts.html);
    // A report whose MIME structure is broken (boundaries stripped, a boundary parameter on an
    // unfolded line) leaves the parser no part: its body, as written, is the best text there is.
    if (!hasNonBlank(human) && parts.deliveryStatus.length === 0 && !parts.feedbackReport)
      human = bodyOf(plain);
    human = normalizeLineEnds(human).slice(0, MAX_PARSE_CHARS);
    const sections: string[] = [human];
    let offset = human.length;
    const dsn: [number, number][] = [];
    for (let k = 0; k < parts.deliveryStatus.length; k++) {
      const block = normalizeLineEnds(parts.deliveryStatus[k]!);
      offset += 2;
      dsn.push([offset, offset + block.length]);
      sections.push(block);
      offset += block.length;
    }
    const feedback = parts.feedbackReport;
    // A complaint report without the RFC 5965 part (Microsoft's JMRP) is known by its attachment.
    const complainers =
      feedback === null && parts.deliveryStatus.length === 0 && parts.original
        ? attachedComplaintRecipients(parts.original)
        : [];
    if (feedback) {
      const block = normalizeLineEnds(feedback);
      offset += 2;
      sections.push(block);
      offset += block.length;
    }
    let original: [number, number] | null = null;
    if (parts.original) {
      const norm = normalizeLineEnds(parts.original);
      // Only the original's headers: its body is the sender's text, not the server's words.
      const blank = headerBlockEnd(norm);
      const block = (
        blank === -1 ? norm : norm.slice(0, blank + 1) + "\n[original message body]\n"
      ).slice(0, 256_000);
      offset += 2;
      original = [offset, offset + block.length];
      sections.push(block);
      offset += block.length;
    }
    return {
      text: sections.join("\n\n"),
      human: [0, human.length],
      dsn,
      original,
      feedback: feedback !== null || complainers.length > 0,
      feedbackText: feedback,
      complainers,
      headers: parts.headers,
      attached:
        parts.deliveryStatus.length === 0 && feedback === null && complainers.length === 0
          ? parts.original
          : null,
    };
  } catch (error) {
    warnings.push(
      `The message structure could not be read (${error instanceof Error ? error.message : "unknown error"}); it was read as plain text.`,
    );
    return null;
  }
}

/** The characters before the first blank or "(": what split(/[\s(]/)[0] gives (always a match). */
const FIRST_ACTION_WORD = /^[^\s(]*/;

function field(group: DsnGroup, name: string) {
  return group.get(name) ?? null;
}

function dsnRecipients(text: string, groups: DsnGroup[]): RecipientReport[] {
  return groups.map((g) => {
    const spans: RecipientReport["spans"] = {};
    // Final-Recipient is where delivery was tried; when it is no Internet address (an X.400
    // name, "system;<>", a gateway's internal route) the address the sender wrote is in
    // Original-Recipient (RFC 3464 section 2.3.1), or in Exchange's X-Actual-Recipient.
    // The first field whose address is usable, else the first field there is: read in one
    // indexed loop (no arrays and closures per group), each field's address read once.
    let chosen: { f: DsnField; a: DsnAddress } | null = null;
    for (let k = 0; k < RECIPIENT_FIELDS.length; k++) {
      const f = g.get(RECIPIENT_FIELDS[k]!);
      if (f === undefined) continue;
      const a = dsnAddress(f.value);
      if (a.usable) {
        chosen = { f, a };
        break;
      }
      // Failing a usable one, a field that names an address at all before one that names a
      // local program or alias: chasquid writes the alias's target as Final-Recipient ("utf-8;
      // false", a pipe) under Original-Recipient "utf-8; user@host" (its test suite,
      // test/t-05-null_address/expected_dsr).
      if (chosen === null || (!chosen.a.address.includes("@") && a.address.includes("@")))
        chosen = { f, a };
    }
    let address: string | null = null;
    if (chosen) {
      const { f: rcpt, a } = chosen;
      address = a.address === "" ? null : normalizeAddress(a.address);
      spans.address = {
        start: rcpt.span.start + a.offset,
        end: rcpt.span.start + a.offset + a.address.length,
      };
    }
    const actionField = field(g, "action");
    // The value's first word, as split(/[\s(]/)[0] gave it, without the split's array.
    const actionRaw = actionField
      ? FIRST_ACTION_WORD.exec(actionField.value.toLowerCase())![0]
      : "";
    const action = (ACTIONS as string[]).includes(actionRaw) ? (actionRaw as DsnAction) : null;
    const statusField = field(g, "status");
    const statusMatch = statusField
      ? /([245])\.(\d{1,3})\.(\d{1,3})/.exec(statusField.value)
      : null;
    let status = statusMatch
      ? `${statusMatch[1]}.${Number(statusMatch[2])}.${Number(statusMatch[3])}`
      : null;
    if (statusField && statusMatch)
      spans.status = {
        start: statusField.span.start + statusMatch.index,
        end: statusField.span.start + statusMatch.index + statusMatch[0].length,
      };
    const diag = field(g, "diagnostic-code");
    let diagnostic: string | null = null;
    let replyCode: number | null = null;
    if (diag) {
      const { value } = stripTypePrefix(diag.value);
      diagnostic =
        collapseWhitespace(
          withoutRepeatedStatus(value, text.slice(diag.span.start, diag.span.end)),
        ).trim() || null;
      // A value with no words, such as a local delivery program's exit status ("X-Unix; 71",
      // Sendmail, sisimai/set-of-emails lhost-sendmail-55.eml), says nothing a reader can use:
      // the human part's reply ("451 4.0.0 Operating system error") is read in its place.
      if (diagnostic && !/[A-Za-z]{2}/.test(diagnostic)) diagnostic = null;
      if (diagnostic) spans.diagnostic = diag.span;
      // An exit status ("255") is no reply code either.
      const reply = diagnostic
        ? bestReply(findSmtpReplies(text, diag.span.start, diag.span.end), 1)
        : null;
      if (reply) {
        replyCode = reply.replyCode;
        spans.replyCode = reply.codeSpan;
        if (diagnostic) diagnostic = joinReplyLines(diagnostic, reply.replyCode, reply.status);
        // The remote server's own code is more specific than the reporting MTA's summary
        // in Status (Sendmail writes "Status: 4.4.7" over a "450 4.7.1" reply).
        if (reply.status && reply.status[0] === String(reply.replyCode)[0]) {
          status = reply.status;
          if (reply.statusSpan) spans.status = reply.statusSpan;
        }
      }
    }
    const remote = field(g, "remote-mta");
    let remoteMta: string | null = null;
    if (remote) {
      const { value, offset } = stripTypePrefix(remote.value);
      remoteMta = normalizeHost(value) || null;
      spans.remoteMta = {
        start: remote.span.start + offset,
        end: remote.span.start + offset + value.length,
      };
    }
    return {
      address,
      action,
      replyCode,
      status,
      diagnostic,
      remoteMta,
      smtpCommand: diagnostic ? smtpCommandIn(diagnostic) : null,
      spans,
    };
  });
}

function within(inner: Span | undefined, outer: Span | undefined): boolean {
  return !!inner && !!outer && inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * Recipients the human part reports refused, with the server's reply, that no DSN group names:
 * appended. RFC 3464 §2.3 gives a complete report a group per recipient it is about, so such a
 * recipient means the report part was cut short: pasted from a thread that quotes a bounce up to
 * the middle of its second group (review 27: two refused recipients in the notice, one group in
 * the DSN, and the second recipient was lost). Only the notice's lines above the report count. Matched by every address a group names (final,
 * original) and by "expanded from", as enrichFromHuman matches them.
 */
function addHumanOnlyFailures(
  text: string,
  groups: readonly DsnGroup[],
  recipients: RecipientReport[],
  human: readonly RecipientReport[],
): void {
  const named = new Set<string>();
  for (const r of recipients) {
    if (r.address) named.add(r.address.toLowerCase());
    if (r.finalAddress) named.add(r.finalAddress.toLowerCase());
  }
  for (const g of groups)
    for (const field of ["final-recipient", "original-recipient"] as const) {
      const value = g.get(field)?.value;
      if (value) named.add(dsnAddress(value).address.toLowerCase());
    }
  // The notice's own lines, above the report: not the report's fields read as a notice.
  const reportStart = groups.reduce((min, g) => {
    for (const f of g.values()) min = Math.min(min, f.span.start);
    return min;
  }, text.length);
  for (const h of human) {
    if (!h.address || named.has(h.address.toLowerCase())) continue;
    if (!h.spans.address || h.spans.address.start >= reportStart) continue;
    if (h.replyCode === null || h.replyCode < 400 || h.diagnostic === null) continue;
    if (h.action === "delivered" || h.action === "relayed" || h.action === "expanded") continue;
    // A notice's line for an alias names the address it was expanded from: that one is named.
    if (recipients.some((r) => expandedFromAddress(text, [h], r.address) === h)) continue;
    named.add(h.address.toLowerCase());
    recipients.push(h);
  }
}

/** Fills what a DSN group left out (reply code, diagnostic) from the human-readable part. */
function enrichFromHuman(text: string, dsn: RecipientReport[], human: RecipientReport[]): void {
  // Indexed loops, not forEach and find (a closure per recipient).
  for (let i = 0; i < dsn.length; i++) {
    const r = dsn[i]!;
    const match =
      sameAddress(human, r.address) ??
      expandedFromAddress(text, human, r.address) ??
      (dsn.length === 1 && human.length === 1 ? human[0] : undefined) ??
      (human.length === dsn.length ? human[i] : undefined);
    if (!match) continue;
    // Only a failure reply explains a failed or delayed recipient, and only one of the class its
    // Status gives: a number in a quoted Received field ("(256 bits)") is no reply of the server.
    if (
      r.replyCode === null &&
      match.replyCode !== null &&
      match.replyCode >= 400 &&
      (r.status === null || r.status[0] === String(match.replyCode)[0])
    ) {
      r.replyCode = match.replyCode;
      if (match.spans.replyCode) r.spans.replyCode = match.spans.replyCode;
    }
    if (r.status === null && match.status) r.status = match.status;
    if (!r.diagnostic && match.diagnostic) {
      r.diagnostic = match.diagnostic;
      if (match.spans.diagnostic) r.spans.diagnostic = match.spans.diagnostic;
      // With no Diagnostic-Code, the human part's reply is the remote server's own words, and
      // its status is more specific than a Status field that gives only the class ("5.0.0",
      // RFC 3463 "other undefined status"): Exim's DSN writes "Status: 5.0.0" over a quoted
      // "550 5.1.1 ... User unknown". The status must sit in that reply, of the reply's class.
      if (
        r.status?.endsWith(".0.0") &&
        match.status &&
        match.replyCode !== null &&
        match.status[0] === String(match.replyCode)[0] &&
        match.status !== r.status &&
        within(match.spans.status, match.spans.diagnostic)
      ) {
        r.status = match.status;
        r.spans.status = match.spans.status;
      }
    }
    r.remoteMta ??= match.remoteMta;
    r.smtpCommand ??= match.smtpCommand;
  }
}

/**
 * A Diagnostic-Code written status first, no reply code, whose folded lines each repeat the status
 * as a multi-line reply repeats its code: Zoho Mail relaying Gmail's refusal ("Diagnostic-Code:
 * 5.2.1 The email account that you tried to reach is disabled. Learn more at\n\t\t\t5.2.1
 * https://support.google.com/mail/?p=DisabledUser ...", postalsys/emailengine
 * test/fixtures/bounces/zoho.eml). The repeats go; the first stays.
 */
function withoutRepeatedStatus(value: string, raw: string): string {
  const first = /^[ \t]*([245]\.\d{1,3}\.\d{1,3})[ \t]/.exec(value);
  if (!first) return value;
  const status = first[1]!.replace(/\./g, "\\.");
  // Only where the field's own folded lines start with it (`raw`, the field as written).
  if (!new RegExp(`\\n[ \\t]*${status}[ \\t]`).test(raw)) return value;
  const head = first[0].length;
  return (
    value.slice(0, head) +
    value.slice(head).replace(new RegExp(`(^|\\s)${status}[ \\t]+`, "g"), "$1")
  );
}

/**
 * A Diagnostic-Code that holds only the first line of a multi-line reply: its code is followed by
 * "-" (RFC 5321 section 4.2.1, "more lines follow"), and no line of the same code closes it.
 * Sendmail copies into the DSN only the reply's first line, while its transcript in the human
 * part ("<<< 550-5.7.1 ...", "<<< 550 5.7.1 ...") holds all of it: "Diagnostic-Code: SMTP;
 * 550-5.7.1 [192.0.2.1 7] Our system has detected that this message is" over Gmail's whole
 * refusal in the transcript (sendgrid/go-gmime gmime/fixtures/DSN-spam.eml; sisimai/set-of-emails
 * lhost-sendmail-58.eml, -59, -60). Group 1 is the code.
 */
const FIRST_LINE_ONLY = /^[^;\n]{0,20};[ \t]*([2-5]\d\d)-/;

/** Words of a reply as compared across copies: codes and status prefixes out, blanks collapsed, lower case. */
function replyWords(words: string): string {
  return collapseWhitespace(
    words.replace(/(?:^|\s)[2-5]\d\d[ -](?:#?[245]\.\d{1,3}\.\d{1,3}\s)?/g, " "),
  )
    .trim()
    .toLowerCase();
}

/** A line of a session transcript that quotes the server's reply: "<<< 550-5.7.1 text". */
const TRANSCRIPT_REPLY = /^<<<[ \t]?([2-5]\d\d)([ -])(.*)$/gm;

/**
 * The replies a transcript quotes ("<<< 550-5.7.1 ..." up to "<<< 550 5.7.1 ..."), each one's
 * lines joined, in text[from, to).
 */
function transcriptReplies(text: string, from: number, to: number): { text: string; span: Span }[] {
  const out: { text: string; span: Span }[] = [];
  const region = text.slice(from, to);
  let open: { code: string; parts: string[]; start: number; end: number } | null = null;
  TRANSCRIPT_REPLY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TRANSCRIPT_REPLY.exec(region)) !== null) {
    const code = m[1]!;
    const end = m.index + m[0].length;
    // A line that does not follow the open reply's last line directly, or of another code, starts anew.
    if (
      open &&
      (open.code !== code ||
        region.lastIndexOf("\n", m.index - 1) + 1 !== m.index ||
        open.end + 1 !== m.index)
    )
      open = null;
    open ??= { code, parts: [], start: m.index, end };
    // Each line repeats the status ("<<< 550-5.7.1 ..."): kept on the first line only.
    const words = m[3]!.trim();
    const status =
      open.parts.length === 0 ? null : /^#?[245]\.\d{1,3}\.\d{1,3}(?=\s|$)/.exec(open.parts[0]!);
    open.parts.push(
      status && words.startsWith(status[0]) ? words.slice(status[0].length).trim() : words,
    );
    open.end = end;
    if (m[2] === " ") {
      out.push({
        text: collapseWhitespace(`${code} ${open.parts.join(" ")}`).trim(),
        span: { start: from + open.start, end: from + end },
      });
      open = null;
    }
  }
  return out;
}

/**
 * Gives a DSN recipient whose Diagnostic-Code is a reply's first line only (FIRST_LINE_ONLY) the
 * whole reply, from the transcript in the human part: a reply of the same code whose words begin
 * with those of the first line and go on.
 */
function completeFirstLines(
  text: string,
  human: readonly [number, number],
  recipients: RecipientReport[],
): void {
  let replies: { text: string; span: Span }[] | null = null;
  for (let i = 0; i < recipients.length; i++) {
    const r = recipients[i]!;
    const span = r.spans.diagnostic;
    if (!r.diagnostic || !span || r.replyCode === null) continue;
    const raw = text.slice(span.start, span.end);
    const m = FIRST_LINE_ONLY.exec(raw);
    if (!m || Number(m[1]) !== r.replyCode) continue;
    // Closed in the field itself: "550 5.7.1 ..." (a line of the same code without "-").
    if (new RegExp(`(?:^|\\s)${m[1]} `).test(raw.slice(m.index + m[0].length))) continue;
    const first = replyWords(r.diagnostic);
    if (first.length === 0) continue;
    replies ??= transcriptReplies(text, human[0], human[1]);
    for (let k = 0; k < replies.length; k++) {
      const reply = replies[k]!;
      if (!reply.text.startsWith(m[1]!)) continue;
      const words = replyWords(reply.text);
      if (words.length <= first.length || !words.startsWith(first)) continue;
      r.diagnostic = reply.text.slice(0, MAX_DIAGNOSTIC);
      r.spans.diagnostic = reply.span;
      break;
    }
  }
}

/**
 * The note under (or beside) a recipient's address that names the address it was expanded from:
 * Exim's "  target@example.net\n    (generated from user@example.org)", Postfix's "<target@...>
 * (expanded from <user@...>):". Group 1 is that address. Looked for from the recipient's address
 * to the end of the next line.
 */
const EXPANDED_FROM =
  /^[^\n]{0,300}?(?:\n[ \t]{0,12})?\((?:expanded|generated|ultimately generated) from <?([^\s<>()@]{1,256}@[^\s<>()]{1,256}?)>?\)/i;

/**
 * The human report whose address was expanded from `address`: Exim's DSN names the address the
 * sender wrote (Final-Recipient: rfc822;user@example.org) where its text lists the address that
 * failed with a "(generated from user@example.org)" note under it, and gives the reason there
 * (Exim's test suite, test/mail/0224.CALLER: "bounce@test.ex\n (generated from userxx@test.ex)\n
 * Unrouteable address", over a DSN group with no Diagnostic-Code).
 */
function expandedFromAddress(
  text: string,
  reports: RecipientReport[],
  address: string | null,
): RecipientReport | undefined {
  if (!address) return undefined;
  const lower = address.toLowerCase();
  for (let k = 0; k < reports.length; k++) {
    const span = reports[k]!.spans.address;
    if (!span) continue;
    const m = EXPANDED_FROM.exec(text.slice(span.end, span.end + 700));
    if (m && m[1]!.toLowerCase() === lower) return reports[k];
  }
  return undefined;
}

/** The first report for `address` in any case (none for a null or empty address). */
function sameAddress(
  reports: RecipientReport[],
  address: string | null,
): RecipientReport | undefined {
  if (!address) return undefined;
  const lower = address.toLowerCase();
  for (let k = 0; k < reports.length; k++) {
    const other = reports[k]!.address;
    if (other && other.toLowerCase() === lower) return reports[k];
  }
  return undefined;
}

/** The bounce's own header fields that MTA_FORMATS signatures may name. */
const GENERATOR_HEADERS = new Set([
  "from",
  "subject",
  "x-mailer",
  "message-id",
  "x-ms-exchange-message-is-ndr",
  "x-failed-recipients",
  "x-postfix-queue-id",
  "x-mlserver",
]);

/**
 * MTA_FORMATS' signatures with their literal gates: most of them are absent from a bounce. A
 * signature that is an alternation has no one literal; each of its branches has one.
 */
const GATED_FORMATS = MTA_FORMATS.map((f) => ({
  id: f.id,
  signatures: f.signatures.map((re) => {
    const gate = gatePattern(re);
    // Every literal a signature needs, when it needs more than its gate's one: Yahoo's and
    // iCloud's "From: ...@yahoo.com" signatures are gated by "from:" alone, which every bounce
    // holds, and were run on every message; their domains' grams rule most messages out.
    const required = requiredGrams(re);
    return {
      gate,
      branches: gate.literal ? null : branchGrams(re),
      required: required.length > 1 ? required : null,
    };
  }),
}));

/**
 * The grams of detectGenerator's last probe: its headers and the text's first characters. Every
 * gate it is asked about is the grams of an ASCII literal (gatePattern and branchGrams give no
 * others; REPORTING_MTA_GRAMS and hasDelayWording's come from them), so it is loaded with
 * loadForAsciiGates. Only a reader in the same call may use it (the next parse reloads it): the
 * evidence found on demand (evidence.ts) is found without it.
 */
const PROBE_GRAMS = new GramSet();
const PROBE_TEXT_CHARS = 6000;

/**
 * The grams of the parse's probe (its header fields and its text's first PROBE_TEXT_CHARS
 * characters, lower-cased, loaded with loadForAsciiGates: ask it only about ASCII literals in
 * lower case), when they cover the text's first `length` characters and are still loaded: a
 * literal whose grams they lack is not in `parsed.text.slice(0, length).toLowerCase()`. Null
 * when they cannot say (the caller then reads the text itself). The set is reloaded by the next
 * parse: ask it at once, and keep no reference.
 */
export function textGramsOf(parsed: ParsedBounce, length: number): GramSet | null {
  if (length > PROBE_TEXT_CHARS) return null;
  // Each parse keeps its probe as detectGenerator loaded it (lower case) with its result
  // (withEvidenceOnDemand's memo): it says whether PROBE_GRAMS still holds this parse's load
  // (another parse may have reloaded it).
  const probe = memoOf(parsed);
  return probe !== null && PROBE_GRAMS.text === probe ? PROBE_GRAMS : null;
}

/**
 * Loads an empty probe in place of the last parse's, which holds its text's first characters:
 * a server worker calls it (through ./forget-input.ts) once a diagnosis is answered. A parse
 * asked about afterwards gets null from textGramsOf, and its caller reads the text itself.
 */
export function forgetLastProbe(): void {
  PROBE_GRAMS.load("");
}

/** Whether the probe holds one of the branches' grams: one literal of an alternation. */
function mayHoldABranch(branches: Int32Array[]): boolean {
  for (let k = 0; k < branches.length; k++) if (PROBE_GRAMS.mayHold(branches[k]!)) return true;
  return false;
}

/** Whether the probe may hold every requirement: one of each one's literals (requiredGrams). */
function mayHoldAll(required: Int32Array[][]): boolean {
  for (let k = 0; k < required.length; k++) if (!mayHoldABranch(required[k]!)) return false;
  return true;
}

function detectGenerator(text: string, headers: HeaderLine[]): string | null {
  // The generator headers joined by LF, as filter/map/join gave them, without their arrays.
  let headerText = "";
  let first = true;
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i]!;
    if (!GENERATOR_HEADERS.has(h.key)) continue;
    headerText += first ? `${h.key}: ${h.value}` : `\n${h.key}: ${h.value}`;
    first = false;
  }
  const probe = `${headerText}\n${text.slice(0, PROBE_TEXT_CHARS)}`;
  const lower = probe.toLowerCase();
  // One pass over the probe finds its grams; most signatures' literals are then ruled out
  // without a search through 6,000 characters each. (Loading the grams of the probe with ASCII
  // capitals folded, instead of lower-casing it first, measured slower: toLowerCase is native.)
  PROBE_GRAMS.loadForAsciiGates(lower);
  // Indexed loops: this runs for every message, over every format's signatures.
  for (let f = 0; f < GATED_FORMATS.length; f++) {
    const format = GATED_FORMATS[f]!;
    const signatures = format.signatures;
    for (let k = 0; k < signatures.length; k++) {
      const { gate, branches, required } = signatures[k]!;
      if (branches && !mayHoldABranch(branches)) continue;
      if (required && !mayHoldAll(required)) continue;
      if (gatedTest(gate, probe, lower, PROBE_GRAMS)) return format.id;
    }
  }
  return null;
}

/** The intros as one pattern, the host after them in group 1: one scan instead of one per intro. */
const REPORTING_MTA = new RegExp(
  `(?:${REPORTING_MTA_INTROS.map((re) => re.source).join("|")})\\s*([A-Za-z0-9][A-Za-z0-9.-]{0,252})`,
  "i",
);

/**
 * Each intro's literal as grams, in lower case (gatePattern of it read case-insensitively, as
 * REPORTING_MTA reads it); null if one has none to gate by.
 */
const REPORTING_MTA_GRAMS: Int32Array[] | null = (() => {
  const out: Int32Array[] = [];
  for (const re of REPORTING_MTA_INTROS) {
    const gate = gatePattern(new RegExp(re.source, "i"));
    if (!gate.literal || gate.grams.length === 0) return null;
    out.push(gate.grams);
  }
  return out;
})();

function reportingMtaFrom(text: string, human: [number, number]): string | null {
  // detectGenerator loaded PROBE_GRAMS with a probe that holds the whole text when it is short
  // enough (nothing reloads it before this, in the same call): a text none of whose grams holds
  // an intro's literal has no intro, and the pattern is not run.
  if (
    text.length <= PROBE_TEXT_CHARS &&
    REPORTING_MTA_GRAMS !== null &&
    !REPORTING_MTA_GRAMS.some((grams) => PROBE_GRAMS.mayHold(grams))
  )
    return null;
  const m = REPORTING_MTA.exec(text.slice(human[0], Math.min(human[1], human[0] + 20_000)));
  return m ? normalizeHost(m[1]!) : null;
}

/**
 * What the bounce's own header fields say that parseUnsafe asks up to four times (isAutoReply,
 * withHeaderRecipients): each read once, when first asked. isBounceNotice runs a dozen patterns
 * (1.6 us a message on the dev corpus). The headers are not changed after the layout is read.
 */
interface HeaderFacts {
  bounceNotice: () => boolean;
  /** failedRecipientsFromHeaders' list: shared, not to be changed. */
  failed: () => readonly string[];
}

function headerFacts(headers: HeaderLine[]): HeaderFacts {
  let notice: boolean | undefined;
  let failed: readonly string[] | undefined;
  return {
    bounceNotice: () => (notice ??= isBounceNotice(headers)),
    failed: () => (failed ??= failedRecipientsFromHeaders(headers)),
  };
}

function isAutoReply(headers: HeaderLine[], text: string, facts: HeaderFacts): boolean {
  // Exim and Google mark their bounces "Auto-Submitted: auto-replied" too.
  if (facts.bounceNotice() || facts.failed().length > 0) return false;
  // One indexed loop for the three fields, not a find or some (and its closure) for each.
  let auto: string | null = null;
  let subject: string | null = null;
  let marked = false;
  for (let i = 0; i < headers.length; i++) {
    const { key, value } = headers[i]!;
    if (key === "auto-submitted") auto ??= value;
    else if (key === "subject") subject ??= value;
    else if (key === "x-autoreply" || key === "x-autorespond") marked = true;
  }
  if ((auto ?? "").toLowerCase().startsWith("auto-replied")) return true;
  if (marked) return true;
  subject ??= "";
  // An encoded subject ("=?UTF-8?B?...?=", RFC 2047) is read decoded: other languages' names.
  if (subject.includes("=?")) subject = decodeEncodedWords(subject);
  return isAutoReplySubject(subject) && !/\b[45]\d\d[ -][45]\.\d/.test(text.slice(0, 20_000));
}

/** A per-recipient DSN field at a line's start, in a text with no DSN part. */
const INLINE_RECIPIENT_FIELD = /^(?:Final|Original)-Recipient[ \t]*:/im;
/** The grams of what every INLINE_RECIPIENT_FIELD match holds, in lower case. */
const RECIPIENT_FIELD_GRAMS = literalGrams("-recipient");

/** Lines drawn as rules at the start of a text ("--------------"). */
const LEADING_RULES = /^(?:[ \t]*[-=_*]{3,}[ \t]*\n)+/;

/**
 * `nested`: how deep in attached bounces this reading is (0 for the input itself). Synchronous:
 * nothing in it waits. As an async function (for its one recursive call) it was a generator
 * that V8's Maglev tier (the command line's top tier) left to the interpreter: its suspend and
 * resume handlers alone were 3% of a parse's instructions.
 */
function parseUnsafe(input: string | Uint8Array, nested = 0): ParsedBounce {
  const decoded = decodeInput(input);
  // slice, not a spread: a spread steps the array's iterator (calls under Maglev, the CLI's tier).
  const warnings = decoded.warnings.slice();
  if (decoded.binary) return emptyParsed(decoded.text, "text", warnings);
  if (!hasNonBlank(decoded.text)) return emptyParsed("", "empty", warnings);
  // A paste or file of several messages (mbox) is read for its first: say the rest were not.
  const messages = mboxMessageCount(decoded.text);
  if (messages > 1) warnings.push(mboxWarning(messages));

  let plain = restoreClientReplies(unwrapForwarded(unquote(decoded.text)));
  let layout: Layout | null = null;
  if (looksLikeMessage(plain)) {
    const raw =
      typeof input !== "string" && plain === decoded.text && !decoded.binary
        ? input.subarray(0, MAX_PARSE_CHARS * 3)
        : plain;
    // The bytes, character for character, when they are all ASCII (DecodedInput.asciiBytes: the
    // text itself when they hold no CR): readMime reads its lines from it.
    const asciiBytes = decoded.asciiBytes;
    const ascii =
      typeof raw !== "string" && asciiBytes !== null && raw.length === asciiBytes.length
        ? asciiBytes
        : undefined;
    layout = layoutMessage(raw, plain, warnings, ascii);
  }
  if (!layout) {
    if (looksLikeHtml(plain)) plain = htmlToText(plain);
    layout = {
      text: plain,
      human: [0, plain.length],
      dsn: [],
      original: null,
      feedback: false,
      feedbackText: null,
      complainers: [],
      headers: [],
      attached: null,
    };
  }
  // A bounce forwarded as an attachment is read as the bounce it carries (once: an attachment
  // of the attachment is that bounce's own business).
  if (
    nested === 0 &&
    layout.attached !== null &&
    isAttachedBounce(layout.attached, layout.headers)
  ) {
    const inner = parseUnsafe(layout.attached, nested + 1);
    return { ...inner, warnings: [...warnings, ATTACHED_BOUNCE_NOTE, ...inner.warnings] };
  }
  const { text, human } = layout;
  const facts = headerFacts(layout.headers);
  // isAutoReply of this message, asked up to three times below: read once, when first asked.
  let autoReplyRead: boolean | undefined;
  const autoReply = () => (autoReplyRead ??= isAutoReply(layout.headers, text, facts));

  // Read first: it loads PROBE_GRAMS, which the tests below may use as a gate.
  const generator = detectGenerator(text, layout.headers);
  const probe = PROBE_GRAMS.text;
  // A DSN pasted as text (or inlined in the body by a few MTAs) has the same fields. The probe
  // holds the whole text when it is short enough: without "-recipient" in any case, the pattern
  // (case-insensitive, ASCII letters only) cannot match, and is not run over the human part.
  let inlineDsn: DeliveryStatus | null = null;
  if (
    layout.dsn.length === 0 &&
    (text.length > PROBE_TEXT_CHARS || PROBE_GRAMS.mayHold(RECIPIENT_FIELD_GRAMS)) &&
    INLINE_RECIPIENT_FIELD.test(text.slice(human[0], human[1]))
  ) {
    const inline = parseDeliveryStatus(text, human[0], human[1]);
    if (inline.perRecipient.some((g) => g.has("final-recipient"))) {
      layout.dsn.push([human[0], human[1]]);
      inlineDsn = inline;
    }
  }
  // The inline DSN is then the only part, already read: not read twice.
  // Indexed, without destructuring each pair (an array pattern steps an iterator).
  let dsnParsed: DeliveryStatus[];
  if (inlineDsn) dsnParsed = [inlineDsn];
  else {
    dsnParsed = [];
    for (let k = 0; k < layout.dsn.length; k++) {
      const part = layout.dsn[k]!;
      dsnParsed.push(parseDeliveryStatus(text, part[0], part[1]));
    }
  }
  // One loop, not flatMap and filter: their arrays and closures showed in the profile.
  const dsnGroups: DsnGroup[] = [];
  for (let k = 0; k < dsnParsed.length; k++) {
    const groups = dsnParsed[k]!.perRecipient;
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      if (g.has("final-recipient") || g.has("original-recipient") || g.has("status"))
        dsnGroups.push(g);
    }
  }
  const perMessage = dsnParsed[0]?.perMessage;
  const humanLines = splitLines(text, human[0], human[1]);
  const originalStart = originalMessageStart(humanLines, human[1]);
  const ownLines = generator === null ? undefined : OWN_RECIPIENT_LINES.get(generator);
  const humanList = humanRecipients(text, human[0], human[1], humanLines, originalStart, ownLines);
  // With no DSN part, the writer's own words are all that say the report is a delay warning.
  // PROBE_GRAMS holds the whole text when it is short enough (detectGenerator, above).
  if (
    dsnGroups.length === 0 &&
    hasDelayWording(
      text.slice(human[0], originalStart),
      text.length <= PROBE_TEXT_CHARS ? PROBE_GRAMS : undefined,
    )
  )
    for (const r of humanList) r.action = "delayed";
  let recipients: RecipientReport[];
  if (dsnGroups.length > 0) {
    recipients = dsnRecipients(text, dsnGroups);
    enrichFromHuman(text, recipients, humanList);
    completeFirstLines(text, human, recipients);
    // After the human part is matched by the final address: then named as the sender wrote it.
    preferSentAddresses(dsnGroups, recipients);
    preferExpandedFromHuman(text, dsnGroups, recipients, humanList);
    recipients = withoutRepeatedGroups(recipients);
    // Only for a report pasted as text: a saved message holds its report part whole, and there
    // the notice's transcript names other addresses (forwards, the sender) with their codes.
    if (inlineDsn) addHumanOnlyFailures(text, dsnGroups, recipients, humanList);
  } else if (
    autoReply() &&
    humanList.every((r) => r.replyCode === null && r.status === null && r.diagnostic === null)
  ) {
    // An automatic reply (RFC 3834) writes addresses in its own words (a stand-in's, a
    // signature's): with no reply code or status beside them they are no failed recipients, and
    // the recipient is the one who answered (From, below).
    recipients = [];
  } else {
    recipients = humanList;
    preferExpandedFrom(text, recipients);
  }

  // The original message: a report part, or the copy below a marker in the human text.
  let original = null;
  let originalHeaders: string | null = null;
  if (layout.original) {
    originalHeaders = text.slice(layout.original[0], layout.original[1]);
    original = readOriginalMessage(originalHeaders);
  }
  if (!original) {
    const start = originalStart;
    if (start < human[1]) {
      // A rule may stand between the marker and the copy ("A summary of the undelivered
      // message you sent follows:", a line of dashes, then its fields: flufl.bounce simple_26.txt).
      const after = text.slice(text.indexOf("\n", start) + 1, human[1]).replace(LEADING_RULES, "");
      if (looksLikeMessage(after)) {
        originalHeaders = after;
        original = readOriginalMessage(after);
      }
    }
  }
  recipients = withHeaderRecipients(
    recipients,
    layout,
    originalHeaders,
    dsnGroups.length > 0,
    autoReply,
    facts,
  );
  if (dsnGroups.length === 0)
    for (const r of recipients) withSentenceNamingIt(text, human[0], originalStart, r);
  // Sendmail's status for a bare reply code is its own guess, not the server's (sendmail-status.ts).
  if (generator === "sendmail") withoutSendmailDerivedStatus(recipients);
  // A complaint event (JSON) names the complainers where a bounce names failed recipients: they
  // failed nothing, and the JSON around their address is no one's words.
  const complaintEvent =
    !layout.feedback && dsnGroups.length === 0 && isComplaintEvent(text, human);
  if (complaintEvent)
    recipients = recipients.flatMap((r) => (r.address ? [namedRecipient(r.address, null)] : []));

  const reportingField = perMessage?.get("reporting-mta");
  const reportingMta = reportingField
    ? stripTypePrefix(reportingField.value).value.toLowerCase() || null
    : reportingMtaFrom(text, human);

  let format: BounceFormat;
  if (layout.feedback || complaintEvent) format = "arf";
  else if (dsnGroups.length > 0) format = "dsn";
  else if (autoReply()) format = "auto-reply";
  else if (
    recipients.length > 0 &&
    (layout.headers.length > 0 || generator !== null || recipients.some((r) => r.address))
  )
    format = "mta-text";
  else if (recipients.length > 0) format = "smtp-reply";
  else format = "text";

  // The returned original: below the marker in the human part, and the attached part.
  const originalSpans: Span[] = [];
  if (originalStart < human[1]) originalSpans.push({ start: originalStart, end: human[1] });
  if (layout.original) originalSpans.push({ start: layout.original[0], end: layout.original[1] });

  // The checks' evidence is found when first read (evidence.ts says why), and sits between
  // reportingMta and providerCodes as it always did.
  const parsed = withEvidenceOnDemand(
    { text, format, generator, recipients, reportingMta },
    text,
    recipients.length === 0,
    {
      providerCodes: extractProviderCodes(text),
      original,
      originalSpans,
      headers: signalHeaders(layout.headers),
      warnings,
    },
    probe,
  );
  return parsed;
}

/** The bounce's own header fields that lib/knowledge/header-signals.ts reads, at most a few. */
function signalHeaders(headers: HeaderLine[]): { name: string; value: string }[] {
  // One indexed loop, not filter, slice and map (three arrays and two closures per message).
  const out: { name: string; value: string }[] = [];
  for (let i = 0; i < headers.length && out.length < 8; i++) {
    const h = headers[i]!;
    if (SIGNAL_HEADER_NAMES.has(h.key))
      out.push({ name: h.key, value: collapseWhitespace(h.value).trim().slice(0, 200) });
  }
  return out;
}

/** Whether the human part's first 20,000 characters are a complaint event (COMPLAINT_EVENTS). */
function isComplaintEvent(text: string, human: [number, number]): boolean {
  const head = text.slice(human[0], Math.min(human[1], human[0] + 20_000));
  for (let k = 0; k < COMPLAINT_EVENTS.length; k++)
    if (COMPLAINT_EVENTS[k]!.test(head)) return true;
  return false;
}

/**
 * Each writer's own recipient lines by its id (MTA_FORMATS' first format of an id, as find
 * gave it): looked up once per message.
 */
const OWN_RECIPIENT_LINES: ReadonlyMap<string, MtaFormat["recipientLines"]> = (() => {
  const out = new Map<string, MtaFormat["recipientLines"]>();
  for (const f of MTA_FORMATS) if (!out.has(f.id)) out.set(f.id, f.recipientLines);
  return out;
})();

function namedRecipient(address: string, action: DsnAction | null): RecipientReport {
  return {
    address,
    action,
    replyCode: null,
    status: null,
    diagnostic: null,
    remoteMta: null,
    smtpCommand: null,
    spans: {},
  };
}

/**
 * Recipients that the header fields name: a feedback report's Original-Rcpt-To, an auto-reply's
 * sender (the recipient who answered), X-Failed-Recipients, and — for a bounce that names nobody
 * in its text — the original message's To.
 */
function withHeaderRecipients(
  found: RecipientReport[],
  layout: Layout,
  originalHeaders: string | null,
  fromDsn: boolean,
  autoReply: () => boolean,
  facts: HeaderFacts,
): RecipientReport[] {
  const headers = layout.headers;
  if (layout.feedback) {
    if (found.length > 0) return found;
    const named = [...feedbackRecipients(layout.feedbackText ?? ""), ...layout.complainers];
    const list =
      named.length > 0 ? named : originalHeaders ? toAddresses(originalHeaders).slice(0, 1) : [];
    return list.map((a) => namedRecipient(a, null));
  }
  if (headers.length === 0) return found;
  const failed = facts.failed();
  if (failed.length > 0 && !fromDsn) {
    // The header is the machine-readable list: text hits that it does not name are other
    // addresses (the sender, a forwarding address) when at least one hit agrees with it.
    const lower = new Set(failed.map((a) => a.toLowerCase()));
    const agreeing = found.filter((r) => r.address && lower.has(r.address.toLowerCase()));
    if (agreeing.length > 0) return agreeing;
    if (found.length === 1 && !found[0]!.address) {
      found[0]!.address = failed[0]!;
      return found;
    }
    if (found.length === 0) return failed.map((a) => namedRecipient(a, "failed"));
    return found;
  }
  // One recipient whose reply names no address (a Sendmail transcript's "421 example.com
  // (smtp)... Deferred: ...", sisimai/set-of-emails lhost-v5sendmail-01.eml): the bounce's copy of
  // the original says whom it was for, when it names one.
  if (found.length === 1 && !found[0]!.address && originalHeaders && facts.bounceNotice()) {
    const to = originalRecipients(originalHeaders);
    if (to.length === 1) found[0]!.address = to[0]!;
    return found;
  }
  if (found.length > 0) return found;
  if (facts.bounceNotice()) {
    const to = originalHeaders ? originalRecipients(originalHeaders) : [];
    return to.slice(0, 1).map((a) => namedRecipient(a, "failed"));
  }
  if (autoReply()) {
    const from = addressesIn(headers.find((h) => h.key === "from")?.value ?? "");
    return from.slice(0, 1).map((a) => namedRecipient(a, null));
  }
  return found;
}

/**
 * For a recipient that only the headers named (no line of the notice matched a recipient
 * layout) and that has no words: the sentence of the notice that names its address, when it
 * says more than the address (list-intro.ts sentenceNamingAddress).
 */
function withSentenceNamingIt(text: string, from: number, to: number, r: RecipientReport): void {
  if (!r.address || r.spans.address || r.diagnostic || r.replyCode !== null || r.status !== null)
    return;
  const found = sentenceNamingAddress(text, from, to, r.address);
  if (!found) return;
  r.diagnostic = found.text;
  r.spans.diagnostic = found.span;
}

/** Parses a pasted bounce, a dropped .eml (bytes), or any text at all. Never throws. */
export async function parseBounce(input: string | Uint8Array): Promise<ParsedBounce> {
  try {
    return parseUnsafe(input);
  } catch (error) {
    const text = typeof input === "string" ? input.slice(0, MAX_PARSE_CHARS) : "";
    return emptyParsed(text, "text", [
      `The text could not be read (${error instanceof Error ? error.name : "error"}).`,
    ]);
  }
}
