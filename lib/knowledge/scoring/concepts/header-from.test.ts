// concept.from-header-address-invalid (./header-from.ts): a From: header with no valid address;
// not a From: domain that fails authentication or alignment, nor a sending service's identity.
import { afterEach, describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { normalizeString } from "@/lib/classify/text-index";
import { diagnose } from "@/lib/diagnosis/diagnose";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const ID = "concept.from-header-address-invalid";

afterEach(() => leaveOutProvidersForEvaluation([]));

describe("concept.from-header-address-invalid", () => {
  it.each([
    "550 jane@coolexample.com Blank From: addresses are not allowed. Provide a valid From. IB501",
    "550 jane@coolexample.com IP addresses are not allowed as a From: Address. Provide a valid From. IB502",
    "550 5.7.1 Messages missing a valid address in the From: header, or having no From: header, are not accepted.",
  ])("reads a From: header without a valid address in: %s", (text) => {
    expect(ids(text)).toContain(ID);
  });

  it.each([
    // DMARC alignment of the From: domain: authentication-failure.
    "550 5.7.26 Your email was blocked because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain.",
    // A sending service's registered From address.
    "550 From header sender domain not verified",
    "The from address does not match a verified Sender Identity",
    // A From: domain that does not resolve: the sender's address (GoDaddy IB506).
    "550 coolexample.com From: Domain is invalid. Provide a valid From: IB506",
  ])("reads none in: %s", (text) => {
    expect(ids(text)).not.toContain(ID);
  });

  it.each([
    "550 jane@coolexample.com Blank From: addresses are not allowed. Provide a valid From. IB501",
    "550 jane@coolexample.com IP addresses are not allowed as a From: Address. Provide a valid From. IB502",
  ])("reads GoDaddy's From: refusal as protocol-syntax without its table: %s", async (text) => {
    leaveOutProvidersForEvaluation(["godaddy"]);
    const d = await diagnose(text);
    expect((d.recipients[0] ?? d.overall).cause).toBe("protocol-syntax");
  });
});
