// The usual causes of a reply or status code that says nothing more, in the order the wizard
// should test them. They rank the possibilities of an `unknown` verdict; they never decide one.
import type { CauseId } from "@/lib/causes/causes";

export interface ReplyPossibilities {
  /** A basic reply code (550) or an enhanced status code (5.7.1). */
  code: string;
  /** Most usual first. */
  causes: readonly CauseId[];
  source: string;
}

export const REPLY_POSSIBILITIES: readonly ReplyPossibilities[] = [
  {
    // The article that started the project lists these five for a bare 550
    // (../shared/design/PRODUCT.md, "Causes"): recipient server policy, blocklisted IP,
    // content, wrong recipient, mailbox full.
    code: "550",
    causes: [
      "sender-policy",
      "ip-blocklisted",
      "content-spam",
      "recipient-unknown",
      "mailbox-full",
    ],
    source:
      "RFC 5321 section 4.2.3 (550 Requested action not taken: mailbox unavailable, or refused for policy reasons); the project's founding article (PRODUCT.md)",
  },
  {
    code: "554",
    causes: [
      "sender-policy",
      "ip-blocklisted",
      "content-spam",
      "bad-reputation",
      "recipient-unknown",
    ],
    source: "RFC 5321 section 4.2.3 (554 Transaction failed; at connection: no SMTP service here)",
  },
  {
    code: "553",
    causes: ["sender-address-invalid", "recipient-unknown", "relay-denied", "sender-policy"],
    source: "RFC 5321 section 4.2.3 (553 Requested action not taken: mailbox name not allowed)",
  },
  {
    code: "5.7.1",
    causes: [
      "sender-policy",
      "ip-blocklisted",
      "content-spam",
      "authentication-failure",
      "relay-denied",
    ],
    source:
      "RFC 3463 section 3.8 (X.7.1 Delivery not authorized, message refused); https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml",
  },
  {
    // A receiver's own temporary blocklist answers the connection with 421 too: LogSat
    // SpamFilter's cached IP blocking ("421 Your IP is temporarily blocked, please try again
    // later", https://logsat.com/spamfilter/forums/printer_friendly_posts.asp?TID=6127) and
    // SocketLabs's gateway ("421 4.5.1 Too many errors, you have been temporarily blacklisted",
    // https://help.socketlabs.com/docs/421-451-too-many-errors-you-have-been-temporarily-blacklisted).
    code: "421",
    causes: ["rate-limited", "bad-reputation", "remote-server-error", "ip-blocklisted"],
    source:
      "RFC 5321 section 4.2.3 (421 Service not available, closing transmission channel); LogSat SpamFilter and SocketLabs (a receiver's own temporary IP blocklist, above)",
  },
  {
    code: "450",
    causes: ["rate-limited", "bad-reputation", "sender-policy", "remote-server-error"],
    source:
      "RFC 5321 section 4.2.3 (450 mailbox unavailable, busy or temporarily blocked for policy reasons)",
  },
  {
    code: "451",
    causes: ["remote-server-error", "rate-limited", "bad-reputation"],
    source: "RFC 5321 section 4.2.3 (451 Requested action aborted: local error in processing)",
  },
];
