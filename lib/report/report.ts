// The report for a ticket, as Markdown and as plain text: the cause in plain words, whose side
// acts, where it stands (settled or not, and what it rests on), what is not settled (the ranked
// causes and their check-first steps), what is known (checks that ran, answers given), the
// evidence (quoted from the bounce), the codes and their meanings, the records the checks found,
// the content review's summary, what to do (the settled causes' fixes with their state,
// prevention), the link and the time of the checks. Given an outline (a shared result's, see
// ./from-payload.ts) the report follows the share page's structure; without one it lists the
// checklist flat.
// One model, two renderers, so both always say the same thing.
import { CAUSES, type CauseId } from "@/lib/causes/causes";
import type { CheckOutcome, Severity } from "@/lib/checks/types";
import { VERDICT_WORDS } from "@/lib/content/thresholds";
import { causeInfoFor, evidenceRuleIds } from "@/lib/causes/connection-variants";
import { senderServiceActor } from "@/lib/causes/mailbox-service-actor";
import { causeWords } from "@/lib/diagnosis/cause-words";
import { actorOf } from "@/lib/diagnosis/not-a-bounce-wording";
import { unknownWording } from "@/lib/diagnosis/unknown-wording";
import type { Diagnosis } from "@/lib/diagnosis/types";
import { isProgramError, recipientTitle } from "@/lib/diagnosis/program-report";
import { finalAddressWords, statusMeaningWords } from "@/lib/diagnosis/recipient-details";
import { findingViews, sharedVerdict, type SharedContent } from "@/lib/share/content-summary";
import { lowerFirst } from "@/lib/rules/sentence";
import {
  addressWords,
  otherRecipientLeads,
  otherRecipientWords,
  walkedRecipients,
} from "@/lib/rules/recipient-groups";

import { couldNotCheckReason, UNCONFIRMED_STANDING } from "@/lib/share/shared-outline";
import {
  escapeMarkdownInline,
  markdownCodeBlock,
  markdownCodeSpan,
  stripControls,
} from "./markdown-escape";
import {
  indent,
  knownMarkdown,
  knownText,
  markdownItem,
  notSettledMarkdown,
  notSettledText,
  percent,
  textItem,
  todoMarkdown,
  todoText,
} from "./outline-sections";
import { wrapPlain } from "./plain-wrap";
import {
  DELAY_STANDING_LEAD,
  DELAY_WORDS,
  HELP_WHATEVER_IT_IS,
  delayStanding,
  DELAY_NOTHING_READ,
  type DelayReading,
} from "@/lib/checklists/delay-outline";
import { stepsLookAtOne } from "@/lib/checklists/outline";
import type { ReportKnown, ReportOutline } from "./report-outline";

/**
 * Where the recipients were refused for different reasons (lib/rules/recipient-groups.ts): whom
 * the lead is for, and each other recipients' cause, said as read from the bounce's words; the
 * report and the share page say the same. Null and none for one recipient.
 */
export function recipientNotes(
  diagnosis: Diagnosis,
  /** Where their steps are ("below"); null where the result has no section for them (a link made before it had). */
  stepsWhere: string | null,
): { forRecipients: string | null; otherRecipients: string[] } {
  const walked = walkedRecipients(diagnosis);
  if (!walked) return { forRecipients: null, otherRecipients: [] };
  return {
    forRecipients: addressWords(walked.addresses),
    otherRecipients: otherRecipientLeads(diagnosis).map(
      (g) =>
        `${addressWords(g.addresses)}: ${otherRecipientWords(g)}${stepsWhere ? `; its steps are in its own section ${stepsWhere}` : ""}`,
    ),
  };
}

/** What the report needs of a check result: a full CheckReport and a link's compacted one both fit. */
export interface ReportCheck {
  subject: string;
  kind: "domain" | "ip";
  checkedAt: string;
  findings: {
    code: string;
    severity: Severity;
    outcome: CheckOutcome;
    title: string;
    fix?: string;
    records?: { name: string; type: string; values: string[] }[];
  }[];
}

/** Any checklist with titled, tickable items fits; a record to publish and a link travel along. */
export interface ReportChecklist {
  items: {
    id: string;
    title: string;
    done: boolean;
    /** The step's words, where the caller has them (the wizard's own). */
    detail?: string;
    record?: { type: string; name: string; value: string };
    link?: { label: string; url: string };
  }[];
}

