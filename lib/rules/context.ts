// What the predicates read: the facts, digested once per decision (the sending IP and
// domain from wherever they came, the receiver's verdicts, the check findings by code).
import { connectionTargets } from "./connection-ports";
import { noticeText } from "@/lib/bounce/notice-text";
import type { ParsedBounce } from "@/lib/bounce/types";
import { MAILBOX_SERVICE_PLATFORM, mailboxServiceOf } from "@/lib/knowledge/mailbox-services";
import type { CauseId } from "@/lib/causes/causes";
import type { Finding } from "@/lib/checks/types";
import { choiceAnswer, textAnswer, textSchemas } from "./answers";
import { FINDING_CODES, type FindingGroup } from "./codes";
import {
  isPublicIp,
  parseAuthenticationResults,
  parseSentHeaders,
  type SentHeaders,
} from "./sent-headers";
import type { Answer, CheckState, ContentSource, Facts, QuestionId, RankedCause } from "./types";

/** The selectors the big providers publish their DKIM keys under. */
export const PLATFORM_SELECTORS: Record<string, string[]> = {
  // Google Workspace's default selector is "google" (Admin console → Authenticate email).
  "google-workspace": ["google"],
  // Microsoft 365 publishes selector1/selector2 CNAMEs for custom domains.
  "microsoft-365": ["selector1", "selector2"],
};

/** The check route takes at most this many selectors (MAX_USER_SELECTORS in lib/checks/dkim.ts). */
export const MAX_SELECTORS = 10;

export interface AuthVerdicts {
  spf: string | null;
  dkim: string | null;
  dmarc: string | null;
  /** Where they came from: the copy of the original in the bounce, or pasted headers. */
  source: "bounce" | "headers";
}

export interface Context {
  facts: Facts;
  cause: CauseId;
  confidence: number;
  ranked: RankedCause[];
  sendingIp: string | null;
  sendingIpSource: "bounce" | "answer" | "headers" | null;
  sendingDomain: string | null;
  /**
   * The sending domain is known only because the receiver's reply names it ("Unauthenticated
   * email from heroku.com is not accepted due to domain's DMARC policy"): no answer, header or
   * copy of the message says it is the user's. It may be a platform's domain the user's program
   * sent From (review 31, finding 3): its records are not the user's to change.
   */
  sendingDomainFromReply: boolean;
  /** The user's answer to "is {domain} a domain you control" ("yes" / "no"); null if none. */
  sendingDomainOwned: "yes" | "no" | null;
  recipientDomain: string | null;
  selectors: string[];
  blocklistZones: string[];
  mentionsSpamhaus: boolean;
  headers: SentHeaders | null;
  auth: AuthVerdicts | null;
  platform: string | null;
  ipCheckId: string | null;
  domainCheckId: string | null;
  recipientCheckId: string | null;
  /**
   * The message a content review reads: the copy the bounce carries (the parser found one;
   * the wizard's card confirms it on the pasted text with hasReviewableMessage), else the sent
   * message, which the user is asked for.
   */
  contentSource: ContentSource;
  contentCheckId: string;
}

/** A domain name: two or more labels of letters, digits and hyphens, lower case. */
const DOMAIN_NAME = /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+$/;

function domainOfAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  const at = address.lastIndexOf("@");
  if (at < 0) return null;
  const d = address
    .slice(at + 1)
    .replace(/[>\s.]+$/, "")
    .toLowerCase();
  return DOMAIN_NAME.test(d) ? d : null;
}

/** A host name as a domain: lower case, no trailing dot, a letter in its last label (no IP). */
function asDomain(raw: string): string | null {
  const d = raw.trim().replace(/\.$/, "").toLowerCase();
  return DOMAIN_NAME.test(d) && /[a-z]/.test(d.slice(d.lastIndexOf(".") + 1)) ? d : null;
}

