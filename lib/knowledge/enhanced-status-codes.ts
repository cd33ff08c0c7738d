// The IANA "Simple Mail Transfer Protocol (SMTP) Enhanced Status Codes" registry (RFC 3463,
// RFC 5248 and the RFCs that added codes since), as data. Meanings are paraphrased in plain
// words; `summary` is the registry's own sample text. `cause` is the cause the code suggests
// on its own, when it suggests one: the classifier uses it below provider signatures and
// keyword rules, since many servers use codes loosely.
// Source: https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml
// (registry updated 2024-12-06; read through its published CSV/XML copies).
import type { CauseId } from "@/lib/causes/causes";

export const IANA_REGISTRY_URL =
  "https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml";

export interface StatusClass {
  code: "2" | "4" | "5";
  summary: string;
  meaning: string;
  reference: string;
}

export interface StatusDetail {
  /** "X.1.1": subject.detail with the class left open, as the registry writes it. */
  code: string;
  /** The registry's sample text. */
  summary: string;
  /** Plain words. */
  meaning: string;
  /** Basic reply codes the registry associates with it, when it gives any. */
  replyCodes: number[];
  reference: string;
  /** The cause the code suggests for a permanent (5.x) failure. */
  cause?: CauseId;
  /** A different cause for a transient (4.x) use, where the code means something else then. */
  transientCause?: CauseId;
  /** True when the code reports success or a warning rather than a failure. */
  success?: boolean;
  /**
   * The reading when the code comes back in a bounce, from one mail server's delivery to another,
   * where the code's own reading cannot apply (an AUTH reply for a client's submission: servers
   * delivering to an MX do not authenticate with AUTH). With its own note and source.
   */
  inBounce?: { cause: CauseId; meaning: string; source: string };
  /**
   * Set when servers send the code for refusals of many causes (the site's own rule, whose
   * reason the words do not give), with the evidence that they do: the code narrows the
   * subject, not the cause, so its reading ranks causes and decides none alone. The registry's
   * X.n.0 codes ("Other or undefined ... status", RFC 3463 section 3) are catch-alls by
   * definition and need no mark.
   */
  catchAll?: { why: string; sources: readonly string[] };
}

export const STATUS_CLASSES: readonly StatusClass[] = [
  {
    code: "2",
    summary: "Success",
    meaning: "The message was delivered or relayed; detail codes may note changes made on the way.",
    reference: "RFC 3463",
  },
  {
    code: "4",
    summary: "Persistent Transient Failure",
    meaning:
      "A temporary problem: the message is valid but could not be delivered yet. Sending again later may work.",
    reference: "RFC 3463",
  },
  {
    code: "5",
    summary: "Permanent Failure",
    meaning:
      "A permanent failure: sending the same message again will not work until something changes.",
    reference: "RFC 3463",
  },
];

export const STATUS_SUBJECTS: Readonly<Record<string, string>> = {
  "0": "Other or undefined status",
  "1": "Addressing status (the sender or recipient address)",
  "2": "Mailbox status (the recipient's mailbox)",
  "3": "Mail system status (the receiving system)",
  "4": "Network and routing status",
  "5": "Mail delivery protocol status",
  "6": "Message content or media status",
  "7": "Security or policy status",
};

const R3463 = "RFC 3463";