export interface ReportInput {
  diagnosis: Diagnosis;
  checks?: ReportCheck[];
  answers?: Record<string, string | string[]>;
  /** Question id → its wording, to show answers as "question: answer". */
  questionTitles?: Record<string, string>;
  checklist?: ReportChecklist;
  /** The wizard's conclusion when it differs from the text-only diagnosis. */
  conclusion?: { cause: CauseId; confidence: number }[] | null;
  link?: string;
  /** The content review's summary (lib/share/content-summary.ts), when there was a step. */
  content?: SharedContent | null;
  /**
   * The checklist as the share page groups it (./report-outline.ts): when given, it stands for
   * `checklist`, and the report says first what is not settled, then the fixes of what is.
   */
  outline?: ReportOutline;
  /** What is known (checks that ran, answers given): when given, it stands for `answers`. */
  known?: ReportKnown;
}

/** The content review in plain lines: a verdict line, then one line per rule that fired. */
function contentLines(content: SharedContent): { verdict: string; findings: string[] } {
  if (content.status === "not-reviewed")
    return {
      verdict:
        "The message that was sent was not reviewed: nothing is known about its content, which does not mean it is clean.",
      findings: [],
    };
  const t = content.thresholds;
  const findings = findingViews(content).map(
    (f) =>
      `${f.title} (${f.rule}, ${f.points !== 0 ? `${f.points > 0 ? "+" : ""}${f.points} points` : f.tone === "bad" ? "counted" : "no points"})`,
  );
  if (content.more) findings.push(`And ${content.more} more rules, left out of the link.`);
  return {
    verdict: `${VERDICT_WORDS[sharedVerdict(content)]}: the spam filter scored the message ${content.score} (junk folder from ${t.junk}, refused from ${t.reject})${content.headersOnly ? "; only its headers were reviewed" : ""}.`,
    findings,
  };
}

const MAX_QUOTE = 600;

// RFC 5321 §4.2.1: the first digit of a reply code says whether to retry.
const REPLY_CLASS: Record<string, string> = {
  "2": "success",
  "3": "more input expected",
  "4": "temporary failure: the sending server retries",
  "5": "permanent failure: the mail was refused",
};

interface Model {
  cause: CauseId;
  /** The causes still possible, most likely first, while the lead is not settled; else null. */
  possible: CauseId[] | null;
  /** The bounce itself was read as unknown (the title is the unknown wording's headline). */
  unknownRead: boolean;
  title: string;
  summary: string;
  actor: string;
  confidence: number;
  /** `address` null where the bounce names none; `label` then says what the reply is about. */
  recipients: { address: string | null; label: string; cause: string; detail: string[] }[];
  evidence: { note: string; source: string; quotes: string[] }[];
  codes: { code: string; meaning: string }[];
  checks: ReportCheck[];
  checklist: ReportChecklist["items"];
  answers: { question: string; answer: string }[];
  messages: string[];
  /** A delay notice's note: nothing failed yet (the cause is the reason it gives). */
  delay: string | null;
  link: string | null;
  /**
   * Where the recipients were refused for different reasons (lib/rules/recipient-groups.ts):
   * whom the lead is for, and the other recipients' causes, each with its own section below.
   */
  forRecipients: string | null;
  otherRecipients: string[];
}

function quote(text: string, span: { start: number; end: number }): string {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length, start + MAX_QUOTE));
  return text.slice(start, end) + (span.end - start > MAX_QUOTE ? " …" : "");
}

