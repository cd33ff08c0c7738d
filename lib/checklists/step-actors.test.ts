// Who takes each step is data (review 28, finding 14): a step the sender takes is labelled for
// the sender, whoever owns the cause. Placed by the real classifier's reading of replies shaped
// like the review's inputs (addresses replaced by example names).
import { describe, expect, it } from "vitest";
import { CAUSE_IDS } from "@/lib/causes/causes";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { makeFacts } from "@/lib/rules/test-factories";
import { buildChecklist } from "./build";
import { CHECK_FIRST_PREFIX } from "./check-first";
import { CAUSE_CHECKLISTS } from "./data";
import { FORWARDED_SPF_STEPS } from "./forwarded-steps";

async function itemsOf(text: string) {
  const diagnosis = await diagnose(text);
  const cause = diagnosis.recipients[0]?.cause ?? diagnosis.overall.cause;
  const list = buildChecklist(makeFacts({ diagnosis }), [{ cause, confidence: 0.9 }]);
  return { cause, items: list.causes[0]?.items ?? [] };
}

describe("who takes a step", () => {
  it.each(CAUSE_IDS)("every step of %s's list names its own actor", (cause) => {
    for (const t of CAUSE_CHECKLISTS[cause]) if (!("generate" in t)) expect(t.actor).toBeTruthy();
  });

  it("the sender tells the recipient of a forward that broke SPF; their admin fixes it", () => {
    const actor = (id: string) => {
      for (const t of FORWARDED_SPF_STEPS) if (!("generate" in t) && t.id === id) return t.actor;
      return null;
    };
    expect(actor("forwarded-spf.tell-recipient")).toBe("sender");
    expect(actor("forwarded-spf.keep-record")).toBe("sender-admin");
    expect(actor("forwarded-spf.why-dkim")).toBe("sender-admin");
  });

  it("the sender resends once a full mailbox has space, not the recipient", async () => {
    // Postfix's report of a 452 at RCPT (Mail-DeliveryStatus-BounceParser quota-2.msg's shape).
    const { cause, items } = await itemsOf(
      "host mx.example.net[192.0.2.7] said: 452 <ana@example.net> Mailbox size limit exceeded (in reply to RCPT TO command)",
    );
    expect(cause).toBe("mailbox-full");
    const resend = items.find((i) => i.id === "mailbox-full.retry");
    expect(resend?.actor).toBe("sender");
  });

  it("the sender updates their own records for a disabled mailbox", async () => {
    const { cause, items } = await itemsOf(
      "550 5.2.1 The email account that you tried to reach is disabled. gsmtp",
    );
    expect(cause).toBe("mailbox-disabled");
    expect(items.find((i) => i.id === "mailbox-disabled.update")?.actor).toBe("sender");
  });

  it("the steps that tell causes apart are the sender's, also those borrowed from a cause", async () => {
    // A bare refusal: sender-policy's "Check whether other organisations accept your mail" is
    // borrowed as its tell-apart step; the sender checks it, not the recipient's admin.
    const diagnosis = await diagnose("550 mail refused");
    const list = buildChecklist(makeFacts({ diagnosis }), [{ cause: "unknown", confidence: 0 }]);
    const first = (list.causes[0]?.items ?? []).filter((i) => i.id.startsWith(CHECK_FIRST_PREFIX));
    expect(first.map((i) => i.id)).toContain(`${CHECK_FIRST_PREFIX}sender-policy`);
    for (const i of first) expect(i.actor, i.id).toBe("sender");
  });
});
