// What a not-a-bounce verdict says in plain words, by the evidence that made it. The cause's own
// summary ("a delivery report, an auto-reply or a complaint report") names every kind at once;
// the person who pasted one needs to hear which kind it is and what, if anything, it asks of
// them. Each reading rests on the standard (or the program) that defines that kind of message.
// A delay notice is not here: its own explanation says until when the server keeps trying.

import type { Actor } from "@/lib/causes/causes";

export interface NotABounceReading {
  id: string;
  /**
   * The evidence rule ids that read the message as this kind: the classifier's own (format.*,
   * dsn.*), concepts (lib/knowledge/scoring/concepts), and sending services' entries for the
   * same kind of report (lib/knowledge/providers).
   */
  ruleIds: readonly string[];
  /** Stands for the cause's title ("This is not a delivery failure"). */
  headline: string;
  /** Stands for the cause's summary: what the message is and what it asks of the reader. */
  note: string;
  source: string;
  /** Who acts, where the kind asks something of someone (the cause's own actor is "nobody"). */
  actor?: { id: Actor; label: string };
}

export const NOT_A_BOUNCE_READINGS: readonly NotABounceReading[] = [
  {
    id: "automatic-reply",
    ruleIds: [
      "format.auto-reply",
      "concept.automatic-reply",
      "postmark.type-64-auto-responder",
      "sparkpost.class-60-auto-reply",
    ],
    headline: "This is an automatic reply, not a bounce",
    note: "An out-of-office or vacation reply came back from the recipient's side: your message arrived. Nothing needs fixing.",
    source:
      "RFC 3834 (automatic responses to electronic mail); RFC 5230 (Sieve vacation: an autoresponder that answers mail that was delivered)",
  },
  {
    id: "complaint-report",
    ruleIds: ["format.arf", "postmark.type-100001-spam-complaint"],
    headline: "This is a complaint report, not a bounce",
    note: "The recipient's mailbox provider reports that the recipient marked your message as spam. Your message was delivered; stop sending to the person who complained.",
    source: "RFC 5965 sections 1 and 3 (the Abuse Reporting Format's feedback reports)",
    actor: { id: "sender", label: "You (the sender): stop mailing that address" },
  },
  {
    id: "delivered",
    ruleIds: ["dsn.action.delivered"],
    headline: "The report says your message was delivered",
    note: "The delivery report's Action field says the message reached this recipient. Nothing bounced.",
    source: 'RFC 3464 section 2.3.3 (Action field: "delivered")',
  },
  {
    id: "relayed",
    ruleIds: ["dsn.action.relayed"],
    headline: "The report says your message was passed on",
    note: "The message was handed on to a system that sends no delivery reports, so no later report will come. Nothing failed here.",
    source: 'RFC 3464 section 2.3.3 (Action field: "relayed")',
  },
  {
    id: "expanded",
    ruleIds: ["dsn.action.expanded"],
    headline: "The report says your message went to a list or alias",
    note: "The message was delivered to a mailing list or alias, which passes it on to its members. Nothing failed here.",
    source: 'RFC 3464 section 2.3.3 (Action field: "expanded")',
  },
  {
    id: "success-status",
    ruleIds: ["rfc3463.class-2"],
    headline: "The status code reports success",
    note: "The code in this text (2.X.X) means the message was accepted or delivered. Nothing bounced.",
    source: "RFC 3463 section 3.1 (class 2, Success)",
  },
  {
    id: "held-for-moderation",
    ruleIds: ["concept.held-for-moderation"],
    headline: "A mailing list holds your message for its moderator",
    note: "The list took your message and waits for its moderator to approve it. It has not bounced; the moderator posts it or tells you the decision.",
    source:
      "Mailman's postheld notice and Sympa's delivery status notification (lib/knowledge/scoring/concepts/notices.ts)",
  },
  {
    id: "attachment-removed",
    // Virus scanners' own notices that they took a part out and passed the message on
    // (./providers/scan-notices.ts), and the concepts that read any scanner's words for it
    // (./scoring/concepts/attachment-removed.ts).
    ruleIds: [
      "concept.attachment-removed-delivered",
      "concept.attachment-replaced-by-notice",
      "scan-notice.mailscanner.attachment-replaced",
      "scan-notice.mailscanner.banned-attachment-replaced",
      "scan-notice.servgate.action-applied-to-attachments",
      "scan-notice.exchange.malware-alert-attachments-deleted",
      "scan-notice.exchange-online.malware-alert-attachments-removed",
    ],
    headline: "A virus scanner removed an attachment; the message went through",
    note: "A scanner on the way took out an attachment it judged infected or not allowed and delivered the rest of the message with a notice in its place. Nothing bounced. If you never sent that attachment, someone forged your address (worms do); if you did, scan the computer that sent it and send the file another way.",
    source:
      "MailScanner 5's report templates (reports/en/deleted.virus.message.txt, deleted.filename.message.txt), a ServGate EdgeForce notice and Exchange's malware alert text (lib/knowledge/providers/scan-notices.ts); Symantec Mail Security's, Proxmox Mail Gateway's and FortiGate's replacement texts (lib/knowledge/scoring/concepts/attachment-removed.ts)",
  },
  {
    id: "read-receipt",
    ruleIds: ["concept.read-receipt"],
    headline: "This is a read receipt, not a bounce",
    note: "The recipient's mail program reports that your message was shown. Nothing bounced.",
    source: "RFC 8098 (message disposition notifications)",
  },
  {
    id: "challenge-response",
    ruleIds: [
      "concept.challenge-response",
      // The challenge systems' own notices (Bluebottle, Boxbe, TMDA): ./scoring/concepts/challenge-notices.ts
      "concept.challenge-held",
      "postmark.type-16384-challenge-verification",
      "sparkpost.class-100-challenge-response",
    ],
    headline: "The recipient's filter asks you to confirm you sent this",
    note: "A challenge-response filter holds your message until the sender answers its challenge (usually a link to follow or a reply to send). Answer it if you did send the message; nothing is broken on your side.",
    source:
      "https://postmarkapp.com/developer/api/bounce-api#bounce-types (Postmark, ChallengeVerification); https://support.sparkpost.com/docs/deliverability/bounce-classification-codes (SparkPost, class 100); http://www.spamarrest.com/help/index.jsp?cat=19 (Spam Arrest: the challenge, and senders authorise themselves once)",
    actor: { id: "sender", label: "You (the sender): answer the challenge" },
  },
  {
    id: "unsubscribe-request",
    ruleIds: [
      "concept.unsubscribe-request",
      "postmark.type-16-unsubscribe-request",
      "sparkpost.class-90-unsubscribe",
    ],
    headline: "This is an unsubscribe request, not a bounce",
    note: "The recipient asks to be taken off your list. Remove the address from the list you sent from; nothing bounced.",
    source:
      "https://postmarkapp.com/developer/api/bounce-api#bounce-types (Postmark, type 16 Unsubscribe); https://support.sparkpost.com/docs/deliverability/bounce-classification-codes (SparkPost, class 90)",
    actor: { id: "sender", label: "You (the sender): remove the address" },
  },
];
