// Session 29's wordings for ideas several programs and providers share (a sending allowance
// worded as "limit for sending" or "limit on the number of", a destination with no MX,
// credentials refused over a clear-text session, a failed DANE check): their paraphrases read
// the same, and the neighbours the words could be mistaken for do not fire them.
import { describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);

describe("generalized wordings", () => {
  it.each([
    ["You have reached the limit for sending messages today.", "concept.sending-quota"],
    [
      "You have exceeded the limit on the number of recipients per hour",
      "concept.count-limit-passed",
    ],
    ["No MX found for destination example.org", "concept.destination-without-mx"],
    ["Refuse to AUTH over insecure connection", "concept.auth-needs-encryption"],
    ["Authentication not allowed over an unencrypted connection", "concept.auth-needs-encryption"],
    ["454 4.7.5 DANE check failed for mx.example.org", "concept.dane-failed"],
  ])("reads %s as %s", (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    // One message's size, a full mailbox, a spam verdict: no allowance of messages.
    ["552 Message exceeds the size limit for sending", "concept.sending-quota"],
    ["550 Outgoing messages with attachments over 10 MB are not accepted", "concept.sending-quota"],
    [
      "Your outgoing messages could not be delivered because the recipient's mailbox exceeded its storage quota.",
      "concept.sending-quota",
    ],
    [
      "554 5.7.1 Outgoing messages from this IP exceeded the spam threshold",
      "concept.sending-quota",
    ],
    [
      "Mailbox has exceeded the limit on the number of messages in the folder",
      "concept.count-limit-passed",
    ],
    // The sender's own domain (sender-address-invalid), a lookup to be tried again, and a relay
    // refusal's "not a local destination".
    [
      "553 5.1.8 Sender domain has no MX: No MX found for destination of sender",
      "concept.destination-without-mx",
    ],
    ["451 No MX found for destination, try again later", "concept.destination-without-mx"],
    ["Your domain is missing MX records: destination refused", "concept.destination-without-mx"],
    [
      "554 5.7.1 Relaying denied: mail domain example.com is not a local destination",
      "concept.destination-without-mx",
    ],
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
