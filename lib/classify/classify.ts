// classify(parsed): one cause per bounced recipient, with the features that decided it.
// Data plus a small pure engine, in the shape of lib/rules: each recipient's report becomes a
// Refusal (lib/bounce/refusal.ts); its facts become features weighted by the tables in
// lib/knowledge (phrases, provider status readings, concepts, the registries); the features add
// up per cause; stage shifts move general evidence; the top cause is named only when it leads
// clearly, else `unknown` with the causes that remain possible. Nothing reads the parser's
// `format` label, and no candidate is pushed over the top after ranking.
import { collapseWhitespace, hasNonBlank } from "@/lib/bounce/blank";
import { CAUSES, type CauseId } from "@/lib/causes/causes";
import { hostUnder } from "@/lib/bounce/host-under";
import { inOriginal, noticeEnd, noticeText } from "@/lib/bounce/notice-text";
import { toRefusal, verifiedReplyCodes, type Refusal } from "@/lib/bounce/refusal";
import type { ParsedBounce, RecipientReport, Span } from "@/lib/bounce/types";
import type { DelayNotice, Diagnosis, RankedCause } from "@/lib/diagnosis/types";
import { HEADER_SIGNALS } from "@/lib/knowledge/header-signals";
import { WEIGHTS, type DecisionThresholds } from "@/lib/knowledge/scoring/weights";
import {
  bounceWriters,
  commandFromText,
  LOCAL_MAILER_LINE,
  remoteHost,
  transcriptReply,
} from "./bounce-context";
import type { Feature } from "./features";
import type { MatchFacts } from "./matcher";
import { ALL_TABLES } from "./phrase-rules";
import {
  conceptFeatures,
  possibilityFeatures,
  phraseFeatures,
  dropSubsumed,
  type WholeText,
} from "./read-refusal";
import { readingFeatures, replyFeatures, statusFeatures } from "./code-features";
import { autoReplySignal, delaySignal, successSignal } from "./confidence";
import { readListsAsPossibilities } from "./enumeration";
import { readAdviceAsPossibilities } from "./advice";
import { namedDomainFeatures, recipientDomain, senderDomains } from "./named-domain";
import { statusComment } from "./status-comment";
import { statusReading } from "./status-reading";
import { givesDelayReason, readDelayNotice, withoutDelayRestatements } from "./delay-notice";
import { decide, shiftFeatures } from "./score";
import { notABounce, verdictConfidence, type Verdict } from "./verdict";
import { overallOf } from "@/lib/diagnosis/overall";
import { possibleOf, toDiagnosis } from "./verdict-diagnosis";
import { normalizeString, offsetRuns, stripContinuations, type OffsetRuns } from "./text-index";

/** Diagnostics longer than this are cut: keeps every match linear and bounded. */
const MAX_DIAGNOSTIC = 4000;
/** Without a diagnostic, this much of the text is searched. */
const MAX_FALLBACK_TEXT = 12000;

const IDENTITIES = ALL_TABLES.map((t) => t.identity);

/** A text normalised (normalizeString) with the original offset of each character (OffsetRuns). */
interface IndexedText {
  s: string;
  map: OffsetRuns;
}

interface Context {
  parsed: ParsedBounce;
  /** The whole text normalised (normalizeString), made at the first needle the diagnostic lacks. */
  textString: string | null;
  textIndex: IndexedText | null;
  writers: ReadonlySet<string>;
  /** noticeText's first MAX_FALLBACK_TEXT characters: what the whole-text fallback reads. */
  noticeHead: string | null;
  matchTextAll: string | null;
  wholeHay: string | null;
  /**
   * Normalised diagnostics by span ("start:end"): every feature of a recipient locates in the
   * same one. Made at the first feature located (none are without evidence: classifyCauses).
   */
  spanIndex: Map<string, IndexedText> | null;
  /** The span spanText read last and its normalised words (the same object: no key to make). */
  lastSpan: Span | null;
  lastSpanText: IndexedText | null;
  /** The decision's thresholds when not DECISION's (scripts/eval-calibration.ts sweeps them). */
  thresholds: DecisionThresholds | undefined;
  /** The sender's domains (named-domain.ts senderDomains), made on first need. */
  senderDomains: string[] | null;
}

