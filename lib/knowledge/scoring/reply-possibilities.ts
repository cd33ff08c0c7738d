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
    // The registry reads X.2.1 as a disabled mailbox, and Gmail and Free send it so ("550 5.2.1
    // The email account that you tried to reach is inactive", "550 5.2.1 This mailbox has been
    // blocked due to inactivity"); but servers send it for other causes too: AT&T's for an
    // address that does not exist ("550 5.2.1 <EXAMPLE@PRODIGY.NET>... Addressee unknown"),
    // Gmail's for a mailbox receiving too fast ("550 5.2.1 The user you are trying to contact
    // is receiving email at a rate that prevents additional messages from being delivered"),
    // Exchange Server's content filter ("5.2.1 Content Filter agent quarantined this message").
    // The code alone names none of them.
    code: "5.2.1",
    causes: ["mailbox-disabled", "recipient-unknown", "rate-limited", "content-spam"],
    source:
      "RFC 3463 section 3.3 (X.2.1 Mailbox disabled, not accepting messages); https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes); https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json (AT&T, Free); https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages (DSNs and NDRs in Exchange Server)",
  },
  {
    // As a temporary refusal of one recipient, X.2.1 is a mailbox receiving too much mail far
    // more often than a disabled one: Gmail ("450 4.2.1 The user you are trying to contact is
    // receiving email too quickly"), Rackspace ("450 4.2.1 <email@example.com>: Mailbox
    // received too much email in a short period of time (G30)"), ImprovMX ("450 4.2.1 Please
    // try again later. (#id-5.9.4)"). (A 421's 4.2.1 is about the session, not a mailbox:
    // reply-codes.ts sessionWide.)
    code: "4.2.1",
    causes: ["rate-limited", "mailbox-disabled"],
    source:
      "RFC 3463 section 3.3 (X.2.1); https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes); https://smtp.codes/rackspace (Rackspace, G30); https://smtp.codes/improvmx (ImprovMX)",
  },
  {
    // The registry's X.4.1 is "No answer from host", which a server that answers cannot mean;
    // servers that answer with it mean other things: Exchange Online's directory-based edge
    // blocking for an address not in the directory ("5.4.1 Recipient address rejected: Access
    // denied") and a relay it refuses ("5.4.1 Relay Access Denied"), Zoho a domain's refusal
    // ("541 5.4.1 Mail rejected by destination domain"). A reporting server's own 5.4.1 is the
    // registry's reading, listed last.
    code: "5.4.1",
    causes: ["recipient-unknown", "relay-denied", "sender-policy", "remote-unreachable"],
    source:
      "RFC 3463 section 3.5 (X.4.1 No answer from host); https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Email non-delivery reports in Exchange Online); https://smtp.codes/zoho (Zoho)",
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
