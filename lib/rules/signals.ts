// What a finished check says about the causes: each check kind reads its report into signals
// (a blocklist listing, a reverse-DNS problem, ...), and each signal's outcomes have a
// likelihood per cause, as data. A "could not check" reading is no outcome at all, so it adds
// no evidence. Relevance is data too: a signal that cannot bear on this bounce (the recipient's
// domain "missing" when the recipient's own server wrote the refusal) is not read.
//
// A new check kind plugs in here: a CheckKind with its signals, or (for a check whose own
// library turns a report into evidence, like a content review) `evidence(report)` returning
// likelihood ratios per cause directly.
import type { CauseId } from "@/lib/causes/causes";
import type { CheckReport, Finding } from "@/lib/checks/types";
import { FINDING_CODES, type FindingGroup } from "./codes";
import { contentReviewEvidence, CONTENT_REVIEW_OUTCOMES } from "./content-evidence";
import type { CheckState } from "./types";
import { asClause } from "./sentence";

export type CheckKindId = "ip" | "domain" | "recipient-domain" | "content";

export interface SignalOutcome {
  /** P(outcome | cause) for causes named. */
  byCause: Partial<Record<CauseId, number>>;
  otherwise: number;
}

export interface SignalModel {
  id: string;
  check: CheckKindId;
  /** Outcome name → likelihoods. Per cause the outcomes sum to 1. */
  outcomes: Record<string, SignalOutcome>;
  /** Reads a finished report: the outcome, or null when it could not be checked. */
  read: (report: CheckReport) => { outcome: string; says: string } | null;
  /** Whether the signal can bear on this bounce at all (see `Relevance`). */
  relevant?: (r: Relevance) => boolean;
  /**
   * Where it bears on the bounce but cannot explain what the bounce's words state: what it
   * found is said, with these words after it, and weighs nothing. Absent: it always weighs.
   */
  unweighed?: (r: Relevance, outcome: string) => string | null;
}

/** The share of the lead's confidence at which the bounce "reads as" its cause (belief.ts prior). */
export const READS_AS = 0.5;

/**
 * The causes a sender domain that does not exist or takes no mail can explain: receivers refuse
 * such a sender as such (Postfix reject_unknown_sender_domain: "Sender address rejected: Domain
 * not found", smtpd_check.c), by a policy that words it otherwise, or because no SPF or DMARC
 * record of a missing domain can pass (RFC 7208 section 4.3: no record, result "none"); some
 * relays refuse a sender domain the sending IP may not use (MessageLabs' 5.1.8). The words of an
 * address refusal do not always say whose address they mean: a refusal of the sender's reads
 * like a recipient's ("550 'x' is not a registered gateway user", "Domain not found"), so a
 * stated unknown address or domain stays one it can explain. A refusal that
 * states another reason (a message too large, a mailbox full) was refused for that reason: a
 * missing sender domain is then a problem of its own, said, never the cause (review 26: a
 * failed lookup settled "534 SIZE=Message too big" as a sender-address problem at 0.85).
 */
export const SENDER_DOMAIN_EXPLAINS: readonly CauseId[] = [
  "sender-address-invalid",
  "authentication-failure",
  "sender-policy",
  "relay-denied",
  "bad-reputation",
  "recipient-unknown",
  "recipient-domain-invalid",
];

export interface Relevance {
  /** A server on the recipient's side answered with a refusal (SMTP reply), so its domain takes mail. */
  receiverAnswered: boolean;
  /** The bounce names a public blocklist (a zone), so a public lookup can confirm or clear it. */
  publicListNamed: boolean;
  /**
   * The bounce's own words read as a listing of the sending IP (its lead is ip-blocklisted),
   * whether or not they name the list; false where a listing is only one of a refusal's usual
   * causes (a bare 550 that does not say why). Absent: false.
   */
  wordsReadListing?: boolean;
  /**
   * The bounce names who wrote the reply: the answering host (Remote-MTA, "host X said:") or a
   * provider by its host or its own code. Without it a reply code alone may be the sender's own
   * relay speaking.
   */
  answererNamed: boolean;
  /**
   * Where no reply shows it, why the recipient's own mail system evidently wrote the failure (a
   * local delivery's own report, a Reporting-MTA under the recipient's domain:
   * recipient-system.ts), in plain words; absent otherwise. receiverAnswered is then true.
   */
  recipientSystem?: string;
  /**
   * The cause the bounce's own words state (its lead, read at READS_AS or above), or null where
   * they only hint at one or do not say: what a finding that cannot explain it must not outweigh.
   */
  readsAs?: CauseId | null;
  /**
   * Why the SPF failure the bounce reports was met after a forward or a relay on the recipient's
   * side (lib/causes/forwarded-spf.ts), in plain words; absent otherwise. The sending IP the
   * domain check evaluated SPF for is then the forwarder's, not the sender's.
   */
  forwarded?: string;
}

