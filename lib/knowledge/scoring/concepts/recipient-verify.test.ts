// concept.recipient-verify-failed (./recipient.ts): a filter's check of the recipient with the
// server behind it that the server refused; not a check that could not be made.
import { afterEach, describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { normalizeString } from "@/lib/classify/text-index";
import { diagnose } from "@/lib/diagnosis/diagnose";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const ID = "concept.recipient-verify-failed";

afterEach(() => leaveOutProvidersForEvaluation([]));

describe("concept.recipient-verify-failed", () => {
  it.each([
    "Recipient verification failed",
    "550 REJECTED - Recipient Verify Failed - User Not Found",
  ])("reads a refused recipient check in: %s", (text) => {
    expect(ids(text)).toContain(ID);
  });

  it.each([
    // The check could not be made: nothing said of the address.
    "451 4.3.0 Recipient verification failed: unknown error",
    "451 Could not complete recipient verify callout for <bob@example.com>.",
    // The sender's check (concept.sender-verify-failed).
    "550-Verification failed for <bounce@example.net> 550-Unrouteable address 550 Sender verify failed",
  ])("reads none in: %s", (text) => {
    expect(ids(text)).not.toContain(ID);
  });

  it("reads Baruwa's refusal as recipient-unknown without its table", async () => {
    leaveOutProvidersForEvaluation(["baruwa"]);
    const d = await diagnose("Recipient verification failed");
    expect((d.recipients[0] ?? d.overall).cause).toBe("recipient-unknown");
  });
});
