// Walks scripted users through the wizard and scores its conclusions:
//   npm run -s eval:wizard [-- DIR]     (DIR defaults to ../shared/corpus/sisimai-dev)
// Each user has a true cause and answers as someone with that problem would (truthfully, from
// the table below, which is not the wizard's likelihood data), or "I don't know" to everything.
// Checks answer as the world would for that cause (a listed IP, a missing SPF record, ...), in a
// tidy world and in a messy one where the sender's domain also lacks DMARC, as many do.
// Cases: every bounce of the dev corpus (skipped cleanly when absent) and bare replies that do
// not say why, each with every cause that could be behind them.
// Last line: `true T steps S max M wrong W n N`: T the share of answering users whose
// conclusion leads with the true cause, S and M the mean and largest number of steps, W the
// number of conclusions (any user) that clearly lead with a wrong cause, N the users walked.
import { existsSync, readFileSync } from "node:fs";
import { walkedFirst } from "@/lib/rules/recipient-groups";
import { join, resolve } from "node:path";
import type { CauseId } from "@/lib/causes/causes";
import type { CheckReport, Finding } from "@/lib/checks/types";
import { diagnose } from "@/lib/diagnosis/diagnose";
import type { Diagnosis } from "@/lib/diagnosis/types";
import { beliefOf, nextStep } from "@/lib/rules";
import type { Answer, CheckRequest, Facts, QuestionId, Step } from "@/lib/rules";

// PRODUCT.md's three examples and one more wording of the same refusal.
const BARE_REPLIES = [
  "550 mail refused",
  "550 Rejected",
  "554 5.7.1 rejected",
  "550 5.7.1 Message rejected",
];
/** The causes behind a bare refusal (PRODUCT.md's five, and two more sender-side ones). */
const BARE_CAUSES: CauseId[] = [
  "sender-policy",
  "ip-blocklisted",
  "content-spam",
  "recipient-unknown",
  "mailbox-full",
  "authentication-failure",
  "reverse-dns",
];

const RECIPIENT_SIDE: CauseId[] = [
  "recipient-unknown",
  "recipient-domain-invalid",
  "mailbox-full",
  "mailbox-disabled",
];
const SETUP: CauseId[] = [
  "ip-blocklisted",
  "authentication-failure",
  "reverse-dns",
  "domain-blocklisted",
  "sender-address-invalid",
  "relay-denied",
  "tls-required",
  "protocol-syntax",
];

/** What a person with this true cause answers (the typical case). */
function truthfulAnswer(q: QuestionId, cause: CauseId, knowsIp: boolean): Answer {
  const c = (value: string): Answer => ({ kind: "choice", value });
  switch (q) {
    case "scope-recipients":
      if (RECIPIENT_SIDE.includes(cause)) return c("one-recipient");
      if (cause === "sender-policy") return c("one-domain");
      if (["content-spam", "content-virus", "message-too-large"].includes(cause))
        return c("one-recipient");
      return c("many-domains");
    case "scope-messages":
      if (RECIPIENT_SIDE.includes(cause)) return c("one");
      if (SETUP.includes(cause)) return c("all");
      if (["content-virus", "message-too-large"].includes(cause)) return c("one");
      return c("some");
    case "address-checked":
      return c(["recipient-unknown", "recipient-domain-invalid"].includes(cause) ? "no" : "yes");
    case "worked-before":
      return c(["recipient-unknown", "recipient-domain-invalid"].includes(cause) ? "no" : "yes");
    case "plain-test":
      return c(
        ["content-spam", "content-virus", "message-too-large"].includes(cause)
          ? "arrives"
          : "bounces",
      );
    case "since-when":
      return c(
        ["authentication-failure", "relay-denied", "sender-address-invalid"].includes(cause)
          ? "after-change"
          : "days",
      );
    case "sending-platform":
      return c(
        ["reverse-dns", "relay-denied", "tls-required", "ip-blocklisted"].includes(cause)
          ? "own-server"
          : "microsoft-365",
      );
    case "sending-ip":
      return knowsIp ? { kind: "text", value: "203.0.113.9" } : { kind: "dont-know" };
    case "sending-domain":
      return { kind: "text", value: "example.org" };
    default:
      return { kind: "dont-know" };
  }
}

