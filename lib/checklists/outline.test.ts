import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import type { Diagnosis } from "@/lib/diagnosis/types";
import type { Facts } from "@/lib/rules/types";
import { heldCauses as held } from "@/lib/rules/test-factories";
import { buildChecklist, buildConclusionChecklist, TELL_APART_TITLE } from "./build";
import { CHECK_FIRST_PREFIX } from "./check-first";
import { causeToldApart, NO_STEP_LOOKS_AT_ONE, outlineChecklist, outlineSections } from "./outline";

function facts(diagnosis: Diagnosis): Facts {
  return { diagnosis, answers: {}, checks: {} };
}

describe("causeToldApart", () => {
  it.each([
    ["unknown.first.ip-blocklisted", "ip-blocklisted"],
    ["unknown.first.mailbox-full", "mailbox-full"],
    ["unknown.first.no-such-cause", null],
    ["ip-blocklisted.delist.spamhaus-zen", null],
    ["unknown.full-bounce", null],
  ])("%s tells apart %s", (id, cause) => {
    expect(causeToldApart(id)).toBe(cause);
  });
});

describe("outlineChecklist", () => {
  it("an unsettled conclusion: the tell-apart steps, each with its cause, before the lead's fixes", async () => {
    const d = await diagnose("550 mail refused");
    const causes = held([
      ["sender-policy", 0.34],
      ["ip-blocklisted", 0.26],
      ["content-spam", 0.18],
    ]);
    const list = buildConclusionChecklist(facts(d), causes);
    const outline = outlineChecklist(list);
    expect(outline.notSettled?.title).toBe(TELL_APART_TITLE);
    const told = outline.notSettled?.steps.flatMap((s) => (s.tellsApart ? [s.tellsApart] : []));
    expect(told).toEqual(["sender-policy", "ip-blocklisted", "content-spam"]);
    // Every step of the group is one of the tell-apart section's, in its order.
    expect(outline.notSettled?.steps.map((s) => s.item.id)).toEqual(
      list.causes.find((c) => c.tellApart)?.items.map((i) => i.id),
    );
    expect(outline.fixes.map((f) => f.cause)).toEqual(["sender-policy"]);
    expect(outline.fixes.flatMap((f) => f.items).some((i) => causeToldApart(i.id))).toBe(false);
  });

  it("a check-first step's cause is named as its own section names it (a greylisting variant)", async () => {
    // Postgrey's deferral as its source writes it (lib/knowledge/greylisting.ts): the rate-limited
    // cause's section is titled as greylisting, and the note above its check-first step with it.
    const d = await diagnose(
      "450 4.2.0 <jo@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html",
    );
    const list = buildConclusionChecklist(facts(d), held([["rate-limited", 0.79]]));
    const outline = outlineChecklist(list);
    const step = outline.notSettled?.steps.find((s) => s.tellsApart === "rate-limited");
    const section = list.causes.find((c) => c.cause === "rate-limited" && !c.tellApart);
    expect(section?.title).toBe("The receiving server greylisted the message");
    expect(step?.tellsApartTitle).toBe(section?.title);
  });

  it("a settled conclusion has nothing to tell apart: only fixes", async () => {
    const d = await diagnose(
      "550 5.1.1 <jo@example.com>: Recipient address rejected: User unknown",
    );
    const outline = outlineChecklist(
      buildConclusionChecklist(facts(d), held([["recipient-unknown", 0.95]])),
    );
    expect(outline.notSettled).toBeNull();
    expect(outline.fixes.map((f) => f.cause)).toEqual(["recipient-unknown"]);
    expect(outline.fixes[0]?.items.length).toBeGreaterThan(0);
  });

  it("an unknown cause's section is the not-settled group: its check-first steps, then the steps that help whatever the cause", async () => {
    const d = await diagnose("550 mail refused");
    const outline = outlineChecklist(
      buildChecklist(facts(d), [{ cause: "unknown", confidence: 0 }]),
    );
    expect(outline.fixes).toEqual([]);
    const steps = outline.notSettled?.steps ?? [];
    const ranked = (d.overall.possible ?? []).map((p) => p.cause);
    const told = steps.flatMap((s) => (s.tellsApart ? [s.tellsApart] : []));
    expect(told.length).toBeGreaterThan(0);
    // In the ranking's order (causes without a step give way to the next).
    expect(told).toEqual(ranked.filter((c) => told.includes(c)));
    const firstOther = steps.findIndex((s) => !s.item.id.startsWith(CHECK_FIRST_PREFIX));
    expect(steps.slice(firstOther).every((s) => s.tellsApart === null)).toBe(true);
  });

  it("a group none of whose steps looks at one cause does not say its steps do", () => {
    const test = {
      id: "unknown.test",
      title: "Send a test",
      detail: "",
      actor: "sender" as const,
      kind: "verify" as const,
    };
    const sections = [
      {
        cause: "recipient-domain-invalid" as const,
        confidence: 0.5,
        title: "t",
        actor: "sender" as const,
        actorLabel: "you",
        tellApart: true as const,
        items: [test],
      },
      {
        cause: "recipient-domain-invalid" as const,
        confidence: 0.5,
        title: "t",
        actor: "sender" as const,
        actorLabel: "you",
        items: [{ ...test, id: "x.fix" }],
      },
    ];
    const plain = outlineSections(sections, [], (i) => i.id);
    expect(plain.notSettled?.intro).toBe(NO_STEP_LOOKS_AT_ONE.fixesBelow);
    const delayed = outlineSections(sections, [], (i) => i.id, "reason-possible");
    expect(delayed.notSettled?.intro).toBe(NO_STEP_LOOKS_AT_ONE.delay);
    expect(delayed.notSettled?.intro).not.toMatch(/first step confirms/);
  });
});
