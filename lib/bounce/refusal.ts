// One Refusal per recipient: the facts the classifier reads, taken out of whatever was pasted.
// The server's own words are separated from the wrappers the reporting MTA puts around them
// ("host X said:", "Remote server returned '...'", "(in reply to RCPT TO command)", Gmail's
// "The response from the remote server was:"), so that the same reply reads the same whether
// it was pasted alone, quoted, or inside any MTA's bounce. The classifier never reads the
// parser's `format` label: only these facts.
import { collapseWhitespace } from "./blank";
import type { ProviderIdentity } from "@/lib/knowledge/providers/types";
import { WORD_GRAMS, literalGrams } from "./gram-set";
import { gatePattern, type GatedPattern } from "./literal-gate";
import type { DsnAction, ParsedBounce, RecipientReport, Span } from "./types";

/** The SMTP stages a reply can answer (RFC 5321 section 3): the greeting, HELO/EHLO, MAIL, RCPT, DATA. */
export type SmtpStage = "CONN" | "HELO" | "MAIL" | "RCPT" | "DATA";

/** How a provider was recognised as the one whose server gave the reply. */
export interface ProviderEvidence {
  provider: string;
  /** host: the answering host is the provider's; marker: words only it writes; code: its own code. */
  by: "host" | "marker" | "code";
  /** The host, marker or code, as found. */
  detail: string;
}

/**
 * The shape of the input, for the explanation and for what is not a refusal at all (a
 * complaint report, an automatic reply). Never used to guess a cause.
 */
export type InputShape =
  "reply-line" | "delivery-report" | "mta-bounce" | "feedback-report" | "auto-reply" | "text";

export interface Refusal {
  replyCode: number | null;
  /** Enhanced status code, the most specific one given (a DSN's 5.0.0 gives way to the reply's 5.7.1). */
  status: string | null;
  /** The server's own words on one line, wrappers removed; "" when the bounce has none for this recipient. */
  words: string;
  /** Where the words are in ParsedBounce.text (the diagnostic's span), when known. */
  wordsSpan: Span | null;
  /** The SMTP stage the reply answered: stated by the bounce, or null when it does not say. */
  stage: { command: SmtpStage; how: "stated" } | null;
  /** The host that answered, lower case. */
  host: string | null;
  /** Providers whose server gave the reply, with the evidence. */
  providers: ProviderEvidence[];
  /** Who wrote the bounce (the parser's generator and recognised writers): not who refused. */
  writers: ReadonlySet<string>;
  /**
   * True when the reply came back from one server's delivery to another (a bounce names the
   * answering host, the stage, or the reporting MTA): a client's submission replies do not apply.
   */
  relayed: boolean;
  action: DsnAction | null;
  /**
   * Set when the report is a delay notice: every recipient's DSN field is "Action: delayed"
   * (RFC 3464 section 2.3.3: neither delivered nor failed yet, the MTA keeps retrying) and none
   * failed. `until`: the report's Will-Retry-Until field (section 2.3.9), when it has one.
   * Absent or null: not a delay notice.
   */
  delayed?: { until: string | null } | null;
  shape: InputShape;
}

/**
 * The stage each command name the parser reads stands for. EHLO is HELO's extended form (RFC
 * 5321 section 4.1.1.1): the same point of the session, where only the client's address and
 * the name it greets with are known. Exim writes "after EHLO", Postfix "(in reply to EHLO
 * command)".
 */
const STAGES: Readonly<Record<string, SmtpStage>> = {
  CONN: "CONN",
  HELO: "HELO",
  EHLO: "HELO",
  MAIL: "MAIL",
  RCPT: "RCPT",
  DATA: "DATA",
};

/** The shape, from what the parser found. */
export function inputShape(parsed: ParsedBounce): InputShape {
  switch (parsed.format) {
    case "arf":
      return "feedback-report";
    case "auto-reply":
      return "auto-reply";
    case "dsn":
      return "delivery-report";
    case "mta-text":
      return parsed.generator !== null || parsed.reportingMta !== null
        ? "mta-bounce"
        : "reply-line";
    case "smtp-reply":
      return "reply-line";
    default:
      return "text";
  }
}

/**
 * Postfix's address verification (smtpd_check.c check_verify, reject_unverified_recipient)
 * refuses with "<addr>: Recipient address rejected: undeliverable address: WHY" ("unverified
 * address:" while it defers), whose DSN is Postfix's fixed 4.1.1 (5.1.1 once the code is 5xx)
 * and whose reply code is its unverified_recipient_reject_code, whatever the probe met. WHY is
 * the probe's result, often the next server's own reply ("host X[ip] said: 552 5.2.2 ...").
 * Only the recipient form: a sender probe that met "User unknown" means the sender is invalid.
 * https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/smtpd/smtpd_check.c
 */