/**
 * The whole text normalised, with its offset map. The string is made first (textString): most
 * needles a diagnostic lacks are not in the whole text either (words read from a Sendmail
 * transcript's reply, from a copy with the continuations stripped), and for them the map of a
 * bounce's whole text was never needed.
 */
function textIndex(ctx: Context): IndexedText {
  if (!ctx.textIndex) {
    const { text } = ctx.parsed;
    ctx.textString ??= normalizeString(text);
    ctx.textIndex = { s: ctx.textString, map: offsetRuns(text, text.length, ctx.textString) };
  }
  return ctx.textIndex;
}

/** Whether the whole text, normalised, holds the needle. */
function wholeTextHolds(ctx: Context, needle: string): boolean {
  ctx.textString ??= normalizeString(ctx.parsed.text);
  return ctx.textString.includes(needle);
}

/**
 * The span's words normalised, made once per span ("start:end"). The last span asked is kept
 * beside the map: a recipient's features all locate in its one span (no key made per feature).
 */
function spanText(ctx: Context, near: Span): IndexedText {
  if (ctx.lastSpan === near && ctx.lastSpanText) return ctx.lastSpanText;
  const key = `${near.start}:${near.end}`;
  ctx.spanIndex ??= new Map();
  let local = ctx.spanIndex.get(key);
  if (!local) {
    const words = ctx.parsed.text.slice(near.start, near.end);
    const s = normalizeString(words);
    local = { s, map: offsetRuns(words, words.length, s) };
    ctx.spanIndex.set(key, local);
  }
  ctx.lastSpan = near;
  ctx.lastSpanText = local;
  return local;
}

/** Where `needle` (normalised text) occurs in parsed.text, preferring the diagnostic's own span. */
function locate(ctx: Context, needle: string, near: Span | null): Span[] {
  if (needle.length === 0) return near ? [near] : [];
  if (near) {
    const local = spanText(ctx, near);
    const at = local.s.indexOf(needle);
    if (at >= 0) {
      const start = near.start + (local.map.at(at) ?? 0);
      const end = near.start + (local.map.at(at + needle.length - 1) ?? 0) + 1;
      return [{ start, end }];
    }
  }
  // Not in the whole text: nowhere to find it (the searches below would find no place).
  if (!wholeTextHolds(ctx, needle)) return near ? [near] : [];
  const idx = textIndex(ctx);
  let from = 0;
  if (near) {
    let lo = 0;
    let hi = idx.map.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((idx.map.at(mid) ?? 0) < near.start) lo = mid + 1;
      else hi = mid;
    }
    from = lo;
  }
  let at = noticeIndexOf(ctx, idx, needle, from);
  if (at < 0 && from > 0) at = noticeIndexOf(ctx, idx, needle, 0);
  if (at < 0) return near ? [near] : [];
  const start = idx.map.at(at) ?? 0;
  const end = (idx.map.at(at + needle.length - 1) ?? start) + 1;
  return [{ start, end }];
}

/** How many of a needle's places in the returned original are passed over before giving up. */
const MAX_ORIGINAL_HITS = 8;

/**
 * Where `needle` occurs in the normalised text from `from`, outside the returned original: the
 * words the notice was read by are the notice's own (noticeText), not the sender's copy.
 */
function noticeIndexOf(ctx: Context, idx: IndexedText, needle: string, from: number): number {
  let at = idx.s.indexOf(needle, from);
  for (let k = 0; at >= 0 && k < MAX_ORIGINAL_HITS; k++) {
    if (!inOriginal(ctx.parsed, idx.map.at(at) ?? 0)) return at;
    at = idx.s.indexOf(needle, at + 1);
  }
  return at >= 0 && !inOriginal(ctx.parsed, idx.map.at(at) ?? 0) ? at : -1;
}

