import { describe, expect, it } from "vitest";
import { beliefOf } from "./belief";
import { nextStep } from "./engine";
import { grounds as groundsOf } from "./narrate";
import {
  answer,
  done,
  finding,
  makeDiagnosis,
  makeFacts,
  report,
  SAMPLE_SENT_HEADERS,
} from "./test-factories";
import type { Facts, Step } from "./types";

const ip = "198.51.100.7";

function label(step: Step): string {
  return step.kind === "question"
    ? `ask ${step.question.id}`
    : step.kind === "check"
      ? `run ${step.check.id}`
      : `conclude ${step.conclusionId}`;
}

function conclusion(step: Step) {
  if (step.kind !== "conclusion") throw new Error(`expected a conclusion, got ${label(step)}`);
  return step;
}

/** A bare refusal as the classifier reads it: `unknown`, with the possible causes ranked. */
const bare = () =>
  makeDiagnosis({
    cause: "unknown",
    confidence: 0.2,
    text: "550 mail refused",
    alternatives: [
      { cause: "sender-policy", confidence: 0.3 },
      { cause: "ip-blocklisted", confidence: 0.3 },
      { cause: "recipient-unknown", confidence: 0.25 },
      { cause: "content-spam", confidence: 0.2 },
      { cause: "mailbox-full", confidence: 0.15 },
    ],
  });

describe("the next step", () => {
  const rows: [string, Facts, string][] = [
    [
      "a bare refusal → first the question that separates most: who the mail goes to",
      makeFacts({ diagnosis: bare() }),
      "ask scope-recipients",
    ],
    [
      "blocklisted, no IP in the bounce → ask the IP (its check needs it)",
      makeFacts({
        diagnosis: makeDiagnosis({ cause: "ip-blocklisted", blocklistZones: ["zen.spamhaus.org"] }),
      }),
      "ask sending-ip",
    ],
    [
      "blocklisted with the IP → check it",
      makeFacts({ diagnosis: makeDiagnosis({ cause: "ip-blocklisted", ips: [ip] }) }),
      `run ip:${ip}`,
    ],
    [
      "a private IP in the bounce does not count as the sending IP",
      makeFacts({
        diagnosis: makeDiagnosis({
          cause: "ip-blocklisted",
          ips: ["10.0.0.5"],
          blocklistZones: ["zen.spamhaus.org"],
        }),
      }),
      "ask sending-ip",
    ],
    [
      "IP found in pasted headers → check it",
      makeFacts({
        diagnosis: makeDiagnosis({ cause: "ip-blocklisted" }),
        answers: { "sending-ip": answer.headers(SAMPLE_SENT_HEADERS) },
      }),
      `run ip:${ip}`,
    ],
    [
      "listed, platform unknown → ask what sends the mail (the fixes depend on it)",
      makeFacts({
        diagnosis: makeDiagnosis({ cause: "ip-blocklisted", ips: [ip] }),
        checks: { [`ip:${ip}`]: done(ip, "ip", ["blocklist.listed", "ptr.ok"]) },
      }),
      "ask sending-platform",
    ],
    [
      "a check still running → wait for it",
      makeFacts({
        diagnosis: makeDiagnosis({ cause: "ip-blocklisted", ips: [ip] }),
        checks: { [`ip:${ip}`]: { status: "pending" } },
      }),
      `run ip:${ip}`,
    ],
    [
      "a delivery report → not a bounce, nothing to ask",
      makeFacts({ diagnosis: makeDiagnosis({ cause: "not-a-bounce", confidence: 0.95 }) }),
      "conclude not-a-bounce.clear",
    ],
  ];
  it.each(rows)("%s", (_name, facts, expected) => {
    expect(label(nextStep(facts))).toBe(expected);
  });
});

