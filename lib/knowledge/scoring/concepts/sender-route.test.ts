// concept.sender-unroutable (./sender-route.ts): the receiver cannot route back to the sender;
// not an unroutable recipient.
import { afterEach, describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { normalizeString } from "@/lib/classify/text-index";
import { diagnose } from "@/lib/diagnosis/diagnose";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const ID = "concept.sender-unroutable";

afterEach(() => leaveOutProvidersForEvaluation([]));

describe("concept.sender-unroutable", () => {
  it.each([
    "rejected: cannot route to sender",
    "host mxs.mail.ru [94.100.180.31]: 550 Unroutable sender address",
  ])("reads a sender the receiver cannot route back to in: %s", (text) => {
    expect(ids(text)).toContain(ID);
  });

  it.each([
    // The recipient's address, not the sender's.
    "550 Unrouteable address",
    "550 5.1.2 Cannot route to recipient domain",
  ])("reads none in: %s", (text) => {
    expect(ids(text)).not.toContain(ID);
  });

  it("reads a2i's refusal as sender-address-invalid without a2i's table", async () => {
    leaveOutProvidersForEvaluation(["a2i"]);
    const d = await diagnose("rejected: cannot route to sender");
    expect((d.recipients[0] ?? d.overall).cause).toBe("sender-address-invalid");
  });
});
