// The conclusion, written only from the evidence model: what the bounce says, the checks that
// ran and what they found, the answers given. A check that did not run, or an answer that was
// not given, has no sentence here to appear in.
import { asClause, capitalise } from "./sentence";
import type { CauseId } from "@/lib/causes/causes";
import { titleIn, type Belief, type CauseWeight, type CheckReading } from "./belief";
import { PROBLEMS_HEADING, sameWords } from "./narrate-problems";
import { CLEAR_WEIGHT, CONFIRMED_WEIGHT } from "./choose";
import { addressWords } from "./recipient-groups";
import { familyOf } from "./cause-families";
import { rivalsOnEvidence, spokenFor } from "./separation";
import type { HeldCause } from "./types";

/** What would settle each cause, in plain words (shown when the diagnosis is uncertain). */
export const SETTLES: Partial<Record<CauseId, string>> = {
  "ip-blocklisted": "a blocklist lookup of the IP your mail leaves from",
  "reverse-dns": "a reverse-DNS lookup of the IP your mail leaves from",
  "authentication-failure":
    "a look at your domain's SPF, DKIM and DMARC records, or at the headers of a message you sent",
  "domain-blocklisted": "a domain blocklist lookup of your sending domain",
  "bad-reputation": "the receiver's postmaster pages (Google Postmaster Tools, Microsoft SNDS)",
  "recipient-unknown": "confirming the address with the recipient through another channel",
  "recipient-domain-invalid": "checking the part after the @ with the recipient",
  "mailbox-full": "asking the recipient whether their mailbox is full",
  "mailbox-disabled": "asking the recipient whether the account still exists",
  "sender-policy": "asking the recipient's IT whether they block your mail",
  "content-spam": "sending a short plain test message without links or attachments",
  "content-virus": "sending the message again without attachments",
  "message-too-large": "sending the message again without large attachments",
  "rate-limited": "sending again later, more slowly",
  "relay-denied": "your mail administrator's server settings",
  "tls-required": "your mail administrator's TLS settings",
};

const MAX_CAUSES = 5;
const MIN_SHOWN = 0.05;

const pct = (w: number) => `${Math.round(w * 100)}%`;

/**
 * Parts joined into one clause ("a, b and c"). A part is often a finding's title, written as a
 * sentence of its own ("The reverse DNS of … is not forward-confirmed"): it goes in as a clause,
 * not with a capital mid-sentence. In a list of three or more, a part that holds a list of its
 * own (a colon or semicolon inside) is set off by semicolons, so its items do not read as the
 * outer list's.
 */
function joinWords(parts: string[]): string {
  const u = [...new Set(parts.filter(Boolean).map(asClause))];
  if (u.length <= 1) return u[0] ?? "";
  if (u.length === 2) return `${u[0]} and ${u[1]}`;
  const sep = u.some((p) => /[;:]/.test(p)) ? "; " : ", ";
  return `${u.slice(0, -1).join(sep)}${sep === "; " ? "; and " : " and "}${u[u.length - 1]}`;
}

function supportOf(c: CauseWeight): HeldCause["support"] {
  if (c.for.some((e) => e.source === "check")) return "check";
  if (c.for.some((e) => e.source === "answer")) return "answer";
  return "bounce";
}

function whyOf(c: CauseWeight, first: boolean): string {
  const fors = c.for.map((e) => e.says);
  // A later cause kept up by one finding while a check spoke against it (no PTR, but on none of
  // the blocklists checked) says both: the finding alone would read as the case for it.
  const against = first ? [] : c.against.filter((e) => e.source === "check").map((e) => e.says);
  if (fors.length > 0)
    return `${capitalise(joinWords(fors))}.${against.length > 0 ? ` Against it: ${joinWords(against)}.` : ""}`;
  // No evidence for it: it is held from the bounce's codes alone (a bare "550 mail refused"
  // has no words that fit any cause), so say only what is true of every such cause.
  return first
    ? "It is the most likely of the possible causes; nothing found speaks against it."
    : "Nothing in the bounce, the checks or your answers rules it out.";
}

