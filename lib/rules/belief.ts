// The evidence model: the state of a diagnosis is the set of causes still possible, each with
// its weight and the evidence for and against it. It starts from the bounce (the classifier's
// ranked causes; for `unknown`, its ranked possibilities) and is updated by every check that
// actually ran and every answer given, by likelihoods that are data (likelihoods.ts,
// signals.ts): weight × P(what was seen | cause), then normalised. Nothing else feeds it, so a
// conclusion written from it can only say what happened.
import { CAUSES, type CauseId } from "@/lib/causes/causes";
import {
  causeInfoFor,
  evidenceRuleIds,
  readsGreylisting,
  senderSideCauses,
} from "@/lib/causes/connection-variants";
import { GREYLISTING_WEIGHS_AGAINST } from "@/lib/knowledge/greylisting";
import { forwardedSpf } from "@/lib/causes/forwarded-spf";
import { reportForCheck } from "@/lib/checks/report-scope";
import { submissionPortOf } from "./connection-ports";
import { problemTitles } from "./narrate-problems";
import { CONTENT_SUBJECT } from "./content-evidence";
import { buildContext, type Context } from "./context";
import { answerLikelihood, QUESTION_MODELS } from "./likelihoods";
import { walkedRecipients } from "./recipient-groups";
import { NOT_RECEIVER_WORDS, recipientSystemWrote, wordsSayNoReceiver } from "./recipient-system";
import { replyRulesOut, type RuledOut } from "./reply-rules-out";
import { answeredNoticeList } from "@/lib/knowledge/scoring/reply-possibilities";
import {
  DIRECT_EVIDENCE,
  outcomeLikelihood,
  READS_AS,
  signalsOf,
  type CheckKindId,
  type Relevance,
  type SignalOutcome,
} from "./signals";
import type { CheckState, Facts, QuestionId } from "./types";

export type EvidenceSource = "bounce" | "check" | "answer";

export interface EvidenceItem {
  source: EvidenceSource;
  /** The check id or question id it came from ("bounce" for the bounce). */
  ref: string;
  says: string;
  /** How much it moved this cause: its likelihood over the average likelihood. */
  ratio: number;
}

/**
 * One update of the weights after the prior (a check's reading, an answer, the receiver's
 * verdicts, what the bounce's shape rules out): what each cause then held made of it. What
 * separates two causes is these, not the prior's split (separation.ts).
 */
export interface EvidenceUpdate {
  source: EvidenceSource;
  ref: string;
  /** P(it | cause) for every cause held when it came. */
  like: Partial<Record<CauseId, number>>;
  /** What any cause not named makes of it: a cause reads it as support at FOR_RATIO × this. */
  baseline: number;
}

/** An update whose likelihood for a cause is this many times its baseline speaks for it. */
export const FOR_RATIO = 1.5;

export interface CauseWeight {
  cause: CauseId;
  /** 0..1; all weights sum to 1. */
  weight: number;
  for: EvidenceItem[];
  against: EvidenceItem[];
}

export interface CheckReading {
  id: string;
  kind: CheckKindId | string;
  subject: string;
  /** What each signal of the check found, in plain words. */
  found: string[];
  /** Signals that could not be read (could not check, or not relevant here). */
  noEvidence: boolean;
  /**
   * The problems its report lists under the conclusion's "What the checks found"
   * (narrate-problems.ts), by title: "How we got here" points there rather than repeat them.
   */
  listed?: string[];
  /**
   * The addresses of the other recipients whose refusal alone named what the check looked at
   * (the IP in dave's refusal): it bears on theirs, and was not read as evidence here.
   */
  bearsOn?: string[];
}