function finding(code: string, area: Finding["area"], data?: Record<string, unknown>): Finding {
  const couldNot = code.endsWith("could-not-check");
  return {
    code,
    area,
    severity: couldNot ? "info" : "ok",
    outcome: couldNot ? "could-not-check" : "done",
    title: code,
    detail: "",
    reference: "",
    ...(data ? { data } : {}),
  };
}

/** The report a check would give in a world where `cause` is true. */
function worldReport(check: CheckRequest, cause: CauseId, messy: boolean): CheckReport {
  const f: Finding[] = [];
  const subject = check.input.ip ?? check.input.domain ?? "";
  if (check.id.startsWith("ip:")) {
    f.push(
      cause === "ip-blocklisted"
        ? finding("blocklist.listed", "blocklist", { zone: "zen.spamhaus.org" })
        : finding("blocklist.not-listed", "blocklist"),
    );
    f.push(finding(cause === "reverse-dns" ? "ptr.none" : "ptr.ok", "reverse-dns"));
  } else if (check.id.startsWith("recipient-domain:")) {
    f.push(
      cause === "recipient-domain-invalid"
        ? finding("domain.nxdomain", "recipient-domain")
        : finding("mx.ok", "mx"),
    );
  } else if (cause === "sender-address-invalid") {
    f.push(finding("domain.nxdomain", "mx"));
  } else {
    f.push(finding("mx.ok", "mx"));
    if (cause === "authentication-failure") f.push(finding("spf.missing", "spf"));
    else f.push(finding("spf.pass", "spf"), finding("dkim.ok", "dkim"));
    if (messy || cause === "authentication-failure") f.push(finding("dmarc.missing", "dmarc"));
    f.push(
      cause === "domain-blocklisted"
        ? finding("blocklist.listed", "blocklist", { zone: "dbl.spamhaus.org" })
        : finding("blocklist.not-listed", "blocklist"),
    );
  }
  return {
    subject,
    kind: check.type === "ip" ? "ip" : "domain",
    checkedAt: "2026-01-01T00:00:00Z",
    findings: f,
    lookups: 0,
  };
}

type UserKind = "answers" | "partial" | "dont-know";

interface Walk {
  steps: number;
  conclusion: Extract<Step, { kind: "conclusion" }>;
  /** What was asked and run, with the answers and outcomes, in order (for the report). */
  trail: string[];
  /**
   * Steps answered or run (not "I don't know", not a failed check) after which the three leading
   * causes kept their order and the first one's weight moved by less than 0.01.
   */
  idle: number;
  /** Those steps, as in the trail. */
  idleSteps: string[];
}

/** The three leading causes, in order, and the first one's weight: what a conclusion shows first. */
function leading(facts: Facts): { order: string; top: number } {
  const causes = beliefOf(facts).causes;
  return {
    order: causes
      .slice(0, 3)
      .map((c) => c.cause)
      .join(","),
    top: causes[0]?.weight ?? 0,
  };
}