function buildModel(input: ReportInput): Model {
  const { diagnosis } = input;
  const text = diagnosis.parsed.text;
  const top = input.conclusion?.[0] ?? {
    cause: diagnosis.overall.cause,
    confidence: diagnosis.overall.confidence,
  };
  // A lead the wizard has not settled is a guess between causes: the report says what the
  // command line says for it (the unknown wording, "Depends on the cause", the ranked
  // possibilities), never the likeliest cause's summary, actor and id as if found. A delay
  // notice has words of its own.
  const open = input.outline?.notSettled && !input.outline.delay ? input.outline.notSettled : null;
  const verdict = diagnosis.recipients[0] ?? diagnosis.overall;
  const unknown =
    open && verdict.cause === "unknown"
      ? unknownWording(
          verdict.possible,
          diagnosis.recipients[0]?.recipient.replyCode ?? null,
          diagnosis.recipients[0]?.recipient.status ?? null,
          verdict.possibleFrom,
          null,
          verdict.usualCausesOf,
        )
      : null;
  const info = CAUSES[open ? "unknown" : top.cause];
  // A cause's variant for this bounce (an app's failed connection to its submission port is no
  // "receiving server could not be reached", review 24) stands for its general words.
  const variant = causeInfoFor(top.cause, diagnosis.parsed, evidenceRuleIds(diagnosis));
  const causeRead =
    variant !== CAUSES[top.cause]
      ? { title: variant.title, summary: variant.summary }
      : causeWords(top.cause, diagnosis.overall);
  const words = open
    ? {
        title: unknown?.headline ?? causeRead.title,
        // Not the wording's lead ("the wizard will help you tell them apart"): the standing line
        // below says whether any step here tells them apart.
        summary: unknown
          ? "The causes it leaves possible are listed below, most likely first."
          : `The likeliest cause, not confirmed yet: ${lowerFirst(causeRead.summary)}`,
      }
    : causeRead;

  const evidence = new Map<string, Model["evidence"][number]>();
  const allEvidence = [
    ...diagnosis.overall.evidence,
    ...diagnosis.recipients.flatMap((r) => r.evidence),
  ];
  for (const e of allEvidence) {
    const key = `${e.ruleId}\u0000${e.note}`;
    const entry = evidence.get(key) ?? { note: e.note, source: e.source, quotes: [] };
    for (const s of e.spans) {
      const q = quote(text, s);
      if (q.trim() !== "" && !entry.quotes.includes(q)) entry.quotes.push(q);
    }
    evidence.set(key, entry);
  }

  const codes = new Map<string, string>();
  for (const r of diagnosis.recipients) {
    const reply = r.recipient.replyCode;
    if (reply !== null)
      codes.set(
        String(reply),
        `SMTP reply (RFC 5321): ${REPLY_CLASS[String(reply)[0] ?? ""] ?? "unknown class"}`,
      );
    if (r.recipient.status)
      codes.set(r.recipient.status, statusMeaningWords(r) ?? "enhanced status code (RFC 3463)");
  }
  for (const p of diagnosis.parsed.providerCodes) codes.set(p.code, `${p.provider} code`);

  const program = isProgramError(diagnosis);
  const recipients = diagnosis.recipients.map((r) => {
    const meaning = statusMeaningWords(r);
    const detail = [
      finalAddressWords(r),
      r.recipient.status ? `status ${r.recipient.status}${meaning ? ` (${meaning})` : ""}` : null,
      r.recipient.remoteMta
        ? `answered by ${r.recipient.remoteMta}`
        : diagnosis.parsed.reportingMta
          ? `reported by ${diagnosis.parsed.reportingMta}`
          : null,
      r.recipient.diagnostic ? `server said: ${r.recipient.diagnostic}` : null,
    ].filter((d): d is string => d !== null);
    // A program's error names no recipient: its reply is about the sender's own account.
    const title = recipientTitle(r, program);
    return {
      address: r.recipient.address,
      label: r.recipient.address
        ? r.recipient.address
        : title.plain
          ? title.title
          : "(address not given)",
      cause: causeInfoFor(
        r.cause,
        diagnosis.parsed,
        (r.evidence ?? []).map((e) => e.ruleId),
      ).title,
      detail,
    };
  });

  const answers = Object.entries(input.answers ?? {}).map(([id, value]) => ({
    question: input.questionTitles?.[id] ?? id,
    answer: Array.isArray(value) ? value.join(", ") : value,
  }));

  return {
    cause: top.cause,
    possible: open ? open.possible.map((p) => p.cause) : null,
    unknownRead: unknown !== null,
    // Greylisting's own headline and words where its cause's title would mislead, as long as
    // the conclusion leads with the cause the bounce was read as.
    title: words.title,
    summary: words.summary,
    // A not-a-bounce kind that asks something of the sender (a complaint report: stop mailing
    // that address) says so, as the page and the API do; "Nobody" is for the rest.
    // A sender at a public mailbox service is their own administrator only as far as the
    // service lets them (lib/causes/mailbox-service-actor.ts).
    actor: open
      ? info.actorLabel
      : variant !== CAUSES[top.cause]
        ? variant.actorLabel
        : (senderServiceActor(top.cause, diagnosis.parsed)?.actorLabel ??
          actorOf(top.cause, allEvidence).label),
    confidence: top.confidence,
    // The server's own words and who answered, for one recipient as for many: the first thing
    // an IT person reads.
    recipients,
    evidence: [...evidence.values()],
    codes: [...codes].map(([code, meaning]) => ({ code, meaning })),
    checks: input.checks ?? [],
    checklist: input.checklist?.items ?? [],
    answers,
    messages: diagnosis.messages,
    delay:
      (
        diagnosis.overall.delayNotice ??
        diagnosis.recipients.find((r) => r.delayNotice)?.delayNotice
      )?.note ?? null,
    link: input.link ?? null,
    ...recipientNotes(
      diagnosis,
      input.outline?.fixes.some((f) => f.otherRecipients) ? "under “What to do”" : null,
    ),
  };
}