function spanOf(r: RecipientReport, key: keyof RecipientReport["spans"]): Span[] {
  const s = r.spans[key];
  return s ? [s] : [];
}

/** The notice's own text (the returned original left out), as much as the fallback reads. */
function noticeHead(ctx: Context): string {
  ctx.noticeHead ??= noticeText(ctx.parsed, MAX_FALLBACK_TEXT);
  return ctx.noticeHead;
}

function matchTextAll(ctx: Context): string {
  ctx.matchTextAll ??= normalizeString(noticeHead(ctx));
  return ctx.matchTextAll;
}

function wholeTextHay(ctx: Context): string {
  if (ctx.wholeHay === null) {
    const n = matchTextAll(ctx);
    ctx.wholeHay = `${n} \u0000 ${stripContinuations(n)}`;
  }
  return ctx.wholeHay;
}

/**
 * The recipient's words for matching: a transcript's own reply line (`reply`, transcriptReply's)
 * with the summary, continuations stripped.
 */
function wordsHay(
  ctx: Context,
  r: RecipientReport,
  refusal: Refusal,
  reply: string | null,
): string | null {
  if (refusal.words === "") return null;
  const own =
    reply && !refusal.words.includes(reply.trim()) && !SERVER_REPLY.test(reply)
      ? `${reply} \u0000 ${refusal.words}`
      : refusal.words;
  const n = normalizeString(own, MAX_DIAGNOSTIC);
  const stripped = stripContinuations(n);
  return stripped === n ? n : `${n} \u0000 ${stripped}`;
}

