// OpenSMTPD's own texts in its bounces. Source: OpenSMTPD's queue (smtpd/queue.c), which sets
// the error message of an envelope whose queue lifetime ran out to "Envelope expired" before
// bouncing it (queue_imsg, IMSG_QUEUE_EXPIRE).
import { rows, sourceLines } from "./mta-defaults";
import type { Signature } from "./types";

// OpenSMTPD 6.8.0p2 (tag v6.8.0p2), read line by line for the source-replies sweep (issue 8).
const O680 = "OpenSMTPD/OpenSMTPD/blob/8566f1cde1775c0a0c9d80d6589d5a4d0d8dc3a2";
const lka = sourceLines("opensmtpd", O680, "usr.sbin/smtpd/lka_session.c");
const session = sourceLines("opensmtpd", O680, "usr.sbin/smtpd/smtp_session.c");
const mta = sourceLines("opensmtpd", O680, "usr.sbin/smtpd/mta.c");
const mtaSession = sourceLines("opensmtpd", O680, "usr.sbin/smtpd/mta_session.c");
const mda = sourceLines("opensmtpd", O680, "usr.sbin/smtpd/mda.c");
const smtpd = sourceLines("opensmtpd", O680, "usr.sbin/smtpd/smtpd.c");
const mailLmtp = sourceLines("opensmtpd", O680, "usr.sbin/smtpd/mail.lmtp.c");