/** A settled lead's confidence; an open one's is the likeliest cause's share, said as such. */
function confidenceWords(m: Model): string {
  return m.possible
    ? `not settled; the likeliest cause stands at ${percent(m.confidence)}`
    : percent(m.confidence);
}

/** The title: a lead cause that is not settled reads as the likeliest, not as the finding. */
function headline(m: Model, input: ReportInput): string {
  const delay = input.outline?.delay;
  if (delay) return delayHeadline(delay, m, input);
  if (m.unknownRead) return m.title;
  if (input.outline?.notSettled && m.cause !== "unknown")
    return `not settled yet; most likely: ${m.title}`;
  // A lead no check or answer confirmed reads as the wizard's conclusion does: most likely.
  return input.outline?.confirmed === false && m.cause !== "unknown"
    ? `most likely: ${m.title}`
    : m.title;
}

/**
 * A delay notice's headline: the reason the notice itself gives. The lead is that reason where
 * the notice's words read it, or rank it among their possibilities; a lead only a check
 * produced (a recipient-domain lookup of an internal host name, review 26 finding 8) is not
 * the notice's reason, and the headline gives the notice's own reading instead, or says that
 * no reason was read from it.
 */
function delayHeadline(delay: DelayReading, m: Model, input: ReportInput): string {
  const own = input.diagnosis.recipients[0] ?? input.diagnosis.overall;
  const fromNotice =
    own.cause === m.cause ||
    (own.cause === "unknown" && (own.possible ?? []).some((p) => p.cause === m.cause));
  if (fromNotice || m.cause === "unknown" || m.cause === "not-a-bounce")
    return `${DELAY_WORDS[delay].headline}${m.title}`;
  if (own.cause === "unknown" || own.cause === "not-a-bounce") return DELAY_NOTHING_READ;
  const title = causeInfoFor(
    own.cause,
    input.diagnosis.parsed,
    evidenceRuleIds(input.diagnosis),
  ).title;
  return `${DELAY_WORDS["reason-possible"].headline}${title}`;
}

/** Where the result stands, in one sentence; null without an outline (nothing to say). */
function standingWords(input: ReportInput): string | null {
  if (!input.outline) return null;
  const rests = input.known ? ` It rests on ${input.known.restsOn}.` : "";
  const delay = input.outline.delay;
  const looksAtOne = stepsLookAtOne(input.outline.notSettled?.steps ?? []);
  if (delay) return `${DELAY_STANDING_LEAD}: ${delayStanding(delay, looksAtOne)}${rests}`;
  if (!input.outline.notSettled)
    return input.outline.confirmed === false
      ? `${UNCONFIRMED_STANDING.lead}: ${lowerFirst(UNCONFIRMED_STANDING.words)}${rests}`
      : `Settled: the steps below are for this cause.${rests}`;
  return looksAtOne
    ? `Not settled yet: the causes below remain possible, and the “check first” steps tell them apart before any fix.${rests}`
    : `Not settled yet: the causes below remain possible; ${HELP_WHATEVER_IT_IS}${rests}`;
}