export const STATUS_DETAILS: readonly StatusDetail[] = [
  {
    code: "X.0.0",
    summary: "Other undefined Status",
    meaning: "Only the class of the problem is known; the server gave no detail.",
    replyCodes: [],
    reference: R3463,
  },
  {
    code: "X.1.0",
    summary: "Other address status",
    meaning: "Something about an address in the message caused the failure.",
    replyCodes: [],
    reference: R3463,
    cause: "recipient-unknown",
  },
  {
    code: "X.1.1",
    summary: "Bad destination mailbox address",
    meaning: "The mailbox does not exist: the part before the @ is wrong.",
    replyCodes: [451, 550],
    reference: R3463,
    cause: "recipient-unknown",
  },
  {
    code: "X.1.2",
    summary: "Bad destination system address",
    meaning:
      "The recipient's domain does not exist or cannot take mail: the part after the @ is wrong.",
    replyCodes: [],
    reference: R3463,
    cause: "recipient-domain-invalid",
  },
  {
    code: "X.1.3",
    summary: "Bad destination mailbox address syntax",
    meaning: "The recipient address is not written correctly.",
    replyCodes: [501],
    reference: R3463,
    cause: "recipient-unknown",
  },
  {
    code: "X.1.4",
    summary: "Destination mailbox address ambiguous",
    meaning: "The address matches more than one mailbox at the destination.",
    replyCodes: [],
    reference: R3463,
    cause: "recipient-unknown",
  },
  {
    code: "X.1.5",
    summary: "Destination address valid",
    meaning: "The address is valid (used in positive delivery reports).",
    replyCodes: [250],
    reference: R3463,
    success: true,
  },
  {
    code: "X.1.6",
    summary: "Destination mailbox has moved, No forwarding address",
    meaning:
      "The address used to work but no longer takes mail, and there is no forwarding address.",
    replyCodes: [],
    reference: R3463,
    cause: "recipient-unknown",
  },
  {
    code: "X.1.7",
    summary: "Bad sender's mailbox address syntax",
    meaning: "The sender address is not written correctly.",
    replyCodes: [],
    reference: R3463,
    cause: "sender-address-invalid",
  },
  {
    code: "X.1.8",
    summary: "Bad sender's system address",
    meaning: "The sender's domain does not exist or cannot take replies.",
    replyCodes: [451, 501],
    reference: R3463,
    cause: "sender-address-invalid",
  },
  {
    code: "X.1.9",
    summary: "Message relayed to non-compliant mailer",
    meaning:
      "The address was valid, but the message was relayed to a system that cannot report further.",
    replyCodes: [],
    reference: "RFC 3886",
    success: true,
  },
  {
    code: "X.1.10",
    summary: "Recipient address has null MX",
    meaning: "The recipient's domain publishes a null MX: it accepts no mail at all.",
    replyCodes: [556],
    reference: "RFC 7505; RFC 7504",
    cause: "recipient-domain-invalid",
  },
  {
    code: "X.2.0",
    summary: "Other or undefined mailbox status",
    meaning: "The mailbox exists, but something about it caused the failure.",
    replyCodes: [],
    reference: R3463,
    cause: "mailbox-disabled",
  },
  {
    code: "X.2.1",
    summary: "Mailbox disabled, not accepting messages",
    meaning: "The mailbox exists but is disabled and does not accept messages.",
    replyCodes: [],
    reference: R3463,
    cause: "mailbox-disabled",
  },
  {
    code: "X.2.2",
    summary: "Mailbox full",
    meaning: "The recipient's mailbox is over its quota; they must delete mail to receive more.",
    replyCodes: [552],
    reference: R3463,
    cause: "mailbox-full",
  },
  {
    code: "X.2.3",
    summary: "Message length exceeds administrative limit",
    meaning: "The message is larger than this mailbox's size limit.",
    replyCodes: [552],
    reference: R3463,
    cause: "message-too-large",
  },
  {
    code: "X.2.4",
    summary: "Mailing list expansion problem",
    meaning: "The address is a mailing list that could not be expanded.",
    replyCodes: [450, 452],
    reference: R3463,
    cause: "remote-server-error",
  },
  {
    code: "X.3.0",
    summary: "Other or undefined mail system status",
    meaning: "The receiving system normally takes mail, but something on it caused the failure.",
    replyCodes: [221, 250, 421, 451, 550, 554],
    reference: R3463,
    cause: "remote-server-error",
  },
  {
    code: "X.3.1",
    summary: "Mail system full",
    meaning: "The receiving system ran out of storage.",
    replyCodes: [452],
    reference: R3463,
    cause: "remote-server-error",
  },
  {
    code: "X.3.2",
    summary: "System not accepting network messages",
    meaning:
      "The receiving host is not taking messages (shutting down, overloaded or in maintenance).",
    replyCodes: [453, 521],
    reference: "RFC 3463; RFC 7504",
    cause: "remote-server-error",
    catchAll: {
      why: 'Mail servers send X.3.2 for a site rule that refuses or defers without a reason of its own: Postfix for the bare \'defer\' restriction ("450 4.3.2 <bob@example.com>: Recipient address rejected: Try again later") and for a client on postscreen\'s access list ("550 5.3.2 Service currently unavailable"), Sendmail when a milter says tempfail ("451 4.3.2 Please try again later"), as well as for an overloaded host.',
      sources: [
        "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd_check.c#L4269",
        "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/postscreen/postscreen.c#L777",
        "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/srvrsmtp.c#L672",
      ],
    },
  },
  {
    code: "X.3.3",
    summary: "System not capable of selected features",
    meaning: "The receiving system does not support features the message asked for.",
    replyCodes: [],
    reference: R3463,
    cause: "remote-server-error",
  },
  {
    code: "X.3.4",
    summary: "Message too big for system",
    meaning: "The message is larger than the system's size limit.",
    replyCodes: [552, 554],
    reference: R3463,
    cause: "message-too-large",
  },
  {
    code: "X.3.5",
    summary: "System incorrectly configured",
    meaning:
      "The receiving system is configured in a way that does not let it accept this message.",
    replyCodes: [],
    reference: R3463,
    cause: "remote-server-error",
  },
  {
    code: "X.3.6",
    summary: "Requested priority was changed",
    meaning: "The message was accepted but its requested priority was not honoured.",
    replyCodes: [250, 251],
    reference: "RFC 6710",
    success: true,
  },
  {
    code: "X.4.0",
    summary: "Other or undefined network or routing status",
    meaning: "Something went wrong with the network or routing.",
    replyCodes: [],
    reference: R3463,
    cause: "remote-unreachable",
  },
  {
    code: "X.4.1",
    summary: "No answer from host",
    meaning: "The receiving server did not answer the connection.",
    replyCodes: [451],
    reference: R3463,
    cause: "remote-unreachable",
  },
  {
    code: "X.4.2",
    summary: "Bad connection",
    meaning: "The connection was made but broke or timed out before the message was sent.",
    replyCodes: [421],
    reference: R3463,
    cause: "remote-unreachable",
  },
  {
    code: "X.4.3",
    summary: "Directory server failure",
    meaning:
      "A directory server (for example DNS) was unavailable, so the message could not be forwarded.",
    replyCodes: [451, 550],
    reference: R3463,
    cause: "remote-server-error",
  },
  {
    code: "X.4.4",
    summary: "Unable to route",
    meaning:
      "No route to the destination was found, for example the domain has no mail servers in DNS.",
    replyCodes: [],
    reference: R3463,
    cause: "recipient-domain-invalid",
  },
  {
    code: "X.4.5",
    summary: "Mail system congestion",
    meaning: "The mail system was congested.",
    replyCodes: [451],
    reference: R3463,
    cause: "remote-server-error",
  },
  {
    code: "X.4.6",
    summary: "Routing loop detected",
    meaning: "The message was forwarded too many times: a routing or forwarding loop.",
    replyCodes: [],
    reference: R3463,
    // RFC 3463: "incorrect routing tables or a user forwarding loop": a configuration fault at the
    // receiving side (Microsoft reads its 5.4.14 loop the same way), not an unreachable server.
    cause: "remote-server-error",
  },
  {
    code: "X.4.7",
    summary: "Delivery time expired",
    meaning: "The message was too old: delivery kept failing until it expired.",
    replyCodes: [],
    reference: R3463,
    cause: "remote-unreachable",
  },
  {
    code: "X.5.0",
    summary: "Other or undefined protocol status",
    meaning: "Something went wrong in the SMTP conversation.",
    replyCodes: [220, 250, 251, 252, 253, 451, 452, 454, 458, 459, 501, 502, 503, 554],
    reference: R3463,
    cause: "protocol-syntax",
  },
  {
    code: "X.5.1",
    summary: "Invalid command",
    meaning: "A command was out of sequence or not supported.",
    replyCodes: [430, 500, 501, 503, 530, 550, 554, 555],
    reference: R3463,
    cause: "protocol-syntax",
  },
  {
    code: "X.5.2",
    summary: "Syntax error",
    meaning: "A command could not be understood.",
    replyCodes: [500, 501, 502, 550, 555],
    reference: R3463,
    cause: "protocol-syntax",
  },
  {
    code: "X.5.3",
    summary: "Too many recipients",
    meaning: "The message had more recipients than the server accepts at once.",
    replyCodes: [451],
    reference: R3463,
    cause: "rate-limited",
  },
  {
    code: "X.5.4",
    summary: "Invalid command arguments",
    meaning: "A valid command had invalid arguments.",
    replyCodes: [451, 501, 502, 503, 504, 550, 555],
    reference: R3463,
    cause: "protocol-syntax",
  },
  {
    code: "X.5.5",
    summary: "Wrong protocol version",
    meaning: "The two servers' protocol versions did not match.",
    replyCodes: [],
    reference: R3463,
    cause: "protocol-syntax",
  },
  {
    code: "X.5.6",
    summary: "Authentication Exchange line is too long",
    meaning: "An AUTH response was longer than the server accepts.",
    replyCodes: [500],
    reference: "RFC 4954",
    cause: "protocol-syntax",
  },
  {
    code: "X.6.0",
    summary: "Other or undefined media error",
    meaning: "Something about the message content made it undeliverable.",
    replyCodes: [],
    reference: R3463,
    cause: "protocol-syntax",
  },
  {
    code: "X.6.1",
    summary: "Media not supported",
    meaning: "The content type is not supported on the way to the recipient.",
    replyCodes: [],
    reference: R3463,
    cause: "protocol-syntax",
  },
  {
    code: "X.6.2",
    summary: "Conversion required and prohibited",
    meaning: "The content had to be converted, but conversion was not allowed.",
    replyCodes: [],
    reference: R3463,
    cause: "protocol-syntax",
  },
  {
    code: "X.6.3",
    summary: "Conversion required but not supported",
    meaning:
      "The content had to be converted (for example 8-bit to 7-bit) but that was not possible.",
    replyCodes: [554],
    reference: R3463,
    cause: "protocol-syntax",
  },
  {
    code: "X.6.4",
    summary: "Conversion with loss performed",
    meaning: "The message was delivered, but a conversion lost some data.",
    replyCodes: [250],
    reference: R3463,
    success: true,
  },
  {
    code: "X.6.5",
    summary: "Conversion Failed",
    meaning: "A required conversion of the content failed.",
    replyCodes: [],
    reference: R3463,
    cause: "protocol-syntax",
  },
  {
    code: "X.6.6",
    summary: "Message content not available",
    meaning: "The message content could not be fetched from a remote system.",
    replyCodes: [554],
    reference: "RFC 4468",
    cause: "remote-server-error",
  },
  {
    code: "X.6.7",
    summary: "Non-ASCII addresses not permitted for that sender/recipient",
    meaning: "An address with non-ASCII characters was not accepted.",
    replyCodes: [553, 550],
    reference: "RFC 6531",
    cause: "protocol-syntax",
  },
  {
    code: "X.6.8",
    summary: "UTF-8 string reply is required, but not permitted by the SMTP client",
    meaning: "The reply needs UTF-8, which the sending server does not allow.",
    replyCodes: [252, 553, 550],
    reference: "RFC 6531",
    cause: "protocol-syntax",
  },
  {
    code: "X.6.9",
    summary:
      "UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected",
    meaning: "A message with UTF-8 headers could not be passed on to a recipient.",
    replyCodes: [550],
    reference: "RFC 6531",
    cause: "protocol-syntax",
  },
  {
    code: "X.6.10",
    summary: "Deprecated duplicate of X.6.8",
    meaning: "A duplicate of X.6.8, deprecated.",
    replyCodes: [],
    reference: "RFC 6531",
    cause: "protocol-syntax",
  },
  {
    code: "X.7.0",
    summary: "Other or undefined security status",
    meaning: "A security or policy reason stopped the message; the server does not say which.",
    replyCodes: [220, 235, 450, 454, 500, 501, 503, 504, 530, 535, 550],
    reference: R3463,
    cause: "sender-policy",
  },
  {
    code: "X.7.1",
    summary: "Delivery not authorized, message refused",
    meaning:
      "The sender is not allowed to send to this recipient: a per-host or per-recipient filter refused it.",
    replyCodes: [451, 454, 502, 503, 533, 550, 551],
    reference: R3463,
    cause: "sender-policy",
    catchAll: {
      why: 'Mail servers send X.7.1 with every kind of refusal: Postfix for a relay it does not allow ("554 5.7.1 <bob@example.com>: Relay access denied"), an access(5) rule without text ("Access denied") and a header or body rule ("550 5.7.1 Error: message content rejected"); OpenSMTPD writes its registry text before any policy reason ("550 5.7.1 Delivery not authorized, message refused: Message is not RFC 2822 compliant").',
      sources: [
        "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd_check.c#L1775",
        "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd_check.c#L2421",
        "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/global/cleanup_strerror.c#L73",
        "https://github.com/OpenSMTPD/OpenSMTPD/blob/8566f1cde1775c0a0c9d80d6589d5a4d0d8dc3a2/usr.sbin/smtpd/smtp_session.c#L2949",
      ],
    },
  },
  {
    code: "X.7.2",
    summary: "Mailing list expansion prohibited",
    meaning: "The sender is not allowed to send to this mailing list.",
    replyCodes: [550],
    reference: R3463,
    cause: "sender-policy",
  },
  {
    code: "X.7.3",
    summary: "Security conversion required but not possible",
    meaning: "Conversion between secure messaging protocols was needed but not possible.",
    replyCodes: [],
    reference: R3463,
    cause: "authentication-failure",
    catchAll: {
      why: 'Mail servers send X.7.3 for refusals of unrelated causes, none a secure-messaging conversion: Exchange Server for a connector without Exchange Server authentication ("5.7.3 Cannot achieve Exchange Server authentication"), chasquid when a sender fails its security level check ("550 5.7.3 Security level check failed"), and a DSPAM-filtered server for content its filter rejected ("553 5.7.3 CONTENT REJECT:...:dspam check:...").',
      sources: [
        "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages",
        "https://github.com/albertito/chasquid/blob/ca2538b9745a448170dbd078c65b97c8821c33f9/internal/smtpsrv/conn.go",
        "https://github.com/rjbs/Mail-DeliveryStatus-BounceParser t/corpus/spam-rejection25.msg",
      ],
    },
  },
  {
    code: "X.7.4",
    summary: "Security features not supported",
    meaning: "The message used security features the delivery protocol does not support.",
    replyCodes: [504],
    reference: R3463,
    cause: "authentication-failure",
  },
  {
    code: "X.7.5",
    summary: "Cryptographic failure",
    meaning: "A server could not validate or decrypt the message (key missing or invalid).",
    replyCodes: [],
    reference: R3463,
    cause: "authentication-failure",
  },
  {
    code: "X.7.6",
    summary: "Cryptographic algorithm not supported",
    meaning: "A server could not validate or decrypt the message: the algorithm is not supported.",
    replyCodes: [],
    reference: R3463,
    cause: "authentication-failure",
  },
  {
    code: "X.7.7",
    summary: "Message integrity failure",
    meaning: "The message was altered or corrupted, so it could not be validated.",
    replyCodes: [],
    reference: R3463,
    cause: "authentication-failure",
  },
  {
    code: "X.7.8",
    summary: "Authentication credentials invalid",
    meaning: "SMTP authentication failed: wrong or insufficient credentials.",
    replyCodes: [535, 554],
    reference: "RFC 4954",
    cause: "relay-denied",
  },
  {
    code: "X.7.9",
    summary: "Authentication mechanism is too weak",
    meaning: "The SMTP authentication method is weaker than the server allows.",
    replyCodes: [534],
    reference: "RFC 4954",
    cause: "relay-denied",
    // RFC 4954 section 6 gives 534 5.7.9 only as a reply to AUTH. A receiving MX answering
    // another server's delivery has no AUTH to judge: the authentication it found too weak is
    // the message's own (SPF, DKIM, DMARC), as Yahoo uses "554 5.7.9" for DMARC refusals and
    // Sisimai (SMTP/Status.pm) reads 5.7.9 as a security error.
    inBounce: {
      cause: "authentication-failure",
      meaning:
        "The receiving server found the message's authentication too weak. Between mail servers there is no SMTP login to judge, so this means the message's sender authentication (SPF, DKIM or DMARC) did not satisfy it.",
      source:
        "RFC 4954 section 6; https://www.spamresource.com/2024/04/a-sampling-of-dmarc-rejection-examples.html (Yahoo: 554 5.7.9 for DMARC); https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/SMTP/Status.pm",
    },
  },
  {
    code: "X.7.10",
    summary: "Encryption Needed",
    meaning: "An encrypted connection (TLS) is needed for this authentication method.",
    replyCodes: [523],
    reference: "RFC 5248",
    cause: "tls-required",
  },
  {
    code: "X.7.11",
    summary: "Encryption required for requested authentication mechanism",
    meaning: "This authentication method may only be used over an encrypted connection.",
    replyCodes: [524, 538],
    reference: "RFC 4954",
    cause: "tls-required",
  },
  {
    code: "X.7.12",
    summary: "A password transition is needed",
    meaning: "The user must authenticate once with a plain password to switch methods.",
    replyCodes: [422, 432],
    reference: "RFC 4954",
    cause: "relay-denied",
  },
  {
    code: "X.7.13",
    summary: "User Account Disabled",
    meaning: "The account is disabled by its administrator.",
    replyCodes: [525],
    reference: "RFC 5248",
    cause: "mailbox-disabled",
  },
  {
    code: "X.7.14",
    summary: "Trust relationship required",
    meaning: "The submission server needs a configured trust relationship with another server.",
    replyCodes: [535, 554],
    reference: "RFC 5248",
    cause: "relay-denied",
  },
  {
    code: "X.7.15",
    summary: "Priority Level is too low",
    meaning: "The message's priority is below what the server currently accepts.",
    replyCodes: [450, 550],
    reference: "RFC 6710",
    cause: "rate-limited",
  },
  {
    code: "X.7.16",
    summary: "Message is too big for the specified priority",
    meaning: "The message is too large for its priority level.",
    replyCodes: [552],
    reference: "RFC 6710",
    cause: "message-too-large",
  },
  {
    code: "X.7.17",
    summary: "Mailbox owner has changed",
    meaning: "The mailbox changed owner since the date the sender required (RRVS).",
    replyCodes: [],
    reference: "RFC 7293",
    cause: "recipient-unknown",
  },
  {
    code: "X.7.18",
    summary: "Domain owner has changed",
    meaning: "The recipient's domain changed owner since the date the sender required (RRVS).",
    replyCodes: [],
    reference: "RFC 7293",
    cause: "recipient-domain-invalid",
  },
  {
    code: "X.7.19",
    summary: "RRVS test cannot be completed",
    meaning: "The receiver could not check mailbox ownership (RRVS) because it kept no timestamp.",
    replyCodes: [],
    reference: "RFC 7293",
  },
  {
    code: "X.7.20",
    summary: "No passing DKIM signature found",
    meaning: "The message had no valid DKIM signature.",
    replyCodes: [550],
    reference: "RFC 7372; RFC 6376",
    cause: "authentication-failure",
  },
  {
    code: "X.7.21",
    summary: "No acceptable DKIM signature found",
    meaning: "The message had valid DKIM signatures, but none the receiver accepts.",
    replyCodes: [550],
    reference: "RFC 7372; RFC 6376",
    cause: "authentication-failure",
  },
  {
    code: "X.7.22",
    summary: "No valid author-matched DKIM signature found",
    meaning: "No valid DKIM signature matches the From address's domain.",
    replyCodes: [550],
    reference: "RFC 7372; RFC 6376",
    cause: "authentication-failure",
  },
  {
    code: "X.7.23",
    summary: "SPF validation failed",
    meaning:
      "The SPF check failed: the sending server is not authorised by the sender domain's SPF record.",
    replyCodes: [550],
    reference: "RFC 7372; RFC 7208",
    cause: "authentication-failure",
  },
  {
    code: "X.7.24",
    summary: "SPF validation error",
    meaning: "The SPF check ended in an error (for example a broken SPF record or a DNS failure).",
    replyCodes: [451, 550],
    reference: "RFC 7372; RFC 7208",
    cause: "authentication-failure",
  },
  {
    code: "X.7.25",
    summary: "Reverse DNS validation failed",
    meaning: "The sending IP address failed the reverse DNS (PTR) check.",
    replyCodes: [550],
    reference: "RFC 7372; RFC 7601",
    cause: "reverse-dns",
  },
  {
    code: "X.7.26",
    summary: "Multiple authentication checks failed",
    meaning: "More than one authentication check (SPF, DKIM, DMARC) failed.",
    replyCodes: [550],
    reference: "RFC 7372",
    cause: "authentication-failure",
  },
  {
    code: "X.7.27",
    summary: "Sender address has null MX",
    meaning:
      "The sender's domain publishes a null MX, so it could not receive a bounce; the receiver refuses it.",
    replyCodes: [550],
    reference: "RFC 7505",
    cause: "sender-address-invalid",
  },
  {
    code: "X.7.28",
    summary: "Mail flood detected",
    meaning: "The message looks like part of a flood of similar abusive messages.",
    replyCodes: [],
    reference: "draft-levine-mailbomb-header (IANA registry)",
    cause: "rate-limited",
  },
  {
    code: "X.7.29",
    summary: "ARC validation failure",
    meaning: "The message failed ARC (Authenticated Received Chain) validation.",
    replyCodes: [550],
    reference: "RFC 8617",
    cause: "authentication-failure",
  },
  {
    code: "X.7.30",
    summary: "REQUIRETLS support required",
    meaning:
      "The message requires TLS on every hop (REQUIRETLS) and the next hop does not support it.",
    replyCodes: [550],
    reference: "RFC 8689",
    cause: "tls-required",
  },
];

