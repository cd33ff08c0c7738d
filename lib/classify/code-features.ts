// The features of a refusal's codes: a provider's own reading of its status code (only when its
// server gave the reply), the registry's reading of the status code and of the reply code, and
// the usual causes of a code that says nothing more (reply-possibilities.ts), or of its class.
// Each code is read once, by its most specific reader (./code-readers.ts).
import { CAUSES } from "@/lib/causes/causes";
import type { Refusal } from "@/lib/bounce/refusal";
import type { Span } from "@/lib/bounce/types";
import {
  IANA_REGISTRY_URL,
  type StatusDetail,
  type StatusLookup,
} from "@/lib/knowledge/enhanced-status-codes";
import { lookupReplyCode } from "@/lib/knowledge/reply-codes";
import {
  NO_REPLY,
  PERMANENT_CLASS,
  REFUSAL_WORDS,
  REPLY_POSSIBILITIES,
  subjectCode,
  TRANSIENT_CLASS,
  UNCODED_REFUSAL,
  type ReplyPossibilities,
} from "@/lib/knowledge/scoring/reply-possibilities";
import { WEIGHTS } from "@/lib/knowledge/scoring/weights";
import type { ProviderTable } from "@/lib/knowledge/providers/types";
import { providerEvidence, readAmong, readBy, READ_REPLY, READ_STATUS } from "./code-readers";
import { CODE_POSSIBILITY_PREFIX, type Feature } from "./features";
import { ALL_TABLES } from "./phrase-rules";
import { statusReading } from "./status-reading";

/**
 * What readingFeatures reads of each table, in one shape. The provider tables carry only the
 * optional fields they use, so they come in many shapes: reading `provider` from each of them
 * for every recipient was a megamorphic load, and reading `statusReadings` made V8 throw away
 * readingFeatures' optimised code when a table of a new shape first matched (--trace-deopt
 * "wrong map"). Made once per list of tables (the classifier passes one, ALL_TABLES), for the
 * tables that have status readings: the others add nothing, and their empty lists were arrays
 * of another kind (another map) than the rest.
 */
interface TableView {
  provider: string;
  name: string;
  statusReadings: ProviderTable["statusReadings"];
}

const TABLE_VIEWS = new WeakMap<readonly ProviderTable[], readonly TableView[]>();

function tableViews(tables: readonly ProviderTable[]): readonly TableView[] {
  let views = TABLE_VIEWS.get(tables);
  if (views === undefined) {
    views = tables
      .filter((t) => t.statusReadings.length > 0)
      .map((t) => ({
        provider: t.provider,
        name: t.identity.name,
        statusReadings: t.statusReadings,
      }));
    TABLE_VIEWS.set(tables, views);
  }
  return views;
}

/** A provider's own reading of its status code, when the refusal is that provider's. */
export function readingFeatures(
  r: Refusal,
  statusSpan: Span[],
  tables: readonly ProviderTable[] = ALL_TABLES,
  out: Feature[] = [],
): Feature[] {
  if (!r.status || r.providers.length === 0) return out;
  const views = tableViews(tables);
  for (let k = 0; k < views.length; k++) {
    const t = views[k]!;
    const who = providerEvidence(r, t.provider);
    if (!who) continue;
    // The provider's own entry read this code with the words beside it (a row of its page):
    // more specific than its reading of the code alone, which would count the code twice.
    if (readBy(out, t.provider)) continue;
    const readings = t.statusReadings;
    for (let i = 0; i < readings.length; i++) {
      const s = readings[i]!;
      if (s.status !== r.status) continue;
      if (s.replyCode !== undefined && r.replyCode !== null && s.replyCode !== r.replyCode)
        continue;
      const how =
        who.by === "host"
          ? `its server ${who.detail} answered`
          : who.by === "marker"
            ? `the reply carries its mark "${who.detail}"`
            : `the reply carries its code ${who.detail}`;
      const f: Feature = {
        id: s.id,
        kind: "reading",
        cause: s.cause,
        weight: WEIGHTS.providerReading,
        general: false,
        provider: t.provider,
        note: `${t.name} gave this reply (${how}), and its own page reads status ${s.status} as: ${CAUSES[s.cause].title.toLowerCase()}.${s.note ? ` ${s.note}` : ""}`,
        source: `${s.source.title}, ${s.source.url}`,
        spans: statusSpan,
        hint: false,
        matched: undefined,
      };
      // Its own reading of its own code: the registry's is no second fact beside it, nor is
      // the reply code's where the page pairs the two.
      READ_STATUS.add(f);
      if (s.replyCode !== undefined && s.replyCode === r.replyCode) READ_REPLY.add(f);
      out.push(f);
    }
  }
  return out;
}