/**
 * Where a receiver's reply names the domain whose authentication it checked, in the words its
 * documentation gives (the sending domain, never the recipient's):
 * - Gmail, SMTP error reference (https://support.google.com/a/answer/3726730): "Authentication
 *   results: DKIM = did not pass SPF [domain-name] with ip: [ip-address] = did not pass",
 *   "Authentication results: SPF domain-name with IP address: ip-address = Did not pass",
 *   "The (E)MAIL FROM domain [domain-name] has an SPF record with a hard fail policy (-all)",
 *   "Unauthenticated email from domain-name is not accepted due to domain's DMARC policy"; and
 *   the other 5.7.26 form Gmail sends, quoted whole at
 *   https://support.webcentral.au/docs/delivering-emails-to-gmail: "DKIM checks did not pass and
 *   SPF check for [example-domain.com.au] did not pass with ip: [192.0.2.1]".
 * - Outlook.com high-volume sender requirements (5.7.515): "Access denied, sending domain
 *   [SendingDomain] does not meet the required authentication level."
 */
const REPLY_NAMES_SENDER: readonly RegExp[] = [
  /\bSPF\s+\[([^\]\s]+)\]\s+with\s+ip:\s+\[/gi,
  /\bSPF\s+check\s+for\s+\[([^\]\s]+)\]\s+did\s+not\s+pass\s+with\s+ip:/gi,
  /\bSPF\s+([^\s[\]]+)\s+with\s+IP\s+address:\s/gi,
  /\bMAIL\s+FROM\s+domain\s+\[([^\]\s]+)\]\s+has\s+an\s+SPF\s+record/gi,
  /\bUnauthenticated\s+email\s+from\s+([^\s[\]]+)\s+is\s+not\s+accepted\s+due\s+to\s+domain['’]s\s+DMARC\s+policy/gi,
  /\bsending\s+domain\s+\[?([^\s[\]]+?)\]?\s+(?:does\s+not|doesn't)\s+meet\s+the\s+required\s+authentication\s+level/gi,
];

/** The domains the receiver's own words name as the sender's (the notice, not the original). */
function replyNamedDomains(parsed: ParsedBounce): string[] {
  const texts = [...parsed.recipients.map((r) => r.diagnostic ?? ""), noticeText(parsed, 100_000)];
  const out = new Set<string>();
  for (const t of texts)
    for (const re of REPLY_NAMES_SENDER)
      for (const m of t.matchAll(re)) {
        const d = asDomain(m[1] ?? "");
        if (d) out.add(d);
      }
  return [...out];
}

/** The two names are one domain, or one lies under the other. */
function related(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

/**
 * The sending domain where the evidence names it without the original message or an answer:
 * a domain check the facts carry (the wizard ran it for the domain it took as the sender's; a
 * share link keeps it when the original is left out), else the receiver's reply naming it.
 * Never a guess: a domain that is, or lies under or above, a recipient's domain could be the
 * recipient's, and two different candidates from one source give none.
 */
function evidencedSendingDomain(facts: Facts, recipientDomains: readonly string[]): string | null {
  const usable = (d: string) => !recipientDomains.some((r) => related(d, r));
  const one = (ds: readonly string[]): string | null => {
    const kept = [...new Set(ds.filter(usable))];
    return kept.length === 1 ? kept[0]! : null;
  };
  const checked = Object.keys(facts.checks).flatMap((id) => {
    const d = id.startsWith("domain:") ? asDomain(id.slice("domain:".length)) : null;
    return d ? [d] : [];
  });
  const parsed = facts.diagnosis?.parsed;
  return one(checked) ?? (parsed ? one(replyNamedDomains(parsed)) : null);
}

/** All causes the diagnosis names, each at its best confidence, best first. */
export function diagnosedRanking(facts: Facts): RankedCause[] {
  const d = facts.diagnosis;
  if (!d) return [];
  const best = new Map<CauseId, number>();
  const add = (cause: CauseId, confidence: number) =>
    best.set(cause, Math.max(best.get(cause) ?? 0, confidence));
  add(d.overall.cause, d.overall.confidence);
  for (const r of d.recipients) {
    add(r.cause, r.confidence);
    for (const alt of r.alternatives) add(alt.cause, alt.confidence);
  }
  return [...best]
    .map(([cause, confidence]) => ({ cause, confidence }))
    .sort((a, b) => b.confidence - a.confidence);
}

function headersAnswer(answers: Facts["answers"]): SentHeaders | null {
  const order: QuestionId[] = ["sent-headers", "sending-ip", "dkim-selector"];
  for (const q of order) {
    const a: Answer | undefined = answers[q];
    if (a?.kind === "headers") {
      const parsed = parseSentHeaders(a.value);
      if (parsed.recognised) return parsed;
    }
  }
  return null;
}

export function buildContext(facts: Facts): Context {
  const d = facts.diagnosis;
  const answers = facts.answers;
  const ranked = diagnosedRanking(facts);
  const headers = headersAnswer(answers);
  const parsed = d?.parsed ?? null;

  // The IP the bounce names as the sender's: only where its words make it the refusing server's
  // client ("Client host [x] blocked using", "Access from ip address x", "x is not allowed to
  // send") or the Received hop into the recipient's domain (ParsedBounce.senderIps). Any other
  // address a bounce names may be another party's (the server that answered, "Remote MTA x:",
  // the recipient's inbound hops, the author's X-Originating-IP): checking it as "your sending
  // server" would ask the user to fix a stranger's PTR and HELO. Otherwise the wizard asks.
  // Never the server a connection failure tried to reach ("connect ETIMEDOUT 192.0.2.10:587").
  // Also a client the refusal names in the answering server's own network: the recipient's
  // filter passing the mail on, not the sender (lib/causes/forwarded-spf.ts), which the parse
  // finds with its other evidence (ParsedBounce.relayedIps, lib/bounce/evidence.ts).
  const receiving = new Set([
    ...(parsed?.receivingIps ?? []),
    ...connectionTargets(parsed),
    ...(parsed?.relayedIps ?? []),
  ]);
  const bounceIp =
    (parsed?.senderIps ?? []).find((ip) => isPublicIp(ip) && !receiving.has(ip)) ?? null;
  const answeredIp = textAnswer(answers["sending-ip"], "ip");
  const sendingIp = bounceIp ?? answeredIp ?? headers?.sendingIp ?? null;
  const sendingIpSource = bounceIp
    ? "bounce"
    : answeredIp
      ? "answer"
      : headers?.sendingIp
        ? "headers"
        : null;

  const original = parsed?.original ?? null;
  const recipientDomain = domainOfAddress(
    d?.recipients[0]?.recipient.address ?? parsed?.recipients[0]?.address,
  );
  const recipientDomains = [
    ...(d?.recipients ?? []).map((r) => r.recipient.address),
    ...(parsed?.recipients ?? []).map((r) => r.address),
  ].flatMap((a) => {
    const dom = domainOfAddress(a);
    return dom ? [dom] : [];
  });
  const statedDomain =
    textAnswer(answers["sending-domain"], "domain") ??
    headers?.headerFromDomain ??
    headers?.fromDomain ??
    headers?.mailFromDomain ??
    domainOfAddress(original?.from) ??
    domainOfAddress(original?.returnPath) ??
    null;
  const sendingDomain = statedDomain ?? evidencedSendingDomain(facts, recipientDomains) ?? null;
  const owned = choiceAnswer(answers["from-domain-owned"]);

  // An address at a public mailbox service (gmail.com...) says what sends the mail, whatever an
  // older answer said: the service, whose domain's records are its own.
  const platform = mailboxServiceOf(sendingDomain)
    ? MAILBOX_SERVICE_PLATFORM
    : choiceAnswer(answers["sending-platform"]);
  const selectors = new Set<string>();
  const addSelector = (raw: string) => {
    const parsed = textSchemas.selector.safeParse(raw);
    if (parsed.success && selectors.size < MAX_SELECTORS) selectors.add(parsed.data);
  };
  const typedSelector = textAnswer(answers["dkim-selector"], "selector");
  if (typedSelector) addSelector(typedSelector);
  // The DKIM-Signature s= of the pasted headers and of the original message the bounce quotes
  // (ParsedBounce.original.dkimSignatures): a key published under d= at s=, so only the
  // signatures of the domain being checked count (d= is case-insensitive, RFC 6376 §3.5).
  for (const sig of [...(headers?.dkimSignatures ?? []), ...(original?.dkimSignatures ?? [])]) {
    const d = sig.domain.trim().toLowerCase().replace(/\.$/, "");
    if (!sendingDomain || d === sendingDomain) addSelector(sig.selector);
  }
  for (const s of PLATFORM_SELECTORS[platform ?? ""] ?? []) addSelector(s);

  // The receiver's verdicts: pasted headers first (the user chose to give them), else the
  // Authentication-Results in the copy of the original message that many bounces carry.
  let auth: AuthVerdicts | null = null;
  if (headers && (headers.spf || headers.dkim || headers.dmarc)) {
    auth = { spf: headers.spf, dkim: headers.dkim, dmarc: headers.dmarc, source: "headers" };
  } else if (original && original.authenticationResults.length > 0) {
    const results = original.authenticationResults.flatMap(parseAuthenticationResults);
    const get = (m: string) =>
      (m === "dkim" ? results.find((r) => r.method === m && r.result === "pass") : undefined)
        ?.result ??
      results.find((r) => r.method === m)?.result ??
      null;
    if (results.length > 0)
      auth = { spf: get("spf"), dkim: get("dkim"), dmarc: get("dmarc"), source: "bounce" };
  }

  const zones = parsed?.blocklistZones ?? [];
  const mentionsSpamhaus =
    zones.some((z) => z.includes("spamhaus")) ||
    /spamhaus/i.test(parsed?.text.slice(0, 100_000) ?? "");

  const top = ranked[0];
  return {
    facts,
    cause: d ? (d.overall.cause ?? top?.cause ?? "unknown") : "unknown",
    confidence: d ? d.overall.confidence : 0,
    ranked,
    sendingIp,
    sendingIpSource,
    sendingDomain,
    sendingDomainFromReply: statedDomain === null && sendingDomain !== null,
    sendingDomainOwned: owned === "yes" || owned === "no" ? owned : null,
    recipientDomain,
    selectors: [...selectors],
    blocklistZones: zones,
    mentionsSpamhaus,
    headers,
    auth,
    platform,
    ipCheckId: sendingIp ? `ip:${sendingIp}` : null,
    domainCheckId: sendingDomain ? `domain:${sendingDomain}` : null,
    recipientCheckId: recipientDomain ? `recipient-domain:${recipientDomain}` : null,
    contentSource: original ? "bounce-copy" : "sent-message",
    contentCheckId: `content:${original ? "bounce-copy" : "sent-message"}`,
  };
}

export function checkState(ctx: Context, id: string | null): CheckState | null {
  return id ? (ctx.facts.checks[id] ?? null) : null;
}

/** Findings of a finished check (none while pending, failed or absent). */
export function findings(ctx: Context, id: string | null): Finding[] {
  const state = checkState(ctx, id);
  return state?.status === "done" ? (state.report?.findings ?? []) : [];
}

export function hasFinding(ctx: Context, id: string | null, group: FindingGroup): boolean {
  const codes: readonly string[] = FINDING_CODES[group];
  return findings(ctx, id).some((f) => f.outcome === "done" && codes.includes(f.code));
}

export function findingsIn(ctx: Context, id: string | null, group: FindingGroup): Finding[] {
  const codes: readonly string[] = FINDING_CODES[group];
  return findings(ctx, id).filter((f) => f.outcome === "done" && codes.includes(f.code));
}

/** The check ran to the end (done or failed), so waiting longer will not add anything. */
export function checkFinished(ctx: Context, id: string | null): boolean {
  const s = checkState(ctx, id);
  return s?.status === "done" || s?.status === "failed";
}

/** The check failed as a whole, or some of its findings in `areas` could not be checked. */
export function couldNotCheck(
  ctx: Context,
  id: string | null,
  areas: readonly Finding["area"][],
): boolean {
  const s = checkState(ctx, id);
  if (s?.status === "failed") return true;
  return findings(ctx, id).some((f) => f.outcome === "could-not-check" && areas.includes(f.area));
}