export function heldCauses(belief: Belief): HeldCause[] {
  // Also a cause a check found a problem for (no reverse DNS beside a listing), however small
  // its share of the blame: the problem is real and worth fixing.
  const found = (c: CauseWeight) => c.for.some((e) => e.source === "check" && e.ratio >= 3);
  // And a cause nothing read, checked or answered tells from the lead, however small the
  // prior's split left it: the conclusion names it beside the lead (separation.ts).
  const rivals = new Set(rivalsOnEvidence(belief).map((c) => c.cause));
  const shown = belief.causes.filter(
    (c, i) => i === 0 || c.weight >= MIN_SHOWN || found(c) || rivals.has(c.cause),
  );
  return shown.slice(0, MAX_CAUSES).map((c, i) => ({
    cause: c.cause,
    confidence: Math.round(c.weight * 100) / 100,
    support: supportOf(c),
    why: whyOf(c, i === 0),
  }));
}

/**
 * The check (by its id's kind) that SETTLES names for a cause: once it has run and read, it is
 * no longer something to do (review 25: "settle: a reverse-DNS lookup of the IP your mail
 * leaves from" after that lookup had run).
 */
const SETTLED_BY_CHECK: Partial<Record<CauseId, string>> = {
  "ip-blocklisted": "ip",
  "reverse-dns": "ip",
  "authentication-failure": "domain",
  "domain-blocklisted": "domain",
};

/**
 * What would settle the causes still open besides the leading one, and has not run yet. A check
 * that ran is never offered again, whatever it found or failed to read: running it again finds
 * the same (review 26: a blocklist lookup offered after the IP was on none of 12 lists). Only a
 * check that ran for other recipients' refusal (`bearsOn`: not read for these) is still to do.
 */
export function settleHints(belief: Belief): string[] {
  const ran = (kind: string | undefined) =>
    kind !== undefined && belief.ran.some((r) => r.kind === kind && !r.bearsOn);
  return heldCauses(belief)
    .slice(1)
    .flatMap((c) => {
      const how = SETTLES[c.cause];
      return how && !ran(SETTLED_BY_CHECK[c.cause])
        ? [`“${titleIn(belief, c.cause)}”: ${how}`]
        : [];
    });
}

/**
 * What a check that ran found. A problem the conclusion lists under "What the checks found"
 * (its `listed`) is said there, in its own words, right below: here the sentence points to it,
 * and says in full only what the list does not show (a domain that is "not a likely typo").
 */
function checkFound(r: CheckReading): string {
  const listed = r.listed ?? [];
  const below = r.found.filter((f) => listed.some((t) => sameWords(t, f)));
  if (below.length === 0) return `The check of ${r.subject} found: ${joinWords(r.found)}.`;
  const rest = r.found.filter((f) => !below.includes(f));
  const problems = below.length === 1 ? "the problem" : `the ${below.length} problems`;
  return `The check of ${r.subject} found ${problems} listed under “${PROBLEMS_HEADING}”${rest.length > 0 ? `, and that ${joinWords(rest)}` : ""}.`;
}

/** The grounds, in the order they came: the bounce, the checks that ran, the answers. */
export function grounds(belief: Belief): string {
  const parts: string[] = [];
  if (belief.bounceSays) parts.push(`${capitalise(belief.bounceSays)}.`);
  // Said only where the bounce names the answering host: a bare reply ("550 mail refused")
  // may be the sender's own relay speaking, which says nothing of the recipient's domain (a
  // recipient-domain check that ran says what it found below).
  // Nothing was refused where the lead is a delivery report, an auto-reply or a complaint.
  // Where no reply shows it, the bounce shows otherwise that the recipient's own mail system
  // wrote the failure (recipient-system.ts): said with what shows it.
  if (
    belief.relevance.receiverAnswered &&
    belief.relevance.answererNamed &&
    heldCauses(belief)[0]?.cause !== "not-a-bounce"
  )
    parts.push(
      belief.relevance.recipientSystem
        ? `The recipient's own mail system wrote the failure (${belief.relevance.recipientSystem}), so its domain takes mail.`
        : "The refusal came from the recipient's own mail server, so its domain takes mail.",
    );
  for (const r of belief.ran) {
    // A content review is named as such, and only when it ran: one that could not review the
    // message says so and counts for nothing (never "clean").
    if (r.kind === "content")
      parts.push(
        r.noEvidence
          ? "The spam filter could not review the message you sent, so its content counts for nothing."
          : `The content review of the message you sent found: ${joinWords(r.found)}.`,
      );
    else if (r.bearsOn)
      parts.push(
        `The check of ${r.subject} looked at the IP named in the refusal for ${addressWords(r.bearsOn)}: what it found bears on that refusal, not on this one.`,
      );
    else
      parts.push(
        r.noEvidence
          ? `The check of ${r.subject} gave no usable answer, so it counts for nothing.`
          : checkFound(r),
      );
  }
  for (const f of belief.failed)
    parts.push(
      f.id.startsWith("content:")
        ? "The message you sent was not reviewed, so its content counts for nothing."
        : `${f.subject} could not be checked.`,
    );
  // A content review the user left out (no message to give) is not a check that could not run.
  const couldNotRun = belief.failed.filter((f) => !f.id.startsWith("content:"));
  if (belief.ran.length === 0 && couldNotRun.length === 0) parts.push("No check has run.");
  if (belief.answered.length > 0)
    parts.push(`You said ${joinWords(belief.answered.map((a) => a.says))}.`);
  return parts.join(" ");
}