describe("conclusions say only what happened", () => {
  it("a bare refusal answered 'one person, address right': no check is claimed, none is named as clean", () => {
    const step = conclusion(
      walk(makeFacts({ diagnosis: bare() }), {
        "scope-recipients": answer.choice("one-recipient"),
        "scope-messages": answer.choice("one"),
        "address-checked": answer.choice("yes"),
        "worked-before": answer.choice("yes"),
        "plain-test": answer.dontKnow,
      }),
    );
    const text = `${step.summary} ${step.reason} ${step.causes.map((c) => c.why).join(" ")}`;
    expect(text).not.toMatch(/checks? found no problem/i);
    expect(text).toContain("No check has run.");
    expect(text).toContain("the address is spelt exactly right");
    // A bare code has no words that fit any cause: the causes held without evidence say only
    // that nothing rules them out.
    expect(text).not.toMatch(/wording fits/i);
    // The address being right weighs against "does not exist": it is not the leading cause.
    expect(step.causes[0]?.cause).not.toBe("recipient-unknown");
  });

  it("every answer 'I don't know': no answer is put in the user's mouth, nothing is certain", () => {
    const step = conclusion(walk(makeFacts({ diagnosis: bare() }), {}));
    const text = `${step.summary} ${step.reason}`;
    expect(text).not.toMatch(/you said|many receivers|several organisations/i);
    expect(step.clear).toBe(false);
    expect(step.settle?.length).toBeGreaterThan(0);
  });

  it("a failed recipient lookup cannot outweigh the refusal its own server wrote (5.7.606)", () => {
    const recipientCheck = "recipient-domain:contoso.test";
    const facts = makeFacts({
      diagnosis: makeDiagnosis({
        cause: "ip-blocklisted",
        confidence: 0.95,
        ips: ["203.0.113.9"],
        recipient: "bob@contoso.test",
        text: "550 5.7.606 Access denied, banned sending IP [203.0.113.9]",
      }),
      checks: {
        [recipientCheck]: done("contoso.test", "domain", ["domain.nxdomain"]),
      },
    });
    const b = beliefOf(facts);
    expect(b.causes[0]?.cause).toBe("ip-blocklisted");
    expect(b.causes.find((c) => c.cause === "recipient-domain-invalid")?.weight ?? 0).toBeLessThan(
      0.01,
    );
    // The recipient's domain is not worth checking: nothing there bears on this bounce.
    const step = walk(facts, { "sending-platform": answer.choice("microsoft-365") });
    const c = conclusion(step);
    expect(c.causes[0]?.cause).toBe("ip-blocklisted");
    expect(c.causes.map((x) => x.cause)).not.toContain("recipient-domain-invalid");
    expect(c.reason).not.toContain("contoso.test does not exist");
    // Microsoft keeps its own list: a clean public lookup does not clear the IP.
    expect(c.causes[0]?.confidence).toBeGreaterThan(0.5);
  });

  it("a reply that leaves 'no such domain' possible lets the recipient's domain check decide (Exim's Unrouteable address)", () => {
    // Exim's route.c writes "Unrouteable address" whenever every router declined: for an
    // unknown user and for an unknown domain alike, and often on the sender's own relay.
    // As the classifier answers it: unknown, the same ranking as alternatives and possible.
    const ranked = [
      { cause: "recipient-unknown", confidence: 0.44 },
      { cause: "recipient-domain-invalid", confidence: 0.42 },
      { cause: "sender-policy", confidence: 0.05 },
      { cause: "ip-blocklisted", confidence: 0.04 },
    ] as const;
    const diagnosis = makeDiagnosis({
      cause: "unknown",
      recipient: "bob@nowhere.test",
      text: "550 Unrouteable address",
      alternatives: [...ranked],
      possible: [...ranked],
    });
    const checked = beliefOf(
      makeFacts({
        diagnosis,
        checks: {
          "recipient-domain:nowhere.test": done("nowhere.test", "domain", ["domain.nxdomain"]),
        },
      }),
    );
    expect(checked.causes[0]?.cause).toBe("recipient-domain-invalid");
    const takesMail = beliefOf(
      makeFacts({
        diagnosis,
        checks: { "recipient-domain:nowhere.test": done("nowhere.test", "domain", ["mx.ok"]) },
      }),
    );
    expect(takesMail.causes[0]?.cause).toBe("recipient-unknown");
  });

  it("could not check is no evidence", () => {
    const base = makeFacts({ diagnosis: makeDiagnosis({ cause: "ip-blocklisted", ips: [ip] }) });
    const unchecked = {
      ...base,
      checks: {
        [`ip:${ip}`]: {
          status: "done" as const,
          report: report(ip, "ip", [finding("blocklist.could-not-check")]),
        },
      },
    };
    expect(beliefOf(unchecked).causes.map((c) => c.weight)).toEqual(
      beliefOf(base).causes.map((c) => c.weight),
    );
    expect(beliefOf(unchecked).ran[0]?.noEvidence).toBe(true);
  });

  it("a check that failed is named as not checked, never as clean", () => {
    const step = conclusion(
      walk(
        makeFacts({ diagnosis: makeDiagnosis({ cause: "ip-blocklisted", ips: [ip] }) }),
        {
          "sending-platform": answer.choice("own-server"),
        },
        { failChecks: true },
      ),
    );
    expect(step.reason).toContain(`${ip} could not be checked.`);
    expect(step.reason).not.toMatch(/none of the public blocklists/);
    expect(step.clear).toBe(false);
  });

  it("a listing found by the check settles it, with the list named", () => {
    const step = conclusion(
      nextStep(
        makeFacts({
          diagnosis: makeDiagnosis({ cause: "ip-blocklisted", ips: [ip] }),
          answers: { "sending-platform": answer.choice("own-server") },
          checks: {
            [`ip:${ip}`]: done(ip, "ip", ["blocklist.listed", "ptr.ok"]),
          },
        }),
      ),
    );
    expect(step.clear).toBe(true);
    expect(step.causes[0]?.cause).toBe("ip-blocklisted");
    expect(step.causes[0]?.support).toBe("check");
    expect(step.reason).toContain(`The check of ${ip} found:`);
  });

  it("a stored answer that no longer validates is ignored (facts may come from a share link)", () => {
    const facts = makeFacts({
      diagnosis: makeDiagnosis({ cause: "ip-blocklisted" }),
      answers: { "sending-ip": answer.text("not an ip") },
    });
    expect(label(nextStep(facts))).not.toMatch(/^run ip:/);
  });

  it("is pure: the same facts give the same step and are not changed", () => {
    const facts = makeFacts({ diagnosis: bare() });
    const copy = structuredClone(facts);
    expect(nextStep(facts)).toEqual(nextStep(facts));
    expect(facts).toEqual(copy);
  });
});

