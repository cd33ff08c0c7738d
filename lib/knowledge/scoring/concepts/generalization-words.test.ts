// Session 29's wordings for ideas several programs and providers share (a sending allowance
// worded as "limit for sending" or "outgoing messages", a destination with no MX, credentials
// refused over a clear-text session, a failed DANE check): their paraphrases read the same, and
// the neighbours the words could be mistaken for do not fire them.
import { describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);

describe("generalized wordings", () => {
  it.each([
    ["You have reached the limit for sending messages today.", "concept.sending-quota"],
    ["421 Too many outgoing messages: hourly maximum exceeded", "concept.sending-quota"],
    ["Outgoing messages limit reached for this mailbox", "concept.sending-quota"],
    ["No MX found for destination example.org", "concept.domain-takes-no-mail"],
    ["Refuse to AUTH over insecure connection", "concept.auth-needs-encryption"],
    ["Authentication not allowed over an unencrypted connection", "concept.auth-needs-encryption"],
    ["454 4.7.5 DANE check failed for mx.example.org", "concept.dane-failed"],
  ])("reads %s as %s", (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    // One message's size, not an allowance of messages.
    [
      "552 5.3.4 Outgoing messages over the message size limit are refused",
      "concept.sending-quota",
    ],
    ["Outgoing messages are scanned for viruses", "concept.sending-quota"],
    // The sender's own domain (sender-address-invalid), a lookup to be tried again.
    [
      "553 5.1.8 Sender domain has no MX: No MX found for destination of sender",
      "concept.domain-takes-no-mail",
    ],
    ["451 missing MX for example.org, try again later", "concept.domain-takes-no-mail"],
    // A wrong password, and a session that was encrypted.
    ["535 5.7.8 Authentication credentials invalid", "concept.auth-needs-encryption"],
    [
      "Connection is secure; non-secure ciphers are disabled by policy",
      "concept.auth-needs-encryption",
    ],
  ])("does not read %s as %s", (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
});
