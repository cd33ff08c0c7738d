import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import {
  otherRecipientLeads,
  otherRecipientsSentence,
  recipientGroups,
  walkedFirst,
  walkedRecipients,
} from "./recipient-groups";
import { nextStep } from "./engine";
import {
  makeFacts,
  ONE_RECIPIENT_BOUNCE,
  TWO_RECIPIENTS_BOUNCE,
  walkDontKnow,
} from "./test-factories";

describe("a bounce with several recipients (rev23 M2)", () => {
  it("groups the recipients by cause, each named by address", async () => {
    const d = await diagnose(TWO_RECIPIENTS_BOUNCE);
    expect(recipientGroups(d).map((g) => [g.cause, g.addresses])).toEqual([
      ["recipient-unknown", ["bob@remote.test"]],
      ["mailbox-full", ["carol@remote.test"]],
    ]);
    expect(walkedRecipients(d)?.addresses).toEqual(["bob@remote.test"]);
    expect(otherRecipientLeads(d).map((g) => g.cause)).toEqual(["mailbox-full"]);
  });

  it("keeps one lead per distinct cause in the conclusion, and says each", async () => {
    const { steps } = walkDontKnow({
      diagnosis: await diagnose(TWO_RECIPIENTS_BOUNCE),
      checks: {},
      answers: {},
    });
    const end = steps[steps.length - 1];
    if (end?.kind !== "conclusion") throw new Error("no conclusion");
    expect(end.recipients?.map((r) => [r.cause, r.addresses, r.walked ?? false])).toEqual([
      ["recipient-unknown", ["bob@remote.test"], true],
      ["mailbox-full", ["carol@remote.test"], false],
    ]);
    expect(end.summary).toMatch(/^For bob@remote\.test: /);
    expect(end.summary).toContain(
      "For carol@remote.test, the bounce reads as “The recipient's mailbox is full”",
    );
    // A question about one address names the walked recipient.
    const prompts = steps.flatMap((s) => (s.kind === "question" ? [s.question.prompt] : []));
    expect(prompts).toContain("Is bob@remote.test spelt exactly as the recipient gave it to you?");
    expect(prompts.join(" ")).not.toContain("this address");
  });

  it("leaves a bounce with one recipient as it was", async () => {
    const d = await diagnose(ONE_RECIPIENT_BOUNCE);
    expect(otherRecipientLeads(d)).toEqual([]);
    expect(walkedRecipients(d)).toBeNull();
    const { steps } = walkDontKnow({ diagnosis: d, checks: {}, answers: {} });
    const end = steps[steps.length - 1];
    if (end?.kind !== "conclusion") throw new Error("no conclusion");
    expect(end.recipients).toBeUndefined();
    expect(end.summary).not.toContain("For bob@");
    const prompts = steps.flatMap((s) => (s.kind === "question" ? [s.question.prompt] : []));
    expect(prompts).toContain("Is the address spelt exactly as the recipient gave it to you?");
  });

  it("groups recipients sharing a cause, and asks about them together", async () => {
    const three = `${TWO_RECIPIENTS_BOUNCE}
<dave@remote.test>: host mx.remote.test[192.0.2.44] said: 550 5.1.1
    <dave@remote.test>: Recipient address rejected: User unknown in local
    recipient table (in reply to RCPT TO command)
`;
    const d = await diagnose(three);
    expect(walkedRecipients(d)?.addresses).toEqual(["bob@remote.test", "dave@remote.test"]);
    const { steps } = walkDontKnow({ diagnosis: d, checks: {}, answers: {} });
    const prompts = steps.flatMap((s) => (s.kind === "question" ? [s.question.prompt] : []));
    expect(prompts).toContain(
      "Are bob@remote.test and dave@remote.test spelt exactly as the recipients gave them to you?",
    );
  });

  it("says of another recipient whose reply does not say why just that, with no share", () => {
    expect(
      otherRecipientsSentence([{ cause: "unknown", confidence: 0, addresses: ["c@x.test"] }]),
    ).toBe(
      "For c@x.test, the bounce does not say why; the steps that tell its possible causes apart are in its own section.",
    );
  });
});

describe("walkedFirst", () => {
  // RFC 3464 report: one recipient delivered (NOTIFY=SUCCESS), the next refused (review 24).
  const REPORT = [
    "From: MAILER-DAEMON@mx.acme.test",
    "Subject: Delivery Status Notification",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    "",
    "--b",
    "Content-Type: text/plain",
    "",
    "Delivery report.",
    "",
    "--b",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.acme.test",
    "",
    "Final-Recipient: rfc822; bob@remote.test",
    "Action: delivered",
    "Status: 2.0.0",
    "",
    "Final-Recipient: rfc822; carol@remote.test",
    "Action: failed",
    "Status: 5.2.2",
    "Diagnostic-Code: smtp; 552 5.2.2 <carol@remote.test>: Mailbox full",
    "",
    "--b--",
    "",
  ].join("\n");

  it("leads with the first recipient that calls for something, the others in their order", async () => {
    const d = await diagnose(REPORT);
    expect(d.recipients.map((r) => r.cause)).toEqual(["not-a-bounce", "mailbox-full"]);
    const w = walkedFirst(d);
    expect(w.recipients.map((r) => r.recipient.address)).toEqual([
      "carol@remote.test",
      "bob@remote.test",
    ]);
    // Each keeps the bounce's numbering; the overall verdict is the walked one's.
    expect(w.recipients.map((r) => r.index)).toEqual([2, 1]);
    expect(w.overall.cause).toBe("mailbox-full");
    expect(nextStep(makeFacts({ diagnosis: w })).kind).not.toBe("conclude");
  });

  it("gives the same diagnosis back where nothing moves", async () => {
    const d = await diagnose("550 5.1.1 <bob@remote.test>: User unknown");
    expect(walkedFirst(d)).toBe(d);
    expect(walkedFirst(null)).toBeNull();
  });
});
