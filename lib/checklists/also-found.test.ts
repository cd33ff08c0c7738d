import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { nextStep } from "@/lib/rules";
import { done, finding, postfixNotice } from "@/lib/rules/test-factories";
import type { Facts, HeldCause } from "@/lib/rules/types";
import { ALSO_FOUND_PREFIX, FIX_SECTION_MIN_WEIGHT } from "./also-found";
import { buildConclusionChecklist } from "./build";
import { titleForItemId } from "./titles";

/**
 * Postfix's notice quoting a receiver that runs smtpd_client_restrictions with
 * reject_rbl_client zen.spamhaus.org (smtpd_check.c's "Client host [%s] blocked using %s"),
 * written for this test with documentation addresses.
 */
const LISTED = postfixNotice(
  "<kim@acme.test>: host mx.acme.test[192.0.2.9] said: 554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.9 (in reply to RCPT TO command)",
);

/** The IP lookup finds the listing, and no PTR besides. */
const IP_CHECK = {
  "ip:203.0.113.9": done("203.0.113.9", "ip", [
    finding("blocklist.listed", { data: { zone: "zen.spamhaus.org" } }),
    finding("ptr.none"),
  ]),
};

function conclude(facts: Facts) {
  for (let i = 0; i < 20; i++) {
    const step = nextStep(facts);
    if (step.kind === "conclusion") return step;
    if (step.kind !== "question") throw new Error(`unexpected ${step.kind}`);
    facts = { ...facts, answers: { ...facts.answers, [step.question.id]: { kind: "dont-know" } } };
  }
  throw new Error("no conclusion");
}

describe("a faint later cause's fixes (review 27)", () => {
  it("gets one line among the preventive measures, not a checklist of its own", async () => {
    const facts: Facts = { diagnosis: await diagnose(LISTED), checks: IP_CHECK, answers: {} };
    const end = conclude(facts);
    const ptr = end.causes.find((c) => c.cause === "reverse-dns");
    expect(end.causes[0]?.cause).toBe("ip-blocklisted");
    expect(ptr?.confidence ?? 1).toBeLessThan(FIX_SECTION_MIN_WEIGHT);
    const list = buildConclusionChecklist(facts, end.causes);
    expect(list.causes.map((s) => s.cause)).toEqual(["ip-blocklisted"]);
    const line = list.prevent.find((i) => i.id === `${ALSO_FOUND_PREFIX}reverse-dns`);
    expect(line?.title).toBe("Also found: your sending server has no valid reverse DNS");
    expect(line?.detail).toMatch(/unlikely to be why this message bounced \(about \d+% here\)/);
    // A link names the line as the wizard did.
    expect(titleForItemId(line!.id, facts)).toBe(line!.title);
  });

  it("keeps the section of a later cause held from the threshold up", async () => {
    const facts: Facts = { diagnosis: await diagnose(LISTED), checks: IP_CHECK, answers: {} };
    const held: HeldCause[] = [
      { cause: "ip-blocklisted", confidence: 0.8, support: "conclusion", why: "" },
      { cause: "reverse-dns", confidence: FIX_SECTION_MIN_WEIGHT, support: "check", why: "" },
    ];
    const list = buildConclusionChecklist(facts, held);
    expect(list.causes.map((s) => s.cause)).toEqual(["ip-blocklisted", "reverse-dns"]);
    expect(list.prevent.map((i) => i.id)).not.toContain(`${ALSO_FOUND_PREFIX}reverse-dns`);
  });

  it("gives no line for a faint cause whose problem no check found", async () => {
    const facts: Facts = {
      diagnosis: await diagnose(LISTED),
      checks: {
        "ip:203.0.113.9": done("203.0.113.9", "ip", [
          finding("blocklist.listed", { data: { zone: "zen.spamhaus.org" } }),
          finding("ptr.ok"),
        ]),
      },
      answers: {},
    };
    const held: HeldCause[] = [
      { cause: "ip-blocklisted", confidence: 0.95, support: "conclusion", why: "" },
      { cause: "reverse-dns", confidence: 0.03, support: "bounce", why: "" },
    ];
    const list = buildConclusionChecklist(facts, held);
    expect(list.prevent.some((i) => i.id.startsWith(ALSO_FOUND_PREFIX))).toBe(false);
  });
});
