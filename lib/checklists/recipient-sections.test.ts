import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import {
  ONE_RECIPIENT_BOUNCE,
  TWO_RECIPIENTS_BOUNCE,
  walkDontKnow,
} from "@/lib/rules/test-factories";
import type { Facts } from "@/lib/rules";
import { buildConclusionChecklist } from "./build";
import { dedupeAcrossSections } from "./dedupe-sections";
import { titleForItemId } from "./titles";
import type { CauseChecklist, ChecklistItem } from "./types";
import { outlineChecklist } from "./outline";

async function conclude(text: string, answers: Facts["answers"] = {}) {
  const { steps, facts } = walkDontKnow({
    diagnosis: await diagnose(text),
    checks: {},
    answers,
  });
  const end = steps[steps.length - 1];
  if (end?.kind !== "conclusion") throw new Error("no conclusion");
  return buildConclusionChecklist(facts, end.causes);
}

describe("the checklist of a bounce whose recipients were refused for different reasons (rev23 M2)", () => {
  it("has a section per distinct recipient cause, each naming its addresses", async () => {
    const list = await conclude(TWO_RECIPIENTS_BOUNCE);
    const lead = list.causes.find((s) => s.cause === "recipient-unknown");
    const full = list.causes.find((s) => s.cause === "mailbox-full");
    expect(lead?.recipients).toEqual(["bob@remote.test"]);
    expect(lead?.title).toBe("The address does not exist (bob@remote.test)");
    expect(lead?.otherRecipients).toBeUndefined();
    expect(full?.recipients).toEqual(["carol@remote.test"]);
    expect(full?.otherRecipients).toBe(true);
    expect(full?.title).toBe("The recipient's mailbox is full (carol@remote.test)");
    // Its steps speak of its own recipient, not of the walked one.
    const message = full?.items.find((i) => i.message)?.message?.body ?? "";
    expect(message).toContain("carol@remote.test");
    expect(message).not.toContain("bob@");
  });

  it("lists other recipients' section as a fix of its own, never as a possible cause of the lead", async () => {
    const outline = outlineChecklist(await conclude(TWO_RECIPIENTS_BOUNCE));
    const full = outline.fixes.find((s) => s.cause === "mailbox-full");
    expect(full?.otherRecipients).toBe(true);
    expect(
      outline.notSettled?.steps.some((s) => s.item.id.startsWith("mailbox-full.")) ?? false,
    ).toBe(false);
  });

  it("leaves a bounce with one recipient as it was", async () => {
    const list = await conclude(ONE_RECIPIENT_BOUNCE);
    expect(list.causes.some((s) => s.recipients || s.otherRecipients)).toBe(false);
    expect(list.causes.map((s) => s.title)).not.toContain(
      "The recipient's mailbox is full (carol@remote.test)",
    );
  });
});

/** A Postfix bounce with these recipients' lines (each "<address>: host … said: …"). */
function postfixBounce(...lines: string[]): string {
  const head = ONE_RECIPIENT_BOUNCE.slice(0, ONE_RECIPIENT_BOUNCE.indexOf("<bob@"));
  return head + lines.join("\n\n") + "\n";
}
const unknownLine = (a: string) =>
  `<${a}>: host mx.remote.test[192.0.2.44] said: 550 5.1.1\n    <${a}>: Recipient address rejected: User unknown in local\n    recipient table (in reply to RCPT TO command)`;
const fullLine = (a: string) =>
  `<${a}>: host mx.remote.test[192.0.2.44] said: 552 5.2.2\n    <${a}>: Mailbox full (in reply to RCPT TO command)`;
const bareLine = (a: string) =>
  `<${a}>: host mx.remote.test[192.0.2.44] said: 550 mail refused (in reply to RCPT TO command)`;
const ids = (list: { causes: CauseChecklist[]; prevent: ChecklistItem[] }) => [
  ...list.causes.flatMap((s) => s.items.map((i) => i.id)),
  ...list.prevent.map((i) => i.id),
];