const DETAIL_BY_KEY = new Map(STATUS_DETAILS.map((d) => [d.code.slice(2), d]));
const CLASS_BY_CODE = new Map(STATUS_CLASSES.map((c) => [c.code, c]));

/** RFC 3463 syntax: class "." subject (1-3 digits) "." detail (1-3 digits). */
const STATUS_SYNTAX = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

export interface StatusLookup {
  status: string;
  class: StatusClass;
  subject: string | null;
  /** The registry entry for subject.detail, or null for an unregistered code. */
  detail: StatusDetail | null;
  /** The suggested cause for this class, if the registry entry suggests one. */
  cause: CauseId | null;
}

/** Looks up an enhanced status code such as "5.7.1". Returns null when it is not well-formed. */
export function lookupStatus(status: string): StatusLookup | null {
  const m = STATUS_SYNTAX.exec(status.trim());
  if (!m) return null;
  const [, cls = "", subject = "", detailNo = ""] = m;
  const klass = CLASS_BY_CODE.get(cls as StatusClass["code"]);
  if (!klass) return null;
  const key = `${Number(subject)}.${Number(detailNo)}`;
  const detail = DETAIL_BY_KEY.get(key) ?? null;
  let cause: CauseId | null = null;
  if (detail && cls !== "2" && !detail.success) {
    cause = (cls === "4" ? (detail.transientCause ?? detail.cause) : detail.cause) ?? null;
  }
  return {
    status: `${cls}.${Number(subject)}.${Number(detailNo)}`,
    class: klass,
    subject: STATUS_SUBJECTS[String(Number(subject))] ?? null,
    detail,
    cause,
  };
}

/** The class of an enhanced status code in plain words: "Permanent failure" for 5.x.x. */
export function statusClassWords(classCode: string): string {
  return classCode === "2"
    ? "Success"
    : classCode === "4"
      ? "Temporary failure"
      : "Permanent failure";
}

/** Plain-words meaning of an enhanced status code, e.g. describeStatus("5.7.1"). */
export function describeStatus(status: string): string | null {
  const found = lookupStatus(status);
  if (!found) return null;
  const head = statusClassWords(found.class.code);
  if (found.detail)
    return `${head}: ${found.detail.meaning} (${found.detail.summary}, ${found.detail.reference})`;
  const subject = found.subject ? `; ${found.subject.toLowerCase()}` : "";
  return `${head}${subject} (code not in the IANA registry)`;
}