const done = (report: CheckReport, group: FindingGroup): Finding[] => {
  const codes: readonly string[] = FINDING_CODES[group];
  return report.findings.filter((f) => f.outcome === "done" && codes.includes(f.code));
};
const unchecked = (report: CheckReport, areas: Finding["area"][]): boolean =>
  report.findings.some((f) => f.outcome === "could-not-check" && areas.includes(f.area));

function listNames(fs: Finding[]): string {
  const names = [...new Set(fs.map((f) => String(f.data?.["listName"] ?? f.data?.["zone"] ?? "")))]
    .filter(Boolean)
    .slice(0, 3);
  return names.length > 0 ? names.join(", ") : "a blocklist";
}

function twoWay(p: Partial<Record<CauseId, number>>, otherwise: number) {
  const q: Partial<Record<CauseId, number>> = {};
  for (const [c, v] of Object.entries(p)) q[c as CauseId] = 1 - v;
  return { yes: { byCause: p, otherwise }, no: { byCause: q, otherwise: 1 - otherwise } };
}

// The bounce names the public list that refused the mail: the IP was listed when the bounce was
// written. Listings end, by themselves or on request (lib/blocklists/catalog.ts `removal`:
// SpamCop's by itself about a day after the reports stop; Barracuda's and Spamhaus's on a
// removal request), and the lookup runs when the user pastes the bounce, often days later. So a
// clean lookup now is weaker evidence against the listing the bounce names (a judgement: 3 in
// 10 such lookups find it ended), not a sign that the list never refused the mail (review 27: a
// Barracuda refusal whose IP had since left the list was headlined "malformed", from a reporting
// MTA's own Status 5.5.0). At 4 in 10 the IP check lost its place as the first step of a named
// listing without an IP (lib/rules/engine.test.ts), though it gives the removal page.
const ipListed = twoWay(
  {
    "ip-blocklisted": 0.7,
    "bad-reputation": 0.3,
    "sender-policy": 0.15,
    "content-spam": 0.12,
    "rate-limited": 0.15,
  },
  0.05,
);
// No public list named: the receiver may keep its own (Microsoft's banned-IP list, 5.7.606),
// which a public lookup cannot see, so "not listed" clears the IP far less.
const ipListedOwnList = twoWay(
  { "ip-blocklisted": 0.5, "bad-reputation": 0.3, "sender-policy": 0.15, "rate-limited": 0.15 },
  0.05,
);
// Nor do the bounce's words read as a listing at all: the refusal does not say why, and a
// listing is only one of its usual causes (BARE_REFUSAL_PRIOR). The receiver's own list stays
// possible, but nothing in the bounce points at one, and the public lists are what most such
// listings are (judged: 7 in 10, as many as a named list's lookup still finds), so a clean
// lookup clears the IP more than after words that say the IP is refused without naming a
// list (Microsoft's 5.7.606 "banned sending IP", its own list). Review 31,
// finding 6: a clean lookup (0.5 / 0.95 against) let scope answers alone carry a bare "550 not
// local sender over smtp" to "IP on a blocklist" at 84%.
const ipListedUnsaid = twoWay(
  { "ip-blocklisted": 0.7, "bad-reputation": 0.3, "sender-policy": 0.15, "rate-limited": 0.15 },
  0.05,
);
const ptrBad = twoWay(
  { "reverse-dns": 0.9, "ip-blocklisted": 0.3, "bad-reputation": 0.3, "rate-limited": 0.25 },
  0.1,
);
// Imperfect SPF/DKIM/DMARC is common (a missing DMARC record above all), so a problem found
// is only moderate evidence for anything but an authentication failure. It says nothing of
// whether the sender's address or domain exists (sender-address-invalid): the sender-domain
// signal reads that, from the same check.
const authBad = twoWay(
  {
    "authentication-failure": 0.85,
    "bad-reputation": 0.3,
    "content-spam": 0.2,
  },
  0.1,
);
// The same records read without the sending IP: SPF's verdict is per IP (RFC 7208 section
// 2.6: a valid record fails a message sent from an address it does not list) and DKIM's per
// message (RFC 6376 section 6.1: a published key verifies only the signatures made with it and
// left intact in transit), so records that look right do not show that this message passed.
// Judged, not measured: about two authentication failures in five come with records that look
// right to a lookup that cannot see the sending IP or the message (the weight this sets against
// the cause, 0.4 / 0.9, is under half of a clean result for the IP itself, 0.15 / 0.9).
const authRecordsBad = twoWay(
  {
    "authentication-failure": 0.6,
    "bad-reputation": 0.3,
    "content-spam": 0.2,
  },
  0.1,
);
// A missing DMARC record is common whatever went wrong: weak evidence on its own. Nor does a
// published one speak much against an authentication failure: a DMARC refusal needs one (Gmail's
// 5.7.26 "Unauthenticated email from ... is not accepted due to domain's DMARC policy"), so
// such failures come with a record about as often as without.
const dmarcMissing = twoWay({ "authentication-failure": 0.55, "bad-reputation": 0.55 }, 0.45);
// The domain check looks up the sender's domain only, while the cause also covers a domain
// linked in the message, which is what URI blocklists are queried for: receivers' filters take
// the domains of the URLs in the message text (SpamAssassin's URIDNSBL plugin,
// https://spamassassin.apache.org/full/3.2.x/doc/Mail_SpamAssassin_Plugin_URIDNSBL.txt; its
// URIBL_DBL_SPAM rule, a URI in the body on Spamhaus DBL,
// https://wiki.apache.org/spamassassin/Rules/URIBL_DBL_SPAM). So the sender's own domain is the
// listed one in only part of these refusals: a listing of it is strong evidence, a clean lookup
// clears the cause only in part; the content review's link lookups speak for the rest.
const domainListed = twoWay({ "domain-blocklisted": 0.55, "content-spam": 0.12 }, 0.03);
const senderBroken = twoWay({ "sender-address-invalid": 0.7 }, 0.01);