const POSTFIX_RECIPIENT_VERIFY =
  /^\s{0,20}(?:[45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3}\s{1,4})?)?(?:<[^<>\s]{0,300}>:\s{0,4})?recipient address rejected:\s{0,4}un(?:deliverable|verified) address:\s*/i;

/**
 * Wrappers the reporting MTA writes around the server's words, removed from the start: Postfix
 * "host X[ip] said:", Exchange "Remote server returned '", Gmail "The response from the remote
 * server was:", and a stray "<address>:" or "address..." before the reply.
 */
const LEADING_WRAPPERS: readonly RegExp[] = [
  POSTFIX_RECIPIENT_VERIFY,
  /^\s{0,20}host [a-z0-9][a-z0-9.-]{0,252}\s{0,4}\[[0-9a-f.:]{1,45}\](?::\d{1,5})?\s{0,4}said:\s*/i,
  // Exim: "host mx.example.com [192.0.2.1]" then "SMTP error from remote mail server after RCPT TO:<a@b>:".
  /^\s{0,20}host [a-z0-9][a-z0-9.-]{0,252}\s{0,4}\[[0-9a-f.:]{1,45}\]:?\s*/i,
  /^\s{0,20}smtp error from remote (?:mail )?server after [^:<]{1,40}(?::<[^<>]{0,300}>)?:\s*/i,
  /^\s{0,20}remote server returned\s{0,4}'/i,
  /^\s{0,20}the response from the remote server was:\s*/i,
  /^\s{0,20}the error that the other server returned was:\s*/i,
];
/**
 * Amazon SES: "5.1.0 - Unknown address error 550-'<the remote reply>' (delivery attempts: 0)",
 * its wrapper around every remote refusal (https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html).
 */
const SES_WRAPPED =
  /^\s{0,20}[45]\.\d{1,3}\.\d{1,3} - unknown address error\s{0,4}([245]\d\d)[- ]'(.{1,2000})'\s{0,4}\(delivery attempts: \d{1,5}\)\s*$/i;
/** Exchange's quotes: the reply may hold apostrophes ("doesn't"), so up to the last quote. */
const QUOTED_REPLY = /remote server returned '(.{1,2000})'(?=\s|$)/i;
const RESPONSE_WAS = /the response from the remote server was:\s*/i;
/** Postfix's note after the reply: "(in reply to RCPT TO command)". */
const IN_REPLY_TO =
  /\s*\(in reply to (rcpt to|mail from|end of data|data|helo|ehlo) command\)\s*$/i;
/**
 * Postfix's report of a refused greeting or HELO/EHLO, left after its "host X[ip]" wrapper:
 * "host X[ip] refused to talk to me: REPLY" (smtp_proto.c, smtp_helo). No sender, recipient or
 * content had been sent: the stage is the connection's (bounce-context.ts reads the same words
 * before a reply).
 */
const REFUSED_TO_TALK = /^\s{0,20}refused to talk to me:\s*/i;
/** Exchange's closing quote and what follows it: "...'" or "...' [host] ...". */
const TRAILING_QUOTE = /'\s*$/;

const IN_REPLY_STAGE: Readonly<Record<string, SmtpStage>> = {
  "rcpt to": "RCPT",
  "mail from": "MAIL",
  "end of data": "DATA",
  data: "DATA",
  helo: "HELO",
  ehlo: "HELO",
};

/** The server's own words, the wrappers around them removed, and the stage a wrapper stated. */
export function unwrapWords(diagnostic: string): { words: string; stage: SmtpStage | null } {
  let w = diagnostic.slice(0, 4000);
  // The server's words quoted inside the reporting MTA's prose: Exchange's "Remote Server
  // returned '...'", Gmail's "The response from the remote server was: ...".
  const ses = SES_WRAPPED.exec(w);
  const inner = QUOTED_REPLY.exec(w);
  if (ses?.[1] && ses[2]) w = `${ses[1]} ${ses[2]}`;
  else if (inner?.[1]) w = inner[1];
  else {
    const after = RESPONSE_WAS.exec(w);
    if (after) w = w.slice(after.index + after[0].length);
  }
  let stage: SmtpStage | null = null;
  let quoted = false;
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < LEADING_WRAPPERS.length; k++) {
      const m = LEADING_WRAPPERS[k]!.exec(w);
      if (m) {
        if (m[0].trimEnd().endsWith("'")) quoted = true;
        w = w.slice(m[0].length);
      }
    }
  }
  const refused = REFUSED_TO_TALK.exec(w);
  if (refused) {
    stage = "CONN";
    w = w.slice(refused[0].length);
  }
  const after = IN_REPLY_TO.exec(w);
  if (after?.[1]) {
    stage = IN_REPLY_STAGE[after[1].toLowerCase()] ?? null;
    w = w.slice(0, after.index);
  }
  if (quoted) w = w.replace(TRAILING_QUOTE, "");
  return { words: w.trim(), stage };
}

