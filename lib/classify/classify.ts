// classify(parsed): one cause per bounced recipient, with the evidence that decided it.
// Order of strength: a provider or MTA signature in the server's own words, then generic
// keyword patterns, then the enhanced status code (RFC 3463 / IANA registry), then the
// basic reply code. Pure and browser-safe; the catalog is compiled once at module load.
import { CAUSES, type CauseId } from "@/lib/causes/causes";
import type { ParsedBounce, RecipientReport, Span } from "@/lib/bounce/types";
import type { Diagnosis, Evidence, RankedCause, RecipientDiagnosis } from "@/lib/diagnosis/types";
import {
  describeStatus,
  IANA_REGISTRY_URL,
  lookupStatus,
} from "@/lib/knowledge/enhanced-status-codes";
import { PROVIDER_ORIGINS } from "@/lib/knowledge/bounce-writers";
import { HEADER_SIGNALS } from "@/lib/knowledge/header-signals";
import { lookupReplyCode } from "@/lib/knowledge/reply-codes";
import {
  KEYWORD_SIGNATURES,
  MTA_DEFAULT_PROVIDERS,
  PROVIDER_SIGNATURES,
} from "@/lib/knowledge/signatures";
import { bounceWriters, commandFromText, remoteHost, transcriptReply } from "./bounce-context";
import {
  compileSignatures,
  contextFits,
  GramTable,
  hostUnder,
  matchSignature,
  signatureSet,
  type MatchFacts,
  type SignatureSet,
} from "./matcher";
import { normalize, normalizeString, stripContinuations, type NormalizedText } from "./text-index";

const ALL_COMPILED = [
  ...compileSignatures(PROVIDER_SIGNATURES, 1),
  ...compileSignatures(KEYWORD_SIGNATURES, 2),
];
/** Signatures read in the recipient's diagnostic. */
const COMPILED = signatureSet(ALL_COMPILED.filter((c) => c.sig.scope !== "text"));
/** Signatures read in the bounce's whole text (a writer's own summary lines): few, and all context-bound. */
const TEXT_COMPILED: SignatureSet = signatureSet(
  ALL_COMPILED.filter((c) => c.sig.scope === "text"),
);

/** Diagnostics longer than this are cut: keeps every match linear and bounded. */
const MAX_DIAGNOSTIC = 4000;
/** Without a diagnostic, this much of the text is searched. */
const MAX_FALLBACK_TEXT = 12000;

/** Added to a candidate's confidence to rank evidence kinds (signature > keyword > status > reply). */
const TIER_WEIGHT = { signature: 0.3, keyword: 0.15, status: 0, reply: -0.2 } as const;

/** Added to the score of a signature whose per-MTA context (writer, remote host, command) held. */
const CONTEXT_BONUS = 0.15;

interface Candidate {
  cause: CauseId;
  confidence: number;
  score: number;
  evidence: Evidence;
}

interface Context {
  parsed: ParsedBounce;
  textIndex: NormalizedText | null;
  /** Who wrote the bounce (generator and recognised writers). */
  writers: ReadonlySet<string>;
  /** The bounce's text (its first MAX_FALLBACK_TEXT characters) normalised for matching, once per bounce, when needed. */
  matchTextAll: string | null;
  /** The whole text as read when a recipient's own diagnostic says nothing known. */
  wholeHay: string | null;
}

function textIndex(ctx: Context): NormalizedText {
  ctx.textIndex ??= normalize(ctx.parsed.text);
  return ctx.textIndex;
}

/** Where `needle` (normalised text) occurs in parsed.text, preferring the diagnostic's own span. */
function locate(ctx: Context, needle: string, near: Span | undefined): Span[] {
  if (needle.length === 0) return near ? [near] : [];
  if (near) {
    // Most hits are inside the diagnostic: normalise only that stretch.
    const local = normalize(ctx.parsed.text.slice(near.start, near.end));
    const at = local.s.indexOf(needle);
    if (at >= 0) {
      const start = near.start + (local.map[at] ?? 0);
      const end = near.start + (local.map[at + needle.length - 1] ?? 0) + 1;
      return [{ start, end }];
    }
  }
  const idx = textIndex(ctx);
  let from = 0;
  if (near) {
    // First normalised index at or after the diagnostic's start.
    let lo = 0;
    let hi = idx.map.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((idx.map[mid] ?? 0) < near.start) lo = mid + 1;
      else hi = mid;
    }
    from = lo;
  }
  let at = idx.s.indexOf(needle, from);
  if (at < 0 && from > 0) at = idx.s.indexOf(needle);
  if (at < 0) return near ? [near] : [];
  const start = idx.map[at] ?? 0;
  const end = (idx.map[at + needle.length - 1] ?? start) + 1;
  return [{ start, end }];
}

