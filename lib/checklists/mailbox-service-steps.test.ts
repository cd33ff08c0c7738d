import { describe, expect, it } from "vitest";
import { answer, done, makeDiagnosis, makeFacts, walkDontKnow } from "@/lib/rules/test-factories";
import type { Facts } from "@/lib/rules";
import { buildChecklist } from "./build";

/** An authentication failure of a message from `from`, the domain check of its domain done. */
function authFailure(from: string, platform?: string): Facts {
  const domain = from.slice(from.indexOf("@") + 1);
  return makeFacts({
    diagnosis: makeDiagnosis({ cause: "authentication-failure", from }),
    ...(platform ? { answers: { "sending-platform": answer.choice(platform) } } : {}),
    checks: {
      [`domain:${domain}`]: done(domain, "domain", ["dmarc.policy-none", "spf.ok", "dkim.ok"]),
    },
  });
}

/** The questions a user who answers "I don't know" is asked for an authentication failure. */
function questionsAsked(from: string): string[] {
  const facts = makeFacts({ diagnosis: makeDiagnosis({ cause: "authentication-failure", from }) });
  return walkDontKnow(facts).steps.flatMap((s) => (s.kind === "question" ? [s.question.id] : []));
}

function checklistOf(facts: Facts, cause = "authentication-failure" as const) {
  return buildChecklist(facts, [{ cause, confidence: 0.9 }]);
}

describe("a sender whose address is at a public mailbox service", () => {
  it("gets no record step for the service's domain, and the step to send through its servers", () => {
    const list = checklistOf(authFailure("anna@gmail.com"));
    const items = list.causes[0]!.items;
    expect(items.filter((i) => i.record)).toEqual([]);
    for (const i of [...items, ...list.prevent]) {
      expect(`${i.title} ${i.detail}`).not.toMatch(
        /_dmarc\.gmail\.com|Set up DKIM|SPF record for/i,
      );
      expect(i.title).not.toMatch(/\{\w+\}/);
      expect(i.detail).not.toMatch(/\{\w+\}/);
    }
    const send = items.find((i) => i.id === "mailbox-service.send-through");
    expect(send?.title).toBe("Send through Gmail's own servers");
    expect(send?.detail).toContain("smtp.gmail.com, port 465");
    expect(list.prevent.map((i) => i.id)).toEqual(["prevent.mailbox-service-bulk"]);
  });

  it("is never asked what sends the mail", () => {
    expect(questionsAsked("anna@rambler.ru")).not.toContain("sending-platform");
  });

  it("gets the service's steps for a listed IP, and no delisting request of its own", () => {
    const facts = makeFacts({
      diagnosis: makeDiagnosis({
        cause: "ip-blocklisted",
        from: "anna@fastmail.com",
        ips: ["192.0.2.10"],
      }),
    });
    const items = checklistOf(facts, "ip-blocklisted" as never).causes[0]!.items;
    expect(items.map((i) => i.id)).toEqual([
      "mailbox-service.report",
      "mailbox-service.send-through",
    ]);
    expect(items[0]!.title).toBe("Report the refusal to Fastmail");
  });

  it("keeps a section's other steps, without the service domain's records", () => {
    const facts = makeFacts({
      diagnosis: makeDiagnosis({ cause: "content-spam", from: "anna@yahoo.com" }),
    });
    const ids = checklistOf(facts, "content-spam" as never).causes[0]!.items.map((i) => i.id);
    expect(ids).toContain("content-spam.review");
    expect(ids).not.toContain("content-spam.authenticate");
  });
});

describe("a sender with a domain of their own", () => {
  it("keeps the record steps, with no mailbox-service step", () => {
    const list = checklistOf(authFailure("anna@example.org"));
    const ids = list.causes[0]!.items.map((i) => i.id);
    expect(ids.some((id) => id.startsWith("mailbox-service."))).toBe(false);
    expect(list.causes[0]!.items.some((i) => i.record?.name === "_dmarc.example.org")).toBe(true);
    expect(list.prevent.map((i) => i.id)).not.toContain("prevent.mailbox-service-bulk");
  });

  it("hosted at a service (Google Workspace) is still its owner's domain", () => {
    const list = checklistOf(authFailure("anna@example.org", "google-workspace"));
    const ids = list.causes[0]!.items.map((i) => i.id);
    expect(ids.some((id) => id.startsWith("mailbox-service."))).toBe(false);
  });

  it("is asked what sends the mail when the fixes depend on it", () => {
    expect(questionsAsked("anna@example.org")).toContain("sending-platform");
  });
});
