// concept.required-header-field (./header-fields.ts): a required header field missing or
// repeated, said with "field"; not the envelope's MAIL FROM, and not a From that names the
// wrong sender.
import { describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { HEADER_FIELD_CONCEPTS } from "./header-fields";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const ID = "concept.required-header-field";

describe("concept.required-header-field", () => {
  it.each(HEADER_FIELD_CONCEPTS.flatMap((c) => c.examples.map((e) => e.text)))(
    "reads its own example: %s",
    (text) => {
      expect(ids(text)).toContain(ID);
    },
  );

  it.each([
    "550 5.7.1 RFC5322 requirement error: multiple From fields",
    "550 5.7.1 RFC5322 requirement error: missing Date field",
  ])("reads the other OpenDMARC reasons: %s", (text) => {
    expect(ids(text)).toContain(ID);
  });

  it.each([
    // The envelope sender, not a header field.
    "553 5.1.8 The MAIL FROM field is missing",
    // A From header that names a sender the login may not use.
    "550 5.7.1 Sender address in From field does not match authenticated user",
  ])("reads none in: %s", (text) => {
    expect(ids(text)).not.toContain(ID);
  });

  it("reads a refused resent copy as protocol-syntax, not the bare refusal's five", async () => {
    const d = await diagnose("554 No Resent-From field given");
    const lead = d.recipients[0] ?? d.overall;
    expect(lead.cause).toBe("protocol-syntax");
  });
});
