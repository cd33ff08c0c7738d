// Walks every path of the decision graph from a starting set of facts: every answer of every
// question ("I don't know" included), every outcome of every check (clean, problem found,
// failed, could not check). Used by the termination test and by anyone who wants to see
// what the wizard can ask. Pure and synchronous.
import { nextStep } from "./engine";
import { finding, report, reviewed, SAMPLE_SENT_HEADERS, type ReviewKind } from "./test-factories";
import type { Answer, CheckRequest, CheckState, Facts, Question, Step } from "./types";

export type CheckOutcomeName =
  | "clean"
  | "listed"
  | "failed"
  | "could-not-check"
  | "typo"
  | "no-ptr"
  | "nxdomain"
  | "spam"
  | "attachment";

export interface WalkResult {
  paths: number;
  longest: number;
  longestPath: string[];
  /** conclusion id → number of paths ending there. */
  conclusions: Record<string, number>;
  problems: { path: string[]; problem: string }[];
}

const SAMPLE_TEXT: Record<string, string> = {
  ip: "198.51.100.7",
  domain: "example.com",
  selector: "s1",
  free: "x",
};

export function answersFor(question: Question): Answer[] {
  const out: Answer[] = [{ kind: "dont-know" }];
  const input = question.input;
  if (input.kind === "choice")
    for (const o of input.options) out.push({ kind: "choice", value: o.value });
  if (input.kind === "text") {
    // Pasted headers are walked once, at the question that asks for them, not at every text box
    // that also takes them: they lead to the same facts.
    out.push({ kind: "text", value: SAMPLE_TEXT[input.format] ?? "x" });
  }
  if (input.kind === "headers") out.push({ kind: "headers", value: SAMPLE_SENT_HEADERS });
  return out;
}

/** A finished check in each outcome, shaped like the real checks' reports. */
export function outcomesFor(check: CheckRequest): { name: CheckOutcomeName; state: CheckState }[] {
  const failed: CheckState = { status: "failed", error: "timeout", request: check };
  if (check.type === "content") {
    // A review: spam found, a refused attachment, nothing found, the filter unreachable, and
    // "I don't have it" (the check fails).
    const review = (kind: ReviewKind): CheckState => ({
      ...reviewed(kind, check.id),
      request: check,
    });
    return [
      { name: "spam", state: review("spam") },
      { name: "attachment", state: review("attachment") },
      { name: "clean", state: review("clean") },
      { name: "could-not-check", state: review("could-not-review") },
      { name: "failed", state: failed },
    ];
  }
  const subject = (check.type === "ip" ? check.input.ip : check.input.domain) ?? "";
  const kind = check.type;
  const mk = (codes: string[]): CheckState => ({
    status: "done",
    request: check,
    report: report(
      subject,
      kind,
      codes.map((c) =>
        finding(c, c === "blocklist.listed" ? { data: { zone: "zen.spamhaus.org" } } : {}),
      ),
    ),
  });
  if (check.id.startsWith("ip:")) {
    return [
      { name: "clean", state: mk(["blocklist.not-listed", "ptr.ok"]) },
      { name: "listed", state: mk(["blocklist.listed", "ptr.none"]) },
      { name: "no-ptr", state: mk(["blocklist.not-listed", "ptr.none"]) },
      { name: "could-not-check", state: mk(["blocklist.could-not-check", "ptr.ok"]) },
      { name: "failed", state: failed },
    ];
  }
  if (check.id.startsWith("recipient-domain:")) {
    return [
      { name: "clean", state: mk(["domain.ok", "mx.ok"]) },
      { name: "listed", state: mk(["domain.nxdomain"]) },
      { name: "typo", state: mk(["domain.typo", "mx.ok"]) },
      { name: "could-not-check", state: mk(["mx.could-not-check"]) },
      { name: "failed", state: failed },
    ];
  }
  return [
    { name: "clean", state: mk(["spf.pass", "dkim.ok", "mx.ok", "blocklist.not-listed"]) },
    {
      name: "listed",
      state: mk(["spf.missing", "dkim.none-found", "dmarc.missing", "blocklist.listed"]),
    },
    { name: "nxdomain", state: mk(["domain.nxdomain"]) },
    {
      name: "could-not-check",
      state: mk(["spf.could-not-check", "dkim.ok", "blocklist.could-not-check"]),
    },
    { name: "failed", state: failed },
  ];
}