/** Status readings of the given tables for a refusal (no spans). */
export function readingFeaturesIn(tables: readonly ProviderTable[], r: Refusal): Feature[] {
  return readingFeatures(r, [], tables);
}

/**
 * The registry's "other or undefined" code of each subject (X.0.0, X.1.0 ... X.7.0: RFC 3463
 * section 3 gives every X.n.0 as "Other or undefined ... status"), and the codes the data marks
 * as sent for refusals of many causes (StatusDetail.catchAll: X.7.1, X.3.2): they narrow the
 * subject, never the cause.
 */
function catchAll(detail: StatusDetail): boolean {
  return detail.code.endsWith(".0") || detail.catchAll !== undefined;
}

/**
 * Whether the reply code is about the whole session and the status's subject is one it says
 * nothing about (reply-codes.ts sessionWide: "421 4.2.1" is no mailbox's state).
 */
function sessionWideStatus(reply: number | null, status: string): boolean {
  if (reply === null) return false;
  const wide = lookupReplyCode(reply)?.sessionWide;
  if (!wide) return false;
  const subject = status.slice(status.indexOf(".") + 1, status.lastIndexOf("."));
  return wide.subjects.includes(subject);
}

/** Words shorter than this are too plain to be taken for the registry's text. */
const MIN_RESTATED = 8;

/**
 * Whether a phrase of the same cause among the features matched words of the registry's own
 * summary of the status ("Invalid command" for X.5.1, as OpenSMTPD writes it before its reason:
 * "530 5.5.1 Invalid command: Must issue a STARTTLS command first"): the words spell the code
 * out, they are not a second fact beside it, and the phrase counts for both.
 */
function restatedIn(features: readonly Feature[], summary: string, cause: string): boolean {
  let lower: string | null = null;
  for (let k = 0; k < features.length; k++) {
    const f = features[k]!;
    if (f.kind !== "phrase" || f.cause !== cause || !f.matched) continue;
    if (f.matched.length < MIN_RESTATED) continue;
    lower ??= summary.toLowerCase();
    if (lower.includes(f.matched)) return true;
  }
  return false;
}

/** `found`: the registry's reading of r.status when the caller looked it up already. */
export function statusFeatures(
  r: Refusal,
  statusSpan: Span[],
  out: Feature[] = [],
  found: StatusLookup | null = r.status ? statusReading(r.status) : null,
): Feature[] {
  if (!r.status) return out;
  if (!found?.detail) return out;
  if (sessionWideStatus(r.replyCode, found.status)) return out;
  // A more specific reader read this code already (READ_STATUS): the registry's reading of it
  // would count the one code twice.
  if (readAmong(out, READ_STATUS)) return out;
  // From one server's delivery to another, a code whose own reading belongs to a client's
  // submission (AUTH) has its bounce reading (enhanced-status-codes.ts `inBounce`).
  const relayed = r.relayed && found.class.code === "5" ? found.detail.inBounce : undefined;
  if (relayed) {
    out.push({
      id: `rfc3463.${found.detail.code}-in-bounce`,
      kind: "status",
      cause: relayed.cause,
      weight: WEIGHTS.statusSpecific,
      general: true,
      provider: "iana",
      note: `Status ${found.status}: ${relayed.meaning}`,
      source: relayed.source,
      spans: statusSpan,
      hint: false,
      matched: undefined,
    });
  } else if (
    found.cause &&
    // A code with a list of usual causes (reply-possibilities.ts: 5.7.1) names none of them on
    // its own, as a listed reply code does not (replyFeatures): the list ranks them.
    possibilitiesOf(found.status) === undefined &&
    !restatedIn(out, found.detail.summary, found.cause)
  ) {
    out.push({
      id: `rfc3463.${found.detail.code}`,
      kind: "status",
      cause: found.cause,
      weight: catchAll(found.detail) ? WEIGHTS.statusGeneric : WEIGHTS.statusSpecific,
      general: true,
      provider: "iana",
      note: `Status ${found.status}: ${found.detail.meaning}`,
      source: `${found.detail.reference}; ${IANA_REGISTRY_URL}`,
      spans: statusSpan,
      hint: false,
      matched: undefined,
    });
  }
  return out;
}

