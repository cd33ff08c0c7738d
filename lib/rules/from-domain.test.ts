import { describe, expect, it } from "vitest";
import { buildConclusionChecklist } from "@/lib/checklists/build";
import { CHECK_FIRST_PREFIX } from "@/lib/checklists/check-first";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { answer, heldCauses, walkWithCodes, type EngineWalk } from "./test-factories";
import type { Facts } from "./types";

// Gmail's documented 5.7.26 reply, with a platform's domain as the From domain (review 31,
// finding 3: an app sent From the platform's domain, and the wizard advised publishing SPF and
// DMARC for it). The reply's words as lib/knowledge/providers/google-smtp-errors.ts records them
// (5.7.26-unauthenticated-email-from-domain), "domain-name" filled in as Gmail fills it.
const DMARC_REFUSAL = (domain: string) =>
  `550 5.7.26 Unauthenticated email from ${domain} is not accepted due to domain's DMARC policy. Please contact the administrator of ${domain} domain if this was a legitimate mail. - gsmtp`;

/** A walk whose domain check finds no SPF and no DMARC record, and whose IP is on no list. */
function walk(facts: Facts, answers: Partial<Facts["answers"]>): EngineWalk {
  return walkWithCodes(facts, answers, {
    ip: ["blocklist.not-listed", "ptr.ok"],
    domain: ["mx.ok", "spf.missing", "dmarc.missing"],
  });
}

describe("a DMARC refusal naming a From domain that may not be the sender's (review 31, finding 3)", () => {
  it("asks whether the domain is the user's before looking it up, and if not, fixes the From address", async () => {
    const diagnosis = await diagnose(DMARC_REFUSAL("platform.example"));
    const { end, facts, asked, ran } = walk(
      { diagnosis, checks: {}, answers: {} },
      { "from-domain-owned": answer.choice("no") },
    );
    expect(asked).toContain("from-domain-owned");
    expect(ran).not.toContain("domain:platform.example");
    expect(end.causes[0]?.cause).toBe("authentication-failure");
    expect(end.reason).toContain("platform.example is not a domain you control");
    const items = buildConclusionChecklist(facts, end.causes).causes.flatMap((s) => s.items);
    expect(items[0]?.title).toBe("Send From an address in a domain you control");
    const titles = items.map((i) => i.title).join("\n");
    expect(titles).not.toMatch(/Publish an? (SPF|DMARC) record for platform\.example/);
    expect(titles).not.toContain("List every service that sends as platform.example");
  });

  it("offers no look-up of that domain's records among the unsettled first steps once it is not the user's", async () => {
    const diagnosis = await diagnose(DMARC_REFUSAL("platform.example"));
    const { facts } = walk(
      { diagnosis, checks: {}, answers: {} },
      { "from-domain-owned": answer.choice("no") },
    );
    const unsettled = heldCauses([
      ["authentication-failure", 0.6],
      ["sender-policy", 0.3],
    ]);
    const ids = buildConclusionChecklist(facts, unsettled).causes.flatMap((s) =>
      s.items.map((i) => i.id),
    );
    expect(ids).not.toContain(`${CHECK_FIRST_PREFIX}authentication-failure`);
    expect(ids).toContain(`${CHECK_FIRST_PREFIX}sender-policy`);
  });

  it("looks the domain up as before where the user says it is theirs", async () => {
    const diagnosis = await diagnose(DMARC_REFUSAL("platform.example"));
    const { ran, facts, end } = walk(
      { diagnosis, checks: {}, answers: {} },
      { "from-domain-owned": answer.choice("yes") },
    );
    expect(ran).toContain("domain:platform.example");
    const ids = buildConclusionChecklist(facts, end.causes).causes.flatMap((s) =>
      s.items.map((i) => i.id),
    );
    expect(ids.some((id) => id.startsWith("foreign-from."))).toBe(false);
  });

  it("does not ask for a public mailbox service's domain: that is known not to be the user's", async () => {
    const diagnosis = await diagnose(DMARC_REFUSAL("yahoo.com"));
    const { asked } = walk({ diagnosis, checks: {}, answers: {} }, {});
    expect(asked).not.toContain("from-domain-owned");
  });
});