export interface Belief {
  causes: CauseWeight[];
  /** Checks that finished, with what they found. Only these may be named as having run. */
  ran: CheckReading[];
  /** Checks that could not run (failed, or skipped by the user). */
  failed: { id: string; subject: string }[];
  /** Answers given, in plain words. */
  answered: { question: QuestionId; says: string }[];
  /** Questions answered "I don't know". */
  unknown: QuestionId[];
  /** What the bounce says, in plain words (empty without a bounce). */
  bounceSays: string;
  /**
   * The cause the bounce's words were read as (the classifier's leading cause), null where
   * nothing was read: then the prior's split is only the usual causes of such a bounce.
   */
  readCause: CauseId | null;
  /** Every update after the prior, in order. */
  updates: EvidenceUpdate[];
  relevance: Relevance;
  /**
   * A cause's title where the bounce's own evidence gives it other words than its own (a failed
   * connection to a submission port: lib/causes/connection-variants.ts); see `titleIn`.
   */
  titles?: Partial<Record<CauseId, string>>;
  /**
   * The sending IP where only other recipient groups' refusals name it (see otherGroupsIp): its
   * check is theirs, neither run nor read for the walked group.
   */
  otherGroupsIp?: { ip: string; addresses: string[] };
}

/** A cause's title as this belief words it: its variant for this bounce, else its own. */
export function titleIn(belief: Pick<Belief, "titles">, cause: CauseId): string {
  return belief.titles?.[cause] ?? CAUSES[cause].title;
}

/**
 * The article's five for a bare 550 that does not say why (PRODUCT.md, "Causes"): the
 * possibilities when the classifier has no ranking of its own.
 */
export const BARE_REFUSAL_PRIOR: Partial<Record<CauseId, number>> = {
  "sender-policy": 0.22,
  "ip-blocklisted": 0.22,
  "content-spam": 0.18,
  "recipient-unknown": 0.22,
  "mailbox-full": 0.16,
};

/**
 * Causes a check can reveal whatever the bounce says (a blocklisting found while looking at an
 * authentication failure): a small floor so that a finding can surface them.
 */
export const BACKGROUND_PRIOR: Partial<Record<CauseId, number>> = {
  "ip-blocklisted": 0.01,
  // Gmail and others word a missing PTR as a generic refusal or a rate limit (PRODUCT.md).
  "reverse-dns": 0.04,
  "authentication-failure": 0.01,
  "domain-blocklisted": 0.005,
  "sender-address-invalid": 0.002,
  "recipient-domain-invalid": 0.002,
};

/**
 * Causes a bounce that does not say why may hide beside BARE_REFUSAL_PRIOR's five, held only
 * where nothing was read: a small floor, like BACKGROUND_PRIOR's, so that an answer or a
 * finding can surface them and a conclusion can name them where nothing tells them from the
 * lead (separation.ts). RFC 5321 section 4.2.3 words 550 as "mailbox unavailable (e.g.,
 * mailbox not found, no access, or command rejected for policy reasons)": "no access" is a
 * disabled or closed mailbox (review 29, finding 4: "The recipient was unavailable to take
 * delivery of the message" was led by a full mailbox, a closed one never named).
 */
export const UNREAD_FLOOR: Partial<Record<CauseId, number>> = {
  "mailbox-disabled": 0.01,
  // "Command rejected for policy reasons" is also the sender's own outgoing server refusing to
  // take the message from it: a sender address that is not its user's or domain's, or no login
  // (review 31, finding 6: a submission server's "550 not local sender over smtp", where only a
  // listing was held, and a clean IP lookup left it leading at 84%).
  "relay-denied": 0.01,
};

/** A refusal the recipient's own server wrote shows that its domain takes mail. */
export const RECEIVER_ANSWERED_AGAINST: Partial<Record<CauseId, number>> = {
  "recipient-domain-invalid": 0.05,
  "remote-unreachable": 0.1,
};

/**
 * No server on the recipient's side answered (no SMTP reply in the bounce): its domain may not
 * exist or take mail, which the wording of a local failure often hides.
 */
export const NO_REPLY_PRIOR: Partial<Record<CauseId, number>> = {
  "recipient-domain-invalid": 0.1,
  "remote-unreachable": 0.05,
};

