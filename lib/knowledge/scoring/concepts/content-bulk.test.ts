// concept.bulk-message-verdict (./content-bulk.ts): a checksum filter's verdict that the message
// is bulk mail; not a recipient count, nor the sender's bulk-mail reputation.
import { afterEach, describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { normalizeString } from "@/lib/classify/text-index";
import { diagnose } from "@/lib/diagnosis/diagnose";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const ID = "concept.bulk-message-verdict";

afterEach(() => leaveOutProvidersForEvaluation([]));

describe("concept.bulk-message-verdict", () => {
  it.each([
    '554 5.7.1 dcc: bulk message found: "Body=many Fuz1=many Fuz2=many"',
    '554 5.7.1 pyzor: Pyzor bulk message found: "bl_112_wl_0"',
    "Message rejected as bulk (#5.3.0)",
  ])("reads a bulk verdict in: %s", (text) => {
    expect(ids(text)).toContain(ID);
  });

  it.each([
    // Too many recipients for one message: a rate limit.
    "452 4.5.3 Too many recipients for a bulk message, rejected",
    // DCC's reply on the sending host's standing: a reputation.
    "550 5.7.1 4A1B2C3D bulk mail reputation; see https://commercial-dcc.rhyolite.com/cgi-bin/reps.cgi?tgt=192.0.2.1",
    // Gmail's guidelines named after an SPF refusal.
    "550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
  ])("reads none in: %s", (text) => {
    expect(ids(text)).not.toContain(ID);
  });

  it("reads Rspamd's DCC refusal as content-spam without the content filters' table", async () => {
    leaveOutProvidersForEvaluation(["content-filter"]);
    const d = await diagnose('554 5.7.1 dcc: bulk message found: "Body=many Fuz1=many Fuz2=many"');
    expect((d.recipients[0] ?? d.overall).cause).toBe("content-spam");
  });
});