/** An enhanced status code inside the diagnostic, e.g. "550 5.7.26 ...". */
const STATUS_IN_TEXT = /(?:^|[\s(\[#])([245]\.\d{1,3}\.\d{1,3})(?=[\s):\].,;]|$)/;

/**
 * A DSN's bare "5.0.0" gives way to the more specific code in the server's own reply. A code in
 * the words must be of the reply's class (RFC 3463 section 2): "550 ... (RFC 5321 2.3.5)" cites
 * a section, it reports no success.
 */
function bestStatus(r: RecipientReport): string | null {
  if (!r.diagnostic || (r.status && !/^[45]\.0\.0$/.test(r.status))) return r.status;
  const m = STATUS_IN_TEXT.exec(r.diagnostic.slice(0, 400));
  const inText = m?.[1];
  if (!inText || inText === r.status || /^[45]\.0\.0$/.test(inText)) return r.status;
  if (r.status && inText[0] !== r.status[0]) return r.status;
  if (r.replyCode !== null && inText[0] !== String(r.replyCode)[0]) return r.status;
  return inText;
}

/** Whether one of the writers wrote the bounce. */
function wroteBy(writers: readonly string[], by: ReadonlySet<string>): boolean {
  for (let k = 0; k < writers.length; k++) if (by.has(writers[k]!)) return true;
  return false;
}

/** Whether the header fields hold this field with this value. */
function hasField(
  fields: NonNullable<ParsedBounce["headers"]>,
  name: string,
  value: string,
): boolean {
  for (let k = 0; k < fields.length; k++)
    if (fields[k]!.name === name && fields[k]!.value === value) return true;
  return false;
}

/** A writer's verdict in the bounce's own header fields (lib/knowledge/header-signals.ts). */
function headerFeatures(ctx: Context, out: Feature[]): void {
  const fields = ctx.parsed.headers;
  if (!fields || fields.length === 0) return;
  for (let k = 0; k < HEADER_SIGNALS.length; k++) {
    const s = HEADER_SIGNALS[k]!;
    if (!wroteBy(s.writers, ctx.writers)) continue;
    if (!hasField(fields, s.header, s.value)) continue;
    out.push({
      id: s.id,
      kind: "header",
      cause: s.cause,
      weight: WEIGHTS.header * s.confidence,
      general: false,
      provider: s.writers[0] ?? "generic",
      note: s.note,
      source: s.source,
      spans: [],
      hint: false,
      matched: undefined,
    });
  }
}

/** "Diagnostic-Code: X-Unix; 255": a local delivery program's exit status, not an SMTP reply. */
const X_UNIX_DIAGNOSTIC = /diagnostic-code:[ \t]{0,20}x-unix;[ \t]{0,20}\d{1,3}[ \t]*$/im;

/**
 * Delivery to a program (a "|command" recipient, RFC 3464 "X-Unix" diagnostic type) that failed:
 * the recipient's own mail system broke (sendmail's and Exim's local delivery agents report the
 * program's exit status, sysexits.h).
 */
function localMailerFeature(ctx: Context, r: RecipientReport): Feature | null {
  const pipe = (r.address ?? "").startsWith("|");
  const exitStatus =
    r.diagnostic !== null &&
    /^\s*\d{1,3}\s*$/.test(r.diagnostic) &&
    X_UNIX_DIAGNOSTIC.test(ctx.parsed.text.slice(0, 200_000));
  if (!pipe && !exitStatus) return null;
  return {
    id: pipe ? "dsn.recipient-is-program" : "dsn.x-unix-exit-status",
    kind: "delivery",
    cause: "remote-server-error",
    weight: WEIGHTS.localMailer,
    general: false,
    provider: "iana",
    note: pipe
      ? "The failed recipient is a program the mail was piped to: the receiving system's local delivery failed."
      : `The report gives a program's exit status (${(r.diagnostic ?? "").trim()}), not an SMTP reply: the receiving system's local delivery program failed.`,
    source:
      "RFC 3464 section 2.3.6 (diagnostic-type); sysexits.h; https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Reason.pm",
    spans: spanOf(r, "diagnostic"),
    hint: false,
    matched: undefined,
  };
}

/**
 * Whether the recipient's domain is the reporting MTA's own: its host name is that domain or a
 * name under it (mx.example.com reporting for someone@example.com). Null when either is unknown.
 */
function recipientLocal(reportingMta: string | null, address: string | null): boolean | null {
  const at = address?.lastIndexOf("@") ?? -1;
  const host = reportingMta?.trim().toLowerCase().replace(/\.$/, "");
  if (!address || at < 0 || !host) return null;
  const domain = address
    .slice(at + 1)
    .toLowerCase()
    .replace(/[>\s]+$/, "");
  if (!domain.includes(".")) return null;
  return hostUnder(host, domain);
}

/** A reply code anywhere in a line ("Server response: 550 ..."). */
const ANY_REPLY_CODE = /(?:^|[\s:])[245]\d\d(?=[\s-]|$)/;

/** A reply line's codes: "550 5.7.1 ..." or "550-5.7.1 ...". */
const SERVER_REPLY = /^\s*([245]\d\d)[ -](?:([245]\.\d{1,3}\.\d{1,3})\b)?/;

/** Where features are found when no evidence is shown (classifyCauses): nowhere. */
const NO_SPANS: Span[] = [];
const noSpans = (): Span[] => NO_SPANS;

/**
 * One recipient's verdict. `explain`: the features' spans are located in the text, for the
 * evidence; without it (classifyCauses) they are left empty, which changes no score.
 */
function verdictFor(
  ctx: Context,
  report: RecipientReport,
  siblings: number,
  explain: boolean,
): Verdict {
  let r = report;
  const { parsed } = ctx;
  // A Sendmail transcript's "<<<" reply is the server's own words and codes; the summary line
  // under it ("554 5.0.0 Service unavailable") is Sendmail's own.
  const transcript = transcriptReply(parsed.text, r);
  if (transcript && !LOCAL_MAILER_LINE.test(transcript)) {
    const own = SERVER_REPLY.exec(transcript);
    // A transcript reply with no code anywhere in it leaves the recipient no server's code: the
    // summary's is Sendmail's.
    r = own?.[1]
      ? { ...r, replyCode: Number(own[1]), status: own[2] ?? null, diagnostic: transcript }
      : ANY_REPLY_CODE.test(transcript)
        ? { ...r, diagnostic: transcript }
        : { ...r, replyCode: null, diagnostic: transcript };
  }
  // Postfix's recipient address verification quotes the refusing server's reply under fixed
  // codes of its own (4.1.1/5.1.1): the quoted reply's codes are the ones that mean something.
  const verified = verifiedReplyCodes(r.diagnostic);
  if (verified) r = { ...r, ...verified };
  // A short paste whose only recipient has no words of its own: the paste is its words.
  // (Its own words: not the returned original's.)
  if (!r.diagnostic && siblings === 1 && parsed.text.length <= MAX_WORDS_PASTE) {
    const words = collapseWhitespace(noticeText(parsed, MAX_WORDS_PASTE, "\n\n")).trim();
    if (words)
      r = {
        ...r,
        diagnostic: words,
        spans: { ...r.spans, diagnostic: { start: 0, end: noticeEnd(parsed) } },
      };
  }
  // One short paragraph that starts with the reply: the lines after it are the reply copied with
  // hard line breaks ("421 mwinf5c27 ME", then "Trop de connexions, ..."), not prose of their own.
  // (Up to the returned original, when the paste holds one: those lines are the sender's.)
  const ownEnd = noticeEnd(parsed);
  const after = r.spans.diagnostic
    ? parsed.text.slice(r.spans.diagnostic.end, Math.max(r.spans.diagnostic.end, ownEnd))
    : "";
  if (
    r.diagnostic &&
    siblings === 1 &&
    parsed.text.length <= MAX_WORDS_PASTE &&
    r.spans.replyCode !== undefined &&
    // (What the server wrote before its code, "ELNK_105 550 ...", starts its words too.)
    !hasNonBlank(
      parsed.text.slice(
        0,
        Math.min(r.spans.replyCode.start, r.spans.diagnostic?.start ?? Infinity),
      ),
    ) &&
    hasNonBlank(after) &&
    !/\n[ \t]*\n/.test(parsed.text.trim()) &&
    !REPLY_LINE.test(after)
  )
    r = {
      ...r,
      diagnostic: `${r.diagnostic} ${collapseWhitespace(after).trim()}`,
      spans: {
        ...r.spans,
        diagnostic: { start: r.spans.diagnostic!.start, end: ownEnd },
      },
    };
  const status = bestStatus(r);
  const diagnostic = r.diagnostic;
  const refusal = toRefusal(parsed, r, {
    writers: ctx.writers,
    stageInText: r.smtpCommand ? null : commandFromText(parsed.text, r),
    host: remoteHost(r),
    diagnostic,
    status,
    identities: IDENTITIES,
  });
  const failing =
    r.action === "failed" ||
    r.action === "delayed" ||
    (r.replyCode ?? 0) >= 400 ||
    /^[45]\./.test(status ?? "");
  if (!failing && refusal.shape === "feedback-report")
    return notABounce(
      refusal,
      "This is a complaint (feedback) report, not a delivery failure.",
      "format.arf",
      [],
      "feedback-report",
    );
  if (r.action === "delivered" || r.action === "relayed" || r.action === "expanded")
    return notABounce(
      refusal,
      `The report says the message was ${r.action}: nothing failed for this recipient.`,
      `dsn.action.${r.action}`,
      [],
      `dsn-action-${r.action}`,
    );
  const looked = status ? statusReading(status) : null;
  if (looked?.class.code === "2")
    return notABounce(
      refusal,
      `Status ${status} reports success.`,
      "rfc3463.class-2",
      spanOf(r, "status"),
      successSignal(refusal),
    );

  const statusSpan = spanOf(r, "status");
  const replySpan = spanOf(r, "replyCode");
  const facts: MatchFacts = {
    status,
    reply: r.replyCode,
    command: refusal.stage?.command ?? null,
    rhost: refusal.host,
    writers: ctx.writers,
    recipientLocal: recipientLocal(parsed.reportingMta, r.address),
  };
  const near = refusal.wordsSpan;
  const loc = explain ? (needle: string) => locate(ctx, needle, near) : noSpans;
  const features: Feature[] = [];
  // The transcript's reply depends only on where the diagnostic is and whose it is: read again
  // only when the paste's own words replaced the diagnostic above.
  const reply =
    r.spans === report.spans && r.address === report.address
      ? transcript
      : transcriptReply(parsed.text, r);
  const hay = wordsHay(ctx, r, refusal, reply);
  // A recipient with no words of its own, only delayed (4.x.x), is not described by the words
  // of the bounce's other, failed recipients: leave it to its status (RFC 3464 2.3.3).
  const delayedWithoutWords =
    hay === null && siblings > 1 && (r.action === "delayed" || looked?.class.code === "4");
  // One array for all of the recipient's features: each reader adds to it.
  if (hay !== null) {
    const whole: WholeText = {
      normalized: () => matchTextAll(ctx),
      raw: () => noticeHead(ctx),
    };
    phraseFeatures(refusal, hay, facts, 1, loc, whole, undefined, features);
    conceptFeatures(hay, 1, loc, features);
    possibilityFeatures(hay, r.replyCode, loc, features);
    // "553 neko.example.com does not exist": whose domain it names decides the cause.
    ctx.senderDomains ??= senderDomains(parsed);
    namedDomainFeatures(
      hay,
      { sender: ctx.senderDomains, recipient: recipientDomain(r.address) },
      loc,
      features,
    );
  }
  // A delayed recipient with no words may still give its reason in its Status field's comment
  // (status-comment.ts): read it as its words rather than the bounce's whole text.
  const comment =
    hay === null && (r.action === "delayed" || looked?.class.code === "4")
      ? statusComment(parsed.text, r.spans.status)
      : null;
  if (comment !== null) {
    const said = normalizeString(comment, MAX_DIAGNOSTIC);
    phraseFeatures(refusal, said, facts, 1, loc, null, undefined, features);
    conceptFeatures(said, 1, loc, features);
  }
  if (hay === null && comment === null && !delayedWithoutWords) {
    // The recipient has no words of its own: the bounce's whole text, for less. (Words that
    // say nothing known are not replaced by the writer's boilerplate around them.)
    // Hints (one word, a restatement) and concepts would fire on the boilerplate and on the
    // returned message's headers ("X-Spam-Status: No, score=..."): only full wordings count there.
    const all = wholeTextHay(ctx);
    const found = phraseFeatures(refusal, all, facts, WEIGHTS.wholeTextFactor, loc, null);
    for (let k = 0; k < found.length; k++) if (!found[k]!.hint) features.push(found[k]!);
    // A writer's own notice that hedges between causes (Google Groups') ranks them.
    possibilityFeatures(all, r.replyCode, loc, features, WEIGHTS.wholeTextFactor);
  }
  dropSubsumed(features);
  // Words inside a list of examples ("such as being full or inactive") are possibilities.
  if (hay !== null) readListsAsPossibilities(features, hay);
  // Words inside advice to the sender ("set up SPF records ... if you have not") are no reason.
  if (hay !== null) readAdviceAsPossibilities(features, hay);
  headerFeatures(ctx, features);
  readingFeatures(refusal, statusSpan, undefined, features);
  // (The status read above is the refusal's: refusal.status is `status`.)
  statusFeatures(refusal, statusSpan, features, looked);
  replyFeatures(refusal, replySpan, statusSpan, features);
  const mailer = localMailerFeature(ctx, r);
  if (mailer) features.push(mailer);
  if (
    !features.some((f) => f.kind !== "possible") &&
    (r.action === "delayed" || (looked?.class.code === "4" && !r.diagnostic))
  )
    // A delay is a fact about the queue, not a reason (RFC 3464 section 2.3.3: "delayed"
    // only says delivery has not yet succeeded): with no words, nothing says why, so it ranks
    // an unreachable server as possible and decides nothing (a missing fact adds nothing).
    features.push({
      id: "dsn.action.delayed",
      kind: "possible",
      cause: "remote-unreachable",
      weight: WEIGHTS.delayedWithoutReason,
      general: true,
      provider: "iana",
      note: "Delivery is delayed and the server gave no reason.",
      source: "RFC 3464 section 2.3.3",
      spans: [],
      hint: false,
      matched: undefined,
    });
  const delayNotice = readDelayNotice(refusal, features);
  // A delay notice is read by the reason it gives, as the final bounce would be; words that
  // only say "delayed" are no reason. With no reason, nothing failed that could be named.
  const read = delayNotice ? withoutDelayRestatements(features) : features;
  const shifts = shiftFeatures(refusal, read);
  for (let k = 0; k < shifts.length; k++) read.push(shifts[k]!);
  const d = decide(read, ctx.thresholds);
  if (delayNotice && !givesDelayReason(d.cause, read))
    return {
      ...notABounce(refusal, delayNotice.note, delayNotice.ruleId, [], delaySignal(refusal)),
      delayNotice,
    };
  if (!failing && refusal.shape === "auto-reply") {
    // An automatic reply carries no failure unless a provider's own wording says otherwise.
    const specific = d.ranked[0]?.features.some(
      (f) => !f.general && f.kind !== "possible" && f.weight >= WEIGHTS.documented * 0.8,
    );
    if (!specific)
      return notABounce(
        refusal,
        "This is an automatic reply (out of office or vacation), not a delivery failure.",
        "format.auto-reply",
        [],
        autoReplySignal(ctx.parsed.headers),
      );
  }
  return delayNotice
    ? { refusal, cause: d.cause, margin: d.margin, ranked: d.ranked, delayNotice }
    : { refusal, cause: d.cause, margin: d.margin, ranked: d.ranked };
}

/** A paste this short with no recipient is read as one reply's words. */
const MAX_WORDS_PASTE = 2000;
/** A line that starts with a reply code: a reply of its own, or a "550-" continuation already joined. */
const REPLY_LINE = /^[ \t]*[245]\d\d[ -]/m;

/** A pseudo-recipient for a text with no recipient: the first SMTP reply in it. */
const FIRST_REPLY =
  /(?:^|[\s:;(\["'])([245]\d\d)(?:[ -]([245]\.\d{1,3}\.\d{1,3}))?(?=[\s:;,.)\]]|$)/;

function wholeTextRecipient(parsed: ParsedBounce): RecipientReport {
  // The notice's own text, before the returned original: a code in the sender's copy is no reply.
  const head = parsed.text.slice(0, Math.min(MAX_FALLBACK_TEXT, noticeEnd(parsed)));
  const m = FIRST_REPLY.exec(head);
  const spans: RecipientReport["spans"] = {};
  let replyCode: number | null = null;
  let status: string | null = null;
  if (m?.[1]) {
    const at = m.index + m[0].indexOf(m[1]);
    replyCode = Number(m[1]);
    spans.replyCode = { start: at, end: at + 3 };
    if (m[2]) {
      const sAt = m.index + m[0].lastIndexOf(m[2]);
      status = m[2];
      spans.status = { start: sAt, end: sAt + m[2].length };
    }
  }
  // A short paste with no recipient is the server's words themselves ("Recipient Not Found"):
  // read as its diagnostic, as the same words inside a bounce would be.
  const short = parsed.text.length <= MAX_WORDS_PASTE;
  if (short) spans.diagnostic = { start: 0, end: noticeEnd(parsed) };
  return {
    address: null,
    action: null,
    replyCode,
    status,
    diagnostic: short
      ? collapseWhitespace(noticeText(parsed, MAX_WORDS_PASTE, "\n\n")).trim() || null
      : null,
    remoteMta: null,
    smtpCommand: null,
    spans,
  };
}

function newContext(parsed: ParsedBounce, thresholds?: DecisionThresholds): Context {
  return {
    parsed,
    textString: null,
    textIndex: null,
    writers: bounceWriters(parsed),
    noticeHead: null,
    matchTextAll: null,
    wholeHay: null,
    spanIndex: null,
    lastSpan: null,
    lastSpanText: null,
    thresholds,
    senderDomains: null,
  };
}

export function classify(parsed: ParsedBounce, thresholds?: DecisionThresholds): Diagnosis {
  const ctx = newContext(parsed, thresholds);
  const messages: string[] = [];
  const n = parsed.recipients.length;
  const recipients = parsed.recipients.map((r, i) =>
    toDiagnosis(i + 1, r, verdictFor(ctx, r, n, true)),
  );
  let overall: Diagnosis["overall"];
  const first = recipients[0];
  if (first) {
    overall = overallOf(first);
  } else if (parsed.text.trim() === "") {
    overall = {
      cause: "unknown",
      confidence: 0,
      actor: CAUSES.unknown.actor,
      evidence: [],
      possible: [],
    };
  } else {
    const pseudo = wholeTextRecipient(parsed);
    const d = toDiagnosis(1, pseudo, verdictFor(ctx, pseudo, 1, true));
    overall = overallOf(d);
    if (d.cause === "unknown" && (d.possible ?? []).length === 0)
      messages.push(NOTHING_READ_MESSAGE);
  }
  return { version: 1, parsed, recipients, overall, messages };
}

/** The message for a text whose words named no recipient and no cause. */
export const NOTHING_READ_MESSAGE = "The text names no recipient and no known error wording.";

/** One recipient's cause alone (classifyCauses): the fields of its RecipientDiagnosis, no evidence. */
export interface RecipientCause {
  index: number;
  recipient: RecipientReport;
  cause: CauseId;
  confidence: number;
  /** When `cause` is "unknown" and some remain: the causes still possible, ranked (as the diagnosis's). */
  possible?: RankedCause[];
  delayNotice?: DelayNotice;
}

/** The causes of a bounce without their evidence: what the command line's JSON lines print. */
export interface Causes {
  recipients: RecipientCause[];
  overall: { cause: CauseId; confidence: number; possible?: RankedCause[] };
}

function recipientCause(index: number, recipient: RecipientReport, v: Verdict): RecipientCause {
  const out: RecipientCause = {
    index,
    recipient,
    cause: v.cause,
    confidence: verdictConfidence(v),
  };
  if (v.cause === "unknown" && v.ranked.length > 0) out.possible = possibleOf(v);
  if (v.delayNotice) out.delayNotice = v.delayNotice;
  return out;
}

/**
 * classify()'s causes and confidences, the same figures, without what only the evidence needs
 * (where each feature's words are in the text, the notes' evidence list, the refusal summary):
 * a batch of the command line's --jsonl prints nothing else.
 */
export function classifyCauses(parsed: ParsedBounce): Causes {
  const ctx = newContext(parsed);
  const n = parsed.recipients.length;
  const recipients: RecipientCause[] = [];
  for (let i = 0; i < n; i++) {
    const r = parsed.recipients[i]!;
    recipients.push(recipientCause(i + 1, r, verdictFor(ctx, r, n, false)));
  }
  const first = recipients[0];
  let overall: Causes["overall"];
  if (first) {
    overall = { cause: first.cause, confidence: first.confidence };
    if (first.possible) overall.possible = first.possible;
  } else if (parsed.text.trim() === "") overall = { cause: "unknown", confidence: 0 };
  else {
    const pseudo = wholeTextRecipient(parsed);
    const v = verdictFor(ctx, pseudo, 1, false);
    overall = { cause: v.cause, confidence: verdictConfidence(v) };
    if (v.cause === "unknown" && v.ranked.length > 0) overall.possible = possibleOf(v);
  }
  return { recipients, overall };
}