/** A reply's own codes at the start of the words: "552 5.2.2 ..." or "550-5.1.1 ...". */
const OWN_CODES = /^([245]\d\d)[ -](?:([245]\.\d{1,3}\.\d{1,3})\b)?/;

/**
 * The codes of the reply that Postfix's recipient address verification quotes (see
 * POSTFIX_RECIPIENT_VERIFY), when it quotes one: those are the refusing server's, while the
 * wrapper's own codes are fixed. Null for any other diagnostic.
 */
export function verifiedReplyCodes(
  diagnostic: string | null,
): { replyCode: number; status: string | null } | null {
  if (!diagnostic || !POSTFIX_RECIPIENT_VERIFY.test(diagnostic.slice(0, 4000))) return null;
  const own = OWN_CODES.exec(unwrapWords(diagnostic).words);
  return own?.[1] ? { replyCode: Number(own[1]), status: own[2] ?? null } : null;
}

/**
 * A provider's marker, prepared: a literal with its grams, or a pattern with its gate. `first`:
 * a gram every text holding the marker holds (-1 for none), read before anything else.
 */
type PreparedMarker =
  | { literal: string; grams: Int32Array; gate: null; first: number }
  | { literal: null; grams: null; gate: GatedPattern; first: number };

/** A list of identities prepared once for identifyProviders (the tables are fixed at load). */
interface PreparedIdentities {
  /** Identity indices by host domain: a host matches the domains that are its dot-suffixes. */
  byHost: Map<string, number[]>;
  markers: PreparedMarker[][];
  /** Every identity's markers in one flat list, identity after identity (flatMarkers). */
  flat: FlatMarkers;
  /** The identities that own each provider-code name, in order (an identity's codes, inverted). */
  ownersOfCode: Map<string, number[]>;
  /**
   * Each identity's provider name: read from this list rather than from the identities, which
   * come in several shapes (optional fields) and made the read a wrong-map deoptimisation of
   * identifyProviders' optimised code (--trace-deopt) as each new shape was named.
   */
  providers: string[];
  /** hostMarks[k] === stamp: identity k's domains hold the current host (markHostOwners). */
  hostMarks: Uint32Array;
  stamp: number;
  /**
   * codeMarks[k] === stamp: codes[codeAt[k]] is the first of the call's provider codes that
   * identity k owns (markCodeOwners).
   */
  codeMarks: Uint32Array;
  codeAt: Int32Array;
}

/**
 * Every identity's markers in one list, identity after identity, each identity's in its order:
 * one tight pass over their first grams finds the few the words may hold, then only those are
 * read. (Asking identity by identity, marker by marker, was the largest single item of
 * classifyCauses: ~23,000 instructions a message on the command line's tier, for ~150
 * identities of which a handful have a marker that passes.)
 */
interface FlatMarkers {
  /** Each marker's first gram, -1 for a marker no gram rules out. */
  first: Int32Array;
  /** Its identity (index into the identities). */
  identity: Int32Array;
  /** The marker itself. */
  marker: PreparedMarker[];
  /** Room for the markers one call picks. */
  picked: Int32Array;
}

function flatMarkers(markers: readonly PreparedMarker[][]): FlatMarkers {
  const first: number[] = [];
  const identity: number[] = [];
  const marker: PreparedMarker[] = [];
  markers.forEach((list, k) =>
    list.forEach((m) => {
      first.push(m.first);
      identity.push(k);
      marker.push(m);
    }),
  );
  return {
    first: Int32Array.from(first),
    identity: Int32Array.from(identity),
    marker,
    picked: new Int32Array(first.length),
  };
}

const PREPARED = new WeakMap<readonly ProviderIdentity[], PreparedIdentities>();

function literalMarker(literal: string): PreparedMarker {
  const grams = literalGrams(literal);
  return { literal, grams, gate: null, first: grams.length > 0 ? grams[0]! : -1 };
}

