import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DELAY_NOTHING_READ, DELAY_WORDS } from "@/lib/checklists/delay-outline";
import { CAUSES } from "@/lib/causes/causes";
import { TELL_APART_TITLE } from "@/lib/checklists/build";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { decodeShareFragment } from "@/lib/share/encode";
import { shareLinkForDiagnosis } from "@/lib/share/link";
import { reportInputFromPayload } from "./from-payload";
import { reportMarkdown, reportText } from "./report";
import { sharedView } from "./shared-view";

// Real lab output (lib/knowledge/lab/fixtures): a delay whose reason is read firmly (Dovecot's
// quota), one whose reason is only possible (Postfix, host unreachable), one that gives none (Exim).
const lab = (file: string) =>
  readFileSync(new URL(`../knowledge/lab/fixtures/${file}`, import.meta.url), "latin1");

async function shared(file: string) {
  const text = lab(file);
  const diagnosis = await diagnose(text);
  const link = shareLinkForDiagnosis(text, { origin: "https://bounce-doctor.example" });
  if (!link.ok) throw new Error("no link");
  const decoded = decodeShareFragment(link.fragment);
  if (!decoded.ok) throw new Error(decoded.message);
  const view = sharedView(decoded.payload, diagnosis);
  const input = reportInputFromPayload(decoded.payload, diagnosis);
  return { view, md: reportMarkdown(input), text: reportText(input) };
}

async function input(file: string) {
  const text = lab(file);
  const diagnosis = await diagnose(text);
  const link = shareLinkForDiagnosis(text, { origin: "https://bounce-doctor.example" });
  if (!link.ok) throw new Error("no link");
  const decoded = decodeShareFragment(link.fragment);
  if (!decoded.ok) throw new Error(decoded.message);
  return { diagnosis, input: reportInputFromPayload(decoded.payload, diagnosis) };
}

describe("a delay notice's headline gives the notice's own reason (review 26, finding 8)", () => {
  it("not a lead that only a check produced", async () => {
    const { diagnosis, input: given } = await input("postfix/delay-warning.eml");
    const own = diagnosis.recipients[0]!.cause;
    expect(own).toBe("remote-unreachable");
    const first = (md: string) => md.split("\n")[0]!;
    // The wizard led with "the domain does not exist" from a failed lookup alone.
    const md = reportMarkdown({
      ...given,
      conclusion: [{ cause: "recipient-domain-invalid", confidence: 0.64 }],
    });
    expect(first(md)).toContain(given.outline!.delay ? "delay notice" : "");
    expect(first(md)).not.toContain(CAUSES["recipient-domain-invalid"].title);
    expect(first(md)).toContain(CAUSES["remote-unreachable"].title);
  });

  it("says no reason was read where the notice's words read none", async () => {
    const { input: given } = await input("exim/delay-warning.eml");
    const md = reportMarkdown({
      ...given,
      outline: { ...given.outline!, delay: "reason-possible" },
      conclusion: [{ cause: "recipient-domain-invalid", confidence: 0.64 }],
    });
    expect(md.split("\n")[0]).toContain(DELAY_NOTHING_READ);
  });
});

describe("a delay notice's outline (share page and both exports)", () => {
  it("a firmly read reason: no not-settled group, its fixes 'should the delay last'", async () => {
    const { view, md, text } = await shared("dovecot/quota-delay-warning.eml");
    expect(view.outline.delay).toBe("reason-firm");
    expect(view.outline.notSettled).toBeNull();
    expect(view.outline.delayIntro).toBe(DELAY_WORDS["reason-firm"].intro);
    expect(md).toContain("### Should the delay last: The recipient's mailbox is full");
    expect(text).toContain("SHOULD THE DELAY LAST: THE RECIPIENT'S MAILBOX IS FULL");
    expect(md).not.toContain("Not settled yet");
  });

  it("a possible reason: checked first, not 'told apart' from causes that are not there", async () => {
    const { view, md, text } = await shared("postfix/delay-warning.eml");
    expect(view.outline.delay).toBe("reason-possible");
    expect(view.outline.notSettled?.title).toBe(DELAY_WORDS["reason-possible"].checkTitle);
    expect(view.outline.notSettled?.title).not.toBe(TELL_APART_TITLE);
    expect(view.outline.notSettled?.steps.some((s) => s.tellsApart === "remote-unreachable")).toBe(
      true,
    );
    expect(md).toContain(`## ${DELAY_WORDS["reason-possible"].checkTitle}`);
    expect(md).toContain("### If it is that, and the delay lasts: ");
    for (const report of [md, text]) {
      expect(report).not.toMatch(/not settled yet/i);
      expect(report).not.toContain("these causes remain possible");
    }
  });

  it("no reason: nothing to tell apart, one step, and it says why", async () => {
    const { view, md, text } = await shared("exim/delay-warning.eml");
    expect(view.outline.delay).toBe("no-reason");
    expect(view.outline.notSettled).toBeNull();
    expect(view.outline.fixes.flatMap((f) => f.items.map((i) => i.id))).toEqual([
      "delay-notice.nothing-to-resend",
    ]);
    expect(text).toContain("gives no reason for the delay");
    expect(md).not.toMatch(/not settled yet/i);
  });

  it("a failure (no delay notice) keeps the not-settled framing", async () => {
    const diagnosis = await diagnose("550 mail refused");
    const link = shareLinkForDiagnosis("550 mail refused", {
      origin: "https://bounce-doctor.example",
    });
    if (!link.ok) throw new Error("no link");
    const decoded = decodeShareFragment(link.fragment);
    if (!decoded.ok) throw new Error(decoded.message);
    const view = sharedView(decoded.payload, diagnosis);
    expect(view.outline.delay).toBeNull();
    expect(view.outline.notSettled?.title).toBe(TELL_APART_TITLE);
    expect(view.outline.notSettled?.intro).toBeNull();
  });
});