export function reportMarkdown(input: ReportInput): string {
  const m = buildModel(input);
  const e = (t: string) => escapeMarkdownInline(t);
  const out: string[] = [];
  out.push(`# Bounce diagnosis: ${e(headline(m, input))}`, "");
  // A delay notice's note stands for the cause's summary, which speaks of a failure.
  if (m.delay) out.push(`> **Delay notice:** ${e(m.delay)}`, "");
  else out.push(escapeMarkdownInline(m.summary, true), "");
  const standing = standingWords(input);
  if (standing) out.push(`**${e(standing)}**`, "");
  out.push(
    `- **Who acts:** ${e(m.actor)}`,
    `- **Confidence:** ${e(confidenceWords(m))}`,
    `- **Cause id:** ${m.possible ? `${markdownCodeSpan("unknown")} (possible, most likely first: ${m.possible.map(markdownCodeSpan).join(", ")})` : markdownCodeSpan(m.cause)}`,
  );
  if (m.forRecipients) out.push(`- **For:** ${e(m.forRecipients)}`);
  // One label over the groups (review 24: "Other recipients:" stood before each of them).
  if (m.otherRecipients.length === 1)
    out.push(`- **Other recipients:** ${e(m.otherRecipients[0]!)}`);
  else if (m.otherRecipients.length > 1)
    out.push("- **Other recipients:**", ...m.otherRecipients.map((o) => `  - ${e(o)}`));
  if (m.link) out.push(`- **Result link:** <${m.link.replace(/[<>\s]/g, encodeURIComponent)}>`);
  out.push("");
  for (const msg of m.messages) out.push(`> ${e(msg)}`, "");

  if (input.outline) out.push(...notSettledMarkdown(input.outline));
  if (input.known) out.push(...knownMarkdown(input.known));

  if (m.recipients.length) {
    out.push("## The server's reply", "");
    for (const r of m.recipients) {
      out.push(`- ${r.address ? markdownCodeSpan(r.address) : e(r.label)}: ${e(r.cause)}`);
      for (const d of r.detail) out.push(`  - ${e(d)}`);
    }
    out.push("");
  }
  if (m.evidence.length) {
    out.push("## Evidence", "");
    for (const ev of m.evidence) {
      out.push(`- ${e(ev.note)} (source: ${e(ev.source)})`);
      for (const q of ev.quotes) out.push("", indent(markdownCodeBlock(q), "  "));
      out.push("");
    }
  }
  if (m.codes.length) {
    out.push("## Codes", "");
    for (const c of m.codes) out.push(`- ${markdownCodeSpan(c.code)}: ${e(c.meaning)}`);
    out.push("");
  }
  if (m.checks.length) {
    out.push("## Records found", "");
    for (const report of m.checks) {
      out.push(`### ${e(report.subject)} (${report.kind}), checked ${e(report.checkedAt)}`, "");
      for (const f of report.findings) {
        const state = f.outcome === "could-not-check" ? "could not check" : f.severity;
        // Why it could not be checked, so a list's error code (Spamhaus's 127.255.255.254) in
        // the records below never reads as a listing.
        const why = f.outcome === "could-not-check" ? couldNotCheckReason(f) : null;
        out.push(
          `- **${e(state)}**: ${e(f.title)}${why ? ` (${e(why)})` : ""} (${markdownCodeSpan(f.code)})`,
        );
        if (f.fix) out.push(`  - Fix: ${e(f.fix)}`);
        for (const r of f.records ?? []) {
          out.push(
            "",
            indent(
              markdownCodeBlock(`${r.name} ${r.type}\n${r.values.join("\n") || "(no records)"}`),
              "  ",
            ),
          );
        }
      }
      out.push("");
    }
  }
  if (input.content) {
    const c = contentLines(input.content);
    out.push("## Content review", "", e(c.verdict), "");
    for (const f of c.findings) out.push(`- ${e(f)}`);
    if (c.findings.length) out.push("");
  }
  if (input.outline) out.push(...todoMarkdown(input.outline));
  else if (m.checklist.length) {
    out.push("## Checklist", "");
    for (const item of m.checklist) out.push(...markdownItem(item, ""));
    out.push("");
  }
  if (!input.known && m.answers.length) {
    out.push("## Answers", "");
    for (const a of m.answers) out.push(`- ${e(a.question)}: ${e(a.answer)}`);
    out.push("");
  }
  out.push(checkTimeLine(m.checks));
  return out.join("\n");
}

