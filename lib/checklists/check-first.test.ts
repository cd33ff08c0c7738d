import { describe, expect, it } from "vitest";
import { CAUSE_IDS, type CauseId } from "@/lib/causes/causes";
import { diagnose } from "@/lib/diagnosis/diagnose";
import type { Diagnosis } from "@/lib/diagnosis/types";
import { REPLY_POSSIBILITIES } from "@/lib/knowledge/scoring/reply-possibilities";
import { nextStep } from "@/lib/rules/engine";
import { done, makeDiagnosis, makeFacts } from "@/lib/rules/test-factories";
import type { Facts, HeldCause, Step } from "@/lib/rules/types";
import { buildChecklist, buildConclusionChecklist, TELL_APART_TITLE } from "./build";
import { CHECK_FIRST, CHECK_FIRST_CAUSES, CHECK_FIRST_PREFIX } from "./check-first";
import { checklistTemplate } from "./check-first-steps";
import { titleForItemId } from "./titles";
import type { ChecklistItem } from "./types";

function facts(diagnosis: Diagnosis, checks: Facts["checks"] = {}): Facts {
  return { diagnosis, answers: {}, checks };
}

/** The `unknown` section of a pasted text, as the home page and the wizard's start build it. */
async function unknownSection(text: string, checks: Facts["checks"] = {}) {
  const d = await diagnose(text);
  expect(d.overall.cause).toBe("unknown");
  const list = buildChecklist(facts(d, checks), [{ cause: "unknown", confidence: 0 }]);
  return { d, items: list.causes[0]?.items ?? [] };
}

const firstOf = (items: ChecklistItem[]): string[] =>
  items.filter((i) => i.id.startsWith(CHECK_FIRST_PREFIX)).map((i) => i.id.slice(14));

function ranking(d: Diagnosis): CauseId[] {
  return (d.recipients[0]?.possible ?? d.overall.possible ?? []).map((p) => p.cause);
}

/** What the reply-code table (lib/knowledge/scoring/reply-possibilities.ts) lists for a code. */
function tableFor(code: string): readonly CauseId[] {
  return REPLY_POSSIBILITIES.find((r) => r.code === code)?.causes ?? [];
}

describe("the check-first data", () => {
  it.each(CAUSE_IDS.filter((c) => c !== "unknown" && c !== "not-a-bounce"))(
    "%s has a step that tells it apart, and a step of its own list it names exists",
    (cause) => {
      const entry = CHECK_FIRST[cause];
      expect(entry).toBeDefined();
      if (entry?.from === "item") expect(checklistTemplate(cause, entry.itemId)).not.toBeNull();
    },
  );
});

