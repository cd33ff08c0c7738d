import { describe, expect, it } from "vitest";
import type { CauseId } from "@/lib/causes/causes";
import { nextStep } from "./engine";
import {
  answer,
  done,
  finding,
  makeDiagnosis,
  makeFacts,
  SAMPLE_SENT_HEADERS,
} from "./test-factories";
import type { Facts, Step } from "./types";

const ip = "198.51.100.7";

function expectStep(step: Step, expected: string): void {
  const label =
    step.kind === "question"
      ? `ask ${step.question.id}`
      : step.kind === "check"
        ? `run ${step.check.id}`
        : `conclude ${step.conclusionId}`;
  expect(label).toBe(expected);
}

// Each row: given these facts → this next step.
const rows: [string, Facts, string][] = [
  [
    "no bounce at all → ask whether all mail bounces",
    makeFacts({ diagnosis: null }),
    "ask scope-messages",
  ],
  [
    "blocklisted, no IP in the bounce → ask the IP",
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
    makeFacts({ diagnosis: makeDiagnosis({ cause: "ip-blocklisted", ips: ["10.0.0.5"] }) }),
    "ask sending-ip",
  ],
  [
    "IP typed in by the user → check it",
    makeFacts({
      diagnosis: makeDiagnosis({ cause: "ip-blocklisted" }),
      answers: { "sending-ip": answer.text(ip) },
    }),
    `run ip:${ip}`,
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
    "IP unknown → ask who sends the mail",
    makeFacts({
      diagnosis: makeDiagnosis({ cause: "ip-blocklisted" }),
      answers: { "sending-ip": answer.dontKnow },
    }),
    "ask sending-platform",
  ],
  [
    "listed on a public list → confirmed",
    makeFacts({
      diagnosis: makeDiagnosis({ cause: "ip-blocklisted", ips: [ip] }),
      answers: { "sending-platform": answer.choice("own-server") },
      checks: { [`ip:${ip}`]: done(ip, "ip", ["blocklist.listed", "ptr.ok"]) },
    }),
    "conclude ip-blocklisted.confirmed",
  ],
  [
    "on no public list → the receiver's own list",
    makeFacts({
      diagnosis: makeDiagnosis({ cause: "ip-blocklisted", ips: [ip] }),
      answers: { "sending-platform": answer.dontKnow },
      checks: { [`ip:${ip}`]: done(ip, "ip", ["blocklist.not-listed", "ptr.ok"]) },
    }),
    "conclude ip-blocklisted.receiver-list",
  ],
  [
    "lists could not be asked → unverified, not clean",
    makeFacts({
      diagnosis: makeDiagnosis({ cause: "ip-blocklisted", ips: [ip] }),
      answers: { "sending-platform": answer.dontKnow },
      checks: {
        [`ip:${ip}`]: done(ip, "ip", ["blocklist.not-listed", "blocklist.could-not-check"]),
      },
    }),
    "conclude ip-blocklisted.unverified",
  ],
  [
    "check still running → wait for it rather than conclude",
    makeFacts({
      diagnosis: makeDiagnosis({ cause: "ip-blocklisted", ips: [ip] }),
      answers: { "sending-platform": answer.dontKnow },
      checks: { [`ip:${ip}`]: { status: "pending" } },
    }),
    `run ip:${ip}`,
  ],
  [
    "auth failure without headers → ask for a sent message's headers",
    makeFacts({
      diagnosis: makeDiagnosis({ cause: "authentication-failure" }),
      answers: { "sending-platform": answer.choice("own-server") },
    }),
    "ask sent-headers",
  ],
  [
    "auth failure, headers give the domain and selector → check the domain",
    makeFacts({
      diagnosis: makeDiagnosis({ cause: "authentication-failure" }),
      answers: {
        "sending-platform": answer.choice("own-server"),
        "sent-headers": answer.headers(SAMPLE_SENT_HEADERS),
      },
    }),
    "run domain:example.com",
  ],
  [
    "auth failure on Google Workspace → no selector question (google is the default)",
    makeFacts({
      diagnosis: makeDiagnosis({ cause: "authentication-failure", from: "anna@example.org" }),
      answers: {
        "sending-platform": answer.choice("google-workspace"),
        "sent-headers": answer.dontKnow,
      },
    }),
    "run domain:example.org",
  ],
  [
    "auth failure, records broken → confirmed",
    makeFacts({
      diagnosis: makeDiagnosis({ cause: "authentication-failure", from: "anna@example.org" }),
      answers: {
        "sending-platform": answer.choice("google-workspace"),
        "sent-headers": answer.dontKnow,
      },
      checks: { "domain:example.org": done("example.org", "domain", ["spf.multiple", "dkim.ok"]) },
    }),
    "conclude authentication-failure.confirmed",
  ],
  [
    "auth failure, receiver's verdicts in the bounce fail → confirmed by headers",
    makeFacts({
      diagnosis: makeDiagnosis({
        cause: "authentication-failure",
        from: "anna@example.org",
        authenticationResults: [
          "mx.example.net; spf=fail smtp.mailfrom=example.org; dkim=none; dmarc=fail header.from=example.org",
        ],
      }),
      answers: { "sending-platform": answer.choice("google-workspace") },
      checks: { "domain:example.org": { status: "failed", error: "timeout" } },
    }),
    "conclude authentication-failure.headers",
  ],
  [
    "unknown recipient → check the recipient's domain",
    makeFacts({
      diagnosis: makeDiagnosis({ cause: "recipient-unknown", recipient: "bob@exmaple.com" }),
    }),
    "run recipient-domain:exmaple.com",
  ],
  [
    "recipient domain is a typo → conclude so without asking more",
    makeFacts({
      diagnosis: makeDiagnosis({ cause: "recipient-unknown", recipient: "bob@exmaple.com" }),
      checks: {
        "recipient-domain:exmaple.com": done("exmaple.com", "domain", [
          finding("domain.typo", { data: { suggestion: "example.com" } }),
        ]),
      },
    }),
    "conclude recipient-domain-invalid.typo",
  ],
  [
    "recipient domain fine → ask whether the address was copied right",
    makeFacts({
      diagnosis: makeDiagnosis({ cause: "recipient-unknown" }),
      checks: { "recipient-domain:example.net": done("example.net", "domain", ["mx.ok"]) },
    }),
    "ask address-checked",
  ],
  [
    "full mailbox → nothing to ask, conclude",
    makeFacts({ diagnosis: makeDiagnosis({ cause: "mailbox-full" }) }),
    "conclude diagnosed",
  ],
  [
    "a delivery report → not a bounce",
    makeFacts({ diagnosis: makeDiagnosis({ cause: "not-a-bounce" }) }),
    "conclude not-a-bounce",
  ],
  [
    "policy block at one organisation → targeted",
    makeFacts({
      diagnosis: makeDiagnosis({ cause: "sender-policy" }),
      answers: { "scope-recipients": answer.choice("one-domain") },
    }),
    "conclude sender-policy.targeted",
  ],
  [
    "Gmail-style rate limit with an IP → check the IP (a missing PTR reads as a rate limit)",
    makeFacts({
      diagnosis: makeDiagnosis({ cause: "rate-limited", ips: [ip] }),
      answers: { "since-when": answer.dontKnow, "sending-platform": answer.choice("own-server") },
    }),
    `run ip:${ip}`,
  ],
  [
    "rate limit, PTR missing → reverse DNS",
    makeFacts({
      diagnosis: makeDiagnosis({ cause: "rate-limited", ips: [ip] }),
      answers: {
        "since-when": answer.dontKnow,
        "sending-platform": answer.choice("own-server"),
        "sending-domain": answer.dontKnow,
      },
      checks: { [`ip:${ip}`]: done(ip, "ip", ["blocklist.not-listed", "ptr.none"]) },
    }),
    "conclude reverse-dns.confirmed",
  ],
  [
    "ambiguous 5.7.1 → ask the scope first",
    makeFacts({ diagnosis: makeDiagnosis({ cause: "sender-policy", confidence: 0.3 }) }),
    "ask scope-messages",
  ],
  [
    "nothing found for an unclear bounce that hits everyone → sender-side suspects",
    makeFacts({
      diagnosis: null,
      answers: {
        "scope-messages": answer.choice("all"),
        "scope-recipients": answer.choice("many-domains"),
        "sending-platform": answer.dontKnow,
        "sending-ip": answer.dontKnow,
        "sending-domain": answer.dontKnow,
      },
    }),
    "conclude unclear.sender-side",
  ],
];