function walk(diagnosis: Diagnosis, cause: CauseId, user: UserKind, messy: boolean): Walk {
  let facts: Facts = { diagnosis, answers: {}, checks: {} };
  const trail: string[] = [];
  let idle = 0;
  const idleSteps: string[] = [];
  let before: { order: string; top: number } | null = null;
  for (let steps = 0; steps < 30; steps++) {
    const now = leading(facts);
    if (before && now.order === before.order && Math.abs(now.top - before.top) < 0.01) {
      idle++;
      idleSteps.push(trail[trail.length - 1] ?? "");
    }
    before = null;
    const step = nextStep(facts);
    if (step.kind === "conclusion") return { steps, conclusion: step, trail, idle, idleSteps };
    trail.push(
      (step.kind === "question"
        ? `ask ${step.question.id}`
        : `run ${step.check.id.split(":")[0]}`) + `[${step.ruleId}]`,
    );
    if (step.kind === "question") {
      const answer: Answer =
        user === "dont-know"
          ? { kind: "dont-know" }
          : user === "partial" && step.question.id === "scope-messages"
            ? { kind: "dont-know" }
            : truthfulAnswer(step.question.id, cause, user === "answers");
      trail[trail.length - 1] +=
        `=${answer.kind === "dont-know" ? "?" : answer.kind === "choice" ? answer.value : "text"}`;
      if (answer.kind !== "dont-know") before = now;
      facts = { ...facts, answers: { ...facts.answers, [step.question.id]: answer } };
    } else if (step.check.type === "content") {
      // The simulated user has no message to review: the review counts for nothing.
      facts = {
        ...facts,
        checks: {
          ...facts.checks,
          [step.check.id]: { status: "failed", error: "No message given.", request: step.check },
        },
      };
    } else {
      const report = worldReport(step.check, cause, messy);
      trail[trail.length - 1] += `=${report.findings.map((f) => f.code).join(",")}`;
      before = now;
      facts = {
        ...facts,
        checks: {
          ...facts.checks,
          [step.check.id]: { status: "done", report, request: step.check },
        },
      };
    }
  }
  throw new Error("no conclusion within 30 steps");
}

interface Case {
  name: string;
  diagnosis: Diagnosis;
  cause: CauseId;
  accept: string[];
}

let skippedUnknown = 0;
let skippedDelay = 0;

