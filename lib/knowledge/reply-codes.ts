// Basic SMTP reply codes (RFC 5321 section 4.2.2-4.2.3, RFC 7504 for 521/556, RFC 4954 for
// the AUTH codes). The weakest evidence: servers reuse 550 and 554 for almost everything.
// Source: https://www.rfc-editor.org/rfc/rfc5321#section-4.2
import type { CauseId } from "@/lib/causes/causes";

export interface ReplyCodeInfo {
  code: number;
  meaning: string;
  cause?: CauseId;
  reference: string;
  /**
   * True when the code's RFC meaning names one thing (a syntax error, a host that takes no
   * mail), so that it weighs like a specific status code; false or absent for codes servers
   * reuse for nearly everything (550, 554).
   */
  specific?: boolean;
  /**
   * Set when the code is about the whole session, not one recipient: an enhanced status of these
   * subjects (RFC 3463's middle digit: "1" addressing, "2" mailbox) beside it says nothing about
   * one address or mailbox, so the registry's reading of that status is not made (the code's own
   * usual causes, reply-possibilities.ts, rank instead). A reason the words give still decides.
   */
  sessionWide?: { subjects: readonly string[]; note: string };
}

const R5321 = "RFC 5321";

export const REPLY_CODES: readonly ReplyCodeInfo[] = [
  {
    code: 421,
    meaning: "Service not available, closing transmission channel",
    cause: "remote-server-error",
    reference: R5321,
    // RFC 5321 sections 3.8 and 4.2.3: the server closes the channel (it "may be a reply to
    // any command if the service knows it must shut down"), for every recipient of the session.
    // Vade-filtered platforms send "421 4.2.1 Connection deferred" for a busy server, too many
    // connections from one IP address and a bad sending record alike (providers/vade.ts): the
    // mailbox status reads as no one mailbox's state.
    sessionWide: {
      subjects: ["1", "2"],
      note: "A 421 closes the whole session, for every recipient: an address or mailbox status beside it says nothing about one address or mailbox.",
    },
  },
  {
    code: 450,
    meaning: "Mailbox unavailable (busy or temporarily blocked for policy reasons)",
    reference: R5321,
  },
  {
    code: 451,
    meaning: "Local error in processing",
    cause: "remote-server-error",
    reference: R5321,
  },
  {
    code: 452,
    meaning: "Insufficient system storage",
    cause: "remote-server-error",
    reference: R5321,
  },
  {
    code: 454,
    meaning: "TLS not available due to temporary reason",
    cause: "tls-required",
    reference: "RFC 3207",
  },
  {
    code: 455,
    meaning: "Server unable to accommodate parameters",
    cause: "protocol-syntax",
    reference: R5321,
  },
  {
    code: 500,
    meaning: "Syntax error, command unrecognized",
    cause: "protocol-syntax",
    reference: R5321,
    specific: true,
  },
  {
    code: 501,
    meaning: "Syntax error in parameters or arguments",
    cause: "protocol-syntax",
    reference: R5321,
    specific: true,
  },
  {
    code: 502,
    meaning: "Command not implemented",
    cause: "protocol-syntax",
    reference: R5321,
    specific: true,
  },
  {
    code: 503,
    meaning: "Bad sequence of commands",
    cause: "protocol-syntax",
    reference: R5321,
    specific: true,
  },
  {
    code: 504,
    meaning: "Command parameter not implemented",
    cause: "protocol-syntax",
    reference: R5321,
    specific: true,
  },
  {
    code: 521,
    meaning: "Host does not accept mail",
    cause: "recipient-domain-invalid",
    reference: "RFC 7504",
    specific: true,
  },
  {
    code: 523,
    meaning: "Encryption needed",
    cause: "tls-required",
    reference: "RFC 5248",
    specific: true,
  },
  { code: 530, meaning: "Authentication required", cause: "relay-denied", reference: "RFC 4954" },
  {
    code: 534,
    meaning: "Authentication mechanism is too weak",
    cause: "relay-denied",
    reference: "RFC 4954",
    // RFC 4954 section 6 gives it only as an answer to AUTH: the sending program's login
    // was refused (Gmail's "535-5.7.8 Username and Password not accepted").
    specific: true,
  },
  {
    code: 535,
    meaning: "Authentication credentials invalid",
    cause: "relay-denied",
    reference: "RFC 4954",
    // RFC 4954 section 6 gives it only as an answer to AUTH: the sending program's login
    // was refused (Gmail's "535-5.7.8 Username and Password not accepted").
    specific: true,
  },
  {
    code: 538,
    meaning: "Encryption required for requested authentication mechanism",
    cause: "tls-required",
    reference: "RFC 4954",
    specific: true,
  },
  {
    code: 550,
    meaning: "Mailbox unavailable (not found, no access, or refused for policy reasons)",
    cause: "recipient-unknown",
    reference: R5321,
  },
  { code: 551, meaning: "User not local", cause: "recipient-unknown", reference: R5321 },
  { code: 552, meaning: "Exceeded storage allocation", cause: "mailbox-full", reference: R5321 },
  {
    code: 553,
    meaning: "Mailbox name not allowed (syntax incorrect)",
    cause: "recipient-unknown",
    reference: R5321,
  },
  {
    code: 554,
    meaning: "Transaction failed (or no SMTP service here)",
    cause: "sender-policy",
    reference: R5321,
  },
  {
    code: 555,
    meaning: "MAIL FROM/RCPT TO parameters not recognized or not implemented",
    cause: "protocol-syntax",
    reference: R5321,
    specific: true,
  },
  {
    code: 556,
    meaning: "Domain does not accept mail",
    cause: "recipient-domain-invalid",
    reference: "RFC 7504",
    specific: true,
  },
];

const BY_CODE = new Map(REPLY_CODES.map((r) => [r.code, r]));

export function lookupReplyCode(code: number): ReplyCodeInfo | null {
  return BY_CODE.get(code) ?? null;
}
