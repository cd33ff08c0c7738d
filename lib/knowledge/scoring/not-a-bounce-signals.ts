// How sure a not-a-bounce verdict is, from the signal that made it (issue 8). A cause verdict's
// confidence grows with its evidence's weight; a not-a-bounce verdict has one piece of evidence,
// and how much it says depends on who wrote it: a field the mail system writes by a standard
// ("Action: delayed", "Auto-Submitted: auto-replied") says what the message is; words a person or
// a program wrote in prose ("will retry", a subject "Out of office") only suggest it.
//
// The figures are the share of such verdicts expected right, set from what each standard makes
// the writer say and checked on the labelled sets (scripts/eval-calibration.ts, its
// "not-a-bounce" rows): a field the standard defines for exactly this 0.95-0.97; a field some
// programs write by custom 0.9; prose 0.7-0.85. Measured on the dev corpus and the held-out
// real bounces together (eval:calibration's rows, by figure): 0.97 right 24 of 24; 0.95 5 of 5;
// 0.85 2 of 2; 0.75 (subject only) 3 of 3; 0.90 (DSN delay) 0 of 2 and 0.70 (prose delay) 0 of
// 4 by the labels, which name a delay's reason: the prose notices held one the classifier
// missed ("Delay reason: SMTP error ...", "Host not reachable"), the DSNs a bare 4.4.0 / 4.5.0
// (the labels name the status's class). Hence the prose delay is the least sure. Since review 31
// a status with a subject (4.4.0: network or routing) counts as the delay's reason, told "not
// sure which" with the subject's causes ranked (lib/classify/delay-notice.ts givesDelayReason):
// those two DSNs are no longer not-a-bounce, and eval:calibration's dev rows hold no 0.90 verdict.
// 0.90 now rests only on delays whose report gives no reason at all (no words read, no status or
// X.0.0), where the standard's field is all there is: nothing failed yet.

export type NotABounceSignalId =
  | "feedback-report"
  | "dsn-action-delivered"
  | "dsn-action-relayed"
  | "dsn-action-expanded"
  | "status-success-dsn"
  | "status-success-words"
  | "delay-dsn"
  | "delay-words"
  | "auto-submitted-header"
  | "autoreply-header"
  | "auto-reply-subject";

export interface NotABounceSignal {
  id: NotABounceSignalId;
  /** The verdict's shown confidence when this signal made it (0..1). */
  confidence: number;
  /** Why that figure: what the signal is and who writes it. */
  note: string;
  source: string;
}

export const NOT_A_BOUNCE_SIGNALS: Record<NotABounceSignalId, NotABounceSignal> = {
  "feedback-report": {
    id: "feedback-report",
    confidence: 0.97,
    note: "A message/feedback-report part (or an ESP's complaint event): the report's type says it is a complaint, written by the mailbox provider's software.",
    source: "RFC 5965 sections 2 and 3",
  },
  "dsn-action-delivered": {
    id: "dsn-action-delivered",
    confidence: 0.97,
    note: 'The DSN field "Action: delivered" for this recipient: the reporting MTA says delivery succeeded.',
    source: "RFC 3464 section 2.3.3",
  },
  "dsn-action-relayed": {
    id: "dsn-action-relayed",
    confidence: 0.97,
    note: 'The DSN field "Action: relayed": the message went on to a system that sends no DSNs; nothing failed here.',
    source: "RFC 3464 section 2.3.3",
  },
  "dsn-action-expanded": {
    id: "dsn-action-expanded",
    confidence: 0.97,
    note: 'The DSN field "Action: expanded": delivered to a list or alias, which forwards it on.',
    source: "RFC 3464 section 2.3.3",
  },
  "status-success-dsn": {
    id: "status-success-dsn",
    confidence: 0.95,
    note: "A DSN Status field of class 2 (success), with no failure code beside it.",
    source: "RFC 3464 section 2.3.4; RFC 3463 section 3.1 (class 2, Success)",
  },
  "status-success-words": {
    id: "status-success-words",
    confidence: 0.85,
    note: "A 2.X.X status read from the words, not from a DSN field: most often a success reply quoted whole, but words can quote one reply of several.",
    source: "RFC 3463 section 3.1 (class 2, Success)",
  },
  "delay-dsn": {
    id: "delay-dsn",
    confidence: 0.9,
    note: 'Every recipient\'s DSN field says "Action: delayed": the MTA says it still holds the message and will retry.',
    source: "RFC 3464 section 2.3.3",
  },
  "delay-words": {
    id: "delay-words",
    confidence: 0.7,
    note: 'Only the notice\'s prose says it is a delay ("will retry", "has not yet been delivered"): no DSN field says so, and prose of a final bounce can quote an earlier retry.',
    source: "RFC 3464 section 2.3.3 (what a DSN would say); the writer's own wording",
  },
  "auto-submitted-header": {
    id: "auto-submitted-header",
    confidence: 0.95,
    note: 'The header field "Auto-Submitted: auto-replied": the standard\'s mark of an automatic response to a message (a vacation notice, an out-of-office).',
    source: "RFC 3834 section 5.1",
  },
  "autoreply-header": {
    id: "autoreply-header",
    confidence: 0.9,
    note: 'A header field "X-Autoreply" or "X-Autorespond": written by some vacation programs by custom, not by a standard.',
    source: "RFC 3834 section 3.1.7 (responders should not answer these); common practice",
  },
  "auto-reply-subject": {
    id: "auto-reply-subject",
    confidence: 0.75,
    note: 'Only the subject\'s words ("Out of office", "Automatic reply") and no failure code: a person can write such a subject too.',
    source: "RFC 3834 section 3.1.5 (a responder's subject); the writer's own wording",
  },
};
