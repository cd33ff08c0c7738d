// Review 27: a sender at a public mailbox service was told "Your mail administrator" acts, and
// the wizard looked up the service's own domain (gmail.com's SPF, DKIM, DMARC) as if the user
// could fix it.
import { describe, expect, it } from "vitest";
import { walkToConclusion } from "@/lib/causes/test-walk";
import { senderServiceActor } from "@/lib/causes/mailbox-service-actor";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { nextStep } from "@/lib/rules";
import { answer, done } from "@/lib/rules/test-factories";
import type { Facts, HeldCause } from "@/lib/rules/types";
import { ALSO_FOUND_PREFIX } from "./also-found";
import { buildConclusionChecklist } from "./build";

/**
 * A Postfix notice (bounce(8)'s template) quoting a receiver that rejects on SPF at RCPT TO,
 * for a Gmail address sent through the user's internet provider's server, which Gmail's SPF
 * record does not list. Written for this test; no IP is named.
 */
const notice = (reply: string) => `This is the mail system at host mail.isp.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<kim@acme.test>: host mx.acme.test[192.0.2.9] said: ${reply} (in reply to RCPT TO command)

------ This is a copy of the message, including all the headers. ------

Return-Path: <alice@gmail.com>
From: Alice <alice@gmail.com>
To: kim@acme.test
Subject: hello
`;

const NO_IP = notice(
  "550 5.7.1 <kim@acme.test>: Sender address rejected: SPF check failed for alice@gmail.com",
);

/**
 * The same refusal in python-policyd-spf's words, which name the client IP
 * (https://launchpad.net/pypolicyd-spf: "Message rejected due to: SPF fail - not authorized.
 * Please see http://www.openspf.net/Why?s=mfrom;id=...;ip=...;r=...").
 */
const WITH_IP = notice(
  "550 5.7.23 <kim@acme.test>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=alice@gmail.com;ip=198.51.100.7;r=<UNKNOWN>",
);

describe("a sender at a public mailbox service (review 27)", () => {
  it("is not sent to look up the service's domain, which tells them nothing without their IP", async () => {
    const { ran, end, facts } = await walkToConclusion(NO_IP);
    expect(ran).not.toContain("domain:gmail.com");
    expect(end.causes[0]?.cause).toBe("authentication-failure");
    const list = buildConclusionChecklist(facts, end.causes);
    const auth = list.causes.find((s) => s.cause === "authentication-failure");
    expect(auth?.actorLabel).toBe("You: how your mail is sent (Gmail keeps the domain's records)");
    expect(auth?.items.every((i) => i.actor === "sender")).toBe(true);
    for (const s of list.causes) {
      expect(s.actorLabel).not.toMatch(/administrator/i);
      for (const i of s.items) {
        expect(i.record).toBeUndefined();
        // No lookup of the service's domain offered as a step either.
        expect(`${i.title} ${i.detail}`).not.toMatch(/gmail\.com exists and has mail servers/);
      }
    }
  });

  it("checks the service's SPF record for the IP the mail left from, where the bounce names it", async () => {
    const diagnosis = await diagnose(WITH_IP);
    let facts: Facts = { diagnosis, checks: {}, answers: {} };
    for (let i = 0; i < 20; i++) {
      const step = nextStep(facts);
      if (step.kind === "check" && step.check.id === "domain:gmail.com") {
        expect(step.check.input.ip).toBe("198.51.100.7");
        expect(step.reason).toMatch(/whether your mail left from Gmail's own servers/);
        return;
      }
      if (step.kind === "conclusion") break;
      if (step.kind === "question")
        facts = { ...facts, answers: { ...facts.answers, [step.question.id]: answer.dontKnow } };
      else if (step.kind === "check")
        facts = { ...facts, checks: { ...facts.checks, [step.check.id]: { status: "failed" } } };
    }
    throw new Error("the service's SPF record was not checked for the named IP");
  });

  it("never turns what a check of the service's domain found into a fix of the user's", async () => {
    const diagnosis = await diagnose(NO_IP);
    const facts: Facts = {
      diagnosis,
      answers: {},
      // From an older trail: gmail.com's own records as the check reads them.
      checks: {
        "domain:gmail.com": done("gmail.com", "domain", ["spf.ok", "dkim.syntax", "dmarc.missing"]),
      },
    };
    const held: HeldCause[] = [
      { cause: "sender-address-invalid", confidence: 0.8, support: "conclusion", why: "" },
      { cause: "authentication-failure", confidence: 0.15, support: "check", why: "" },
    ];
    const list = buildConclusionChecklist(facts, held);
    expect(list.causes.map((s) => s.cause)).not.toContain("authentication-failure");
    const low = buildConclusionChecklist(facts, [held[0]!, { ...held[1]!, confidence: 0.05 }]);
    expect(low.prevent.some((i) => i.id.startsWith(ALSO_FOUND_PREFIX))).toBe(false);
  });

  it("names who acts on the ranked causes from the returned original's address", async () => {
    const { parsed } = await diagnose(NO_IP);
    expect(senderServiceActor("ip-blocklisted", parsed)?.actorLabel).toBe(
      "Gmail, if your mail left from its servers; you otherwise",
    );
    expect(senderServiceActor("recipient-unknown", parsed)).toBeNull();
    const own = await diagnose(NO_IP.replaceAll("alice@gmail.com", "alice@sender.test"));
    expect(senderServiceActor("authentication-failure", own.parsed)).toBeNull();
  });
});