/** A pattern with no literal is run on every text: no gram rules it out. */
function patternMarker(gate: GatedPattern): PreparedMarker {
  const first = gate.literal !== "" && gate.grams.length > 0 ? gate.grams[0]! : -1;
  return { literal: null, grams: null, gate, first };
}

function prepared(identities: readonly ProviderIdentity[]): PreparedIdentities {
  let p = PREPARED.get(identities);
  if (p) return p;
  const byHost = new Map<string, number[]>();
  identities.forEach((id, k) => {
    for (const h of id.hosts) {
      const list = byHost.get(h);
      if (!list) byHost.set(h, [k]);
      else if (!list.includes(k)) list.push(k);
    }
  });
  const markers = identities.map((id) =>
    (id.markers ?? []).map((m): PreparedMarker =>
      typeof m === "string" ? literalMarker(m) : patternMarker(gatePattern(m, true)),
    ),
  );
  const ownersOfCode = new Map<string, number[]>();
  identities.forEach((id, k) => {
    for (const name of id.codes ?? [id.provider]) {
      const list = ownersOfCode.get(name);
      if (!list) ownersOfCode.set(name, [k]);
      else if (!list.includes(k)) list.push(k);
    }
  });
  p = {
    byHost,
    markers,
    flat: flatMarkers(markers),
    ownersOfCode,
    providers: identities.map((id) => id.provider),
    hostMarks: new Uint32Array(identities.length),
    stamp: 0,
    codeMarks: new Uint32Array(identities.length),
    codeAt: new Int32Array(identities.length),
  };
  PREPARED.set(identities, p);
  return p;
}

/** A new stamp for hostMarks and codeMarks (both cleared when the stamps wrap). */
function nextStamp(p: PreparedIdentities): number {
  if (p.stamp === 0xffffffff) {
    p.hostMarks.fill(0);
    p.codeMarks.fill(0);
    p.stamp = 0;
  }
  return ++p.stamp;
}

/**
 * Marks each identity whose domains hold the host with a new stamp, and returns the stamp: the
 * host itself and each of its dot-suffixes are looked up (what hostUnder tests, one by one).
 */
function markHostOwners(host: string, p: PreparedIdentities): number {
  const stamp = nextStamp(p);
  let i = -1;
  do {
    const owners = p.byHost.get(i < 0 ? host : host.slice(i + 1));
    if (owners) for (let j = 0; j < owners.length; j++) p.hostMarks[owners[j]!] = stamp;
    i = host.indexOf(".", i + 1);
  } while (i >= 0);
  return stamp;
}

/**
 * Marks each identity that owns one of the codes with the same stamp as markHostOwners gave,
 * and with the first such code (in the codes' order): what `codes.find((c) =>
 * owns(c.provider))` gives each identity, found once per call instead of per identity (a
 * closure and a search of the codes for each of ~190 identities).
 */
function markCodeOwners(
  codes: readonly { provider: string; code: string }[],
  p: PreparedIdentities,
  stamp: number,
): void {
  for (let c = 0; c < codes.length; c++) {
    const owners = p.ownersOfCode.get(codes[c]!.provider);
    if (owners)
      for (let j = 0; j < owners.length; j++) {
        const k = owners[j]!;
        if (p.codeMarks[k] !== stamp) {
          p.codeMarks[k] = stamp;
          p.codeAt[k] = c;
        }
      }
  }
}

/** The marker as found in the words, or null: its gram gate first, then its search. */
function markerIn(m: PreparedMarker, lowerWords: string): string | null {
  if (m.gate === null)
    return WORD_GRAMS.mayHold(m.grams) && lowerWords.includes(m.literal) ? m.literal : null;
  if (
    m.gate.literal === "" ||
    (WORD_GRAMS.mayHold(m.gate.grams) && lowerWords.includes(m.gate.literal))
  ) {
    // A table may give a global or sticky expression: start from the beginning every time.
    m.gate.re.lastIndex = 0;
    const hit = m.gate.re.exec(lowerWords);
    if (hit) return hit[0];
  }
  return null;
}