/**
 * A high-confidence conclusion: one cause leads clearly, and would still lead clearly had the
 * bounce's wording been doubted (`doubted`: the same evidence over the tempered prior), so
 * checks or answers back it, not the classifier's own confidence alone (it misreads some
 * bounces with high confidence). A report that is not a bounce needs no confirming.
 *
 * And something speaks for the lead itself (the bounce's words, a finding, an answer), and
 * tells it from every cause still held: a lead reached only by ruling the others out, or over
 * a cause the evidence weighs alike, is likely, not settled (review 29, finding 2: "554 5.4.0"
 * concluded an unreachable server from clean checks of the sender's own IP and domain).
 */
export function isClear(belief: Belief, doubted: Belief): boolean {
  const top = belief.causes[0];
  if (!top || top.weight < CLEAR_WEIGHT) return false;
  if (top.cause === "not-a-bounce") return true;
  if (!spokenFor(belief, top.cause) || rivalsOnEvidence(belief).length > 0) return false;
  const d = doubted.causes[0];
  return d?.cause === top.cause && d.weight >= CONFIRMED_WEIGHT;
}

/** Quoted titles as one alternative: "“a”, “b” or “c”". */
function eitherOf(belief: Belief, causes: readonly CauseId[]): string {
  const t = causes.map((c) => `“${titleIn(belief, c)}”`);
  return t.length <= 1 ? (t[0] ?? "") : `${t.slice(0, -1).join(", ")} or ${t[t.length - 1]}`;
}

/** Up to two held causes besides `named`, with their shares: "; also possible: …". */
function alsoPossible(belief: Belief, named: readonly CauseId[]): string {
  const others = heldCauses(belief)
    .filter((c) => !named.includes(c.cause))
    .slice(0, 2)
    .map((c) => `“${titleIn(belief, c.cause)}” (${pct(c.confidence)})`);
  return others.length > 0 ? `; also possible: ${others.join(", ")}` : "";
}

/** How many causes a conclusion that cannot tell them apart names before "another such cause". */
const FAMILY_NAMED = 3;

/**
 * A lead that only the prior's split puts first (separation.ts): the causes the evidence weighs
 * alike are named together, with their family and their share together, and none of them is
 * headlined with a share of its own (review 29, finding 1: "Most likely: blocklist (81%)" over
 * an authentication failure every answer had weighed the same).
 */
function alikeSummary(belief: Belief, members: readonly CauseWeight[]): string {
  const causes = members.map((c) => c.cause);
  const family = familyOf(causes);
  const named = causes.slice(0, FAMILY_NAMED);
  const list =
    causes.length > FAMILY_NAMED
      ? `${named.map((c) => `“${titleIn(belief, c)}”`).join(", ")} or another such cause`
      : eitherOf(belief, named);
  const share = members.reduce((a, c) => a + c.weight, 0);
  return `Not settled yet. Most likely ${family?.words ?? "one of these"} (${pct(share)} together): ${list}; nothing in the bounce, the checks or your answers so far tells ${
    causes.length > 2 ? "them" : "the two"
  } apart${alsoPossible(belief, causes)}.`;
}