/** `ruledOut`: what the lead's reply rules out (replyRulesOut), found once per belief. */
function receiverAnswered(facts: Facts, ruledOut: readonly RuledOut[]): boolean {
  const d = facts.diagnosis;
  if (!d) return false;
  // A reply whose words leave "no such domain" possible (Exim's "550 Unrouteable address",
  // byte-identical for an unknown user and an unknown domain, may come from the sender's own
  // relay) does not show that the recipient's server answered.
  // A host under the recipient's domain answered after the greeting (reply-rules-out.ts), and
  // its words do not say that the domain or its server cannot be reached.
  const lead = d.recipients[0];
  if (
    lead &&
    !wordsSayNoReceiver(lead) &&
    ruledOut.some((r) => r.cause === "recipient-domain-invalid")
  )
    return true;
  return d.recipients.some(
    (r) =>
      r.recipient.replyCode !== null &&
      !NOT_RECEIVER_WORDS.includes(r.cause) &&
      !(r.cause === "unknown" && r.possible?.some((p) => NOT_RECEIVER_WORDS.includes(p.cause))),
  );
}

/**
 * The bounce's sending IP where, with recipients refused for different causes, only the
 * refusals of the recipients the wizard does not walk name it ("Client host [192.0.2.99]
 * blocked using zen.spamhaus.org" for dave, "552 5.2.2 Mailbox full" for bob): what a check of
 * it finds bears on their cause, not on the walked one (review 25, finding 12: a missing PTR
 * found for the IP in dave's refusal kept bob's stated "Mailbox full" from being settled).
 * Null where the walked recipients' own words name it too, or the user gave it.
 */
function otherGroupsIp(facts: Facts, ctx: Context): { ip: string; addresses: string[] } | null {
  const d = facts.diagnosis;
  const ip = ctx.sendingIp;
  if (!d || !ip || ctx.sendingIpSource !== "bounce" || !walkedRecipients(d)) return null;
  const walked = d.recipients[0]?.cause;
  const names = (r: (typeof d.recipients)[number]) => (r.recipient.diagnostic ?? "").includes(ip);
  const own = d.recipients.filter((r) => r.cause === walked);
  const others = d.recipients.filter((r) => r.cause !== walked && names(r));
  if (others.length === 0 || own.some(names)) return null;
  const addresses = others.flatMap((r) => (r.recipient.address ? [r.recipient.address] : []));
  return { ip, addresses: [...new Set(addresses)] };
}

/** The text reads as no failure at all: its lead recipient's (or its whole) cause is not-a-bounce. */
function readsAsNoFailure(facts: Facts): boolean {
  const d = facts.diagnosis;
  return (d?.recipients[0]?.cause ?? d?.overall.cause) === "not-a-bounce";
}

/** The cause the lead's words state (see Relevance.readsAs): read at READS_AS or above. */
function readsAs(facts: Facts): CauseId | null {
  const d = facts.diagnosis;
  const lead = d?.recipients[0];
  const cause = lead?.cause ?? d?.overall.cause;
  const confidence = lead?.confidence ?? d?.overall.confidence ?? 0;
  return cause && cause !== "unknown" && confidence >= READS_AS ? cause : null;
}

/** The bounce names who wrote the lead recipient's reply (see Relevance.answererNamed). */
function answererNamed(facts: Facts): boolean {
  const r = facts.diagnosis?.recipients[0];
  if (!r) return false;
  return (
    !!r.recipient.remoteMta ||
    !!r.refusal?.host ||
    (r.refusal?.providers ?? []).some((p) => p.by === "host" || p.by === "code")
  );
}

type Weights = Map<CauseId, { w: number; for: EvidenceItem[]; against: EvidenceItem[] }>;

function add(weights: Weights, cause: CauseId, w: number) {
  if (cause === "unknown") return;
  const cur = weights.get(cause);
  if (cur) cur.w += w;
  else weights.set(cause, { w, for: [], against: [] });
}

function total(weights: Weights): number {
  let t = 0;
  for (const v of weights.values()) t += v.w;
  return t;
}

/**
 * Multiplies every weight by its likelihood, and records the evidence where it bears on a cause
 * in particular: its likelihood against the table's `baseline` (what any other cause would
 * make of it). An answer that only weighs against a rival does not count as support.
 */
function update(
  weights: Weights,
  likelihood: (cause: CauseId) => number,
  baseline: number,
  source: EvidenceSource,
  ref: string,
  says: string,
  log: EvidenceUpdate[],
) {
  const like: Partial<Record<CauseId, number>> = {};
  for (const [cause, v] of weights) {
    const l = likelihood(cause);
    like[cause] = l;
    v.w *= l;
    const ratio = baseline > 0 ? l / baseline : l > 0 ? 10 : 1;
    const item = { source, ref, says, ratio };
    if (ratio >= FOR_RATIO) v.for.push(item);
    else if (ratio <= 0.67) v.against.push(item);
  }
  log.push({ source, ref, like, baseline });
}

