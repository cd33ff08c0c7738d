import { describe, expect, it } from "vitest";
import { CAUSES } from "@/lib/causes/causes";
import type { CauseWeight } from "./belief";
import { beliefOf } from "./belief";
import { conclusionOf } from "./engine";
import { evidenceRatio, rivalsOnEvidence, spokenFor } from "./separation";
import { answer, makeBelief, makeDiagnosis, makeFacts } from "./test-factories";
import type { Facts } from "./types";

function concludeNow(facts: Facts) {
  return conclusionOf(beliefOf(facts), beliefOf(facts, undefined, { tempered: true }));
}

const cw = (cause: CauseWeight["cause"], weight: number): CauseWeight => ({
  cause,
  weight,
  for: [],
  against: [],
});

const belief = makeBelief;

describe("what separates the lead from the others", () => {
  // "Mail to several organisations bounces" for a listing and an authentication failure alike.
  const scope = {
    source: "answer" as const,
    ref: "scope-recipients",
    like: { "ip-blocklisted": 0.7, "authentication-failure": 0.7, "mailbox-full": 0.03 },
    baseline: 0.33,
  };
  const listed = {
    source: "check" as const,
    ref: "ip:192.0.2.9",
    like: { "ip-blocklisted": 0.7 },
    baseline: 0.05,
  };

  it("an answer that weighs two causes alike does not separate them; a listing does", () => {
    expect(evidenceRatio(belief([], [scope]), "ip-blocklisted", "authentication-failure")).toBe(1);
    expect(evidenceRatio(belief([], [scope]), "ip-blocklisted", "mailbox-full")).toBeCloseTo(
      23.33,
      1,
    );
    expect(
      evidenceRatio(belief([], [scope, listed]), "ip-blocklisted", "authentication-failure"),
    ).toBeCloseTo(14);
  });

  it("only what raised a cause above its baseline speaks for it, not what cleared the others", () => {
    const clean = {
      source: "check" as const,
      ref: "ip:192.0.2.9",
      like: { "ip-blocklisted": 0.05 },
      baseline: 1,
    };
    expect(spokenFor(belief([], [clean]), "remote-unreachable")).toBe(false);
    expect(spokenFor(belief([], [clean, scope]), "authentication-failure")).toBe(true);
  });

  it("a bounce that was read is separated by its reading: no rivals", () => {
    const causes = [cw("ip-blocklisted", 0.8), cw("authentication-failure", 0.1)];
    expect(rivalsOnEvidence(belief(causes, [scope])).map((c) => c.cause)).toEqual([
      "authentication-failure",
    ]);
    expect(rivalsOnEvidence({ causes, updates: [scope], readCause: "ip-blocklisted" })).toEqual([]);
  });
});

describe("a bounce nothing was read in: the conclusion says no more than the evidence", () => {
  it("answers that fit every sending-setup cause leave the family open, not one cause at a share", () => {
    // Review 29, finding 1: a refusal read as nothing, the user's mail to several organisations
    // bouncing, all of it: a blocklisting led at 81% over an authentication failure the answers
    // weighed the same, from the prior's split alone.
    const c = concludeNow(
      makeFacts({
        diagnosis: makeDiagnosis({ cause: "unknown", text: "550 5.7.1 Message rejected" }),
        answers: {
          "scope-recipients": answer.choice("many-domains"),
          "scope-messages": answer.choice("all"),
        },
      }),
    );
    expect(c.clear).toBe(false);
    expect(c.summary).toMatch(/^Not settled yet\. Most likely a problem with your sending setup/);
    expect(c.summary).toContain(`“${CAUSES["ip-blocklisted"].title}”`);
    expect(c.summary).toContain(`“${CAUSES["authentication-failure"].title}”`);
    expect(c.summary).not.toContain(`“${CAUSES["ip-blocklisted"].title}” (`);
    expect(c.causes.map((h) => h.cause)).toContain("authentication-failure");
    // What tells them apart is offered.
    expect((c.settle ?? []).join(" ")).toContain("SPF, DKIM and DMARC");
  });

  it("a notice that gives no reason keeps a closed mailbox beside a full one", () => {
    // Review 29, finding 4: one recipient, the address right, mail to it worked before: a full
    // and a closed mailbox alike; the closed one was not held at all.
    const c = concludeNow(
      makeFacts({
        diagnosis: makeDiagnosis({
          cause: "unknown",
          replyCode: null,
          remoteMta: null,
          text: "The recipient was unavailable to take delivery of the message",
        }),
        answers: {
          "scope-recipients": answer.choice("one-recipient"),
          "address-checked": answer.choice("yes"),
          "worked-before": answer.choice("yes"),
        },
      }),
    );
    expect(c.clear).toBe(false);
    expect(c.causes.map((h) => h.cause)).toContain("mailbox-disabled");
    expect(c.summary).toContain("a problem with the recipient's mailbox");
    expect(c.summary).toContain(`“${CAUSES["mailbox-disabled"].title}”`);
    expect(c.summary).not.toContain(`“${CAUSES["mailbox-full"].title}” (`);
  });

  it("with nothing answered, the usual causes stay ranked as before (no family claimed)", () => {
    const c = concludeNow(
      makeFacts({
        diagnosis: makeDiagnosis({ cause: "unknown", text: "550 5.7.1 Message rejected" }),
      }),
    );
    expect(c.summary).toMatch(/^Not settled yet\. Most likely: “/);
  });
});
