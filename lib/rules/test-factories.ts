// Factories for rule tests (json-rules-engine's rule-factory idea): each test states only
// what matters to it and takes defaults for the rest.
import { CAUSES, type CauseId } from "@/lib/causes/causes";
import type { CheckArea, CheckReport, Finding } from "@/lib/checks/types";
import type { ParsedBounce } from "@/lib/bounce/types";
import { RSPAMD_THRESHOLDS, verdictFor } from "@/lib/content/thresholds";
import type { ContentReview } from "@/lib/content/types";
import type { Diagnosis, RankedCause } from "@/lib/diagnosis/types";
import type { Belief, CauseWeight } from "./belief";
import { nextStep } from "./engine";
import type { Answer, CheckState, Facts, HeldCause, QuestionId, Step } from "./types";

export interface DiagnosisOptions {
  cause?: CauseId;
  confidence?: number;
  alternatives?: RankedCause[];
  /** When `cause` is unknown: the causes the words leave possible, ranked. */
  possible?: RankedCause[];
  ips?: string[];
  /**
   * The addresses the bounce names as the sender's (ParsedBounce.senderIps); by default `ips`:
   * a test that gives an IP means one the bounce names as the sending server's.
   */
  senderIps?: string[];
  blocklistZones?: string[];
  recipient?: string | null;
  from?: string | null;
  authenticationResults?: string[];
  /** d= and s= of the original message's DKIM-Signature headers. */
  dkimSignatures?: { domain: string; selector: string }[];
  text?: string;
  /** The SMTP reply code of the refusal; null for a bounce written without one (DNS failure). */
  replyCode?: number | null;
  /** The answering host the bounce names (Remote-MTA); null for a bare reply naming none. */
  remoteMta?: string | null;
}

export function makeDiagnosis(o: DiagnosisOptions = {}): Diagnosis {
  const cause = o.cause ?? "unknown";
  const confidence = o.confidence ?? (cause === "unknown" ? 0.2 : 0.9);
  const recipient = o.recipient === undefined ? "someone@example.net" : o.recipient;
  const parsed: ParsedBounce = {
    text: o.text ?? "550 5.7.1 Message rejected",
    format: "smtp-reply",
    generator: null,
    recipients: [
      {
        address: recipient,
        action: "failed",
        replyCode: o.replyCode === undefined ? 550 : o.replyCode,
        status: "5.7.1",
        diagnostic: o.text ?? "550 5.7.1 Message rejected",
        remoteMta: o.remoteMta === undefined ? "mx.example.net" : o.remoteMta,
        smtpCommand: "RCPT",
        spans: {},
      },
    ],
    reportingMta: null,
    ips: o.ips ?? [],
    senderIps: o.senderIps ?? o.ips ?? [],
    hosts: [],
    domains: [],
    blocklistZones: o.blocklistZones ?? [],
    providerCodes: [],
    original:
      o.from !== undefined || o.authenticationResults || o.dkimSignatures
        ? {
            from: o.from ?? null,
            returnPath: null,
            subject: null,
            messageId: null,
            authenticationResults: o.authenticationResults ?? [],
            dkimSignatures: o.dkimSignatures ?? [],
            hasBody: false,
          }
        : null,
    warnings: [],
  };
  const info = CAUSES[cause];
  return {
    version: 1,
    parsed,
    recipients: [
      {
        index: 1,
        recipient: parsed.recipients[0]!,
        cause,
        confidence,
        actor: info.actor,
        evidence: [],
        alternatives: o.alternatives ?? [],
        ...(o.possible ? { possible: o.possible } : {}),
        statusMeaning: null,
      },
    ],
    overall: { cause, confidence, actor: info.actor, evidence: [] },
    messages: [],
  };
}

export function makeFacts(
  o: {
    diagnosis?: Diagnosis | null;
    checks?: Record<string, CheckState>;
    answers?: Partial<Record<QuestionId, Answer>>;
  } = {},
): Facts {
  return {
    diagnosis: o.diagnosis === undefined ? makeDiagnosis() : o.diagnosis,
    checks: o.checks ?? {},
    answers: o.answers ?? {},
  };
}

const AREA_OF: Record<string, CheckArea> = {
  blocklist: "blocklist",
  ptr: "reverse-dns",
  spf: "spf",
  dkim: "dkim",
  dmarc: "dmarc",
  domain: "recipient-domain",
  mx: "mx",
};

export function finding(code: string, extra: Partial<Finding> = {}): Finding {
  const area = AREA_OF[code.split(".")[0] ?? ""] ?? "recipient-domain";
  const couldNot = code.endsWith("could-not-check");
  return {
    code,
    area,
    severity: couldNot
      ? "warning"
      : code.endsWith(".ok") || code.endsWith("not-listed") || code.endsWith("pass")
        ? "ok"
        : "error",
    outcome: couldNot ? "could-not-check" : "done",
    title: code,
    detail: code,
    reference: "test",
    ...extra,
  };
}