/**
 * The classifier's ranking as weights: its leading cause keeps its confidence, and what it
 * leaves open is shared by its alternatives in proportion to theirs (their confidences are
 * scores of their own, not shares of one whole), never more than their own confidence. For
 * `unknown`, the ranked possibilities share everything. What is left goes to the bare
 * refusal's possibilities.
 */
function prior(
  facts: Facts,
  recipientSystem = false,
): { weights: Weights; bounceSays: string; readCause: CauseId | null } {
  const weights: Weights = new Map();
  const d = facts.diagnosis;
  const lead = d?.recipients[0] ?? null;
  const top = d
    ? {
        cause: lead?.cause ?? d.overall.cause,
        confidence: lead?.confidence ?? d.overall.confidence,
      }
    : null;
  // With no recipient the bounce's whole text was read: its ranking is the overall one (review
  // 25: "SMTP connect() failed." ranks an unreachable server, a login, TLS; the wizard had put a
  // bare 550's causes in their place).
  // A notice the recipient's own system wrote, whose reason nothing read, was ranked by the
  // list for a notice that quotes no reply (an MTA that failed on its own: a route, a
  // connection). That system answered: its notice falls back to the list
  // reply-possibilities.ts gives such a notice instead, a refusal's that does not say why (review
  // 26, finding 9), whose causes BARE_REFUSAL_PRIOR weighs.
  const answeredList =
    recipientSystem && top?.cause === "unknown" && lead?.usualCausesOf
      ? answeredNoticeList(lead.usualCausesOf)
      : null;
  const alternatives = (
    answeredList ? [] : lead ? lead.alternatives : (d?.overall.possible ?? [])
  ).filter((a) => a.cause !== "unknown" && a.cause !== top?.cause);
  const unknown = !top || top.cause === "unknown";
  const open = unknown ? 1 : Math.max(0, 1 - top.confidence);
  if (top && !unknown) add(weights, top.cause, top.confidence);
  const altSum = alternatives.reduce((a, b) => a + b.confidence, 0);
  let given = 0;
  if (altSum > 0) {
    // Alternatives take most of the open share; a little stays with the bare refusal's
    // possibilities, which the classifier's list may not name.
    // ...but never more than their own confidence.
    for (const a of alternatives) {
      const w = Math.min(a.confidence, (open * 0.85 * a.confidence) / altSum);
      add(weights, a.cause, w);
      given += w;
    }
  }
  const residual = open - given;
  for (const [cause, p] of Object.entries(BARE_REFUSAL_PRIOR))
    add(weights, cause as CauseId, residual * p);
  for (const [cause, p] of Object.entries(BACKGROUND_PRIOR)) add(weights, cause as CauseId, p);
  if (unknown)
    for (const [cause, p] of Object.entries(UNREAD_FLOOR)) add(weights, cause as CauseId, p);
  const bounceSays = !d
    ? ""
    : unknown
      ? (lead?.possibleFrom ?? d.overall.possibleFrom) === "unread"
        ? "Bounce Doctor could not read a cause in the bounce's words"
        : "the bounce does not say why"
      : top.confidence < READS_AS
        ? `${textWord(top.cause)}'s wording only hints at “${causeInfoFor(top.cause, d.parsed, evidenceRuleIds(d)).title}”`
        : `${textWord(top.cause)} reads as “${causeInfoFor(top.cause, d.parsed, evidenceRuleIds(d)).title}”`;
  if (top && !unknown)
    weights
      .get(top.cause)
      ?.for.push({ source: "bounce", ref: "bounce", says: bounceSays, ratio: 2 });
  return { weights, bounceSays, readCause: top && !unknown ? top.cause : null };
}

function kindOf(id: string): string {
  return id.slice(0, id.indexOf(":"));
}

function verdictLikelihood(failed: boolean): (cause: CauseId) => number {
  // The receiver's own SPF/DKIM/DMARC verdicts (Authentication-Results, RFC 8601).
  const pFail = (c: CauseId) => (c === "authentication-failure" ? 0.85 : 0.15);
  return (c) => (failed ? pFail(c) : 1 - pFail(c));
}