/** Identities whose markers occur in the words or whose host answered. */
export function identifyProviders(
  words: string,
  host: string | null,
  codes: readonly { provider: string; code: string }[],
  identities: readonly ProviderIdentity[],
  lowerWords: string = words.toLowerCase(),
): ProviderEvidence[] {
  const p = prepared(identities);
  const out: ProviderEvidence[] = [];
  const hosted = host ? markHostOwners(host, p) : -1;
  // A stamp of this call's own for the code owners (markHostOwners' when it took one).
  const coded = codes.length === 0 ? -1 : hosted >= 0 ? hosted : nextStamp(p);
  if (coded >= 0) markCodeOwners(codes, p, coded);
  // The grams of the words, a gate before each marker's search (shared: see WORD_GRAMS).
  if (WORD_GRAMS.text !== lowerWords) WORD_GRAMS.load(lowerWords);
  // The markers whose first gram the words hold, or that have none: in order. A gram the
  // words lack means the marker is not in them (most are ruled out here).
  const { first, identity: identityOf, marker, picked } = p.flat;
  let n = 0;
  for (let i = 0; i < first.length; i++) {
    const h = first[i]!;
    if (h < 0 || WORD_GRAMS.has(h)) picked[n++] = i;
  }
  // With neither a host nor a code, only the identities with a picked marker can be named.
  const every = host !== null || codes.length > 0;
  let j = 0;
  for (
    let k = every ? 0 : n > 0 ? identityOf[picked[0]!]! : identities.length;
    k < identities.length;
  ) {
    // One push for the three ways (host, marker, code): the host and code ways are rare, and
    // a push of their own met no type feedback in optimised code, which V8 then threw away.
    let by: ProviderEvidence["by"] | null = null;
    let detail = "";
    if (host && p.hostMarks[k] === hosted) {
      by = "host";
      detail = host;
    } else {
      let marked: string | null = null;
      // This identity's picked markers, in order, up to the first found.
      for (; j < n && identityOf[picked[j]!] === k; j++) {
        const found = markerIn(marker[picked[j]!]!, lowerWords);
        // An empty match counts, but the next marker is still read (as it always was).
        if (found !== null) marked = found;
        if (marked) break;
      }
      if (marked !== null) {
        by = "marker";
        detail = marked.trim();
      } else if (coded >= 0 && p.codeMarks[k] === coded) {
        by = "code";
        detail = codes[p.codeAt[k]!]!.code;
      }
    }
    if (by !== null) out.push({ provider: p.providers[k]!, by, detail });
    // Past this identity's remaining picked markers.
    while (j < n && identityOf[picked[j]!]! <= k) j++;
    k = every ? k + 1 : j < n ? identityOf[picked[j]!]! : identities.length;
  }
  return out;
}

export interface RefusalFacts {
  /** Who wrote the bounce. */
  writers: ReadonlySet<string>;
  /** The stage the text around the recipient's reply names, when the parser left it unset. */
  stageInText: string | null;
  /** The answering host, lower case. */
  host: string | null;
  /** The words to read when the diagnostic is joined with a transcript's own reply line. */
  diagnostic: string | null;
  /** Enhanced status code, the most specific one given. */
  status: string | null;
  identities: readonly ProviderIdentity[];
}

/** RFC 3464 section 2.3.9: the date until which the MTA keeps trying (one line, bounded). */
const WILL_RETRY_UNTIL = /^will-retry-until:[ \t]{0,20}([^\n]{1,100})$/im;

/** The delay notice fact: every recipient delayed, none failed (a paste with no DSN gives none). */
function delayNotice(parsed: ParsedBounce): Refusal["delayed"] {
  const all = parsed.recipients;
  if (all.length === 0 || !all.every((x) => x.action === "delayed")) return null;
  const until = WILL_RETRY_UNTIL.exec(parsed.text)?.[1];
  return { until: (until && collapseWhitespace(until).trim()) || null };
}

/** One recipient's Refusal, from its report and the facts read around it. */
export function toRefusal(parsed: ParsedBounce, r: RecipientReport, f: RefusalFacts): Refusal {
  const { words, stage: wrapperStage } = unwrapWords(f.diagnostic ?? "");
  const named = (r.smtpCommand ?? f.stageInText ?? wrapperStage ?? "").toUpperCase();
  const command = Object.hasOwn(STAGES, named) ? STAGES[named] : undefined;
  const stage = command ? { command, how: "stated" as const } : null;
  const span = r.spans.diagnostic ?? null;
  const codes = span
    ? parsed.providerCodes.filter((c) => c.span.start >= span.start && c.span.end <= span.end)
    : parsed.providerCodes;
  return {
    replyCode: r.replyCode,
    status: f.status,
    words,
    wordsSpan: span,
    stage,
    host: f.host,
    providers: identifyProviders(words, f.host, codes, f.identities),
    writers: f.writers,
    relayed: f.host !== null || stage !== null || parsed.reportingMta !== null,
    action: r.action,
    delayed: r.action === "delayed" ? delayNotice(parsed) : null,
    shape: inputShape(parsed),
  };
}