describe("several recipients' steps (review 24, findings 5, 6, 7)", () => {
  it("names every address of the walked group in its steps, with one ready text per address", async () => {
    const list = await conclude(
      postfixBounce(
        unknownLine("bob@remote.test"),
        fullLine("carol@remote.test"),
        unknownLine("dave@remote.test"),
      ),
    );
    const lead = list.causes.find((s) => s.cause === "recipient-unknown" && !s.otherRecipients);
    expect(lead?.title).toBe("The address does not exist (bob@remote.test and dave@remote.test)");
    const steps = list.causes.flatMap((s) => s.items);
    const compare = steps.find(
      (i) => i.id.endsWith("recipient-unknown") || i.id.endsWith(".compare"),
    );
    expect(compare?.detail).toContain("bob@remote.test and dave@remote.test");
    const texts = (lead?.items ?? []).filter((i) => i.message);
    expect(texts.map((i) => i.id)).toEqual([
      "recipient-unknown.message-address",
      "recipient-unknown.message-address:r3",
    ]);
    expect(texts[0]?.message?.body).toContain("bob@remote.test");
    expect(texts[0]?.message?.body).not.toContain("dave@");
    expect(texts[1]?.message?.body).toContain("dave@remote.test");
    expect(texts[1]?.message?.body).not.toContain("bob@");
    // A viewer with only the id titles it as the step.
    expect(
      titleForItemId("recipient-unknown.message-address:r3", {
        diagnosis: null,
        checks: {},
        answers: {},
      }),
    ).toBe("Confirm the address with the recipient");
  });

  it("keeps a recipient whose bounce states its cause in its own section, never under the lead's 'If it is'", async () => {
    const list = await conclude(
      postfixBounce(bareLine("bob@remote.test"), unknownLine("carol@remote.test")),
      { "address-checked": { kind: "choice", value: "no" } },
    );
    const unknownSections = list.causes.filter((s) => s.cause === "recipient-unknown");
    expect(unknownSections.map((s) => [s.recipients, s.otherRecipients ?? false])).toEqual([
      [["bob@remote.test"], false],
      [["carol@remote.test"], true],
    ]);
    const carol = unknownSections[1]!;
    const compare = carol.items.find((i) => i.id.startsWith("recipient-unknown.compare"));
    // bob's section has the same step: carol's keeps its own, with her place in the bounce.
    expect(compare?.id).toBe("recipient-unknown.compare:r2");
    expect(compare?.detail).toContain("carol@remote.test");
    expect(compare?.sameAs).toBeUndefined();
    expect(carol.items.find((i) => i.message)?.message?.body).toContain("carol@remote.test");
    expect(new Set(ids(list)).size).toBe(ids(list).length);
  });

  it("keeps another recipient's check-first steps that share an id with the lead's, under an id of their own", async () => {
    const list = await conclude(
      postfixBounce(
        unknownLine("bob@remote.test"),
        `<dave@remote.test>: host mx.remote.test[192.0.2.44] said: 450 4.1.1\n    <dave@remote.test>: Recipient address rejected: Address verification in progress (in reply to RCPT TO command)`,
      ),
    );
    const dave = list.causes.find((s) => s.otherRecipients);
    expect(dave?.recipients).toEqual(["dave@remote.test"]);
    const compare = dave?.items.find((i) => i.title === "Compare the address letter by letter");
    // Its own id: the step's where no earlier section has it, else with its place added.
    expect(compare?.id).toMatch(/^unknown\.first\.recipient-unknown(:r2)?$/);
    expect(compare?.detail).toContain("dave@remote.test");
    expect(compare?.sameAs).toBeUndefined();
    expect(new Set(ids(list)).size).toBe(ids(list).length);
  });
});

describe("dedupeAcrossSections between recipient groups", () => {
  const step = (id: string, detail: string): ChecklistItem => ({
    id,
    title: "Send again to the corrected address",
    detail,
    actor: "sender",
    kind: "fix",
  });
  const section = (recipients: string[], item: ChecklistItem): CauseChecklist => ({
    cause: "recipient-unknown",
    confidence: 0.8,
    title: "t",
    actorLabel: "a",
    recipients,
    items: [item],
  });
  it("points to an earlier group's step only where the words are the same", () => {
    const same = dedupeAcrossSections(
      [
        section(["bob@x.test"], step("a", "Resend it.")),
        section(["carol@x.test"], step("a:r2", "Resend it.")),
      ],
      [],
    );
    expect(same.causes[1]?.items[0]?.sameAs?.id).toBe("a");
    const differ = dedupeAcrossSections(
      [
        section(["bob@x.test"], step("a", "Resend to bob.")),
        section(["carol@x.test"], step("a:r2", "Resend to carol.")),
      ],
      [],
    );
    expect(differ.causes[1]?.items[0]?.sameAs).toBeUndefined();
    expect(differ.causes[1]?.items[0]?.detail).toBe("Resend to carol.");
  });
});

describe("several recipients refused for one reason (review 25)", () => {
  const SAME_CAUSE = `${ONE_RECIPIENT_BOUNCE}
<carol@remote.test>: host mx.remote.test[192.0.2.44] said: 550 5.1.1
    <carol@remote.test>: Recipient address rejected: User unknown in local
    recipient table (in reply to RCPT TO command)
`;

  it("names every address in the section, with a ready text for each", async () => {
    const list = await conclude(SAME_CAUSE);
    const section = list.causes.find((s) => s.cause === "recipient-unknown");
    expect(section?.recipients).toEqual(["bob@remote.test", "carol@remote.test"]);
    const bodies = (section?.items ?? []).map((i) => i.message?.body ?? "").join("\n");
    expect(bodies).toContain("bob@remote.test");
    expect(bodies).toContain("carol@remote.test");
  });
});