async function corpusCases(dir: string): Promise<Case[]> {
  const labelsFile = join(dir, "labels.jsonl");
  if (!existsSync(labelsFile)) return [];
  const cache = new Map<string, Diagnosis>();
  const out: Case[] = [];
  for (const line of readFileSync(labelsFile, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const l = JSON.parse(line) as { file: string; index: number; cause: string; accept?: string[] };
    // A label of "unknown" names no true cause a scripted user could answer from.
    if (l.cause === "unknown") {
      skippedUnknown++;
      continue;
    }
    let d = cache.get(l.file);
    if (!d) {
      d = walkedFirst(await diagnose(readFileSync(join(dir, l.file), "latin1")));
      cache.set(l.file, d);
    }
    // The labelled recipient first: the wizard reasons about the first recipient's refusal.
    const mine = d.recipients[l.index - 1];
    const diagnosis = mine
      ? { ...d, recipients: [mine, ...d.recipients.filter((r) => r !== mine)] }
      : d;
    // A delay notice is read by the reason it gives (lib/classify/delay-notice.ts) and counts
    // like any bounce. One that gives no reason the classifier reads is answered not-a-bounce
    // ("delayed, no reason given") and the wizard asks nothing; the corpus labels it by the
    // reason Sisimai reads, so no scripted answer can lead to its label.
    if (l.cause !== "not-a-bounce" && mine?.delayNotice && mine.cause === "not-a-bounce") {
      skippedDelay++;
      continue;
    }
    out.push({
      name: `${l.file}#${l.index}`,
      diagnosis,
      cause: l.cause as CauseId,
      accept: [l.cause, ...(l.accept ?? [])],
    });
  }
  return out;
}

async function main() {
  const args = process.argv.slice(2);
  const verbose = args.includes("--verbose");
  const dir = resolve(args.find((a) => !a.startsWith("--")) ?? "../shared/corpus/sisimai-dev");
  const corpus = await corpusCases(dir);
  if (corpus.length === 0) console.log(`corpus: none at ${dir} (skipped)`);
  else {
    console.log(`corpus: ${skippedUnknown} bounces labelled "unknown" left out (no true cause)`);
    console.log(
      `corpus: ${skippedDelay} delay notices with no reason read left out (labelled by the delay's reason; answered not-a-bounce)`,
    );
  }
  const bare: Case[] = [];
  for (const text of BARE_REPLIES) {
    const d = walkedFirst(await diagnose(text));
    for (const cause of BARE_CAUSES)
      bare.push({ name: text, diagnosis: d, cause, accept: [cause] });
  }

  let answering = 0;
  let right = 0;
  let steps = 0;
  let maxSteps = 0;
  let wrong = 0;
  let n = 0;
  let idle = 0;
  const idleKinds = new Map<string, number>();
  const misses = new Map<string, number>();
  const wrongWalks: string[] = [];
  const longest: { steps: number; line: string }[] = [];
  for (const [label, cases] of [
    ["corpus", corpus],
    ["bare", bare],
  ] as const) {
    let setRight = 0;
    let setAnswering = 0;
    for (const c of cases) {
      for (const user of ["answers", "partial", "dont-know"] as UserKind[]) {
        for (const messy of [false, true]) {
          const w = walk(c.diagnosis, c.cause, user, messy);
          n++;
          steps += w.steps;
          idle += w.idle;
          for (const k of w.idleSteps) idleKinds.set(k, (idleKinds.get(k) ?? 0) + 1);
          maxSteps = Math.max(maxSteps, w.steps);
          const top = w.conclusion.causes[0]?.cause ?? "unknown";
          const named = c.accept.includes(top);
          if (!named && w.conclusion.clear) {
            wrong++;
            const key = `${c.cause} → ${top} (${user}${messy ? ", messy" : ""})`;
            misses.set(key, (misses.get(key) ?? 0) + 1);
            const held = w.conclusion.causes
              .slice(0, 3)
              .map((h) => `${h.cause} ${h.confidence.toFixed(2)}`)
              .join(", ");
            wrongWalks.push(
              `  ${c.name} (bounce: ${c.diagnosis.recipients[0]?.cause ?? c.diagnosis.overall.cause}): true ${c.cause}, concluded ${held} (${user}${messy ? ", messy" : ""})\n    ${w.trail.join(" → ") || "(no steps)"}`,
            );
          }
          if (verbose) {
            longest.push({
              steps: w.steps,
              line: `  ${w.steps} steps ${c.name}: true ${c.cause}, concluded ${top} (${user}${messy ? ", messy" : ""})\n    ${w.trail.join(" → ")}`,
            });
            longest.sort((a, b) => b.steps - a.steps);
            longest.length = Math.min(longest.length, 10);
          }
          if (verbose && !named && user !== "dont-know")
            console.log(
              `  miss ${c.name}: true ${c.cause}, concluded ${top} (${user}${messy ? ", messy" : ""}, ${w.steps} steps)`,
            );
          if (user !== "dont-know") {
            answering++;
            setAnswering++;
            if (named) {
              right++;
              setRight++;
            }
          }
        }
      }
    }
    if (cases.length > 0)
      console.log(
        `${label}: ${cases.length} cases, true ${(setRight / setAnswering).toFixed(3)} of answering users`,
      );
  }
  const worst = [...misses].sort((a, b) => b[1] - a[1]).slice(0, 12);
  if (worst.length > 0) {
    console.log("wrong clear conclusions (true → concluded):");
    for (const [k, v] of worst) console.log(`  ${v}× ${k}`);
  }
  if (verbose && wrongWalks.length > 0) {
    console.log("wrong clear conclusions, each walk:");
    for (const line of wrongWalks) console.log(line);
  }
  console.log(
    `answers and checks after which the three leading causes kept their order and weight (±0.01): ${idle} of ${steps} steps`,
  );
  if (verbose)
    for (const [k, v] of [...idleKinds].sort((a, b) => b[1] - a[1]).slice(0, 12))
      console.log(`  ${v}× ${k}`);
  if (verbose && longest.length > 0) {
    console.log("longest walks:");
    for (const l of longest) console.log(l.line);
  }
  console.log(
    `true ${(right / answering).toFixed(3)} steps ${(steps / n).toFixed(2)} max ${maxSteps} wrong ${wrong} n ${n}`,
  );
}

void main();
