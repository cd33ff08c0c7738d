// The report the wizard's share panel copies, end to end: the wizard's checklist, the link's
// redaction, the diagnosis re-derived from the masked text, the Markdown. Its step titles are
// masked in the link's own pass, so each recipient's step names the address its ready text names
// (review 26, finding 13: four steps titled "(b***@example.net)" over b***@, b***2@, b***3@, b***4@).
import { describe, expect, it } from "vitest";
import { buildConclusionChecklist } from "@/lib/checklists/build";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { nextStep, type Answer, type Facts } from "@/lib/rules";
import { makeSharePayload } from "@/lib/share/payload";
import { previewShare } from "@/lib/share/redact";
import { reportInputFromPayload } from "./from-payload";
import { reportMarkdown } from "./report";

const ADDRESSES = ["bounced1", "bounced2", "bounced3", "bounced4"].map((l) => `${l}@example.net`);

/** An IIS-style DSN: four recipients refused with the same words. */
const DSN = [
  "From: postmaster@mail.example.net",
  "To: sender@example.com",
  "Subject: Delivery Status Notification (Failure)",
  "MIME-Version: 1.0",
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
  "",
  "--b1",
  "Content-Type: text/plain",
  "",
  "Delivery to the following recipients failed.",
  "",
  ...ADDRESSES.map((a) => `       ${a}`),
  "",
  "--b1",
  "Content-Type: message/delivery-status",
  "",
  "Reporting-MTA: dns;mail.example.net",
  "",
  ...ADDRESSES.flatMap((a) => [
    `Final-Recipient: rfc822;${a}`,
    "Action: failed",
    "Status: 5.0.0",
    "Diagnostic-Code: smtp;550 Requested action not taken: mailbox unavailable",
    "",
  ]),
  "--b1--",
  "",
].join("\n");

/** The wizard walked to its end: every question "I don't know", every check skipped. */
async function wizardEnd(text: string) {
  const facts: Facts = { diagnosis: await diagnose(text), checks: {}, answers: {} };
  let step = nextStep(facts);
  for (let i = 0; i < 30 && step.kind !== "conclusion"; i++) {
    if (step.kind === "question") facts.answers[step.question.id] = { kind: "dont-know" } as Answer;
    else
      facts.checks[step.check.id] = {
        status: "failed",
        error: "Skipped by the user.",
        request: step.check,
      };
    step = nextStep(facts);
  }
  if (step.kind !== "conclusion") throw new Error("the wizard did not conclude");
  const list = buildConclusionChecklist(facts, step.causes);
  const items = [...list.causes.flatMap((c) => c.items), ...list.prevent]
    .filter((i) => !i.sameAs)
    .map((i) => ({ id: i.id, title: i.title, done: false, detail: i.detail }));
  return { causes: step.causes, items };
}

describe("the wizard's report, masked", () => {
  it("titles each recipient's step with the mask its ready text uses", async () => {
    const { causes, items } = await wizardEnd(DSN);
    const payload = makeSharePayload({
      text: DSN,
      answers: {},
      checks: [],
      conclusion: causes,
      checklist: Object.fromEntries(items.map((i) => [i.id, false])),
    });
    const preview = previewShare(payload, {
      maskLocalParts: true,
      dropOriginalMessage: true,
      items,
    });
    const shared = await diagnose(preview.payload.text);
    const markdown = reportMarkdown(
      reportInputFromPayload(preview.payload, shared, { checklist: preview.items }),
    );
    expect(markdown).not.toContain("bounced");
    const confirm = [
      ...markdown.matchAll(/Confirm the address with the recipient \\?\((.*?)\\?\)/g),
    ].map((m) => m[1]!.replace(/\\/g, ""));
    const ready = [...markdown.matchAll(/I tried to email you at (\S+@example\.net)/g)].map(
      (m) => m[1]!,
    );
    expect(confirm).toEqual([
      "b***@example.net",
      "b***2@example.net",
      "b***3@example.net",
      "b***4@example.net",
    ]);
    expect(ready).toEqual(confirm);
  });
});