/**
 * What weighed against the other causes, named by what it was (a check that could not run is
 * none of it): "what the checks found weighs", "your answers weigh"; null for nothing.
 */
function eliminatedBy(belief: Belief): string | null {
  const from = new Set(belief.updates.filter((u) => u.ref !== "bounce").map((u) => u.source));
  const parts = [
    ...(from.has("check") ? ["what the checks found"] : []),
    ...(from.has("bounce") ? ["the receiver's verdicts in the bounce"] : []),
    ...(from.has("answer") ? ["your answers"] : []),
  ];
  if (parts.length === 0) return null;
  // "What the checks found" alone is one thing; anything else is several.
  const one = parts.length === 1 && parts[0] === "what the checks found";
  return `${joinWords(parts)} ${one ? "weighs" : "weigh"}`;
}

/**
 * Whether the conclusion has settled on its lead as its summary words it: clear, or a lead of
 * CLEAR_WEIGHT that something speaks for and no cause rivals on the evidence ("Most likely: X
 * ... from the bounce's own words"). The summary's "Not settled yet" cases are the others, and
 * the checklist puts its tell-apart steps first for them (lib/checklists/build.ts), so that a
 * page never reads as settled under a summary that says it is not.
 */
export function isSettled(belief: Belief, clear: boolean): boolean {
  if (clear) return true;
  const top = belief.causes[0];
  if (!top || top.weight < CLEAR_WEIGHT) return false;
  if (rivalsOnEvidence(belief).length > 0) return false;
  return spokenFor(belief, top.cause) || eliminatedBy(belief) === null;
}

export function summaryOf(belief: Belief, clear: boolean): string {
  const top = belief.causes[0];
  if (!top) return "The bounce does not say enough to tell what went wrong.";
  const title = titleIn(belief, top.cause);
  if (clear) {
    const found = top.for.filter((e) => e.source !== "bounce").map((e) => e.says);
    return found.length > 0 ? `${title}: ${joinWords(found)}.` : `${title}.`;
  }
  const rivals = rivalsOnEvidence(belief);
  if (rivals.length > 0) return alikeSummary(belief, [top, ...rivals]);
  // Ruled in only by ruling the others out: nothing read, found or answered speaks for it.
  const against = eliminatedBy(belief);
  if (top.weight >= CLEAR_WEIGHT && !spokenFor(belief, top.cause) && against)
    return `Not settled yet. Most likely: “${title}” (${pct(top.weight)}), because ${against} against the other causes; nothing in the bounce, the checks or your answers speaks for it${alsoPossible(belief, [top.cause])}.`;
  if (top.weight >= CLEAR_WEIGHT) {
    // Where a finding or an answer speaks for it (the grounds quote it), "no check or answer"
    // would contradict them: they support it, not enough to confirm it.
    const supported = top.for.some((e) => e.source !== "bounce");
    // A lead that only checks or answers speak for (the bounce read another cause, or none) is
    // not "from the bounce's own words" (review 27: a failed domain lookup's lead was credited
    // to the bounce).
    // Nothing at all speaks for it: the bounce did not say why (its reading is then no evidence
    // for any cause) and the lead is held from the usual causes of such a notice, which checks
    // and answers narrowed (review 28: "from the bounce's own words" beside "The bounce does not
    // say why").
    if (top.for.length === 0)
      return `Most likely: “${title}” (${pct(top.weight)}), the likeliest of the usual causes of a bounce that does not say why; no check or answer has confirmed it.`;
    const fromBounce = top.for.some((e) => e.source === "bounce");
    if (!fromBounce)
      return `Most likely: “${title}” (${pct(top.weight)}), from what the checks and answers found (the bounce's words do not name it); nothing has confirmed it.`;
    return `Most likely: “${title}” (${pct(top.weight)}), from the bounce's own words; ${
      supported
        ? "what the checks and answers found supports it but does not confirm it"
        : "no check or answer has confirmed it"
    }.`;
  }
  const others = heldCauses(belief)
    .slice(1, 3)
    .map((c) => `“${titleIn(belief, c.cause)}” (${pct(c.confidence)})`);
  return `Not settled yet. Most likely: “${title}” (${pct(top.weight)})${
    others.length > 0 ? `; also possible: ${others.join(", ")}` : ""
  }.`;
}
