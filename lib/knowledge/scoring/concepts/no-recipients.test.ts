// concept.no-recipients-given (./no-recipients.ts): a submission with no recipient at all; not a
// server that refused every recipient it was given.
import { afterEach, describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { normalizeString } from "@/lib/classify/text-index";
import { diagnose } from "@/lib/diagnosis/diagnose";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const ID = "concept.no-recipients-given";

afterEach(() => leaveOutProvidersForEvaluation([]));

describe("concept.no-recipients-given", () => {
  it.each([
    "There are no recipients specified",
    "sendmail: fatal: www-data(33): No recipient addresses found in message header",
    "sendmail: fatal: www-data(33): Recipient addresses must be specified on the command line or via the -t option",
  ])("reads a submission without recipients in: %s", (text) => {
    expect(ids(text)).toContain(ID);
  });

  it.each([
    // Every recipient refused before DATA: their own reasons, not a missing one.
    "554 5.5.1 Error: no valid recipients",
    "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
  ])("reads none in: %s", (text) => {
    expect(ids(text)).not.toContain(ID);
  });

  it("reads Amazon SES's refusal as protocol-syntax without its table", async () => {
    leaveOutProvidersForEvaluation(["amazon-ses"]);
    const d = await diagnose("There are no recipients specified");
    expect((d.recipients[0] ?? d.overall).cause).toBe("protocol-syntax");
  });
});