const FAILED = ["fail", "softfail", "permerror", "none"];

/**
 * Causes a bounce's wording is known to be mistaken for (provider texts that mislead, PRODUCT.md;
 * the classifier's confident misses on the dev corpus): what a confirming step must rule out.
 */
export const CONFUSABLE: Partial<Record<CauseId, CauseId[]>> = {
  "mailbox-full": ["recipient-unknown", "mailbox-disabled"],
  "recipient-unknown": [
    "mailbox-disabled",
    "mailbox-full",
    "sender-policy",
    "recipient-domain-invalid",
  ],
  "mailbox-disabled": ["recipient-unknown", "mailbox-full"],
  "sender-policy": ["authentication-failure", "ip-blocklisted", "content-spam"],
  "content-virus": ["sender-policy", "content-spam"],
  "content-spam": ["domain-blocklisted", "bad-reputation", "sender-policy"],
  "domain-blocklisted": ["content-spam", "ip-blocklisted"],
  "bad-reputation": ["sender-address-invalid", "ip-blocklisted", "authentication-failure"],
  "ip-blocklisted": ["bad-reputation", "reverse-dns", "sender-policy"],
  "authentication-failure": ["sender-policy", "sender-address-invalid"],
  "reverse-dns": ["ip-blocklisted", "rate-limited"],
  "rate-limited": ["reverse-dns", "bad-reputation"],
  "remote-unreachable": ["remote-server-error", "recipient-domain-invalid", "ip-blocklisted"],
  "remote-server-error": ["remote-unreachable"],
};

/** The share the bounce's leading cause keeps when the wording is doubted (see `tempered`). */
export const TEMPERED_LEAD = 0.7;
/** The part of the doubt that goes to the causes the wording is known to be mistaken for. */
export const CONFUSABLE_SHARE = 0.8;

/**
 * The prior as if the bounce's wording were only TEMPERED_LEAD sure, the rest going to what it
 * is known to be mistaken for: a leading cause that still clearly leads after the checks and
 * answers is confirmed by them, not by the wording alone.
 *
 * Doubt only ever lowers the lead: a bounce that does not say why (`unknown`, its possibilities
 * sharing the weight) or whose lead is already below TEMPERED_LEAD is left as it is. Raising it
 * would make "doubting the wording" confirm the classifier's first guess (a 0.47 possibility of
 * an unknown refusal became 0.70 and was then shown as settled).
 */
function temper(weights: Weights) {
  const t = total(weights);
  let top: CauseId | null = null;
  for (const [cause, v] of weights) if (!top || v.w > (weights.get(top)?.w ?? 0)) top = cause;
  if (!top || t <= 0) return;
  const lead = weights.get(top);
  if (!lead || lead.w <= TEMPERED_LEAD * t) return;
  const rest = t - lead.w;
  const confusables = CONFUSABLE[top] ?? [];
  // Most of the doubt goes to the known confusions; the rest keeps the classifier's own order.
  const toConfusables = confusables.length > 0 ? CONFUSABLE_SHARE : 0;
  const doubt = (1 - TEMPERED_LEAD) * t;
  for (const [cause, v] of weights)
    if (cause !== top) v.w = rest > 0 ? ((1 - toConfusables) * doubt * v.w) / rest : 0;
  for (const c of confusables) add(weights, c, (toConfusables * doubt) / confusables.length);
  lead.w = TEMPERED_LEAD * t;
}

/** Keeps only `causes`, where one of them is held; else leaves the weights as they are. */
/**
 * What the bounce says against some causes: each held one's weight times its ratio, with the
 * reason on its "against" list. Returns the ratios applied (an update's likelihoods).
 */
function weighAgainst(
  weights: Weights,
  ratios: Partial<Record<CauseId, number>>,
  says: string,
): Partial<Record<CauseId, number>> {
  const like: Partial<Record<CauseId, number>> = {};
  for (const [cause, ratio] of Object.entries(ratios) as [CauseId, number][]) {
    const v = weights.get(cause);
    if (!v) continue;
    v.w *= ratio;
    like[cause] = ratio;
    v.against.push({ source: "bounce", ref: "bounce", says, ratio });
  }
  return like;
}

