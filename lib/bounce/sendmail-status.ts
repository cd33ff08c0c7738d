// Sendmail writes a Status of its own when the server it talked to gave a bare reply code: a
// "550 mail refused" at RCPT TO becomes "Status: 5.1.1" and, in the transcript, its own line
// "550 5.1.1 <a@example.org>... User unknown". That status is sendmail's guess from the code,
// not the server's word: read as evidence it makes "The address does not exist" of every bare
// 550 refusal (review 26: PRODUCT.md's own "550 mail refused" inside a sendmail DSN read
// recipient-unknown). Where the quoted reply names no enhanced status and the status is the one
// sendmail derives from that reply code, the status is dropped and the reply is read alone.
//
// Sources (sendmail 8.17, https://github.com/deepin-community/sendmail):
// - sendmail/usersmtp.c smtprcptstat(): at RCPT TO, 550 -> "5.1.1", 551 -> "5.1.6",
//   553 -> "5.1.3" (ENHSCN_RPOOL: the server's own enhanced code when it gave one);
// - sendmail/savemail.c smtptodsn(): every other reply code's default (450 -> 4.2.0,
//   451 -> 4.3.0, 452 -> 4.3.1, 500 -> 5.5.2, 501 -> 5.5.4, 502 and 503 -> 5.5.1,
//   504 -> 5.5.4, 550 -> 5.2.0, 551 -> 5.1.6, 552 -> 5.2.2).
import type { RecipientReport } from "./types";

/** The statuses sendmail derives from each bare reply code. */
const DERIVED_STATUS: ReadonlyMap<number, readonly string[]> = new Map([
  [450, ["4.2.0"]],
  [451, ["4.3.0"]],
  [452, ["4.3.1"]],
  [500, ["5.5.2"]],
  [501, ["5.5.4"]],
  [502, ["5.5.1"]],
  [503, ["5.5.1"]],
  [504, ["5.5.4"]],
  [550, ["5.1.1", "5.2.0"]],
  [551, ["5.1.6"]],
  [552, ["5.2.2"]],
  [553, ["5.1.3"]],
]);

/** An enhanced status code anywhere in a reply's text. */
const ENHANCED_STATUS = /\b[245]\.\d{1,3}\.\d{1,3}\b/;

/**
 * Whether a recipient's status is sendmail's own guess from a bare reply code: the reply
 * quoted in its diagnostic gives no enhanced status, and the status is the one sendmail
 * derives from that code.
 */
export function isSendmailDerivedStatus(r: RecipientReport): boolean {
  if (r.status === null || r.replyCode === null || r.diagnostic === null) return false;
  if (ENHANCED_STATUS.test(r.diagnostic)) return false;
  return DERIVED_STATUS.get(r.replyCode)?.includes(r.status) ?? false;
}

/** The recipients of a sendmail bounce without the statuses sendmail derived from bare codes. */
export function withoutSendmailDerivedStatus(recipients: RecipientReport[]): void {
  for (const r of recipients) {
    if (!isSendmailDerivedStatus(r)) continue;
    r.status = null;
    delete r.spans.status;
  }
}