/** Runs the engine, answering from `answers` ("I don't know" otherwise); checks come back clean or failed. */
function walk(start: Facts, answers: Facts["answers"], o: { failChecks?: boolean } = {}): Step {
  let facts = start;
  for (let i = 0; i < 30; i++) {
    const step = nextStep(facts);
    if (step.kind === "conclusion") return step;
    if (step.kind === "question") {
      const a = answers[step.question.id] ?? answer.dontKnow;
      facts = { ...facts, answers: { ...facts.answers, [step.question.id]: a } };
    } else {
      const subject = step.check.input.ip ?? step.check.input.domain ?? "";
      facts = {
        ...facts,
        checks: {
          ...facts.checks,
          [step.check.id]: o.failChecks
            ? { status: "failed", error: "timeout", request: step.check }
            : step.check.type === "ip"
              ? done(subject, "ip", ["blocklist.not-listed", "ptr.ok"])
              : done(subject, "domain", ["mx.ok", "spf.pass", "dkim.ok", "blocklist.not-listed"]),
        },
      };
    }
  }
  throw new Error("no conclusion");
}

describe("whose server refused, in the grounds", () => {
  const ownServer = "The refusal came from the recipient's own mail server";
  const grounds = (facts: Facts) => groundsOf(beliefOf(facts));
  const refusal = (remoteMta: string | null) =>
    makeDiagnosis({ cause: "content-spam", text: "550 mail refused", remoteMta });

  it("a bare reply naming no answering host says nothing of whose server it was", () => {
    const facts = makeFacts({ diagnosis: refusal(null) });
    expect(grounds(facts)).not.toContain(ownServer);
    const against = beliefOf(facts).causes.flatMap((c) => c.against.map((e) => e.says));
    expect(against.join(" ")).not.toContain("recipient's own server");
  });

  it("a bounce naming the answering host says so", () => {
    expect(grounds(makeFacts({ diagnosis: refusal("mx.example.net") }))).toContain(ownServer);
  });

  it("a delivery report, which refused nothing, never speaks of a refusal", () => {
    const delivered = makeDiagnosis({
      cause: "not-a-bounce",
      text: "250 2.0.0 OK",
      remoteMta: "mx.example.net",
    });
    expect(grounds(makeFacts({ diagnosis: delivered }))).not.toContain(ownServer);
  });
});

describe("a report that is no failure and has no reply code", () => {
  it("does not doubt the recipient's domain: an out-of-office reply came from it", () => {
    // An "Auto-Submitted: auto-replied" out-of-office reply (RFC 3834) read as not-a-bounce at
    // 0.78: the prior for a bounce without any SMTP reply added "also possible: the recipient's
    // domain does not exist or takes no mail" (8%) and a check-first step for that domain.
    const facts = makeFacts({
      diagnosis: makeDiagnosis({
        cause: "not-a-bounce",
        confidence: 0.78,
        replyCode: null,
        remoteMta: null,
        text: "I am out of the office until Monday and will reply when I am back.",
      }),
    });
    const step = conclusion(nextStep(facts));
    expect(step.causes[0]?.cause).toBe("not-a-bounce");
    const held = step.causes.map((c) => c.cause);
    expect(held).not.toContain("recipient-domain-invalid");
    expect(held).not.toContain("remote-unreachable");
  });

  it("still doubts it for a failure written without a reply code (a DNS failure)", () => {
    const facts = makeFacts({
      diagnosis: makeDiagnosis({ cause: "unknown", replyCode: null, remoteMta: null }),
    });
    const weights = beliefOf(facts).causes.map((c) => c.cause);
    expect(weights).toContain("recipient-domain-invalid");
  });
});
