// concept.sender-address-unverified (./sender-identity-unverified.ts): a sending service's
// unverified sender identity; not a receiver's callout check of an address, nor SES's custom
// MAIL FROM domain.
import { afterEach, describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { normalizeString } from "@/lib/classify/text-index";
import { diagnose } from "@/lib/diagnosis/diagnose";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const ID = "concept.sender-address-unverified";

afterEach(() => leaveOutProvidersForEvaluation([]));

describe("concept.sender-address-unverified", () => {
  it.each([
    "554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: alice@example.com",
    "The SendGrid account from address the message has not been verified.",
  ])("reads an unverified sender identity in: %s", (text) => {
    expect(ids(text)).toContain(ID);
  });

  it.each([
    // Amazon SES's custom MAIL FROM domain: its DNS, another reading (providers/amazon-ses.ts).
    "Mail FROM domain is not verified",
    // A receiver's sender verification by callout.
    "450 4.1.7 <alice@example.com>: Sender address rejected: unverified address: host mx.example.com said: 550 5.1.1 no such user; from address not verified",
    // A sending service's identity the words only say does not match.
    "The from address does not match a verified Sender Identity",
  ])("reads none in: %s", (text) => {
    expect(ids(text)).not.toContain(ID);
  });

  it("reads Amazon SES's unverified identity as relay-denied without its table", async () => {
    leaveOutProvidersForEvaluation(["amazon-ses"]);
    const d = await diagnose(
      "554 Message rejected: Email address is not verified. The following identities failed the check in region region: identity0, identity1, identity2",
    );
    expect((d.recipients[0] ?? d.overall).cause).toBe("relay-denied");
  });
});