describe("nextStep", () => {
  it.each(rows)("%s", (_name, facts, expected) => {
    expectStep(nextStep(facts), expected);
  });

  it("explains a question from the facts", () => {
    const step = nextStep(
      makeFacts({
        diagnosis: makeDiagnosis({ cause: "ip-blocklisted", blocklistZones: ["zen.spamhaus.org"] }),
      }),
    );
    expect(step.reason).toMatch(/the bounce names no IP/);
    expect(step.reason).toMatch(/Spamhaus is mentioned/);
    expect(step.stage).toBe("ip-reputation");
  });

  it("names the listing in the conclusion and ranks the confirmed cause first", () => {
    const step = nextStep(
      makeFacts({
        diagnosis: makeDiagnosis({
          cause: "ip-blocklisted",
          ips: [ip],
          alternatives: [{ cause: "bad-reputation", confidence: 0.4 }],
        }),
        answers: { "sending-platform": answer.choice("own-server") },
        checks: {
          [`ip:${ip}`]: done(ip, "ip", [
            finding("blocklist.listed", { data: { zone: "bl.spamcop.net" } }),
            "ptr.none",
          ]),
        },
      }),
    );
    expect(step.kind).toBe("conclusion");
    if (step.kind !== "conclusion") return;
    expect(step.reason).toContain("bl.spamcop.net");
    // The summary the conclusion card shows is the reason's filled template, not a second fill.
    expect(step.summary).toBe(
      `${ip} is listed on bl.spamcop.net: receivers that use those lists refuse its mail.`,
    );
    expect(step.reason.endsWith(step.summary)).toBe(true);
    expect(step.causes[0]).toMatchObject({
      cause: "ip-blocklisted",
      confidence: 0.95,
      support: "conclusion",
    });
    expect(step.causes[0]?.why).toContain("bl.spamcop.net");
    // The missing PTR is corroborated by the check; the bounce's other reading drops out
    // because the listing is confirmed.
    expect(step.causes.map((c) => c.cause)).toEqual(["ip-blocklisted", "reverse-dns"]);
    expect(step.causes[1]).toMatchObject({ support: "check" });
    expect(step.causes[1]?.why).toBe(`${ip} has no valid reverse DNS (it has no PTR record).`);
  });

  // Each row: the diagnosis's alternatives, the IP check's findings → the causes held, in order.
  const rankingRows: [string, { cause: CauseId; confidence: number }[], string[], string[]][] = [
    [
      "a confirmed listing drops readings only the wording suggests (the Spamhaus example)",
      [
        { cause: "remote-server-error", confidence: 0.78 },
        { cause: "sender-policy", confidence: 0.45 },
      ],
      ["blocklist.listed", "ptr.none"],
      ["ip-blocklisted", "reverse-dns"],
    ],
    [
      "a confirmed listing with a clean PTR holds the listing alone",
      [{ cause: "remote-server-error", confidence: 0.78 }],
      ["blocklist.listed", "ptr.ok"],
      ["ip-blocklisted"],
    ],
    [
      "an unconfirmed block (clean IP) keeps a well-supported reading, discounted",
      [{ cause: "sender-policy", confidence: 0.6 }],
      ["blocklist.not-listed", "ptr.ok"],
      ["ip-blocklisted", "bad-reputation", "sender-policy"],
    ],
    [
      "an unconfirmed block drops a reading too weak to count once discounted",
      [{ cause: "sender-policy", confidence: 0.2 }],
      ["blocklist.not-listed", "ptr.ok"],
      ["ip-blocklisted", "bad-reputation"],
    ],
  ];
  it.each(rankingRows)("ranking: %s", (_name, alternatives, codes, expected) => {
    const step = nextStep(
      makeFacts({
        diagnosis: makeDiagnosis({
          cause: "ip-blocklisted",
          confidence: 0.97,
          ips: [ip],
          alternatives,
        }),
        answers: { "sending-platform": answer.choice("own-server") },
        checks: { [`ip:${ip}`]: done(ip, "ip", codes) },
      }),
    );
    expect(step.kind).toBe("conclusion");
    if (step.kind !== "conclusion") return;
    expect(step.causes.map((c) => c.cause)).toEqual(expected);
    for (const c of step.causes) expect(c.why.length, c.cause).toBeGreaterThan(10);
    const weakest = step.causes.at(-1)!;
    if (weakest.support === "bounce") expect(weakest.why).toMatch(/wording also fits/);
  });

  it("is pure: the same facts give the same step, and the facts are not changed", () => {
    const facts = makeFacts({ diagnosis: makeDiagnosis({ cause: "authentication-failure" }) });
    const copy = structuredClone(facts);
    expect(nextStep(facts)).toEqual(nextStep(facts));
    expect(facts).toEqual(copy);
  });

  it("ignores a stored answer that no longer validates (facts may come from a share link)", () => {
    const facts = makeFacts({
      diagnosis: makeDiagnosis({ cause: "ip-blocklisted" }),
      answers: { "sending-ip": answer.text("not an ip") },
    });
    // The question is answered (not asked again), but the bogus IP is not checked.
    expectStep(nextStep(facts), "ask sending-platform");
  });
});
