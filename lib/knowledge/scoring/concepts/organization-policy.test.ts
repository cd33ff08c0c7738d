// concept.organization-policy-rule (./sender-address.ts): a rule of the recipient's organisation
// refused the message; not where the words name what the rule found.
import { describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const ID = "concept.organization-policy-rule";

describe("concept.organization-policy-rule", () => {
  it.each([
    "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy",
    "550 5.7.1 This message violates example.com email policy.",
  ])("reads an organisation's own rule in: %s", (text) => {
    expect(ids(text)).toContain(ID);
  });

  it.each([
    // What the rule found decides: spam, a virus, sender authentication.
    "554 5.7.1 Message rejected by organization policy: spam detected",
    "550 5.7.1 The domain has a policy that prohibits mail failing SPF",
    "550 5.7.1 Message rejected by organization policy (virus found)",
    // A policy with no rule of the organisation named.
    "554 5.7.1 Message rejected due to local policy",
  ])("reads none in: %s", (text) => {
    expect(ids(text)).not.toContain(ID);
  });
});
