// concept.null-sender-refused (./sender-address.ts): a refusal of the empty envelope sender
// (MAIL FROM:<>), in hMailServer's words too; not a sender address refused for another reason.
import { afterEach, describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { normalizeString } from "@/lib/classify/text-index";
import { diagnose } from "@/lib/diagnosis/diagnose";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const ID = "concept.null-sender-refused";

afterEach(() => leaveOutProvidersForEvaluation([]));

describe("concept.null-sender-refused", () => {
  it.each([
    "550 mailing lists do not accept null senders",
    "550 Sender address must be specified.",
    "553 Requested action not taken: NULL sender is not allowed",
  ])("reads an empty sender refused in: %s", (text) => {
    expect(ids(text)).toContain(ID);
  });

  it.each([
    // A sender address refused, none said to be missing.
    "554 5.7.1 <a@example.net>: Sender address rejected: Access denied",
    // A recipient the client must give (Postfix sendmail(1)): not the sender.
    "sendmail: fatal: www-data(33): Recipient addresses must be specified on the command line or via the -t option",
  ])("reads none in: %s", (text) => {
    expect(ids(text)).not.toContain(ID);
  });

  it("reads hMailServer's refusal as sender-address-invalid without its table", async () => {
    leaveOutProvidersForEvaluation(["hmailserver"]);
    const d = await diagnose("550 Sender address must be specified.");
    expect((d.recipients[0] ?? d.overall).cause).toBe("sender-address-invalid");
  });
});
