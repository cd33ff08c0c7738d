// What a shared result shows, composed from its payload (the link's contents) and the diagnosis
// re-derived from its text: the facts as the wizard had them, the causes, the answers in the
// words they were given, and the checklist items with their titles, records and links.
// Pure; the share page's components only draw it.
import { buildConclusionChecklist } from "@/lib/checklists/build";
import { titleForItemId } from "@/lib/checklists/titles";
import type { ChecklistItem, ChecklistRecord, ItemKind } from "@/lib/checklists/types";
import type { CheckReport } from "@/lib/checks/types";
import type { Diagnosis } from "@/lib/diagnosis/types";
import {
  beliefOf,
  buildContext,
  conclusionOf,
  QUESTIONS,
  QUESTION_IDS,
  type Facts,
  type HeldCause,
  type QuestionId,
} from "@/lib/rules";
import { answersFromShare, DONT_KNOW_VALUE } from "@/lib/share/answers-codec";
import { GROUP_TITLES, SYMBOLS } from "@/lib/content/symbols";
import type { ContentFindingGroup, ReviewedContent } from "@/lib/content/types";
import { findingViews, sharedVerdict, type SharedContent } from "@/lib/share/content-summary";
import type { SharePayload } from "@/lib/share/payload";
import {
  knownUnchecked,
  outlineLinkItems,
  type LinkOutline,
  type UncheckedCheck,
} from "@/lib/share/shared-outline";

export interface SharedItem {
  id: string;
  title: string;
  done: boolean;
  record?: ChecklistRecord;
  link?: { label: string; url: string };
  /** Where today's checklist for the link's facts has the step: its kind, words and message. */
  kind?: ItemKind;
  detail?: string;
  message?: { subject: string; body: string };
}

export interface SharedView {
  facts: Facts;
  causes: { cause: HeldCause["cause"]; confidence: number }[];
  answers: { id: QuestionId; question: string; answer: string }[];
  checklist: SharedItem[];
  /** The checklist grouped as the wizard's end groups it: not settled, then the fixes. */
  outline: LinkOutline<SharedItem>;
  /** The content review's summary, when the wizard had a content step; else null. */
  content: SharedContent | null;
  /** The checks the wizard started that could not run (failed or skipped), with why. */
  unchecked: UncheckedCheck[];
  /**
   * Whether the lead cause is confirmed by the link's checks and answers, as the wizard's own
   * conclusion judges it (lib/rules: it leads clearly even with the bounce's wording doubted),
   * rather than held from the bounce's words alone. The wizard then says "Most likely: ...; no
   * check or answer has confirmed it", so the page and the report must not call it settled.
   */
  confirmed: boolean;
}

/** An answer as the user gave it: the choice's label, not its value. */
export function answerLabel(id: QuestionId, value: string | string[]): string {
  if (Array.isArray(value)) return "(headers of a sent message, pasted)";
  if (value === DONT_KNOW_VALUE) return "I don't know";
  const input = QUESTIONS[id].input;
  if (input.kind === "choice") return input.options.find((o) => o.value === value)?.label ?? value;
  return value;
}

/**
 * The review a link's content summary stands for, as far as it tells: the score, the rules
 * with their topics and fixes (from lib/content/symbols.ts), and nothing of what they matched.
 * Enough for the checklist's "adjust content" steps to be rebuilt with their titles.
 */
export function reviewFromSummary(
  summary: Extract<SharedContent, { status: "reviewed" }>,
): ReviewedContent {
  const groups: ContentFindingGroup[] = [];
  for (const f of findingViews(summary)) {
    const fix = Object.hasOwn(SYMBOLS, f.rule) ? SYMBOLS[f.rule]?.fix : undefined;
    let group = groups.find((g) => g.group === f.group);
    if (!group)
      groups.push((group = { group: f.group, title: GROUP_TITLES[f.group], findings: [] }));
    group.findings.push({
      symbol: f.rule,
      group: f.group,
      score: f.points,
      title: f.title,
      ...(fix && f.tone === "bad" ? { fix } : {}),
      matched: [],
      tone: f.tone,
    });
  }
  const t = summary.thresholds;
  return {
    status: "reviewed",
    source: { kind: "bounce-copy", headersOnly: summary.headersOnly === true, bytes: 0 },
    score: summary.score,
    thresholds: { greylist: t.greylist, addHeader: t.junk, reject: t.reject },
    verdict: sharedVerdict(summary),
    action: "",
    groups,
    linkedDomains: [],
    attachments: [],
    filter: "",
    filterMs: 0,
  };
}