function readIpListing(r: CheckReport): { outcome: string; says: string } | null {
  const listed = done(r, "blocklistListed");
  if (listed.length > 0)
    return { outcome: "listed", says: `${r.subject} is listed on ${listNames(listed)}` };
  if (unchecked(r, ["blocklist"]) || done(r, "blocklistClean").length === 0) return null;
  return { outcome: "clean", says: `${r.subject} is on none of the public blocklists checked` };
}

/** The same, where the bounce names the list: a clean lookup now may mean the listing ended. */
function readNamedListing(r: CheckReport): { outcome: string; says: string } | null {
  const read = readIpListing(r);
  if (read?.outcome !== "clean") return read;
  return {
    outcome: "clean",
    says: `${r.subject} is on none of the public blocklists checked now (a listing the bounce names may have ended since it was written)`,
  };
}

/** Whether the domain check evaluated SPF for a sending IP (RFC 7208 section 2.6's results). */
function spfForIp(r: CheckReport): boolean {
  return r.findings.some((f) => f.outcome === "done" && SPF_IP_RESULTS.includes(f.code));
}
const SPF_IP_RESULTS: readonly string[] = [
  "spf.pass",
  "spf.fail",
  "spf.softfail",
  "spf.neutral",
  "spf.none",
  "spf.permerror",
];

/** The SPF and DKIM findings as one outcome: a problem, records that look right, or none. */
function readAuth(r: CheckReport): { outcome: string; says: string } | null {
  const bad = [...done(r, "spfProblem"), ...done(r, "dkimProblem")];
  if (bad.length > 0)
    return {
      outcome: "problem",
      // The titles are sentences of their own ("The DKIM key … is broken"): said as clauses.
      says: `${r.subject}'s records have problems: ${bad
        .map((f) => asClause(f.title))
        .slice(0, 3)
        .join("; ")}`,
    };
  if (unchecked(r, ["spf", "dkim"]) || done(r, "spfPass").length === 0) return null;
  // No key at the common selectors is neither a problem (FINDING_CODES.dkimProblem) nor a DKIM
  // record that looks right: SPF alone can pass DMARC (RFC 7489 §4.2), so the reading stays
  // clean, but it does not claim a DKIM record it never saw.
  if (done(r, "dkimNoneFound").length > 0 && done(r, "dkimOk").length === 0)
    return {
      outcome: "clean",
      says: `${r.subject}'s SPF record looks right (no DKIM key was found at the common selectors, which does not show that DKIM fails)`,
    };
  return { outcome: "clean", says: `${r.subject}'s SPF and DKIM records look right` };
}