export const OPENSMTPD_SIGNATURES: Signature[] = [
  ...rows("opensmtpd", "https://github.com/openbsd/src/blob/master/usr.sbin/smtpd/queue.c", [
    [
      "envelope-expired",
      ["envelope expired"],
      "remote-unreachable",
      0.85,
      "Envelope expired",
      "OpenSMTPD gave up: the message stayed in its queue for the whole retry period without being delivered.",
    ],
  ]),
  // mta.c (mta_on_source: relay->failstr): why OpenSMTPD could use none of the destination's
  // MXs, given as the reason in its delay and failure reports.
  ...rows("opensmtpd", "https://github.com/OpenSMTPD/OpenSMTPD/blob/master/usr.sbin/smtpd/mta.c", [
    [
      "mx-network-error",
      ["network error on destination mxs"],
      "remote-unreachable",
      0.85,
      "Network error on destination MXs",
      "OpenSMTPD could not connect to any of the recipient domain's mail servers (no route, refused or timed out).",
    ],
  ]),
  // smtp_session.c: a listener declared with "auth" (smtpd.conf(5)) answers MAIL FROM before
  // AUTH with "530 5.5.1 Invalid command: Must issue an AUTH command first": the server takes
  // mail there only from authenticated users (a submission port), so the client must log in.
  {
    id: "opensmtpd.auth-first",
    provider: "opensmtpd",
    match: ["must issue an auth command first"],
    replyCode: [530],
    cause: "relay-denied",
    confidence: 0.9,
    source: "https://github.com/OpenSMTPD/OpenSMTPD/blob/master/usr.sbin/smtpd/smtp_session.c",
    example: "530 5.5.1 Invalid command: Must issue an AUTH command first",
    note: "This port takes mail only from users who log in (SMTP AUTH); the sending program did not authenticate.",
  },
  // smtp_session.c (smtp_session_imsg, IMSG_SMTP_CHECK_SENDER): a listener with a senders
  // table (smtpd.conf(5) "senders <table>") refuses a MAIL FROM the authenticated user may not
  // use with "530 Sender rejected". The 530 (authentication's code) marks OpenSMTPD's line
  // apart from other servers' "sender rejected" (possibility-wordings.ts).
  {
    id: "opensmtpd.sender-not-allowed-for-user",
    provider: "opensmtpd",
    match: [/^530 sender rejected$/],
    replyCode: [530],
    cause: "sender-address-invalid",
    confidence: 0.85,
    source: `https://github.com/${O680}/usr.sbin/smtpd/smtp_session.c#L750`,
    example: "530 Sender rejected",
    note: "The server's login does not allow this sender address: send from an address your account may use (or log in as the account that owns it).",
  },
  // "550 Invalid recipient: <address>" (lka_session.c, lka_resume) is read in
  // scoring/possibility-wordings.ts (recipient.invalid-recipient): OpenSMTPD sends it for a
  // recipient no rule accepts (a relay attempt) and for a user part that is no system user.
  {
    // lka_session.c: when expanding a recipient through its aliases or virtual table finds
    // nothing to deliver to (no such user in the table), the session's error defaults to
    // "524 5.2.4 Mailing list expansion problem". The non-standard 524 marks OpenSMTPD's text.
    id: "opensmtpd.expansion-permfail",
    provider: "opensmtpd",
    match: ["mailing list expansion problem"],
    replyCode: [524],
    cause: "recipient-unknown",
    confidence: 0.8,
    source: "https://github.com/OpenSMTPD/OpenSMTPD/blob/master/usr.sbin/smtpd/lka_session.c",
    example: "524 5.2.4 Mailing list expansion problem: <nosuch@example.com>",
    note: "OpenSMTPD found no user or alias for this address in its tables (its default text for a failed expansion names mailing lists whatever the address is).",
  },
  {
    // smtp_session.c (smtp_message_end, case TX_ERROR_MALFORMED): the message's header could
    // not be parsed (its rfc5322 parser failed), answered after DATA with RFC 3463's X.7.1
    // text as a prefix: the reason after the colon is the cause, a malformed message.
    id: "opensmtpd.malformed-message",
    provider: "opensmtpd",
    match: ["message is not rfc 2822 compliant"],
    cause: "protocol-syntax",
    confidence: 0.85,
    source: "https://github.com/OpenSMTPD/OpenSMTPD/blob/master/usr.sbin/smtpd/smtp_session.c",
    example:
      "550 5.7.1 Delivery not authorized, message refused: Message is not RFC 2822 compliant",
    note: "The receiving OpenSMTPD server could not parse the message's header: the sending program wrote a malformed message (a broken header line), not a policy refusal.",
  },
  // The sweep of OpenSMTPD 6.8.0p2's own texts (source-replies/opensmtpd.ts): each entry cites its line.
  lka(
    "temporary-failure",
    230,
    [/^451 temporary failure: <[^<>\s]{0,254}>$/],
    "remote-server-error",
    0.85,
    "451 Temporary failure: <bob@example.com>",
    "lka_resume: a table lookup (users, aliases, virtual) failed on the receiving server while it checked the recipient; OpenSMTPD adds the address to the reply.",
  ),
  session(
    "temporary-error",
    754,
    [/421 4\.3\.0 temporary error(?:$|[^a-z])/],
    "remote-server-error",
    0.85,
    "421 4.3.0 Temporary Error",
    "smtp_session_imsg: an internal lookup (the sender check, the queue) failed on the receiving server.",
  ),
  session(
    "sender-syntax",
    1582,
    ["sender address syntax error"],
    "sender-address-invalid",
    0.9,
    "553 5.1.0 Sender address syntax error",
    "smtp_check_mail_from: the MAIL FROM address does not parse.",
  ),
  mta(
    "no-mx-for-domain",
    1020,
    [/^no mx found for domain$/],
    "recipient-domain-invalid",
    0.85,
    "No MX found for domain",
    "mta_on_mx: the recipient's domain has no MX and no address record (the line as OpenSMTPD's bounce gives it, pasted alone).",
  ),
  mta(
    "invalid-domain-name",
    1009,
    [/^invalid domain name$/],
    "recipient-domain-invalid",
    0.85,
    "Invalid domain name",
    "mta_on_mx: the recipient's domain is not a valid domain name (DNS_EINVAL).",
  ),
  mtaSession(
    "connection-timeout",
    1373,
    [/^connection timeout$/],
    "remote-unreachable",
    0.85,
    "Connection timeout",
    "mta_io: the receiving server stopped answering during the session.",
  ),
  // Fourth pass of the sweep (srep2): the client's AUTH set-up failures towards a relay
  // ("relay host ... auth <table>"), and the local delivery's own failures (mda.c, the parent's
  // account of a delivery program that died, mail.lmtp), which the bounce gives as the reason.
  mtaSession(
    "no-supported-auth-method",
    647,
    ["no supported auth method"],
    "relay-denied",
    0.75,
    "no supported AUTH method",
    "mta_enter_state: the relay OpenSMTPD must log in to offers neither PLAIN nor LOGIN, so it cannot relay through it.",
  ),
  mtaSession(
    "auth-not-advertised",
    651,
    [/(?:^|: )auth not advertised$/],
    "relay-denied",
    0.75,
    "AUTH not advertised",
    "mta_enter_state: the relay OpenSMTPD must log in to does not offer AUTH at all (often: a port without submission service).",
  ),
  mtaSession(
    "auth-over-unsecure-channel",
    657,
    ["refuse to auth over unsecure channel"],
    "tls-required",
    0.8,
    "Refuse to AUTH over unsecure channel",
    "mta_enter_state: the session with the relay is not under TLS, and OpenSMTPD will not send the credentials in the clear: the relay URL needs smtp+tls:// or smtps://.",
  ),
  mda(
    "user-lookup-permanent",
    158,
    ["permanent failure in user lookup"],
    "recipient-unknown",
    0.6,
    "Permanent failure in user lookup",
    "mda_imsg: the user the recipient resolved to is not in the delivery's user base; a user that is gone, or an alias or virtual table pointing to one that never existed. A hint.",
    { hint: true },
  ),
  mda(
    "user-lookup-temporary",
    154,
    ["temporary failure in user lookup"],
    "remote-server-error",
    0.75,
    "Temporary failure in user lookup",
    "mda_imsg: the delivery's user base (passwd, a table) did not answer: the receiving server's own trouble.",
  ),
  mda(
    "exited-prematurely",
    349,
    ["mda exited prematurely"],
    "remote-server-error",
    0.75,
    "mda exited prematurely",
    "mda_done: the delivery program (an 'mda' command such as procmail) exited before reading the whole message.",
  ),
  smtpd(
    "mda-terminated-signal",
    405,
    [/^terminated; signal \d{1,2}$/, /: terminated; signal \d{1,2}$/],
    "remote-server-error",
    0.7,
    "terminated; signal 9",
    "parent_sig_handler: the delivery program was killed by a signal and wrote nothing of its own, so the parent's account is the bounce's reason. Read only as the whole text.",
  ),
  mailLmtp(
    "lmtp-unexpected-eof",
    255,
    ["unexpected eof from lmtp server", "lmtp server sent an invalid line"],
    "remote-server-error",
    0.8,
    "mail.lmtp: unexpected EOF from LMTP server",
    "lmtp_engine: the LMTP server (Dovecot's, Cyrus's) that local delivery hands the message to closed the connection or answered garbage.",
  ),
  // Sixth pass: the relay's other failure texts. Whole texts only: the bounce gives the line
  // alone, and the words are too plain to read inside another server's reply.
  mta(
    "mx-lookup-tempfail",
    1005,
    [/^temporary failure in mx lookup$/],
    "recipient-domain-invalid",
    0.55,
    "Temporary failure in MX lookup",
    "mta_on_mx, DNS_RETRY: the MX lookup of the recipient's domain failed for now; its name servers may be failing, or the sending host's resolver. A hint.",
    { hint: true },
  ),
  mta(
    "no-mx-found-for-destination",
    1139,
    [/^no mx found for destination$/],
    "recipient-domain-invalid",
    0.75,
    "No MX found for destination",
    "mta_drain, CONNECTOR_ERROR_MX: the destination's MX hosts gave no address OpenSMTPD could connect to.",
  ),
  mta(
    "no-valid-route",
    1127,
    [/^no valid route to (?:remote mx|destination)$/, /^all routes to destination blocked$/],
    "remote-unreachable",
    0.7,
    "No valid route to remote MX",
    "mta_drain: no route to the destination's mail servers could be used (no usable source address and MX pair, or every route blocked after repeated failures, line 1143).",
  ),
];

/**
 * Rules whose words say the MTA gave the message up although its report says "Action:
 * delayed", so that the report is a bounce and not a delay notice. OpenSMTPD before 7.3 marks
 * an envelope whose queue lifetime ran out with a temporary status class (queue.c,
 * IMSG_SCHED_ENVELOPE_EXPIRE: ESC_STATUS_TEMPFAIL, then queue_envelope_delete), and bounce.c
 * turns a temporary class into a "delayed" report ("A message is delayed for more than 0
 * seconds ... Envelope expired", Status 4.4.7). Fixed upstream by commit 69642ec2 (2021-08-02,
 * "Fix incorrect status code for expired mails resulting in a misleading bounce report"), first
 * released in 7.3.0; Debian 12 ships 6.8.0p2 (lab fixture opensmtpd/bounce-unreachable.eml).
 */
export const GAVE_UP_DESPITE_DELAYED: readonly string[] = ["opensmtpd.envelope-expired"];