describe("an unknown diagnosis's first steps", () => {
  it("follow a bare 550's ranked causes, as the reply-code table ranks them", async () => {
    const { d, items } = await unknownSection("550 mail refused");
    expect(ranking(d)).toEqual(tableFor("550"));
    const top = tableFor("550").slice(0, CHECK_FIRST_CAUSES);
    expect(firstOf(items)).toEqual(top);
    // The cause's own verifying step, and the wizard's blocklist lookup, named as such.
    expect(items[0]?.title).toBe(
      checklistTemplate("sender-policy", "sender-policy.other-recipients")?.title,
    );
    expect(items[1]?.title).toBe("Look up your sending IP on the public blocklists");
    // Then the steps that help whatever the cause: the bounce was one line, so the whole one.
    expect(items.slice(top.length).map((i) => i.id)).toEqual([
      "unknown.full-bounce",
      "unknown.test",
    ]);
  });

  it("follow the words' ranking for 550 5.7.1 Connection refused", async () => {
    const { d, items } = await unknownSection("550 5.7.1 Connection refused");
    expect(d.recipients[0]?.possibleFrom).toBe("words");
    expect(ranking(d).slice(0, 2)).toEqual(["ip-blocklisted", "reverse-dns"]);
    expect(firstOf(items)).toEqual(ranking(d).slice(0, CHECK_FIRST_CAUSES));
    expect(items[0]?.title).toBe("Look up your sending IP on the public blocklists");
    expect(items[1]?.title).toBe("Check the reverse DNS (PTR) of your sending IP");
  });

  it("follow a bare 421's ranked causes", async () => {
    const { d, items } = await unknownSection("421 Too busy");
    expect(ranking(d)).toEqual(tableFor("421"));
    expect(firstOf(items)).toEqual(tableFor("421").slice(0, CHECK_FIRST_CAUSES));
  });

  it("offer the lookup the wizard runs once its input is known, and only then", async () => {
    const { items } = await unknownSection("550 5.7.1 Connection refused from 203.0.113.9");
    const blocklists = items.find((i) => i.id === `${CHECK_FIRST_PREFIX}ip-blocklisted`);
    expect(blocklists?.title).toBe("Look up 203.0.113.9 on the public blocklists");
    expect(blocklists?.needsCheck).toEqual({
      request: { id: "ip:203.0.113.9", type: "ip", input: { ip: "203.0.113.9" } },
      label: "Check 203.0.113.9",
    });
    const bare = await unknownSection("550 5.7.1 Connection refused");
    expect(bare.items[0]?.needsCheck).toEqual({
      request: null,
      label: "Check your sending IP",
    });
  });

  it("leave out a lookup that already ran, and give its place to the next cause", async () => {
    const text = "550 5.7.1 Connection refused from 203.0.113.9";
    const checks = { "ip:203.0.113.9": done("203.0.113.9", "ip", ["blocklist.clean", "ptr.ok"]) };
    const { d, items } = await unknownSection(text, checks);
    const withoutIp = ranking(d).filter((c) => c !== "ip-blocklisted" && c !== "reverse-dns");
    expect(firstOf(items)).toEqual(withoutIp.slice(0, CHECK_FIRST_CAUSES));
    // Nothing claims the lookup: its results are the checks' to show.
    for (const i of items) expect(i.needsCheck?.request?.id).not.toBe("ip:203.0.113.9");
  });

  it("look, ask or test: no record to publish, no message that asserts a cause", async () => {
    for (const text of [
      "550 mail refused",
      "550 5.7.1 Rejected",
      "421 Too busy",
      "554 5.7.1 rejected",
    ]) {
      const { items } = await unknownSection(text);
      for (const i of items) {
        expect(i.record, `${text}: ${i.id}`).toBeUndefined();
        expect(i.message, `${text}: ${i.id}`).toBeUndefined();
        expect(["verify", "contact"]).toContain(i.kind);
        expect(`${i.title} ${i.detail}`).not.toMatch(/p=(reject|quarantine)|\{\w+\}/);
      }
    }
  });

  it("ask for the whole bounce only when less than one was pasted", async () => {
    const dsn = [
      "Reporting-MTA: dns; mx.example.org",
      "",
      "Final-Recipient: rfc822; bob@example.net",
      "Action: failed",
      "Status: 5.0.0",
      "Diagnostic-Code: smtp; 550 mail refused",
    ].join("\n");
    const { items } = await unknownSection(dsn);
    expect(firstOf(items)).toEqual(tableFor("550").slice(0, CHECK_FIRST_CAUSES));
    expect(items.map((i) => i.id)).not.toContain("unknown.full-bounce");
    expect(items.map((i) => i.id)).toContain("unknown.test");
  });

  it("are titled from their id alone as the builder titles them (result links)", async () => {
    const { d, items } = await unknownSection("550 5.7.1 Connection refused from 203.0.113.9");
    for (const i of items) expect(titleForItemId(i.id, facts(d))).toBe(i.title);
  });

  it("are the generic steps alone when nothing is ranked", () => {
    const list = buildChecklist(makeFacts({ diagnosis: makeDiagnosis({ cause: "unknown" }) }), [
      { cause: "unknown", confidence: 0.2 },
    ]);
    expect(list.causes[0]?.items.map((i) => i.id)).toEqual(["unknown.full-bounce", "unknown.test"]);
  });
});

function walkDontKnow(start: Facts): Extract<Step, { kind: "conclusion" }> {
  let f = start;
  for (let n = 0; n < 30; n++) {
    const step = nextStep(f);
    if (step.kind === "conclusion") return step;
    if (step.kind === "question")
      f = { ...f, answers: { ...f.answers, [step.question.id]: { kind: "dont-know" } } };
    else
      f = {
        ...f,
        checks: { ...f.checks, [step.check.id]: { status: "failed", error: "no answer" } },
      };
  }
  throw new Error("the wizard did not conclude");
}

describe("a conclusion's checklist", () => {
  it("starts with the steps that tell its ranked causes apart while it is not settled", async () => {
    const d = await diagnose("550 mail refused");
    const f = facts(d);
    const end = walkDontKnow(f);
    expect(end.clear).toBe(false);
    const list = buildConclusionChecklist(f, end.causes);
    const first = list.causes[0];
    expect(first?.title).toBe(TELL_APART_TITLE);
    const tellable = end.causes.filter((c) => CHECK_FIRST[c.cause]).slice(0, CHECK_FIRST_CAUSES);
    expect(firstOf(first?.items ?? [])).toEqual(tellable.map((c) => c.cause));
    // Then the leading cause's fixes, as before.
    expect(list.causes[1]?.cause).toBe(end.causes[0]?.cause);
  });

  it("is the unknown list itself when the bounce's unknown verdict leads (a link made before the wizard ended)", async () => {
    const d = await diagnose("550 mail refused");
    const list = buildConclusionChecklist(facts(d), [
      { cause: "unknown", confidence: d.overall.confidence, support: "conclusion", why: "" },
    ]);
    expect(list.causes.map((c) => c.title)).not.toContain(TELL_APART_TITLE);
    const home = buildChecklist(facts(d), [{ cause: "unknown", confidence: 0 }]);
    expect(list.causes[0]?.items.map((i) => i.id)).toEqual(home.causes[0]?.items.map((i) => i.id));
  });

  it("is the fixes alone once a cause is clear", () => {
    const causes: HeldCause[] = [
      { cause: "ip-blocklisted", confidence: 0.93, support: "check", why: "" },
      { cause: "reverse-dns", confidence: 0.04, support: "bounce", why: "" },
    ];
    const f = makeFacts({ diagnosis: makeDiagnosis({ cause: "ip-blocklisted" }) });
    const list = buildConclusionChecklist(f, causes);
    expect(list.causes.map((c) => c.title)).not.toContain(TELL_APART_TITLE);
    expect(list.causes[0]?.cause).toBe("ip-blocklisted");
  });
});