export function reportText(input: ReportInput): string {
  const m = buildModel(input);
  const s = (t: string) => stripControls(t);
  const one = (t: string) => s(t).replace(/\s+/g, " ").trim();
  const out: string[] = [];
  out.push(...wrapPlain(`BOUNCE DIAGNOSIS: ${headline(m, input)}`), "");
  if (m.delay) out.push(...wrapPlain(`Delay notice: ${m.delay}`), "");
  else out.push(...wrapPlain(m.summary), "");
  const standing = standingWords(input);
  if (standing) out.push(...wrapPlain(standing), "");
  out.push(
    ...wrapPlain(m.actor, "Who acts:   "),
    ...wrapPlain(confidenceWords(m), "Confidence: "),
    ...wrapPlain(
      m.possible ? `unknown (possible, most likely first: ${m.possible.join(", ")})` : m.cause,
      "Cause id:   ",
    ),
  );
  if (m.forRecipients) out.push(...wrapPlain(m.forRecipients, "For:        "));
  if (m.otherRecipients.length === 1)
    out.push(...wrapPlain(m.otherRecipients[0]!, "Other recipients: "));
  else if (m.otherRecipients.length > 1)
    out.push(
      "Other recipients:",
      ...m.otherRecipients.flatMap((o) => wrapPlain(o, "  - ", "    ")),
    );
  if (m.link) out.push(`Result link: ${m.link}`);
  out.push("");
  for (const msg of m.messages) out.push(...wrapPlain(msg, "Note: "), "");

  if (input.outline) out.push(...notSettledText(input.outline));
  if (input.known) out.push(...knownText(input.known));

  if (m.recipients.length) {
    out.push("THE SERVER'S REPLY");
    for (const r of m.recipients) {
      out.push(...wrapPlain(`${r.label}: ${r.cause}`, "- "));
      for (const d of r.detail) out.push(...wrapPlain(d, "    "));
    }
    out.push("");
  }
  if (m.evidence.length) {
    out.push("EVIDENCE");
    for (const ev of m.evidence) {
      out.push(...wrapPlain(`${ev.note} (source: ${ev.source})`, "- "));
      for (const q of ev.quotes)
        out.push(
          ...s(q)
            .trimEnd()
            .split("\n")
            .map((l) => `    | ${l}`),
        );
    }
    out.push("");
  }
  if (m.codes.length) {
    out.push("CODES");
    for (const c of m.codes) out.push(...wrapPlain(`${c.code}: ${c.meaning}`, "- "));
    out.push("");
  }
  if (m.checks.length) {
    out.push("RECORDS FOUND");
    for (const report of m.checks) {
      out.push(`${one(report.subject)} (${report.kind}), checked ${one(report.checkedAt)}`);
      for (const f of report.findings) {
        const state = f.outcome === "could-not-check" ? "could not check" : f.severity;
        const why = f.outcome === "could-not-check" ? couldNotCheckReason(f) : null;
        out.push(...wrapPlain(`[${state}] ${f.title}${why ? ` (${why})` : ""} (${f.code})`, "- "));
        if (f.fix) out.push(...wrapPlain(`Fix: ${f.fix}`, "    "));
        for (const r of f.records ?? []) {
          out.push(`    ${one(r.name)} ${one(r.type)}:`);
          for (const v of r.values.length ? r.values : ["(no records)"])
            out.push(`      ${one(v)}`);
        }
      }
    }
    out.push("");
  }
  if (input.content) {
    const c = contentLines(input.content);
    out.push("CONTENT REVIEW", ...wrapPlain(c.verdict));
    for (const f of c.findings) out.push(...wrapPlain(f, "- "));
    out.push("");
  }
  if (input.outline) out.push(...todoText(input.outline));
  else if (m.checklist.length) {
    out.push("CHECKLIST");
    for (const item of m.checklist) out.push(...textItem(item, ""));
    out.push("");
  }
  if (!input.known && m.answers.length) {
    out.push("ANSWERS");
    for (const a of m.answers) out.push(...wrapPlain(`${a.question}: ${a.answer}`, "- "));
    out.push("");
  }
  out.push(...wrapPlain(checkTimeLine(m.checks)));
  return out.join("\n");
}

function checkTimeLine(checks: ReportCheck[]): string {
  const times = [...new Set(checks.map((c) => c.checkedAt))].sort();
  if (times.length === 0) return "No DNS or blocklist checks were run for this report.";
  const when = times.length === 1 ? times[0]! : `${times[0]} to ${times[times.length - 1]}`;
  return `Checks as of ${stripControls(when).replace(/[^0-9A-Za-z:.+\- ]/g, "")} (DNS and blocklists change: re-run them to compare).`;
}