export const SIGNALS: SignalModel[] = [
  {
    id: "ip-listed",
    check: "ip",
    outcomes: { listed: ipListed.yes, clean: ipListed.no },
    read: readNamedListing,
    relevant: (r) => r.publicListNamed,
  },
  {
    id: "ip-listed-own-list",
    check: "ip",
    outcomes: { listed: ipListedOwnList.yes, clean: ipListedOwnList.no },
    read: readIpListing,
    relevant: (r) => !r.publicListNamed && !!r.wordsReadListing,
  },
  {
    id: "ip-listed-unsaid",
    check: "ip",
    outcomes: { listed: ipListedUnsaid.yes, clean: ipListedUnsaid.no },
    read: readIpListing,
    relevant: (r) => !r.publicListNamed && !r.wordsReadListing,
  },
  {
    id: "ptr",
    check: "ip",
    outcomes: { problem: ptrBad.yes, ok: ptrBad.no },
    read: (r) => {
      const bad = done(r, "ptrProblem");
      // The findings' titles already say what is wrong, most with the address in them
      // ("203.0.113.7 has no reverse DNS (PTR) record"): say each once, and name the address
      // only where a title does not (a generic name's title names the PTR name instead).
      if (bad.length > 0)
        return {
          outcome: "problem",
          says: bad
            .map((f) =>
              f.title.includes(r.subject)
                ? f.title
                : `the reverse DNS of ${r.subject}: ${asClause(f.title)}`,
            )
            .join("; "),
        };
      if (done(r, "ptrOk").length > 0)
        return { outcome: "ok", says: `${r.subject} has a valid reverse DNS name` };
      return null;
    },
  },
  {
    id: "dmarc",
    check: "domain",
    outcomes: { missing: dmarcMissing.yes, present: dmarcMissing.no },
    read: (r) => {
      if (done(r, "dmarcMissing").length > 0)
        return { outcome: "missing", says: `${r.subject} has no usable DMARC record` };
      if (unchecked(r, ["dmarc"])) return null;
      return r.findings.some((f) => f.area === "dmarc" && f.outcome === "done")
        ? { outcome: "present", says: `${r.subject} publishes a DMARC record` }
        : null;
    },
  },
  {
    // SPF evaluated for the sending IP (a result for it: pass, fail, softfail, ...).
    id: "auth",
    check: "domain",
    outcomes: { problem: authBad.yes, clean: authBad.no },
    read: (r) => (spfForIp(r) ? readAuth(r) : null),
    // Forwarded or relayed mail: the IP the refusal names is the forwarder's, so SPF's verdict
    // for it says nothing of the sender's own records (review 26, finding 5).
    unweighed: (r) =>
      r.forwarded
        ? "read for the server that passed your mail on, which your SPF record need not list"
        : null,
  },
  {
    // No sending IP known: only the records themselves were read.
    id: "auth-records",
    check: "domain",
    outcomes: { problem: authRecordsBad.yes, clean: authRecordsBad.no },
    read: (r) => (spfForIp(r) ? null : readAuth(r)),
  },
  {
    id: "domain-listed",
    check: "domain",
    outcomes: { listed: domainListed.yes, clean: domainListed.no },
    read: (r) => {
      const listed = done(r, "blocklistListed");
      if (listed.length > 0)
        return { outcome: "listed", says: `${r.subject} is listed on ${listNames(listed)}` };
      if (unchecked(r, ["blocklist"]) || done(r, "blocklistClean").length === 0) return null;
      return { outcome: "clean", says: `${r.subject} is on none of the domain blocklists checked` };
    },
  },
  {
    id: "sender-domain",
    check: "domain",
    outcomes: { broken: senderBroken.yes, ok: senderBroken.no },
    read: (r) => {
      if (done(r, "domainMissing").length > 0)
        return { outcome: "broken", says: `${r.subject} does not exist` };
      if (done(r, "mailNotAccepted").length > 0)
        return { outcome: "broken", says: `${r.subject} publishes no mail server` };
      if (done(r, "mailAccepted").length > 0)
        return { outcome: "ok", says: `${r.subject} exists and takes mail` };
      return null;
    },
    // A sender domain that exists and takes mail clears sender-address-invalid whatever the
    // bounce states: only the finding against it is set aside.
    unweighed: (r, outcome) =>
      outcome === "broken" && r.readsAs && !SENDER_DOMAIN_EXPLAINS.includes(r.readsAs)
        ? "a problem of its own, which cannot explain the reason the bounce states"
        : null,
  },
  {
    id: "recipient-domain",
    check: "recipient-domain",
    outcomes: {
      invalid: {
        // A domain that does not exist or takes no mail explains an "unreachable" reading.
        byCause: { "recipient-domain-invalid": 0.8, "remote-unreachable": 0.05 },
        otherwise: 0.01,
      },
      ok: {
        byCause: { "recipient-domain-invalid": 0.2, "remote-unreachable": 0.95 },
        otherwise: 0.99,
      },
    },
    read: (r) => {
      if (done(r, "domainMissing").length > 0)
        return { outcome: "invalid", says: `${r.subject} does not exist` };
      if (done(r, "mailNotAccepted").length > 0)
        return { outcome: "invalid", says: `${r.subject} publishes no mail server` };
      if (done(r, "mailAccepted").length > 0)
        return { outcome: "ok", says: `${r.subject} exists and takes mail` };
      return null;
    },
    // The refusal came from the recipient's own server: its domain demonstrably takes mail,
    // and a lookup here (which may fail for reasons of its own) cannot outweigh that.
    relevant: (r) => !r.receiverAnswered,
  },
  {
    // The refusal reads as the recipient's own server's (a reply code), yet the domain does not
    // exist at all: an authoritative NXDOMAIN says no name exists there (RFC 8020 §2), so no
    // server of that domain can have answered. The reply came from the sender's own relay
    // (Outlook.com's outbound server writes "554 The mail could not be delivered to the
    // recipient because the domain is not reachable. Please check the domain and try again"
    // itself, no Remote-MTA: Sisimai set-of-emails lhost-outlook-03.eml, BSD-2) or the domain
    // has lapsed since. Only NXDOMAIN is read: a
    // missing or unresolvable MX can be a lookup's own trouble, which cannot outweigh a reply.
    // Read only when the bounce does not name who answered: a named answering host or a
    // provider's own code (Microsoft's 5.7.606) shows its server wrote the refusal.
    id: "recipient-domain-gone",
    check: "recipient-domain",
    outcomes: {
      gone: { byCause: { "recipient-domain-invalid": 0.8 }, otherwise: 0.01 },
      exists: { byCause: { "recipient-domain-invalid": 0.2 }, otherwise: 0.99 },
    },
    read: (r) => {
      if (done(r, "domainMissing").length > 0)
        return { outcome: "gone", says: `${r.subject} does not exist` };
      if (done(r, "mailAccepted").length > 0 || done(r, "mailNotAccepted").length > 0)
        return { outcome: "exists", says: `${r.subject} exists` };
      return null;
    },
    relevant: (r) => r.receiverAnswered && !r.answererNamed,
  },
  {
    // A typo of a well-known domain, even one that answers (typo domains often take mail).
    id: "recipient-typo",
    check: "recipient-domain",
    outcomes: {
      typo: {
        byCause: { "recipient-domain-invalid": 0.4, "recipient-unknown": 0.2 },
        otherwise: 0.01,
      },
      none: {
        byCause: { "recipient-domain-invalid": 0.6, "recipient-unknown": 0.8 },
        otherwise: 0.99,
      },
    },
    read: (r) => {
      const typo = done(r, "domainTypo")[0];
      if (typo) {
        const s = typo.data?.["suggestion"];
        return {
          outcome: "typo",
          says:
            typeof s === "string"
              ? `${r.subject} looks like a typo of ${s}`
              : `${r.subject} looks like a typo`,
        };
      }
      const answered = r.findings.some(
        (f) => f.outcome === "done" && (f.area === "recipient-domain" || f.area === "mx"),
      );
      return answered ? { outcome: "none", says: `${r.subject} is not a likely typo` } : null;
    },
  },
];