/** The checks of a payload as the facts the wizard had (compact reports, as finished checks). */
export function sharedFacts(payload: SharePayload, diagnosis: Diagnosis | null): Facts {
  const checks: Facts["checks"] = Object.fromEntries(
    payload.checks.map((r) => [
      `${r.kind}:${r.subject}`,
      { status: "done" as const, report: { ...r, lookups: 0 } as CheckReport },
    ]),
  );
  if (payload.content?.status === "reviewed")
    checks["content:shared"] = { status: "done", content: reviewFromSummary(payload.content) };
  // A check that could not run is one the wizard had as failed: the rules then read it as such
  // (its steps ask to look it up first), as they did when the link was made.
  for (const u of payload.unchecked ?? [])
    if (!Object.hasOwn(checks, u.id)) checks[u.id] = { status: "failed", error: u.reason };
  const facts: Facts = { diagnosis, answers: answersFromShare(payload.answers), checks };
  // A report says "domain" for the recipient's domain too: under the wizard's own id for that
  // check as well, so a step offering it again does not read as if it had not run.
  const { recipientDomain, recipientCheckId } = buildContext(facts);
  const recipientReport = payload.checks.find(
    (r) => r.kind === "domain" && r.subject.toLowerCase() === recipientDomain?.toLowerCase(),
  );
  const asChecked = recipientReport && checks[`domain:${recipientReport.subject}`];
  if (recipientCheckId && asChecked) checks[recipientCheckId] = asChecked;
  return facts;
}

/**
 * How the wizard held a cause, as far as a link tells: the lead is its conclusion; a later cause
 * whose fixes the link carries was one a check's finding backed (only those get fixes,
 * causesToFix), so its section is rebuilt with its steps' kinds and words.
 */
function supportOf(payload: SharePayload, cause: string, index: number): HeldCause["support"] {
  if (index === 0) return "conclusion";
  const prefix = `${cause}.`;
  return Object.keys(payload.checklist).some((id) => id.startsWith(prefix)) ? "check" : "bounce";
}

/**
 * Whether the link's lead cause is confirmed: the wizard's own judgement where the link carries
 * it, else (a link made by the API or the command line, or before links carried it) the same
 * judgement replayed on the link's facts: a lead the checks and answers confirm, and the same
 * lead the link names. The replay can only be stricter than the wizard was (a link's content
 * summary holds less than the review), never looser.
 */
function leadConfirmed(
  payload: SharePayload,
  replayed: () => Conclusion,
  lead: string | undefined,
): boolean {
  const carried = payload.conclusion?.clear;
  if (carried !== undefined) return carried;
  const conclusion = replayed();
  return conclusion.clear === true && conclusion.causes[0]?.cause === lead;
}

/**
 * Whether the link's conclusion settled on its lead as the wizard's summary worded it (the
 * conclusion step's `settled`), replayed on the link's facts; undefined where the replay leads
 * with another cause than the link names (the checklist then goes by the lead's weight).
 */
function leadSettled(replayed: () => Conclusion, lead: string | undefined): boolean | undefined {
  const conclusion = replayed();
  return conclusion.causes[0]?.cause === lead ? conclusion.settled : undefined;
}

type Conclusion = ReturnType<typeof conclusionOf>;

/** The wizard's conclusion replayed on the link's facts. */
function replayConclusion(facts: Facts): Conclusion {
  const ctx = buildContext(facts);
  return conclusionOf(beliefOf(facts, ctx), beliefOf(facts, ctx, { tempered: true }));
}

export function sharedView(payload: SharePayload, diagnosis: Diagnosis): SharedView {
  const facts = sharedFacts(payload, diagnosis);
  // Replayed at most once, for whichever of the two verdicts the link does not carry.
  let replay: Conclusion | undefined;
  const replayed = () => (replay ??= replayConclusion(facts));
  const causes = payload.conclusion?.causes ?? [
    { cause: diagnosis.overall.cause, confidence: diagnosis.overall.confidence },
  ];
  // Rebuilt from the shared facts (the link carries only item ids and their state); an item
  // the compact check results cannot regenerate gets its title from its id.
  const built = new Map<string, ChecklistItem>();
  const list = buildConclusionChecklist(
    facts,
    causes.map((c, i) => ({ ...c, support: supportOf(payload, c.cause, i), why: "" })),
    // supportOf reads which later causes had steps when the link was made: the same sections.
    // The link carries the wizard's `clear`, which settles; else its verdict is replayed.
    {
      supportAsCarried: true,
      settled: payload.conclusion?.clear === true ? true : leadSettled(replayed, causes[0]?.cause),
    },
  );
  for (const item of [...list.causes.flatMap((c) => c.items), ...list.prevent])
    built.set(item.id, item);
  const shared = (id: string, done: boolean): SharedItem => {
    const item = built.get(id);
    return {
      id,
      title: item?.title ?? titleForItemId(id, facts),
      done,
      ...(item?.record ? { record: item.record } : {}),
      ...(item?.link ? { link: item.link } : {}),
      ...(item ? { kind: item.kind, detail: item.detail } : {}),
      ...(item?.message ? { message: item.message } : {}),
    };
  };
  const checklist = Object.entries(payload.checklist).map(([id, done]) => shared(id, done));
  const outline = outlineLinkItems(list, checklist, (item) => shared(item.id, false));
  const answers = QUESTION_IDS.filter((id) => Object.hasOwn(payload.answers, id)).map((id) => ({
    id,
    question: QUESTIONS[id].prompt,
    answer: answerLabel(id, payload.answers[id] ?? ""),
  }));
  return {
    facts,
    causes,
    answers,
    checklist,
    outline,
    content: payload.content ?? null,
    unchecked: knownUnchecked(payload),
    confirmed: leadConfirmed(payload, replayed, causes[0]?.cause),
  };
}
