import { describe, expect, it } from "vitest";
import { beliefOf, type Belief } from "./belief";
import type { CauseId } from "@/lib/causes/causes";
import { candidates, changesRanking, MIN_GAIN } from "./choose";
import { answerLikelihood, QUESTION_MODELS } from "./likelihoods";
import { buildContext } from "./context";
import { isClear } from "./narrate";
import { answer, done, makeDiagnosis, makeFacts } from "./test-factories";
import type { Facts } from "./types";

const ip = "198.51.100.7";

function clear(facts: Facts): { top: string | undefined; clear: boolean } {
  const belief = beliefOf(facts);
  return {
    top: belief.causes[0]?.cause,
    clear: isClear(belief, beliefOf(facts, undefined, { tempered: true })),
  };
}

describe("doubting the bounce's wording", () => {
  it("never raises the lead: an unknown refusal's first possibility stays where it was", () => {
    // As the classifier reads "550 Insecure Mail Relay" in reply to MAIL FROM: unknown.
    const ranked = [
      { cause: "sender-address-invalid", confidence: 0.57 },
      { cause: "sender-policy", confidence: 0.14 },
      { cause: "ip-blocklisted", confidence: 0.11 },
      { cause: "content-spam", confidence: 0.09 },
    ] as const;
    const facts = makeFacts({
      diagnosis: makeDiagnosis({
        cause: "unknown",
        text: "550 Insecure Mail Relay",
        alternatives: [...ranked],
        possible: [...ranked],
      }),
    });
    const plain = beliefOf(facts).causes[0];
    const doubted = beliefOf(facts, undefined, { tempered: true }).causes[0];
    expect(plain?.cause).toBe("sender-address-invalid");
    expect(doubted?.weight).toBeLessThanOrEqual((plain?.weight ?? 0) + 1e-9);
  });

  it("is not taken back by the bounce's own shape: a reading no check touched stays unconfirmed", () => {
    // "554 5.4.6 Too many hops" read as the receiving server's failure; the only confusion
    // (unreachable) is the one a reply from the receiver weighs against.
    const facts = makeFacts({
      diagnosis: makeDiagnosis({
        cause: "remote-server-error",
        confidence: 0.81,
        replyCode: 554,
        ips: [ip],
        text: "554 5.4.6 Too many hops",
        alternatives: [{ cause: "sender-policy", confidence: 0.03 }],
      }),
      checks: { [`ip:${ip}`]: done(ip, "ip", ["blocklist.not-listed", "ptr.ok"]) },
    });
    expect(clear(facts)).toEqual({ top: "remote-server-error", clear: false });
  });
});

describe("the recipient's domain does not exist", () => {
  // Outlook.com's own relay writes this: no answering host is named, and the classifier's
  // possibilities do not name the domain.
  const ranked = [
    { cause: "protocol-syntax", confidence: 0.63 },
    { cause: "sender-policy", confidence: 0.13 },
    { cause: "ip-blocklisted", confidence: 0.1 },
  ] as const;
  const outlook = (remoteMta: string | null) => {
    const d = makeDiagnosis({
      cause: "unknown",
      replyCode: 554,
      recipient: "bob@nowhere.test",
      text: "554 The mail could not be delivered to the recipient because the domain is not reachable. Please check the domain and try again",
      alternatives: [...ranked],
      possible: [...ranked],
    });
    d.recipients[0]!.recipient.remoteMta = remoteMta;
    return d;
  };
  const answers = {
    "address-checked": answer.choice("no"),
    "scope-recipients": answer.choice("one-recipient"),
    "worked-before": answer.choice("no"),
  };
  const checks = {
    "recipient-domain:nowhere.test": done("nowhere.test", "domain", ["domain.nxdomain"]),
  };

  it("an NXDOMAIN answer weighs against a wrong mailbox when nobody named answered", () => {
    const withCheck = clear(makeFacts({ diagnosis: outlook(null), answers, checks }));
    const without = clear(makeFacts({ diagnosis: outlook(null), answers }));
    // Without the lookup, the answers point at a mistyped mailbox...
    expect(without.top).toBe("recipient-unknown");
    // ...with it, a mailbox at a domain that does not exist is no longer the settled answer.
    expect(withCheck.top === "recipient-unknown" && withCheck.clear).toBe(false);
    const b = beliefOf(makeFacts({ diagnosis: outlook(null), answers, checks }));
    expect(b.ran[0]?.found).toContain("nowhere.test does not exist");
  });

  it("is not read when the bounce names the server that answered", () => {
    const b = beliefOf(makeFacts({ diagnosis: outlook("mx.nowhere.test"), answers, checks }));
    expect(b.ran[0]?.found ?? []).not.toContain("nowhere.test does not exist");
  });
});

describe("a question that changes nothing shown", () => {
  // No question tells a server failure, an unreachable server and a syntax error apart; only
  // the readings far down the list would move.
  const dist = [
    { cause: "remote-server-error", weight: 0.5 },
    { cause: "remote-unreachable", weight: 0.3 },
    { cause: "protocol-syntax", weight: 0.15 },
    { cause: "mailbox-full", weight: 0.05 },
  ] as { cause: CauseId; weight: number }[];
  const outcomesOf = (q: "worked-before" | "scope-messages") =>
    Object.values(QUESTION_MODELS[q]?.answers ?? {}).map(
      (row) => (c: CauseId) => answerLikelihood(row, c),
    );

  it("leaves the order of the leading causes and their clarity as they are: it tells nothing", () => {
    expect(changesRanking(dist, outcomesOf("worked-before"))).toBe(false);
  });

  it("a question one of whose answers reorders them does tell something", () => {
    const close = [
      { cause: "ip-blocklisted", weight: 0.4 },
      { cause: "mailbox-full", weight: 0.35 },
      { cause: "remote-server-error", weight: 0.25 },
    ] as { cause: CauseId; weight: number }[];
    expect(changesRanking(close, outcomesOf("scope-messages"))).toBe(true);
  });

  it("the candidates never offer such a question at a gain worth asking", () => {
    const belief: Belief = {
      causes: dist.map((d) => ({ ...d, for: [], against: [] })),
      ran: [],
      failed: [],
      answered: [],
      unknown: [],
      bounceSays: "",
      readCause: null,
      updates: [],
      relevance: { receiverAnswered: true, publicListNamed: false, answererNamed: true },
    };
    const ctx = buildContext(makeFacts());
    const worked = candidates(belief, ctx).find(
      (c) => c.kind === "question" && c.question === "worked-before",
    );
    expect(worked?.gain ?? 0).toBeLessThan(MIN_GAIN);
  });
});