/** Evidence a check kind turns out by itself (a content review): a likelihood ratio per cause. */
export interface DirectEvidence {
  cause: CauseId;
  /** > 1 supports the cause, < 1 weighs against it. */
  ratio: number;
  says: string;
}

/**
 * Check kinds whose library reads the result into evidence itself, registered by kind: the
 * finished check's state in (its report, or for a content review its review), evidence out. An
 * empty list is no evidence (a review that could not run says nothing, never "clean").
 */
export const DIRECT_EVIDENCE: Partial<
  Record<CheckKindId, (state: CheckState) => DirectEvidence[]>
> = { content: contentReviewEvidence };

/**
 * What a direct-evidence check may find, for the expected narrowing before it runs (choose.ts):
 * its outcomes' likelihoods per cause, as a signal's. Per cause the outcomes sum to 1.
 */
export const DIRECT_OUTCOMES: Partial<Record<CheckKindId, SignalOutcome[]>> = {
  content: CONTENT_REVIEW_OUTCOMES,
};

export function signalsOf(kind: CheckKindId, relevance: Relevance): SignalModel[] {
  return SIGNALS.filter((s) => s.check === kind && (s.relevant?.(relevance) ?? true));
}

export function outcomeLikelihood(o: SignalOutcome, cause: CauseId): number {
  return o.byCause[cause] ?? o.otherwise;
}