/** A code's usual causes (REPLY_POSSIBILITIES) with what their features say, made once. */
interface ReadyPossibilities {
  table: ReplyPossibilities;
  /** Per cause, its feature's id. */
  ids: readonly string[];
  note: string;
  /** Per cause, its weight: the most usual first, a step down the list each. */
  weights: Float64Array;
}

let readyPossibilities: readonly ReadyPossibilities[] | null = null;

/** The usual causes of a code, as REPLY_POSSIBILITIES' first entry for it gives them. */
function possibilitiesOf(code: string): ReadyPossibilities | undefined {
  readyPossibilities ??= REPLY_POSSIBILITIES.map((table) => {
    const n = table.causes.length;
    return {
      table,
      ids: table.causes.map((cause) => `${CODE_POSSIBILITY_PREFIX}${table.code}.${cause}`),
      note: `A usual cause of ${table.code}.`,
      weights: Float64Array.from(table.causes, (_, i) => (WEIGHTS.possible * (n - i)) / n),
    };
  });
  for (let k = 0; k < readyPossibilities.length; k++)
    if (readyPossibilities[k]!.table.code === code) return readyPossibilities[k];
  return undefined;
}

/**
 * The list of a status's subject (reply-possibilities.ts subjectCode), for a detail number the
 * registry does not hold and for the subject's catch-all X.N.0, which says only the subject.
 */
function subjectPossibilities(status: string): ReadyPossibilities | undefined {
  const found = statusReading(status);
  if (!found) return undefined;
  const [cls, subject, detail] = found.status.split(".");
  if (found.detail !== null && detail !== "0") return undefined;
  return possibilitiesOf(subjectCode(cls!, Number(subject)));
}

/** A reply code in RFC 5321's grammar (section 4.2: the second digit 0 to 5). */
const RFC_REPLY = /^[245][0-5]\d$/;

/**
 * The list of the class the refusal's codes put it in: the status's first digit, else the reply
 * code's. With no code at all, a failure notice's (a delivery report or a known MTA's bounce, not
 * a delay notice) quotes no server's reply (NO_REPLY); a pasted text with no code may be no bounce
 * at all, and gets none.
 */
function classPossibilities(r: Refusal): ReadyPossibilities | undefined {
  const reply = r.replyCode !== null && RFC_REPLY.test(String(r.replyCode)) ? r.replyCode : null;
  const first = r.status !== null ? r.status[0] : reply !== null ? String(reply)[0] : null;
  if (first === "5") return possibilitiesOf(PERMANENT_CLASS);
  if (first === "4") return possibilitiesOf(TRANSIENT_CLASS);
  // A code outside RFC 5321's grammar (Postini's "571") is no code the parser reports, and the
  // page says none was found: no class is read from it.
  if (r.replyCode !== null || r.delayed || r.action === "delayed") return undefined;
  if (r.action === "failed" || r.shape === "delivery-report" || r.shape === "mta-bounce")
    return possibilitiesOf(NO_REPLY);
  // A pasted line that says the mail was refused, with no code: a refusal's usual causes.
  return SAYS_REFUSED.test(r.words) ? possibilitiesOf(UNCODED_REFUSAL) : undefined;
}

/** Any of REFUSAL_WORDS at word edges (one alternation of literals: no backtracking). */
const SAYS_REFUSED = new RegExp(
  `(?<![A-Za-z])(?:${REFUSAL_WORDS.map((w) => w.replace(/ /g, "\\s+")).join("|")})(?![A-Za-z])`,
  "i",
);