function spanOf(r: RecipientReport, key: keyof RecipientReport["spans"]): Span[] {
  const s = r.spans[key];
  return s ? [s] : [];
}

/** Reused for every text: classify() is synchronous, so one table serves all calls. */
const GRAMS = new GramTable();

/**
 * Whose wording the evidence names: a provider's or MTA's own name only when that provider wrote
 * the bounce or answered (lib/knowledge/bounce-writers.ts PROVIDER_ORIGINS); the same words from
 * anyone else are a known wording, not "Microsoft's".
 */
function wordingLabel(ctx: Context, provider: string, rhost: string | null): string {
  if (provider === "generic") return "a known wording";
  const origin = PROVIDER_ORIGINS[provider];
  if (!origin) return provider;
  if (origin.writers.some((w) => ctx.writers.has(w))) return provider;
  const reporting = ctx.parsed.reportingMta?.toLowerCase() ?? null;
  for (const host of [rhost, reporting])
    if (host && origin.hosts.some((d) => hostUnder(host, d))) return provider;
  if (ctx.parsed.providerCodes.some((p) => origin.codes.includes(p.provider))) return provider;
  return "a known wording";
}

function candidateOf(
  ctx: Context,
  c: SignatureSet["list"][number],
  hit: { text: string },
  r: RecipientReport,
  weight: number,
  rhost: string | null,
): Candidate {
  const tierWeight = c.tier === 1 ? TIER_WEIGHT.signature : TIER_WEIGHT.keyword;
  // Without a diagnostic the whole text is read: keywords there are weak evidence.
  const confidence = c.sig.confidence * (c.tier === 1 ? Math.max(weight, 0.85) : weight);
  return {
    cause: c.sig.cause,
    confidence,
    // Longer matched phrases are more specific: a small tie-breaker. A rule bound to who wrote
    // the bounce or who answered is more specific than the same words anywhere.
    score:
      confidence +
      tierWeight +
      (c.sig.writers || c.sig.rhosts || c.sig.commands ? CONTEXT_BONUS : 0) +
      Math.min(hit.text.length, 80) / 2000,
    evidence: {
      ruleId: c.sig.id,
      note:
        c.sig.note ??
        `The server's text matches "${hit.text}" (${wordingLabel(ctx, c.sig.provider, rhost)}), which means: ${CAUSES[c.sig.cause].title.toLowerCase()}.`,
      source: c.sig.source,
      spans: locate(ctx, hit.text, r.spans.diagnostic),
    },
  };
}

function signatureCandidates(
  ctx: Context,
  hay: string,
  r: RecipientReport,
  weight: number,
  facts: MatchFacts,
): Candidate[] {
  const out: Candidate[] = [];
  GRAMS.load(hay);
  for (const i of GRAMS.candidates(COMPILED)) {
    const c = COMPILED.list[i];
    if (!c) continue;
    const hit = matchSignature(c, GRAMS, facts);
    if (hit) out.push(candidateOf(ctx, c, hit, r, weight, facts.rhost));
  }
  // A writer's own summary lines elsewhere in the bounce: only read when one may apply here.
  if (TEXT_COMPILED.list.some((c) => contextFits(c.sig, facts))) {
    GRAMS.load(matchTextAll(ctx));
    for (const i of GRAMS.candidates(TEXT_COMPILED)) {
      const c = TEXT_COMPILED.list[i];
      if (!c) continue;
      const hit = matchSignature(c, GRAMS, facts);
      if (hit) out.push(candidateOf(ctx, c, hit, r, 1, facts.rhost));
    }
  }
  return out;
}