export function report(subject: string, kind: "domain" | "ip", findings: Finding[]): CheckReport {
  return {
    subject,
    kind,
    checkedAt: "2026-01-01T00:00:00.000Z",
    findings,
    lookups: findings.length,
  };
}

export function done(
  subject: string,
  kind: "domain" | "ip",
  codes: (string | Finding)[],
): CheckState {
  return {
    status: "done",
    report: report(
      subject,
      kind,
      codes.map((c) => (typeof c === "string" ? finding(c) : c)),
    ),
  };
}

export const answer = {
  choice: (value: string): Answer => ({ kind: "choice", value }),
  text: (value: string): Answer => ({ kind: "text", value }),
  headers: (value: string): Answer => ({ kind: "headers", value }),
  dontKnow: { kind: "dont-know" } as Answer,
};

/** Headers of a sent message as a Gmail mailbox shows them ("Show original"). */
export const SAMPLE_SENT_HEADERS = [
  "Delivered-To: me@gmail.com",
  "Received: by 2002:a05:6a10:1234:b0:3e1:aaaa:bbbb with SMTP id abc;",
  "        Mon, 5 Jan 2026 10:00:01 -0800 (PST)",
  "Received: from mail.example.com (mail.example.com. [198.51.100.7])",
  "        by mx.google.com with ESMTPS id xyz",
  "        for <me@gmail.com>; Mon, 05 Jan 2026 10:00:00 -0800 (PST)",
  "Received-SPF: fail (google.com: domain of anna@example.com does not designate 198.51.100.7 as permitted sender) client-ip=198.51.100.7;",
  "Authentication-Results: mx.google.com;",
  "       dkim=fail header.i=@example.com header.s=s1 header.b=abc;",
  "       spf=fail (google.com: domain of anna@example.com does not designate 198.51.100.7 as permitted sender) smtp.mailfrom=anna@example.com;",
  "       dmarc=fail (p=REJECT sp=REJECT dis=REJECT) header.from=example.com",
  "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=s1;",
  "        h=from:to:subject; bh=abc=; b=def=",
  "From: Anna <anna@example.com>",
  "To: me@gmail.com",
  "Subject: test",
  "",
  "body",
].join("\n");

export type ReviewKind = "spam" | "clean" | "attachment" | "could-not-review";

/** A content review (lib/content) of each kind, shaped like the filter's translated answer. */
export function makeReview(kind: ReviewKind): ContentReview {
  if (kind === "could-not-review")
    return {
      status: "could-not-review",
      reason: "The spam filter is not reachable, so the content could not be reviewed.",
    };
  const score = kind === "spam" ? 16.5 : kind === "attachment" ? 5 : 0.4;
  return {
    status: "reviewed",
    source: { kind: "bounce-copy", headersOnly: false, bytes: 900 },
    score,
    thresholds: RSPAMD_THRESHOLDS,
    verdict: verdictFor(score, RSPAMD_THRESHOLDS),
    action: kind === "spam" ? "reject" : "no action",
    groups:
      kind === "spam"
        ? [
            {
              group: "url-shortener",
              title: "URL shorteners",
              findings: [
                {
                  symbol: "URL_SHORTENER",
                  group: "url-shortener",
                  score: 1.5,
                  title: "Links go through a URL shortener",
                  fix: "Link to the real address instead of a shortener.",
                  matched: ["bit.ly"],
                  tone: "bad",
                },
              ],
            },
          ]
        : kind === "attachment"
          ? [
              {
                group: "attachments",
                title: "Attachments",
                findings: [
                  {
                    symbol: "MIME_BAD_EXTENSION",
                    group: "attachments",
                    score: 4,
                    title: "An attachment has a dangerous file type",
                    fix: "Do not attach programs; share them through a link.",
                    matched: ["exe"],
                    tone: "bad",
                  },
                ],
              },
            ]
          : [],
    linkedDomains:
      kind === "spam"
        ? [
            {
              domain: "listed-domain.test",
              status: "listed",
              lists: ["Spamhaus DBL"],
              delistUrls: [],
            },
          ]
        : [],
    attachments:
      kind === "attachment"
        ? [
            {
              name: "invoice.exe",
              contentType: "application/octet-stream",
              risk: "executable",
              reason: "a Windows program",
            },
          ]
        : [],
    filter: "Rspamd 3.4",
    filterMs: 12,
  };
}

/** A finished content check holding `review`. */
export function reviewed(kind: ReviewKind, id = "content:bounce-copy"): CheckState {
  const source = id.endsWith("bounce-copy") ? "bounce-copy" : "sent-message";
  return {
    status: "done",
    content: makeReview(kind),
    request: { id, type: "content", input: { source } },
  };
}

