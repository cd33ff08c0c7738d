// Refusals by the sender's own provider (PhraseEntry.senderProvider): the checklist's title,
// actor and steps follow the table, not the receiver-side defaults of the cause.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { buildConclusionChecklist } from "@/lib/checklists/build";
import { makeFacts } from "@/lib/rules/test-factories";
import { SENDER_PROVIDER_ENTRIES, senderProviderBlock } from "./sender-provider-blocks";

// Exchange Online's NDR as a sender pasted it (a public thread; the rev27 review's
// is-ms-5708-graph input), generated in the sender's own tenant.
const EXO_708 =
  "Generating server: SYBP282MB0331.AUSP282.PROD.OUTLOOK.COM\nsomeone@example.com\nRemote Server returned '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7171) [SYBP282MB0569.AUSP282.PROD.OUTLOOK.COM]'";
const EXO_705 = "550 5.7.705 Access denied, tenant has exceeded threshold";
// A receiver's reputation refusal: the defaults stand.
const OUTLOOK_REPUTATION =
  "451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S3113)";

/**
 * The conclusion's checklist for a paste's cause held at `confidence` (below the clear weight:
 * not settled, so the tell-apart group comes first), beside a cause the bounce leaves possible.
 */
async function checklist(text: string, confidence = 0.9) {
  const diagnosis = await diagnose(text);
  const cause = diagnosis.recipients[0]?.cause ?? diagnosis.overall.cause;
  return buildConclusionChecklist(makeFacts({ diagnosis }), [
    { cause, confidence, support: "bounce", why: "the bounce's words" },
    { cause: "remote-server-error", confidence: 0.1, support: "bounce", why: "not ruled out" },
  ]);
}

describe("refusals by the sender's own provider", () => {
  it("are marked in the tables (Microsoft 365's 5.7.705, 5.7.708 and 5.7.750)", () => {
    const ids = SENDER_PROVIDER_ENTRIES.map((e) => e.ruleId);
    expect(ids).toEqual(
      expect.arrayContaining([
        "microsoft.5.7.705-tenant-threshold",
        "microsoft.5.7.708-low-reputation-ip",
        "microsoft.5.7.750-unregistered-domain",
      ]),
    );
    expect(senderProviderBlock("bad-reputation", ["microsoft.5.7.705-tenant-threshold"])).not.toBe(
      null,
    );
    // Only for the cause the entry reads.
    expect(senderProviderBlock("content-spam", ["microsoft.5.7.705-tenant-threshold"])).toBe(null);
  });

  it("5.7.708: Microsoft 365's own step and admin, no receiver's form or reputation tools", async () => {
    // Not settled: the tell-apart group is built too, and sends nobody to the receiver.
    const list = await checklist(EXO_708, 0.6);
    expect(list.causes[0]?.tellApart).toBe(true);
    const section = list.causes.find((c) => c.cause === "bad-reputation")!;
    expect(section.title).toBe(
      "Microsoft 365 does not send your organisation's mail from these IP addresses",
    );
    expect(section.actorLabel).toBe("Your Microsoft 365 administrator");
    const ids = list.causes.flatMap((c) => c.items.map((i) => i.id));
    expect(ids[ids.indexOf("sender-provider.microsoft.5.7.708-low-reputation-ip")]).toBeDefined();
    expect(ids).not.toContain("bad-reputation.provider-form");
    expect(ids).not.toContain("unknown.first.bad-reputation");
  });

  it("5.7.705: the step says support lifts the block once the cause is fixed", async () => {
    const list = await checklist(EXO_705);
    const step = list.causes
      .flatMap((c) => c.items)
      .find((i) => i.id === "sender-provider.microsoft.5.7.705-tenant-threshold");
    expect(step?.detail).toMatch(/Microsoft 365 support/);
    expect(step?.link?.url).toMatch(/fix-error-code-5-7-700-through-5-7-750$/);
  });

  it("a receiver's reputation refusal keeps the receiver-side steps", async () => {
    const list = await checklist(OUTLOOK_REPUTATION, 0.6);
    expect(list.causes.flatMap((c) => c.items.map((i) => i.id))).toContain(
      "unknown.first.bad-reputation",
    );
    const ids = list.causes.flatMap((c) => c.items.map((i) => i.id));
    expect(ids.some((id) => id.startsWith("sender-provider."))).toBe(false);
    expect(ids).toContain("bad-reputation.provider-form");
  });
});