function statusCandidate(r: RecipientReport, format: ParsedBounce["format"]): Candidate | null {
  if (!r.status) return null;
  const found = lookupStatus(r.status);
  if (!found?.cause || !found.detail) return null;
  // A whole bounce reports one server's delivery to another: a code whose own reading belongs to
  // a client's submission (AUTH) has its bounce reading (lib/knowledge/enhanced-status-codes.ts).
  const relayed =
    (format === "dsn" || format === "mta-text") && found.class.code === "5"
      ? found.detail.inBounce
      : undefined;
  if (relayed) {
    const confidence = 0.55;
    return {
      cause: relayed.cause,
      confidence,
      score: confidence + TIER_WEIGHT.status,
      evidence: {
        ruleId: `rfc3463.${found.detail.code}-in-bounce`,
        note: `Status ${found.status}: ${relayed.meaning}`,
        source: relayed.source,
        spans: spanOf(r, "status"),
      },
    };
  }
  // X.0.0-style and catch-all codes say little; specific ones say more.
  const generic = found.detail.code.endsWith(".0") || found.detail.code === "X.7.1";
  const confidence = generic ? 0.45 : 0.7;
  return {
    cause: found.cause,
    confidence,
    score: confidence + TIER_WEIGHT.status,
    evidence: {
      ruleId: `rfc3463.${found.detail.code}`,
      note: `Status ${found.status}: ${found.detail.meaning}`,
      source: `${found.detail.reference}; ${IANA_REGISTRY_URL}`,
      spans: spanOf(r, "status"),
    },
  };
}

function replyCandidate(r: RecipientReport): Candidate | null {
  if (r.replyCode === null) return null;
  const info = lookupReplyCode(r.replyCode);
  if (!info?.cause) return null;
  const confidence = 0.35;
  return {
    cause: info.cause,
    confidence,
    score: confidence + TIER_WEIGHT.reply,
    evidence: {
      ruleId: `rfc5321.${info.code}`,
      note: `Reply code ${info.code}: ${info.meaning}.`,
      source: `${info.reference}, https://www.rfc-editor.org/rfc/rfc5321#section-4.2`,
      spans: spanOf(r, "replyCode"),
    },
  };
}

/**
 * A verdict its writer put in a header field of the bounce itself (lib/knowledge/header-signals.ts):
 * as strong as a signature, as the writer says it of every recipient of its bounce.
 */
function headerSignalCandidates(ctx: Context): Candidate[] {
  const fields = ctx.parsed.headers;
  if (!fields || fields.length === 0) return [];
  const out: Candidate[] = [];
  for (const s of HEADER_SIGNALS) {
    if (!s.writers.some((w) => ctx.writers.has(w))) continue;
    const field = fields.find((f) => f.name === s.header && f.value === s.value);
    if (!field) continue;
    out.push({
      cause: s.cause,
      confidence: s.confidence,
      score: s.confidence + TIER_WEIGHT.signature + CONTEXT_BONUS,
      evidence: { ruleId: s.id, note: s.note, source: s.source, spans: [] },
    });
  }
  return out;
}

function notABounce(note: string, ruleId: string, spans: Span[]): Candidate {
  return {
    cause: "not-a-bounce",
    confidence: 0.95,
    score: 2,
    evidence: { ruleId, note, source: "RFC 3464 section 2.3.3; RFC 5965; RFC 3834", spans },
  };
}

/** The text the rules read for one recipient: its diagnostic, or the bounce's text when it has none. */
function matchText(ctx: Context, r: RecipientReport): { hay: string; weight: number } {
  if (r.diagnostic && r.diagnostic.trim() !== "") {
    // A Sendmail transcript's "<<<" line is the server's own reply: read it with the summary.
    const reply = transcriptReply(ctx.parsed.text, r);
    const own =
      reply && !r.diagnostic.includes(reply.trim())
        ? `${reply} \u0000 ${r.diagnostic}`
        : r.diagnostic;
    const n = normalizeString(own, MAX_DIAGNOSTIC);
    const stripped = stripContinuations(n);
    return { hay: stripped === n ? n : `${n} \u0000 ${stripped}`, weight: 1 };
  }
  return { hay: wholeTextHay(ctx), weight: WHOLE_TEXT_WEIGHT };
}