/** Held causes from [cause, confidence] pairs: the first the conclusion's, the rest the bounce's. */
export function heldCauses(causes: [HeldCause["cause"], number][]): HeldCause[] {
  return causes.map(([cause, confidence], i) => ({
    cause,
    confidence,
    support: i === 0 ? "conclusion" : "bounce",
    why: "",
  }));
}

/**
 * A Postfix bounce (bounce(8)'s default template, postfix/src/bounce/bounce_template.c) with two
 * recipients refused for different reasons: smtpd's "User unknown in local recipient table" and
 * a "552 5.2.2 Mailbox full" reply. Written for the tests; no corpus message.
 */
export const TWO_RECIPIENTS_BOUNCE = `From: MAILER-DAEMON@mx.acme.test (Mail Delivery System)
To: alice@acme.test
Subject: Undelivered Mail Returned to Sender

This is the mail system at host mx.acme.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<bob@remote.test>: host mx.remote.test[192.0.2.44] said: 550 5.1.1
    <bob@remote.test>: Recipient address rejected: User unknown in local
    recipient table (in reply to RCPT TO command)

<carol@remote.test>: host mx.remote.test[192.0.2.44] said: 552 5.2.2
    <carol@remote.test>: Mailbox full (in reply to RCPT TO command)
`;

/** The same bounce with one recipient. */
export const ONE_RECIPIENT_BOUNCE = TWO_RECIPIENTS_BOUNCE.slice(
  0,
  TWO_RECIPIENTS_BOUNCE.indexOf("<carol@"),
);

/**
 * Walks the wizard to its conclusion as a user who answers "I don't know" and whose checks
 * cannot run: the steps on the way, and the facts at the end.
 */
export function walkDontKnow(facts: Facts): { steps: Step[]; facts: Facts } {
  const steps: Step[] = [];
  for (let i = 0; i < 40; i++) {
    const step = nextStep(facts);
    steps.push(step);
    if (step.kind === "conclusion") break;
    if (step.kind === "question") facts.answers[step.question.id] = { kind: "dont-know" };
    else facts.checks[step.check.id] = { status: "failed", error: "Skipped by the user." };
  }
  return { steps, facts };
}

/** An engine walk's end: the conclusion, the facts it rests on, what was asked and run. */
export interface EngineWalk {
  end: Extract<Step, { kind: "conclusion" }>;
  facts: Facts;
  asked: QuestionId[];
  ran: string[];
}

/**
 * Walks the engine to its conclusion, answering from `answers` ("I don't know" otherwise); each
 * check comes back done with the finding codes given for its kind (an IP's, a domain's).
 */
export function walkWithCodes(
  start: Facts,
  answers: Partial<Facts["answers"]>,
  codes: { ip: string[]; domain: string[] },
): EngineWalk {
  let facts = start;
  const asked: QuestionId[] = [];
  const ran: string[] = [];
  for (let i = 0; i < 30; i++) {
    const step = nextStep(facts);
    if (step.kind === "conclusion") return { end: step, facts, asked, ran };
    if (step.kind === "question") {
      asked.push(step.question.id);
      const a = answers[step.question.id] ?? answer.dontKnow;
      facts = { ...facts, answers: { ...facts.answers, [step.question.id]: a } };
    } else {
      ran.push(step.check.id);
      const subject = step.check.input.ip ?? step.check.input.domain ?? "";
      const kind = step.check.type === "ip" ? "ip" : "domain";
      facts = {
        ...facts,
        checks: { ...facts.checks, [step.check.id]: done(subject, kind, codes[kind]) },
      };
    }
  }
  throw new Error("no conclusion after 30 steps");
}

/**
 * A Postfix notice (bounce(8)'s default template, postfix/src/bounce/bounce_template.c) from
 * the relay `host`, its body's recipient lines `lines` (one "<rcpt>: host ... said: ..." each),
 * and whatever follows (a returned copy). Written for the tests with documentation names.
 */
export function postfixNotice(lines: string, host = "relay.sender.test", after = ""): string {
  return `From: MAILER-DAEMON@${host} (Mail Delivery System)
To: alice@sender.test
Subject: Undelivered Mail Returned to Sender

This is the mail system at host ${host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

${lines}
${after}`;
}

/** A belief with these causes and updates and nothing else ran, read or answered. */
export function makeBelief(causes: CauseWeight[], updates: Belief["updates"] = []): Belief {
  return {
    causes,
    ran: [],
    failed: [],
    answered: [],
    unknown: [],
    bounceSays: "",
    readCause: null,
    updates,
    relevance: {} as Belief["relevance"],
  };
}
