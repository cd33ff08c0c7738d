// concept.client-not-permitted-to-send (./submission-permission.ts): a submitting client not
// authenticated, or its user not authorised, to send; not sender authentication, nor an identity
// sent on behalf of.
import { afterEach, describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { normalizeString } from "@/lib/classify/text-index";
import { diagnose } from "@/lib/diagnosis/diagnose";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const ID = "concept.client-not-permitted-to-send";

afterEach(() => leaveOutProvidersForEvaluation([]));

describe("concept.client-not-permitted-to-send", () => {
  it.each([
    "5.7.57 Client not authenticated to send mail",
    "530 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM",
    "554 Access denied: User arn:aws:iam::123456789012:user/smtp is not authorized to perform ses:SendRawEmail on resource arn:aws:ses:us-east-1:123456789012:identity/example.com",
  ])("reads a client not permitted to send in: %s", (text) => {
    expect(ids(text)).toContain(ID);
  });

  it.each([
    // Sender authentication, not the client's login.
    "550 5.7.1 Mail not authenticated to send: SPF fail for example.com",
    // An identity the account may not send as.
    "550 5.7.1 User is not authorized to perform sending on behalf of alice@example.com",
    // An action that is no send.
    "550 User is not authorized to perform this operation: mailbox access",
  ])("reads none in: %s", (text) => {
    expect(ids(text)).not.toContain(ID);
  });

  it.each([
    ["microsoft", "5.7.57 Client not authenticated to send mail"],
    [
      "amazon-ses",
      "554 Access denied: User <User ARN> is not authorized to perform ses:SendRawEmail on resource <Identity ARN>",
    ],
  ])("reads %s's refusal as relay-denied without its table", async (provider, text) => {
    leaveOutProvidersForEvaluation([provider]);
    const d = await diagnose(text);
    expect((d.recipients[0] ?? d.overall).cause).toBe("relay-denied");
  });
});
