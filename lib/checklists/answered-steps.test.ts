import { describe, expect, it } from "vitest";
import { answer, makeDiagnosis, makeFacts } from "@/lib/rules/test-factories";
import type { Facts, HeldCause } from "@/lib/rules/types";
import { QUESTIONS } from "@/lib/rules/questions";
import { buildConclusionChecklist } from "./build";
import { CHECK_FIRST_PREFIX } from "./check-first";
import { CAUSE_CHECKLISTS, STEPS_ANSWERED_BY_USER } from "./data";
import { titleForItemId } from "./titles";
import type { Checklist } from "./types";

// The wizard asks "Is the address spelt exactly as the recipient gave it to you?"; a user who
// answered "Yes, it is exactly right" was still told, first thing, to "Compare the address
// letter by letter" (in the not-settled group and in the address's own section).
const recipient = "bob@example.net";

function conclusion(address: Facts["answers"]["address-checked"]): Checklist {
  const facts = makeFacts({
    diagnosis: makeDiagnosis({ cause: "recipient-unknown", recipient, confidence: 0.6 }),
    ...(address ? { answers: { "address-checked": address } } : {}),
  });
  // Not settled (below the clear weight): the tell-apart group comes first, as on the page.
  const causes: HeldCause[] = [
    { cause: "recipient-unknown", confidence: 0.59, support: "bounce", why: "" },
    { cause: "ip-blocklisted", confidence: 0.11, support: "bounce", why: "" },
  ];
  return buildConclusionChecklist(facts, causes);
}

const steps = (list: Checklist) => list.causes.flatMap((c) => c.items);
const titles = (list: Checklist) => steps(list).map((i) => i.title);

describe("a step the user's answer already took", () => {
  it("without the answer, the address is compared first (the step as it was)", () => {
    const list = conclusion(undefined);
    expect(titles(list)[0]).toBe("Compare the address letter by letter");
  });

  it("after 'exactly right', nothing asks to compare it again; what is left comes in its place", () => {
    const list = conclusion(answer.choice("yes"));
    expect(titles(list)).not.toContain("Compare the address letter by letter");
    expect(steps(list).some((i) => /letter by letter/.test(`${i.title} ${i.detail}`))).toBe(false);
    const first = steps(list)[0];
    expect(first?.id).toBe(`${CHECK_FIRST_PREFIX}recipient-unknown`);
    expect(first?.title).toBe(`Ask whether ${recipient} was removed or renamed`);
    expect(first?.kind).toBe("contact");
    // The address's own section has the same step once (a pointer to the first), then the rest.
    const own = list.causes.find((c) => c.cause === "recipient-unknown")?.items ?? [];
    expect(own.map((i) => i.id)).toEqual([
      "recipient-unknown.ask-mailbox",
      "recipient-unknown.message-address",
      "recipient-unknown.resend-new-address",
      "recipient-unknown.clean-list",
    ]);
    // No "corrected address" either: the user said there is nothing to correct.
    expect(titles(list)).not.toContain("Send again to the corrected address");
    expect(own[0]?.sameAs?.id).toBe(`${CHECK_FIRST_PREFIX}recipient-unknown`);
  });

  it("'I found a mistake' and 'I can't tell' leave the comparison as it is", () => {
    expect(titles(conclusion(answer.choice("no")))[0]).toBe("Compare the address letter by letter");
    expect(titles(conclusion(answer.dontKnow))[0]).toBe("Compare the address letter by letter");
  });

  it("a result link titles the ids the same way, from its answers", () => {
    const facts = makeFacts({
      diagnosis: makeDiagnosis({ cause: "recipient-unknown", recipient }),
      answers: { "address-checked": answer.choice("yes") },
    });
    expect(titleForItemId(`${CHECK_FIRST_PREFIX}recipient-unknown`, facts)).toBe(
      `Ask whether ${recipient} was removed or renamed`,
    );
    expect(titleForItemId("recipient-unknown.ask-mailbox", facts)).toBe(
      `Ask whether ${recipient} was removed or renamed`,
    );
  });
});

describe("the answered-steps data", () => {
  it("names real steps, real questions and their real choices", () => {
    const ids = new Set(
      Object.values(CAUSE_CHECKLISTS)
        .flat()
        .flatMap((t) => ("generate" in t ? [] : [t.id])),
    );
    for (const [id, rule] of Object.entries(STEPS_ANSWERED_BY_USER)) {
      expect(ids.has(id), id).toBe(true);
      const input = QUESTIONS[rule.question].input;
      expect(input.kind, id).toBe("choice");
      const values = input.kind === "choice" ? input.options.map((o) => o.value) : [];
      for (const v of rule.values) expect(values, id).toContain(v);
      // What is left belongs to the same cause, under an id of its own.
      if (rule.instead) {
        expect(rule.instead.id.split(".")[0]).toBe(id.split(".")[0]);
        expect(ids.has(rule.instead.id)).toBe(false);
      }
    }
  });
});