function narrow(weights: Weights, causes: readonly CauseId[]) {
  if (!causes.some((c) => (weights.get(c)?.w ?? 0) > 0)) return;
  for (const cause of [...weights.keys()]) if (!causes.includes(cause)) weights.delete(cause);
}

export function beliefOf(
  facts: Facts,
  context?: Context,
  options: { tempered?: boolean } = {},
): Belief {
  const ctx = context ?? buildContext(facts);
  // A failure on the sender's own side (a refused login, a failed connection or TLS set-up with
  // its own outgoing server): only what can explain it stays possible, and a reply in it (a
  // 535) came from the sender's own server, not the recipient's.
  const senderSide = senderSideCauses(facts.diagnosis, evidenceRuleIds(facts.diagnosis));
  // The recipient's own mail system wrote the failure (a local delivery's report, a
  // Reporting-MTA under its domain): its domain takes mail as surely as where its server
  // answered with a reply, and who wrote it is known (recipient-system.ts).
  const recipientSystem = senderSide ? null : recipientSystemWrote(facts.diagnosis);
  const forwarded = forwardedSpf(facts.diagnosis?.parsed);
  const replyRuledOut = replyRulesOut(facts.diagnosis);
  const relevance: Relevance = {
    receiverAnswered:
      !senderSide && (receiverAnswered(facts, replyRuledOut) || recipientSystem !== null),
    publicListNamed: ctx.blocklistZones.length > 0,
    wordsReadListing:
      (facts.diagnosis?.recipients[0]?.cause ?? facts.diagnosis?.overall.cause) ===
      "ip-blocklisted",
    answererNamed: answererNamed(facts) || recipientSystem !== null,
    readsAs: readsAs(facts),
    ...(recipientSystem ? { recipientSystem } : {}),
    ...(forwarded ? { forwarded } : {}),
  };
  const { weights, bounceSays, readCause } = prior(facts, recipientSystem !== null);
  const updates: EvidenceUpdate[] = [];
  // Not for a report that is no failure (an automatic reply, a delivery report): it has no reply
  // code because nothing was refused, and an out-of-office reply came from the very domain the
  // prior would doubt ("also possible: the recipient's domain does not exist", with a step to
  // check that it takes mail).
  // Nor for a failure to reach a submission port: the program never got past its own mail
  // server, so nothing was looked up of the recipient's domain (connection-ports.ts).
  if (
    facts.diagnosis &&
    !relevance.receiverAnswered &&
    !readsAsNoFailure(facts) &&
    submissionPortOf(facts.diagnosis.parsed) === null &&
    !senderSide
  )
    for (const [cause, p] of Object.entries(NO_REPLY_PRIOR)) add(weights, cause as CauseId, p);
  if (relevance.receiverAnswered) {
    const like = weighAgainst(
      weights,
      RECEIVER_ANSWERED_AGAINST,
      // Whose server answered is known only where the bounce names it (see narrate.ts).
      relevance.recipientSystem
        ? "the recipient's own mail system wrote this failure, so its domain takes mail"
        : relevance.answererNamed
          ? "the recipient's own server answered with this refusal, so its domain takes mail"
          : "a mail server answered with this refusal (the bounce does not name which)",
    );
    // The causes not named keep theirs: the update's baseline.
    updates.push({ source: "bounce", ref: "bounce", like, baseline: 1 });
  }
  // Doubt is applied to everything the bounce says, its shape included: applied before the
  // receiver-answered factor, the doubt given to "unreachable" (remote-server-error's one
  // confusion) was taken away again by the bounce itself, and a reading no check or answer had
  // touched came out "confirmed" (a 554 5.4.6 mail loop, read remote-server-error at 0.76,
  // doubted to 0.89).
  if (options.tempered) temper(weights);
  // A failed connection to a submission port: only what can explain a TCP connection that
  // failed stays possible (lib/causes/connection-variants.ts). No server answered, so the bare
  // refusal's possibilities and the background floor (a blocklisting, a policy, an unknown
  // address, spam) were held and asked about for a refusal that never happened (review 24).
  // The same for a refused login (535: the password, not the recipient, review 25 finding 7),
  // a failed TLS set-up with the sender's own server (finding 8), and a sending program's own
  // report of either or of a failed connection.
  if (senderSide) narrow(weights, senderSide);
  // What the reply itself rules out (a server answered after the greeting: it was reached),
  // after the doubt, which would otherwise hand the ruled-out cause a share again as a
  // confusable. Never every cause held: then the evidence contradicts itself, and nothing is
  // ruled out.
  const ruledOut = replyRuledOut.filter((r) => weights.has(r.cause));
  if ([...weights.keys()].some((c) => !ruledOut.some((r) => r.cause === c))) {
    const like: Partial<Record<CauseId, number>> = {};
    for (const r of ruledOut) {
      const v = weights.get(r.cause);
      if (!v) continue;
      v.w = 0;
      like[r.cause] = 0;
      v.against.push({ source: "bounce", ref: "bounce", says: r.says, ratio: 0 });
    }
    if (Object.keys(like).length > 0)
      updates.push({ source: "bounce", ref: "bounce", like, baseline: 1 });
  }
  // Greylisting's words say why the server deferred: a sender it had not seen before, not the
  // mailbox that Postfix's "Recipient address rejected:" prefix leads the classifier to rank
  // beside it (lib/knowledge/greylisting.ts). After the doubt, as what the reply rules out.
  if (readsGreylisting(evidenceRuleIds(facts.diagnosis))) {
    const like = weighAgainst(
      weights,
      GREYLISTING_WEIGHS_AGAINST.ratios,
      GREYLISTING_WEIGHS_AGAINST.says,
    );
    if (Object.keys(like).length > 0)
      updates.push({ source: "bounce", ref: "bounce", like, baseline: 1 });
  }

  const ran: CheckReading[] = [];
  const failed: Belief["failed"] = [];
  const foreignIp = otherGroupsIp(facts, ctx);
  for (const [id, state] of Object.entries(facts.checks)) {
    const subject = subjectOf(id);
    if (state.status === "failed") {
      failed.push({ id, subject });
      continue;
    }
    if (state.status !== "done") continue;
    if (foreignIp && id === ctx.ipCheckId) {
      // Ran (from an older trail, or a share link): said, but not read for this group.
      ran.push({
        id,
        kind: kindOf(id),
        subject: state.report?.subject ?? subject,
        found: [],
        noEvidence: true,
        bearsOn: foreignIp.addresses,
      });
      continue;
    }
    const reading = readCheck(weights, id, state, relevance, updates);
    if (reading) ran.push(reading);
  }

  const answered: Belief["answered"] = [];
  const unknown: QuestionId[] = [];
  for (const [q, answer] of Object.entries(facts.answers) as [
    QuestionId,
    NonNullable<Facts["answers"][QuestionId]>,
  ][]) {
    if (answer.kind === "dont-know") {
      unknown.push(q);
      continue;
    }
    const model = QUESTION_MODELS[q];
    if (model && answer.kind === "choice") {
      const row = model.answers[answer.value];
      if (!row) continue;
      update(
        weights,
        (c) => answerLikelihood(row, c),
        row.otherwise,
        "answer",
        q,
        row.says,
        updates,
      );
      answered.push({ question: q, says: row.says });
    } else if (q === "from-domain-owned" && answer.kind === "choice" && ctx.sendingDomain) {
      // No likelihood: whose the domain is decides the steps, not the cause (from-domain.ts).
      answered.push({
        question: q,
        says:
          answer.value === "no"
            ? `${ctx.sendingDomain} is not a domain you control`
            : `${ctx.sendingDomain} is a domain you control`,
      });
    } else if (answer.kind === "text") {
      answered.push({ question: q, says: textSays(q, answer.value) });
    } else if (answer.kind === "headers") {
      answered.push({ question: q, says: "you pasted the headers of a message you sent" });
    }
  }
  if (ctx.auth) {
    const verdictFailed =
      (ctx.auth.dmarc !== null && FAILED.includes(ctx.auth.dmarc)) ||
      (ctx.auth.spf !== null &&
        FAILED.includes(ctx.auth.spf) &&
        ctx.auth.dkim !== null &&
        FAILED.includes(ctx.auth.dkim));
    const passed =
      ctx.auth.dmarc === "pass" || (ctx.auth.spf === "pass" && ctx.auth.dkim === "pass");
    if (verdictFailed || passed) {
      const where =
        ctx.auth.source === "headers" ? "the headers you pasted" : "the copy in the bounce";
      const verdicts = (["spf", "dkim", "dmarc"] as const)
        .filter((m) => ctx.auth?.[m])
        .map((m) => `${m.toUpperCase()} ${ctx.auth?.[m]}`)
        .join(", ");
      update(
        weights,
        verdictLikelihood(verdictFailed),
        verdictFailed ? 0.15 : 0.85,
        ctx.auth.source === "headers" ? "answer" : "bounce",
        "sent-headers",
        `the receiver's verdicts in ${where}: ${verdicts}`,
        updates,
      );
    }
  }

  const t = total(weights) || 1;
  const causes = [...weights]
    .map(([cause, v]) => ({ cause, weight: v.w / t, for: v.for, against: v.against }))
    .filter((c) => c.weight > 0.0005)
    .sort((a, b) => b.weight - a.weight);
  const titles: Partial<Record<CauseId, string>> = {};
  for (const c of causes) {
    const own = causeInfoFor(c.cause, facts.diagnosis?.parsed, evidenceRuleIds(facts.diagnosis));
    if (own !== CAUSES[c.cause]) titles[c.cause] = own.title;
  }
  return {
    causes,
    ran,
    failed,
    answered,
    unknown,
    bounceSays,
    readCause,
    updates,
    relevance,
    titles,
    ...(foreignIp ? { otherGroupsIp: foreignIp } : {}),
  };
}