function label(step: Step): string {
  if (step.kind === "question") return `ask ${step.question.id}`;
  if (step.kind === "check") return `run ${step.check.id}`;
  return `conclude ${step.conclusionId}`;
}

export function walkAll(
  start: Facts,
  options: {
    bound: number;
    onConclusion?: (step: Step, facts: Facts) => void;
  },
): WalkResult {
  const result: WalkResult = {
    paths: 0,
    longest: 0,
    longestPath: [],
    conclusions: {},
    problems: [],
  };

  // The same answers and check outcomes reached in another order are the same facts: walk
  // them once (the number of orders grows factorially with the questions).
  const seen = new Set<string>();
  const visit = (facts: Facts, path: string[]): void => {
    const key = stateKey(facts);
    if (seen.has(key)) return;
    seen.add(key);
    if (path.length > options.bound) {
      result.problems.push({ path, problem: `no conclusion within ${options.bound} steps` });
      return;
    }
    const step = nextStep(facts);
    const here = [...path, label(step)];
    if (step.kind === "conclusion") {
      result.paths++;
      if (here.length > result.longest) {
        result.longest = here.length;
        result.longestPath = here;
      }
      result.conclusions[step.conclusionId] = (result.conclusions[step.conclusionId] ?? 0) + 1;
      if (step.causes.length === 0)
        result.problems.push({ path: here, problem: "conclusion without causes" });
      if (!step.reason) result.problems.push({ path: here, problem: "conclusion without reason" });
      options.onConclusion?.(step, facts);
      return;
    }
    if (!step.reason) result.problems.push({ path: here, problem: "step without reason" });
    if (step.kind === "question") {
      if (facts.answers[step.question.id] !== undefined) {
        result.problems.push({ path: here, problem: "asked an answered question" });
        return;
      }
      for (const a of answersFor(step.question)) {
        visit({ ...facts, answers: { ...facts.answers, [step.question.id]: a } }, [
          ...here.slice(0, -1),
          `${label(step)}=${a.kind === "dont-know" ? "?" : a.kind === "headers" ? "headers" : a.value}`,
        ]);
      }
      return;
    }
    const existing = facts.checks[step.check.id];
    if (existing && existing.status !== "pending") {
      result.problems.push({ path: here, problem: "re-ran a finished check" });
      return;
    }
    // While the check runs, the engine must not conclude without it.
    const pending = nextStep({
      ...facts,
      checks: { ...facts.checks, [step.check.id]: { status: "pending", request: step.check } },
    });
    if (pending.kind === "conclusion")
      result.problems.push({ path: here, problem: "concluded while a check was pending" });
    for (const o of outcomesFor(step.check)) {
      visit({ ...facts, checks: { ...facts.checks, [step.check.id]: o.state } }, [
        ...here.slice(0, -1),
        `${label(step)}=${o.name}`,
      ]);
    }
  };
  visit(start, []);
  return result;
}

function stateKey(facts: Facts): string {
  const answers = Object.entries(facts.answers)
    .map(([q, a]) => `${q}=${a ? (a.kind === "dont-know" ? "?" : `${a.kind}:${a.value}`) : ""}`)
    .sort();
  const checks = Object.entries(facts.checks)
    .map(
      ([id, c]) =>
        `${id}=${c.status}:${c.report?.findings.map((f) => f.code).join(",") ?? ""}:${
          c.content?.status === "reviewed"
            ? `${c.content.verdict}/${c.content.attachments.length}`
            : (c.content?.status ?? "")
        }`,
    )
    .sort();
  return [...answers, "|", ...checks].join(";");
}