/**
 * Whether the reply code was read already, so that its own reading would count one fact twice:
 * a phrase or a provider's reading read it with the words (READ_REPLY), or the registry pairs it
 * with the status beside it (StatusDetail.replyCodes: "523" is the reply X.7.10 is sent with)
 * and the status was read, by a more specific reader or by the registry for the same cause.
 */
function replyReadAlready(r: Refusal, features: readonly Feature[]): boolean {
  if (readAmong(features, READ_REPLY)) return true;
  if (r.status === null || r.replyCode === null) return false;
  const detail = statusReading(r.status)?.detail;
  if (!detail || !detail.replyCodes.includes(r.replyCode)) return false;
  if (readAmong(features, READ_STATUS)) return true;
  const cause = lookupReplyCode(r.replyCode)?.cause;
  for (let k = 0; k < features.length; k++) {
    const f = features[k]!;
    if (f.kind === "status" && f.cause === cause) return true;
  }
  return false;
}

export function replyFeatures(
  r: Refusal,
  replySpan: Span[],
  statusSpan: Span[],
  out: Feature[] = [],
): Feature[] {
  // A code with a list of usual causes (550, 554, ...) names none of them on its own.
  const listed = r.replyCode !== null && possibilitiesOf(String(r.replyCode)) !== undefined;
  if (r.replyCode !== null && !listed && !replyReadAlready(r, out)) {
    const info = lookupReplyCode(r.replyCode);
    if (info?.cause)
      out.push({
        id: `rfc5321.${info.code}`,
        kind: "reply",
        cause: info.cause,
        weight: info.specific ? WEIGHTS.replySpecific : WEIGHTS.reply,
        general: true,
        provider: "iana",
        note: `Reply code ${info.code}: ${info.meaning}.`,
        source: `${info.reference}, https://www.rfc-editor.org/rfc/rfc5321#section-4.2`,
        spans: replySpan,
        hint: false,
        matched: undefined,
      });
  }
  // The usual causes of the most specific code that says nothing more: ranks them, decides nothing.
  // The status's list where the data gives it one (reply-possibilities.ts: 5.7.1), else the
  // reply code's (4.7.1 has none of its own). Not a mailbox status beside a reply about the
  // whole session (421 4.2.1): that status says nothing, as statusFeatures reads it.
  // Nor where a provider's reading of its own code read the status (READ_STATUS): the code
  // means what that provider's page says, and its usual causes elsewhere count it twice.
  // A status whose detail number no registry holds, or the subject's catch-all X.N.0, has its
  // subject's list (a 5.4.300 is a network or routing refusal), which says more than the reply
  // code's.
  const generic =
    r.status && !sessionWideStatus(r.replyCode, r.status) && !readAmong(out, READ_STATUS)
      ? (possibilitiesOf(r.status) ?? subjectPossibilities(r.status))
      : undefined;
  // Nor the reply code's list where an entry that pairs with the code read it (READ_REPLY):
  // Trend Micro's "521 Block permanently (Sender Filtering/Authentication)" is no host that takes
  // no mail, and the list would count the one code twice.
  const replyRead = readAmong(out, READ_REPLY);
  const ready =
    generic ??
    (r.replyCode !== null && !replyRead ? possibilitiesOf(String(r.replyCode)) : undefined) ??
    // Else, where nothing at all was read (no words, no reading of a code), the class's
    // (reply-possibilities.ts PERMANENT_CLASS): a 510 or a 5.0.0 with no list of its own, or a
    // failure notice that quotes no code, still leaves the usual causes possible. Only then: a
    // class says less than any reading, and would blur the words' own list.
    (out.length === 0 ? classPossibilities(r) : undefined);
  if (ready) {
    const { table, ids, weights } = ready;
    const n = table.causes.length;
    for (let i = 0; i < n; i++) {
      out.push({
        id: ids[i]!,
        kind: "possible",
        cause: table.causes[i]!,
        // Most usual first: a small step down the list keeps the order.
        weight: weights[i]!,
        general: false,
        provider: "iana",
        note: ready.note,
        source: table.source,
        spans: generic !== undefined ? statusSpan : replySpan,
        hint: false,
        matched: undefined,
      });
    }
  }
  return out;
}