/** Keyword evidence found outside the recipient's own diagnostic counts for less. */
const WHOLE_TEXT_WEIGHT = 0.6;

function matchTextAll(ctx: Context): string {
  ctx.matchTextAll ??= normalizeString(ctx.parsed.text, MAX_FALLBACK_TEXT);
  return ctx.matchTextAll;
}

function wholeTextHay(ctx: Context): string {
  if (ctx.wholeHay === null) {
    const n = matchTextAll(ctx);
    ctx.wholeHay = `${n} \u0000 ${stripContinuations(n)}`;
  }
  return ctx.wholeHay;
}

function rank(cands: Candidate[]): Candidate[] {
  return cands.sort((a, b) => b.score - a.score);
}

/** An enhanced status code inside the diagnostic, e.g. "550 5.7.26 ...". */
const STATUS_IN_TEXT = /(?:^|[\s(\[#])([245]\.\d{1,3}\.\d{1,3})(?=[\s):\].,;]|$)/;

/**
 * A DSN's Status field is often a bare "5.0.0" while the server's own reply carries the
 * precise code: use the more specific one.
 */
function withBestStatus(r: RecipientReport): RecipientReport {
  if (!r.diagnostic || (r.status && !/^[45]\.0\.0$/.test(r.status))) return r;
  const m = STATUS_IN_TEXT.exec(r.diagnostic.slice(0, 400));
  const inText = m?.[1];
  if (!inText || inText === r.status || /^[45]\.0\.0$/.test(inText)) return r;
  if (r.status && inText[0] !== r.status[0]) return r;
  return { ...r, status: inText };
}

function decide(ctx: Context, original: RecipientReport): Candidate[] {
  const { parsed } = ctx;
  const r = withBestStatus(original);
  // A report that says a recipient failed, with a failure code, is a bounce whatever its
  // headers claim (Exim and Gmail mark their bounces "Auto-Submitted: auto-replied").
  const failing =
    r.action === "failed" ||
    r.action === "delayed" ||
    (r.replyCode ?? 0) >= 400 ||
    /^[45]\./.test(r.status ?? "");
  if (!failing && parsed.format === "arf")
    return [
      notABounce(
        "This is a complaint (feedback) report, not a delivery failure.",
        "format.arf",
        [],
      ),
    ];
  if (r.action === "delivered" || r.action === "relayed" || r.action === "expanded") {
    return [
      notABounce(
        `The report says the message was ${r.action}: nothing failed for this recipient.`,
        `dsn.action.${r.action}`,
        [],
      ),
    ];
  }
  const status = r.status ? lookupStatus(r.status) : null;
  if (status?.class.code === "2") {
    return [
      notABounce(`Status ${r.status} reports success.`, "rfc3463.class-2", spanOf(r, "status")),
    ];
  }
  const { hay, weight } = matchText(ctx, r);
  const facts: MatchFacts = {
    status: r.status,
    reply: r.replyCode,
    command: r.smtpCommand?.toUpperCase() ?? commandFromText(parsed.text, r),
    rhost: remoteHost(r),
    writers: ctx.writers,
  };
  // A recipient with no words of its own, only delayed (4.x.x), is not described by the words
  // of the bounce's other, failed recipients: leave it to its status (RFC 3464 2.3.3).
  const delayedWithoutWords =
    weight !== 1 &&
    parsed.recipients.length > 1 &&
    (r.action === "delayed" || status?.class.code === "4");
  let cands = delayedWithoutWords ? [] : signatureCandidates(ctx, hay, r, weight, facts);
  if (cands.length === 0 && weight === 1)
    cands = signatureCandidates(ctx, wholeTextHay(ctx), r, WHOLE_TEXT_WEIGHT, facts);
  cands.push(...headerSignalCandidates(ctx));
  const st = statusCandidate(r, parsed.format);
  const rc = replyCandidate(r);
  // Agreement between independent kinds of evidence raises confidence.
  for (const c of cands) {
    if (st && st.cause === c.cause) {
      c.confidence = Math.min(0.99, c.confidence + 0.05);
      c.score += 0.05;
    }
  }
  if (st) cands.push(st);
  if (rc) cands.push(rc);
  applyFilterRule(r, facts.command, parsed.format, cands);
  if (!failing && parsed.format === "auto-reply") {
    // An auto-reply carries no failure unless a provider signature says otherwise.
    const strong = cands.find(
      (c) => c.evidence.ruleId.split(".")[0] !== "generic" && !c.evidence.ruleId.startsWith("rfc"),
    );
    if (!strong || strong.score < 1.1)
      return [
        notABounce(
          "This is an automatic reply (out of office or vacation), not a delivery failure.",
          "format.auto-reply",
          [],
        ),
      ];
  }
  const mailer = localMailerCandidate(ctx, r);
  if (mailer) cands.push(mailer);
  if (
    cands.length === 0 &&
    (r.action === "delayed" || (status?.class.code === "4" && !r.diagnostic))
  ) {
    cands.push({
      cause: "remote-unreachable",
      confidence: 0.4,
      score: 0.4,
      evidence: {
        ruleId: "dsn.action.delayed",
        note: "Delivery is delayed and the server gave no reason.",
        source: "RFC 3464 section 2.3.3",
        spans: [],
      },
    });
  }
  return rank(cands);
}

/** "Diagnostic-Code: X-Unix; 255": a local delivery program's exit status, not an SMTP reply. */
const X_UNIX_DIAGNOSTIC = /diagnostic-code:[ \t]{0,20}x-unix;[ \t]{0,20}\d{1,3}[ \t]*$/im;

/**
 * Delivery to a program (a "|command" recipient, RFC 3464 "X-Unix" diagnostic type) that failed:
 * the recipient's own mail system broke (sendmail's and Exim's local delivery agents report the
 * program's exit status, sysexits.h). Sisimai Reason.pm reads X-UNIX the same way ("mailererror").
 */
function localMailerCandidate(ctx: Context, r: RecipientReport): Candidate | null {
  const pipe = (r.address ?? "").startsWith("|");
  const exitStatus =
    r.diagnostic !== null &&
    /^\s*\d{1,3}\s*$/.test(r.diagnostic) &&
    X_UNIX_DIAGNOSTIC.test(ctx.parsed.text.slice(0, 200_000));
  if (!pipe && !exitStatus) return null;
  return {
    cause: "remote-server-error",
    confidence: 0.75,
    score: 0.75 + TIER_WEIGHT.keyword,
    evidence: {
      ruleId: pipe ? "dsn.recipient-is-program" : "dsn.x-unix-exit-status",
      note: pipe
        ? "The failed recipient is a program the mail was piped to: the receiving system's local delivery failed."
        : `The report gives a program's exit status (${(r.diagnostic ?? "").trim()}), not an SMTP reply: the receiving system's local delivery program failed.`,
      source:
        "RFC 3464 section 2.3.6 (diagnostic-type); sysexits.h; https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Reason.pm",
      spans: spanOf(r, "diagnostic"),
    },
  };
}

/**
 * "User unknown" in reply to DATA, or with a mailbox-status code (X.2.0: "the mailbox
 * exists, but ..."), is not an unknown address: the recipient was accepted at RCPT TO, so
 * the refusal is a filter at the recipient's side. RFC 5321 section 3.3 (recipients are
 * checked at RCPT), RFC 3463 X.2.0.
 */
/** Rule ids of generic keywords and of the registries (RFC 3463, RFC 5321, IANA phrases). */
const GENERIC_RULE = /^(?:generic|rfc\d*|iana)\./;

function applyFilterRule(
  r: RecipientReport,
  command: string | null,
  format: ParsedBounce["format"],
  cands: Candidate[],
): void {
  const top = rank(cands)[0];
  if (!top) return;
  // A provider's documented text says what it means: only generic evidence and MTA default
  // wordings (which any filter can reuse) are re-read.
  const id = top.evidence.ruleId;
  const dot = id.indexOf(".");
  const generic = GENERIC_RULE.test(id) || (dot > 0 && MTA_DEFAULT_PROVIDERS.has(id.slice(0, dot)));
  if (!generic) return;
  const statusSubject = r.status?.split(".")[1] ?? null;
  // Refused in reply to the connection itself (the greeting), before HELO, sender or recipient:
  // all the server knows then is the connecting IP address (RFC 5321 sections 3.1 and 4.2: a 554
  // in place of the 220 greeting), so words like "access denied" or a bare code mean that IP was
  // refused, most often by a blocklist (Sisimai Reason/Blocked.pm: "rejected due to client IP
  // address or hostname"). Specific wordings (a PTR, a named list) keep their own reading.
  if (
    command === "CONN" &&
    (top.cause === "sender-policy" ||
      top.cause === "recipient-unknown" ||
      top.evidence.ruleId.startsWith("rfc"))
  ) {
    cands.push({
      cause: "ip-blocklisted",
      confidence: Math.min(0.6, Math.max(top.confidence, 0.5)),
      score: top.score + 0.01,
      evidence: {
        ruleId: "smtp.refused-at-connection",
        note: "The server refused the connection itself, before the sender or any recipient was named: it refused the sending server's IP address, most often because a blocklist or its own list names it.",
        source:
          "RFC 5321 sections 3.1 and 4.2; https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Reason/Blocked.pm",
        spans: top.evidence.spans,
      },
    });
    return;
  }
  if (top.cause === "recipient-unknown") {
    const afterData = command === "DATA" && statusSubject !== "1" && statusSubject !== "5";
    // qmail's documented recipient refusals carry "#5.7.1" themselves (qmail-smtpd(8) badrcptto).
    const qmailOwn = top.evidence.ruleId.startsWith("qmail.");
    // X.2.0: "the mailbox exists, but ..."; X.7.x: the server itself says it refused by policy.
    const mailboxExists =
      r.status === "5.2.0" ||
      r.status === "4.2.0" ||
      (statusSubject === "7" && command !== "RCPT" && !qmailOwn);
    // An SMTP reply neither placed at RCPT TO nor given an address status (X.1.x): nothing shows the
    // mailbox is missing rather than refused by a filter. Sisimai reads such replies the
    // same way: Reason/UserUnknown.pm takes "user unknown" as an unknown user only with a
    // X.1.1 status or in reply to RCPT, and Reason/Filtered.pm takes it as a filter otherwise.
    // Only in a whole bounce, which normally says the stage: a pasted reply line says nothing of it.
    const wholeBounce = format === "dsn" || format === "mta-text";
    const unplaced =
      wholeBounce &&
      command === null &&
      (r.replyCode ?? 0) >= 400 &&
      (r.status === null || /^[45]\.0\.0$/.test(r.status));
    if (!afterData && !mailboxExists && !unplaced) return;
    const ruleId = afterData
      ? "smtp.unknown-user-after-data"
      : mailboxExists
        ? statusSubject === "7"
          ? "rfc3463.X.7-unknown-user"
          : "rfc3463.X.2.0-unknown-user"
        : "smtp.unknown-user-unplaced";
    cands.push({
      cause: "sender-policy",
      confidence: Math.min(unplaced && !afterData && !mailboxExists ? 0.6 : 0.8, top.confidence),
      score: top.score + 0.01,
      evidence: {
        ruleId,
        note: afterData
          ? "The address was accepted at RCPT TO and refused only after the message was sent (DATA): a filter at the recipient's side, not a missing mailbox."
          : !mailboxExists
            ? '"Unknown user" with no address status and no sign it answered RCPT TO: a filter at the recipient\'s side that reuses the wording is as likely as a missing mailbox (check the address too).'
            : statusSubject === "7"
              ? `Status ${r.status ?? ""} is a security or policy refusal (RFC 3463 X.7.x), not an address status: "unknown user" is the filter's wording.`
              : "Status X.2.0 says the mailbox exists; the refusal is a filter at the recipient's side.",
        source: afterData
          ? "RFC 5321 section 3.3"
          : !mailboxExists
            ? "RFC 5321 section 3.3; https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Reason/UserUnknown.pm; https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Reason/Filtered.pm"
            : `RFC 3463; ${IANA_REGISTRY_URL}`,
        spans: top.evidence.spans,
      },
    });
    return;
  }
  // Refused in reply to MAIL FROM, before any recipient was named: the sender address is
  // what the server refused (RFC 5321 section 3.3).
  if (
    command === "MAIL" &&
    (top.cause === "sender-policy" || top.cause === "recipient-domain-invalid")
  ) {
    cands.push({
      cause: "sender-address-invalid",
      confidence: Math.min(0.8, top.confidence),
      score: top.score + 0.01,
      evidence: {
        ruleId: "smtp.rejected-at-mail-from",
        note: "The server refused the message at MAIL FROM, before any recipient: it refused the sender address or its domain.",
        source: "RFC 5321 section 3.3",
        spans: top.evidence.spans,
      },
    });
  }
}

function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * The evidence for the chosen cause, deciding match first (the list comes ranked), without the
 * matches that add nothing: one whose every span is the same as, inside, or around a span already
 * listed (four catalogs matching "mailbox full" at the same place say it once). Evidence with no
 * span (a header field, a delayed report) is kept.
 */
function distinctEvidence(list: Evidence[]): Evidence[] {
  const kept: Evidence[] = [];
  for (const e of list) {
    const redundant =
      e.spans.length > 0 &&
      e.spans.every((sp) =>
        kept.some((k) => k.spans.some((ks) => within(sp, ks) || within(ks, sp))),
      );
    if (!redundant) kept.push(e);
  }
  return kept;
}

function toDiagnosis(
  index: number,
  recipient: RecipientReport,
  ranked: Candidate[],
): RecipientDiagnosis {
  const top = ranked[0];
  const cause: CauseId = top?.cause ?? "unknown";
  const seen = new Set<CauseId>([cause]);
  const alternatives: RankedCause[] = [];
  for (const c of ranked.slice(1)) {
    if (seen.has(c.cause)) continue;
    seen.add(c.cause);
    alternatives.push({
      cause: c.cause,
      confidence: Math.round(Math.min(c.confidence, (top?.confidence ?? 1) - 0.01) * 100) / 100,
    });
  }
  const evidence = distinctEvidence(ranked.filter((c) => c.cause === cause).map((c) => c.evidence));
  return {
    index,
    recipient,
    cause,
    confidence: top ? Math.round(top.confidence * 100) / 100 : 0,
    actor: CAUSES[cause].actor,
    evidence,
    alternatives: alternatives.slice(0, 4),
    statusMeaning: recipient.status ? describeStatus(recipient.status) : null,
  };
}

/** A pseudo-recipient for a text with no recipient: the first SMTP reply in it. */
const FIRST_REPLY =
  /(?:^|[\s:;(\["'])([245]\d\d)(?:[ -]([245]\.\d{1,3}\.\d{1,3}))?(?=[\s:;,.)\]]|$)/;

function wholeTextRecipient(parsed: ParsedBounce): RecipientReport {
  const head = parsed.text.slice(0, MAX_FALLBACK_TEXT);
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
  return {
    address: null,
    action: null,
    replyCode,
    status,
    diagnostic: null,
    remoteMta: null,
    smtpCommand: null,
    spans,
  };
}

export function classify(parsed: ParsedBounce): Diagnosis {
  const ctx: Context = {
    parsed,
    textIndex: null,
    writers: bounceWriters(parsed),
    matchTextAll: null,
    wholeHay: null,
  };
  const messages: string[] = [];
  const recipients = parsed.recipients.map((r, i) => toDiagnosis(i + 1, r, decide(ctx, r)));
  let overall: Diagnosis["overall"];
  const first = recipients[0];
  if (first) {
    overall = {
      cause: first.cause,
      confidence: first.confidence,
      actor: first.actor,
      evidence: first.evidence,
    };
  } else if (parsed.format === "empty" || parsed.text.trim() === "") {
    overall = { cause: "unknown", confidence: 0, actor: CAUSES.unknown.actor, evidence: [] };
  } else {
    const pseudo = wholeTextRecipient(parsed);
    const d = toDiagnosis(1, pseudo, decide(ctx, pseudo));
    overall = { cause: d.cause, confidence: d.confidence, actor: d.actor, evidence: d.evidence };
    if (d.cause === "unknown")
      messages.push("The text names no recipient and no known error wording.");
  }
  return { version: 1, parsed, recipients, overall, messages };
}