function textSays(q: QuestionId, value: string): string {
  if (q === "sending-ip") return `your mail leaves from ${value}`;
  if (q === "sending-domain") return `you send from ${value}`;
  if (q === "dkim-selector") return `your DKIM selector is ${value}`;
  return `you answered ${value}`;
}

/** What a check looked at, in plain words: its domain or IP, or the message a review read. */
function subjectOf(id: string): string {
  return kindOf(id) === "content" ? CONTENT_SUBJECT : id.slice(id.indexOf(":") + 1);
}

function readCheck(
  weights: Weights,
  id: string,
  state: CheckState,
  relevance: Relevance,
  log: EvidenceUpdate[],
): CheckReading | null {
  const kind = kindOf(id);
  const found: string[] = [];
  const direct = DIRECT_EVIDENCE[kind as CheckKindId];
  if (direct) {
    for (const e of direct(state)) {
      update(weights, (c) => (c === e.cause ? e.ratio : 1), 1, "check", id, e.says, log);
      found.push(e.says);
    }
  } else {
    const report = state.report;
    if (!report) return null;
    for (const signal of signalsOf(kind as CheckKindId, relevance)) {
      const reading = signal.read(report);
      if (!reading) continue;
      const outcome: SignalOutcome | undefined = signal.outcomes[reading.outcome];
      if (!outcome) continue;
      const aside = signal.unweighed?.(relevance, reading.outcome);
      if (aside) {
        found.push(`${reading.says}: ${aside}`);
        continue;
      }
      update(
        weights,
        (c) => outcomeLikelihood(outcome, c),
        outcome.otherwise,
        "check",
        id,
        reading.says,
        log,
      );
      found.push(reading.says);
    }
  }
  return {
    id,
    kind,
    subject: state.report?.subject ?? subjectOf(id),
    found,
    noEvidence: found.length === 0,
    ...(state.report ? { listed: problemTitles(reportForCheck(id, state.report)) } : {}),
  };
}

/** Shannon entropy (bits) of a weight vector. */
export function entropy(ws: readonly number[]): number {
  const t = ws.reduce((a, b) => a + b, 0);
  if (t <= 0) return 0;
  let h = 0;
  for (const w of ws) if (w > 0) h -= (w / t) * Math.log2(w / t);
  return h;
}

/** What the pasted text is called: a report that is no failure is not "the bounce" (ux29). */
function textWord(cause: CauseId): string {
  return cause === "not-a-bounce" ? "the message" : "the bounce";
}
