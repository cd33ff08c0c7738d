// A relay refusal that the sender's own mail server quoted from the recipient's side gets the
// recipient's steps, settled or not (review 30, finding 3).
import { describe, expect, it } from "vitest";
import { EXIM_REMOTE_RELAY, QMAIL_REMOTE_RELAY } from "@/lib/causes/relay-test-bounces";
import { diagnose } from "@/lib/diagnosis/diagnose";
import type { HeldCause } from "@/lib/rules";
import { makeFacts } from "@/lib/rules/test-factories";
import { buildChecklist, buildConclusionChecklist, TELL_APART_TITLE } from "./build";
import { CHECK_FIRST_PREFIX } from "./check-first";

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe("a relay refusal the recipient's MX gave, quoted by the sender's mail server", () => {
  it.each([QMAIL_REMOTE_RELAY, EXIM_REMOTE_RELAY])(
    "settled: the recipient's domain and its admin, not the mail program's login",
    async (text) => {
      const diagnosis = await diagnose(text);
      const list = buildChecklist(makeFacts({ diagnosis }), [
        { cause: "relay-denied", confidence: 0.9 },
      ]);
      const items = list.causes[0]?.items ?? [];
      expect(ids(items)).not.toContain("relay-denied.auth");
      expect(ids(items)).not.toContain("relay-denied.server");
      expect(ids(items).slice(0, 2)).toEqual([
        "relay-denied.recipient-domain",
        "relay-denied.tell-recipient",
      ]);
      expect(items.map((i) => `${i.title} ${i.detail}`).join(" ")).not.toMatch(
        /turn on authentication in your mail program/i,
      );
      // Whose the section is: the recipient's administrator's, not the sender's.
      expect(list.causes[0]?.title).toBe(
        "The recipient's mail server does not take mail for their domain",
      );
    },
  );

  it("not settled: the step that tells it apart looks at the recipient's domain", async () => {
    const diagnosis = await diagnose(QMAIL_REMOTE_RELAY);
    const causes: HeldCause[] = [
      { cause: "relay-denied", confidence: 0.7, support: "bounce", why: "" },
      { cause: "ip-blocklisted", confidence: 0.19, support: "bounce", why: "" },
    ];
    const list = buildConclusionChecklist(makeFacts({ diagnosis }), causes);
    expect(list.causes[0]?.title).toBe(TELL_APART_TITLE);
    const first = list.causes[0]?.items.find((i) => i.id === `${CHECK_FIRST_PREFIX}relay-denied`);
    expect(first?.title).toBe("Check the part after the @ in majordomo@lists.example.org");
    expect(first?.detail).not.toMatch(/your own outgoing server/);
  });

  it("a reply line the mail program showed keeps the outgoing-server step", async () => {
    const diagnosis = await diagnose("554 5.7.1 <bob@example.org>: Relay access denied");
    const causes: HeldCause[] = [
      { cause: "relay-denied", confidence: 0.7, support: "bounce", why: "" },
      { cause: "ip-blocklisted", confidence: 0.19, support: "bounce", why: "" },
    ];
    const list = buildConclusionChecklist(makeFacts({ diagnosis }), causes);
    const first = list.causes[0]?.items.find((i) => i.id === `${CHECK_FIRST_PREFIX}relay-denied`);
    expect(first?.detail).toMatch(/your own outgoing server/);
  });
});
