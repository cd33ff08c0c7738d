// Concepts (see ./types.ts): a mail scanner's notice that it took an attachment out of a message
// and delivered the rest, with the notice in the attachment's place. Nothing bounced: the notice
// is the message (or a note in it) as the recipient received it, and it often reaches a sender who
// never wrote the mail (worms forge the sender). It names a virus or a banned file type, which
// concept.virus-found and concept.attachment-refused (./content.ts) read as a refusal of the
// whole message; this concept reads the scanner's own statement that the part was removed or
// replaced. Its examples are vendors' default texts (Symantec Mail Security, Proxmox Mail
// Gateway, FortiGate) and one organisation's gateway notice; the scanners' notices of
// providers/scan-notices.ts (MailScanner, Exchange's malware alert, ServGate) are left for the
// leave-one-out measure to test it on.
//
// Only the removal of a part counts. A notice that the whole message was deleted, held or
// refused ("Your message ... contained a virus and was deleted", amavis's "Delivery of the email
// was stopped!") is a message that did not arrive: the subjects name the attachment as what was
// removed, and the `unless` words keep such notices content-virus.
import { WEIGHTS } from "../weights";
import type { Concept } from "./types";

const SYMANTEC_SMS =
  "https://knowledge.broadcom.com/external/article/181264/configuring-a-security-risk-detection.html";
const PMG_REMOVE =
  "https://github.com/proxmox/pmg-api/blob/fe7eae4e7c6e6517c34f9dc19edaaac50dd552f6/src/PMG/RuleDB/Remove.pm";
const FORTIGATE_REPLACEMSG =
  "https://docs.fortinet.com/document/fortigate/6.0.0/cli-reference/967682/system-replacemsg-utm";

// The whole message deleted, held or refused: it was not delivered.
const NOT_DELIVERED = [
  "reject",
  "refuse",
  "denied",
  "not delivered",
  "not be delivered",
  "undeliver",
  "delivery failed",
  "was stopped",
  "bounce",
  "message deleted",
  "message was deleted",
  "message has been deleted",
  "message was removed",
  "message has been removed",
  "email was deleted",
  "email has been deleted",
  "mail was deleted",
  "mail has been deleted",
  "message was quarantined",
  "message has been quarantined",
  "email has been quarantined",
  "entire message",
  "whole message",
  "message and all attachments",
  "message and its attachments",
  "discarded",
];

// The virus or file-type words beside these statements (a concept's weight for content-virus)
// name what was removed, not why a message was refused: the statement explains them away, so it
// weighs what a provider's documented string weighs (a lead of 0.4 over the concept beside it:
// a shown confidence of about 0.63, content-virus ranked next). A refusal that names the removal
// says so too ("Message rejected: the attachment has been removed"): the `unless` words.
const EXPLAINS_AWAY = WEIGHTS.documented;

export const ATTACHMENT_REMOVED_CONCEPTS: readonly Concept[] = [
  {
    // The attachment (or the file) is the grammatical subject of the removal: "All attachments
    // have been deleted", "This attachment was removed", "The file was removed". Not "removed"
    // or "deleted" anywhere near "attachment": in "Your message with the attachment ...
    // contained a virus and was deleted" the message is what was deleted.
    id: "concept.attachment-removed-delivered",
    cause: "not-a-bounce",
    says: "a scanner removed an attachment and delivered the rest of the message; nothing bounced",
    weight: EXPLAINS_AWAY,
    subject: [
      "attachment was removed",
      "attachment has been removed",
      "attachments were removed",
      "attachments have been removed",
      "attachment was deleted",
      "attachment has been deleted",
      "attachments were deleted",
      "attachments have been deleted",
      "attachment was stripped",
      "attachment has been stripped",
      "attachments were stripped",
      "attachments have been stripped",
      "file was removed",
      "file has been removed",
      // ServGate's list of what it did to each attachment: "Attachment Name: ..., Virus Found:
      // ..., Status: Deleted".
      "attachment name:",
    ],
    // The subject holds its own verb; ServGate's list states it a few words on.
    failure: ["removed", "deleted", "stripped"],
    unless: NOT_DELIVERED,
    examples: [
      {
        text: "This attachment was removed: __FILENAME__ It was put into the Attachment Quarantine, please contact your Administrator",
        source: `${PMG_REMOVE} (Proxmox Mail Gateway's "Remove attachments" action: the default text of the REMOVED_ATTACHMENT file it puts in the delivered message, with the attachment quarantine's line)`,
      },
      {
        // The recipient organisation's gateway, quoted by its IT security department to a
        // mailcow user whose messages arrived without their attachment (the issue's title: "Sent
        // Emails having attachment without files being attached"); the notice goes on "to
        // understand how to avoid attachment deletions in the future".
        text: "email contained an attachment (noname.eml) which contravened IT security policy. The attachment has been removed.",
        source:
          "https://github.com/mailcow/mailcow-dockerized/issues/731 (mailcow-dockerized #731: a gateway's notice, as a user met it)",
      },
      {
        text: "A virus was detected in a file attachment. The file was removed.",
        source: `${FORTIGATE_REPLACEMSG} (FortiOS 6.0 CLI reference, system replacemsg utm: the virus-text message substituted for an infected email attachment)`,
      },
    ],
  },
  {
    // The scanner's notice standing where the part was: Symantec's "replaced <file> with this
    // text message", MailScanner's "has been replaced by this warning message". "This" is the
    // notice the reader holds, so the message it stands in arrived.
    id: "concept.attachment-replaced-by-notice",
    cause: "not-a-bounce",
    says: "a scanner replaced an attachment with this notice and delivered the rest of the message; nothing bounced",
    weight: EXPLAINS_AWAY,
    subject: ["replaced"],
    failure: [
      "with this text message",
      "with this text file",
      "by this text message",
      "with this warning",
      "by this warning",
      "with this alert",
      "by this alert",
    ],
    unless: NOT_DELIVERED,
    examples: [
      {
        text: "Symantec Mail Security replaced %attachment% with this text message. The original file contained %violation% and was %action%.",
        source: `${SYMANTEC_SMS} (Broadcom KB 181264, Symantec Mail Security: the default replacement text put in place of an attachment that held a security risk)`,
      },
    ],
  },
];
