// Postfix default reject and bounce texts. Sources: postconf(5) and the Postfix SMTP
// access-policy documentation, https://www.postfix.org/postconf.5.html and
// https://www.postfix.org/SMTPD_ACCESS_README.html ; bounce(5) templates, https://www.postfix.org/bounce.5.html
import { rows, sourceLines } from "./mta-defaults";
import type { Signature } from "./types";

// Postfix 3.7.11 (tag v3.7.11), read line by line for the source-replies sweep (issue 8).
const V3711 = "vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd";
const check = sourceLines("postfix", V3711, "postfix/src/smtpd/smtpd_check.c");
const smtpd = sourceLines("postfix", V3711, "postfix/src/smtpd/smtpd.c");
const postscreen = sourceLines("postfix", V3711, "postfix/src/postscreen/postscreen_smtpd.c");
const postscreenMain = sourceLines("postfix", V3711, "postfix/src/postscreen/postscreen.c");
const client = sourceLines("postfix", V3711, "postfix/src/smtp/smtp_proto.c");
const addr = sourceLines("postfix", V3711, "postfix/src/smtp/smtp_addr.c");
const mailbox = sourceLines("postfix", V3711, "postfix/src/local/mailbox.c");
const safeOpen = sourceLines("postfix", V3711, "postfix/src/util/safe_open.c");
const localFile = sourceLines("postfix", V3711, "postfix/src/local/file.c");
const src = (path: string) => sourceLines("postfix", V3711, `postfix/src/${path}`);
const tlsPolicy = src("smtp/smtp_tls_policy.c");
const saslGlue = src("smtp/smtp_sasl_glue.c");
const saslProto = src("smtp/smtp_sasl_proto.c");
const map1n = src("cleanup/cleanup_map1n.c");
const alias = src("local/alias.c");
const token = src("local/token.c");
const dotforward = src("local/dotforward.c");
const virtualMailbox = src("virtual/mailbox.c");
const rewriteResolve = src("trivial-rewrite/resolve.c");
const connect = src("smtp/smtp_connect.c");
const mailCopy = src("global/mail_copy.c");
const mimeState = src("global/mime_state.c");
// verify.c's cache-error text came in Postfix 3.11 (snapshot 20250606): read at a later commit.
const verify = sourceLines(
  "postfix",
  "vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c",
  "postfix/src/verify/verify.c",
);

/**
 * reject_unverified_sender quotes its probe's result after "Sender address rejected: unverified
 * address:" (or "undeliverable address:"): a "User unknown" there is the sender's address, which
 * the probe sent to (postfix.unverified-sender reads it), not the recipient's.
 */
const SENDER_PROBE: readonly string[] = [
  "sender address rejected: unverified address",
  "sender address rejected: undeliverable address",
];

/**
 * The delivery agent's own reports of a failed connection or lookup. Inside a sender probe's
 * result they describe the receiver's attempt to reach the SENDER's domain ("Sender address
 * rejected: unverified address: connect to mx.sender.example[192.0.2.5]:25: Connection timed
 * out"): the receiving server answered, so no receiving server was unreachable, and no recipient
 * domain is missing. postfix.unverified-sender reads those (the sender's domain must accept mail).
 */
const PROBE_RESULTS: ReadonlySet<string> = new Set([
  "postfix.host-not-found",
  "postfix.conn-timed-out",
  "postfix.conn-refused",
]);

export const POSTFIX_SIGNATURES: Signature[] = [
  ...rows("postfix", "https://www.postfix.org/postconf.5.html", [
    [
      "user-unknown-table",
      [/user unknown in (?:local recipient|virtual mailbox|virtual alias|relay recipient) table/],
      "recipient-unknown",
      0.97,
      "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in local recipient table",
    ],
    [
      "local-unknown-user",
      [/unknown user: "[^"\s]{1,200}"/, "(user unknown)"],
      "recipient-unknown",
      0.85,
      'unknown user: "someone"',
    ],
  ]).map((s) => ({ ...s, unless: SENDER_PROBE })),
  ...rows("postfix", "https://www.postfix.org/postconf.5.html", [
    [
      "relay-access-denied",
      ["relay access denied"],
      "relay-denied",
      0.96,
      "554 5.7.1 <user@example.net>: Relay access denied",
    ],
    [
      "client-hostname",
      [
        "client host rejected: cannot find your hostname",
        "client host rejected: cannot find your reverse hostname",
      ],
      "reverse-dns",
      0.95,
      "450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]",
    ],
    [
      "helo-not-found",
      ["helo command rejected: host not found"],
      "reverse-dns",
      0.7,
      "450 4.7.1 <mail.example.com>: Helo command rejected: Host not found",
    ],
    [
      "helo-fqdn",
      [
        "helo command rejected: need fully-qualified hostname",
        "helo command rejected: invalid name",
      ],
      "protocol-syntax",
      0.85,
      "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname",
    ],
    [
      "sender-domain-not-found",
      [
        "sender address rejected: domain not found",
        "sender address rejected: need fully-qualified address",
        "sender address rejected: not owned by user",
        // Not "unverified address": smtpd_check.c writes it under any 4xx code, for a probe
        // that bounced and for one not finished yet ("Address verification in progress"):
        // unverified-sender below reads it by what the probe reported. "Undeliverable address"
        // comes only with a 5xx unverified_sender_reject_code, i.e. a probe that bounced.
        "sender address rejected: undeliverable address",
      ],
      "sender-address-invalid",
      0.95,
      "450 4.1.8 <bounce@example.invalid>: Sender address rejected: Domain not found",
    ],
    [
      "recipient-domain-not-found",
      [
        "recipient address rejected: domain not found",
        "recipient address rejected: unknown domain",
      ],
      "recipient-domain-invalid",
      0.95,
      "450 4.1.2 <user@example.invalid>: Recipient address rejected: Domain not found",
    ],
    [
      "recipient-fqdn",
      ["recipient address rejected: need fully-qualified address"],
      "protocol-syntax",
      0.85,
      "504 5.5.2 <user>: Recipient address rejected: need fully-qualified address",
    ],
    [
      "client-blocked-using",
      [/client host \[[0-9a-f.:]{3,45}\] blocked using/],
      "ip-blocklisted",
      0.97,
      "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1",
    ],
    [
      "sender-blocked-using",
      [/sender address \[[^\]\s]{1,200}\] blocked using/],
      "domain-blocklisted",
      0.95,
      "554 5.7.1 Service unavailable; Sender address [a@example.com] blocked using dbl.spamhaus.org",
    ],
    [
      "size-fixed-limit",
      [
        "message size exceeds fixed limit",
        "message file too big",
        "message size exceeds fixed maximum",
      ],
      "message-too-large",
      0.96,
      "552 5.3.4 Message size exceeds fixed limit",
    ],
    [
      "loops-back",
      ["loops back to myself", "mail forwarding loop for "],
      "remote-server-error",
      0.9,
      "mail for example.com loops back to myself",
    ],
    [
      "host-not-found",
      // Not ", try again": dns_strerror.c's TRY_AGAIN, a lookup that failed for now (Postfix
      // defers, 4.4.3), no proof that the domain does not exist (issue 8).
      [
        /name service error for name=[^\s]{1,255} type=(?:mx|a|aaaa): host not found(?!, try again)/,
        /host or domain name not found(?![^\n]{0,200}?host not found, try again)/,
      ],
      "recipient-domain-invalid",
      0.93,
      "Host or domain name not found. Name service error for name=example.invalid type=A: Host not found",
    ],
    [
      "conn-timed-out",
      [/connect to [^\s]{1,255}: connection timed out/, "lost connection with"],
      "remote-unreachable",
      0.8,
      "connect to mx.example.com[192.0.2.1]:25: Connection timed out",
    ],
    [
      "conn-refused",
      // Not "delivery temporarily suspended": the queue manager's prefix to the reason it marked
      // the site dead for (qmgr_defer.c, "delivery temporarily suspended: %s"), which may be a
      // refused connection, a timeout, a failed lookup or the server's own 421 at the greeting:
      // the reason after it is the evidence. Not a local socket of lmtp(8) either (a path where
      // the address stands, "connect to mail.example.com[private/dovecot-lmtp]: Connection
      // refused"): lmtp-socket-connect below reads that as the mailbox service being down.
      [/connect to (?![^\s[]{1,255}\[(?:private\/|public\/|\/))[^\s]{1,255}: connection refused/],
      "remote-unreachable",
      0.85,
      "connect to mx.example.com[192.0.2.1]:25: Connection refused",
    ],
    [
      "pipelining",
      ["improper use of smtp command pipelining"],
      "protocol-syntax",
      0.9,
      "503 5.5.0 <user@example.com>: Recipient address rejected: Improper use of SMTP command pipelining",
    ],
    [
      "multi-recipient-bounce",
      ["data command rejected: multi-recipient bounce"],
      "protocol-syntax",
      0.85,
      "550 5.5.3 <DATA>: Data command rejected: Multi-recipient bounce",
    ],
    [
      "greylisted",
      ["recipient address rejected: greylisted", "greylisted, see http"],
      "rate-limited",
      0.7,
      "450 4.2.0 <user@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html",
    ],
    [
      "mailbox-full",
      [
        "maildir has overdrawn his diskspace quota",
        // Not Exchange's either/or "... larger than the current system limit or the recipient's
        // mailbox is full", which ranks two causes (possibility-wordings.ts).
        /(?<!or the recipient's )mailbox is full/,
        "disk quota exceeded",
        "cannot append message to file",
      ],
      "mailbox-full",
      0.85,
      "cannot update mailbox /var/mail/user for user user. error writing message: Disk quota exceeded",
    ],
    [
      "procmail",
      ["procmail: ", "/procmail"],
      "remote-server-error",
      0.9,
      'procmail: Couldn\'t create "/var/spool/mail/user"',
    ],
    [
      "command-died",
      [/command died with status \d{1,3}/, "command output:", "command time limit exceeded"],
      "remote-server-error",
      0.8,
      'Command died with status 1: "/usr/bin/procmail"',
    ],
    [
      "too-many-recipients",
      ["too many recipients"],
      "rate-limited",
      0.85,
      "452 4.5.3 Error: too many recipients",
    ],
  ]).map((s) => (PROBE_RESULTS.has(s.id) ? { ...s, unless: SENDER_PROBE } : s)),
  // smtpd(8)'s own replies when a client passes one of the anvil(8) rate limits of postconf(5)
  // (smtpd_client_message_rate_limit, smtpd_client_recipient_rate_limit,
  // smtpd_client_new_tls_session_rate_limit): "450 4.7.1 Error: too much mail from <ip>" etc.
  ...rows("postfix", "https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd.c", [
    [
      "client-rate-limit",
      ["error: too much mail from", "error: too many new tls sessions from"],
      "rate-limited",
      0.95,
      "450 4.7.1 Error: too much mail from 192.0.2.1",
      "The client sent more messages per time unit than smtpd_client_message_rate_limit allows: wait and send slower.",
    ],
  ]),
  // header_checks(5)'s own example for refusing executable attachments by name:
  // REJECT Attachment name "$2" may not end with ".$4".
  ...rows("postfix", "https://www.postfix.org/header_checks.5.html", [
    [
      "attachment-name",
      [/attachment name "[^"]{0,200}" may not end with/],
      "content-virus",
      0.85,
      '550 5.7.1 Attachment name "invoice.exe" may not end with ".exe"',
      "The message carries an attachment whose file type the server refuses (executables are the usual carriers of malware).",
    ],
    // The same page's body_checks example, copied as it stands into many sites' rules: an HTML
    // body with a zero-size IFRAME that loads a MIME part (an old mail-client exploit).
    [
      "iframe-exploit",
      ["iframe vulnerability exploit"],
      "content-virus",
      0.85,
      "550 5.7.1 IFRAME vulnerability exploit",
      "header_checks(5) EXAMPLES: body_checks '/^<iframe src=(3D)?cid:.* height=(3D)?0 width=(3D)?0>$/ REJECT IFRAME vulnerability exploit': the message carries an exploit, malware's way in.",
    ],
  ]),
  // The sweep of Postfix 3.7.11's own texts (source-replies/postfix.ts): each entry cites the
  // line that writes it; the condition around that line gives the cause.
  // "Access denied" is the text Postfix writes when an access(5) entry says REJECT (or DEFER)
  // without text of its own (check_table_result) and for the bare "reject" restriction
  // (generic_checks): the site's own rule, whose reason it does not give. A hint: it ranks the
  // site's policy first, and an unknown verdict keeps the other causes the rule may stand for.
  check(
    "client-access-denied",
    2421,
    ["client host rejected: access denied"],
    "sender-policy",
    0.8,
    "554 5.7.1 <unknown[192.0.2.1]>: Client host rejected: Access denied",
    "check_table_result: an access(5) entry REJECT without text matched the client; the site's rule, reason not given (a local blocklist of the address among them).",
    { hint: true },
  ),
  check(
    "sender-access-denied",
    2421,
    ["sender address rejected: access denied"],
    "sender-policy",
    0.8,
    "554 5.7.1 <a@example.com>: Sender address rejected: Access denied",
    "check_table_result: an access(5) entry REJECT without text matched the sender address; the site's rule, reason not given.",
    { hint: true },
  ),
  check(
    "temporary-lookup-failure",
    1214,
    ["temporary lookup failure"],
    "remote-server-error",
    0.85,
    "451 4.3.0 <bob@example.com>: Temporary lookup failure",
    "reject_dict_retry: a lookup table one of the receiving server's restrictions needs did not answer; it defers until its own table works again.",
  ),
  check(
    "mx-lookup-failed",
    1827,
    [/unable to look up host [^\s]{1,255} as mail exchanger/, "unable to look up mail exchanger"],
    "remote-server-error",
    0.85,
    "450 4.4.4 <bob@example.com>: Recipient address rejected: Unable to look up host mx.example.com as mail exchanger: Host not found, try again",
    "all_auth_mx_addr and permit_mx_backup: a DNS lookup the receiving server's relay check needs failed temporarily on its side.",
  ),
  check(
    "verification-problem",
    2256,
    ["address verification problem"],
    "remote-server-error",
    0.8,
    "450 4.1.1 <bob@example.com>: Recipient address rejected: address verification problem",
    "reject_unverified_address: the receiving server's verify(8) service gave no answer, so it defers; nothing is known about the address yet.",
  ),
  // reject_unverified_sender (smtpd_check.c reject_unverified_address): "unverified address: %s"
  // is the 4xx reply (unverified_sender_reject_code and _defer_code are both 450 by default),
  // written for a probe that bounced and for one that was deferred or is still under way; after
  // the colon comes the probe's own result (or unverified_sender_reject_reason's fixed text).
  // The sender address fails the check unless the words say the check has not run yet or the
  // receiver's own verify(8) cache failed: those two texts are read below and by
  // possibility-wordings.ts (postfix.verify-in-progress).
  check(
    "unverified-sender",
    2287,
    ["sender address rejected: unverified address"],
    "sender-address-invalid",
    0.85,
    "450 4.1.7 <bounce@example.net>: Sender address rejected: unverified address: host mx.example.net[192.0.2.25] said: 550 5.1.1 <bounce@example.net>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)",
    "reject_unverified_sender: the receiving server's probe of the sender address did not succeed (the result after the colon says how); the sender's domain must accept mail to that address.",
    { unless: ["address verification in progress", "address verification status unavailable"] },
  ),
  // verify(8)'s answer when its cache (address_verify_map) gave an error: the receiving server's
  // own database failed, nothing was learned about the address (verify_query_service sends it
  // as status DEFER, which smtpd writes as "unverified address: ..." under the defer code).
  verify(
    "verify-status-unavailable",
    489,
    ["address verification status unavailable"],
    "remote-server-error",
    0.8,
    "450 4.1.1 <bob@example.com>: Recipient address rejected: unverified address: Address verification status unavailable",
    "verify_query_service: the receiving server's address verification cache could not be read; its own failure, nothing is known about the address.",
  ),
  check(
    "rhsbl-helo",
    3596,
    [
      /helo command \[[^\]\s]{1,255}\] blocked using/,
      /recipient address \[[^\]\s]{1,255}\] blocked using/,
      /sender address \[[^\]\s]{1,255}\] blocked using/,
    ],
    "domain-blocklisted",
    0.95,
    "554 5.7.1 Service unavailable; Helo command [mail.example.net] blocked using dbl.example.org",
    "rbl_reject_reply with default_rbl_reply: reject_rhsbl_helo, reject_rhsbl_sender or reject_rhsbl_recipient found that domain on the domain blocklist named (the DSN 5.7.1 is default_rbl_reply's).",
    { status: ["5.7.1", "4.7.1"] },
  ),
  smtpd(
    "too-many-auth",
    2124,
    ["error: too many auth commands from"],
    "rate-limited",
    0.9,
    "450 4.7.1 Error: too many AUTH commands from 192.0.2.1",
    "smtpd_client_auth_rate_limit: the client sent more AUTH commands per time unit than allowed.",
  ),
  smtpd(
    "tls-client-certificate",
    5285,
    [/error: (?:no client certificate presented|client certificate not trusted)/],
    "tls-required",
    0.9,
    "421 4.7.1 mx.example.com Error: No client certificate presented",
    "smtpd_start_tls: the server requires a trusted client certificate (smtpd_tls_req_ccert) and the client presented none, or an untrusted one.",
  ),
  smtpd(
    "tls-local-problem",
    5368,
    ["tls not available due to local problem"],
    "remote-server-error",
    0.85,
    "454 4.7.0 TLS not available due to local problem",
    "starttls_cmd: the receiving server offered STARTTLS but its own TLS setup (certificate, key) failed.",
  ),
  smtpd(
    "local-error",
    5638,
    [/ server local (?:data )?error/],
    "remote-server-error",
    0.85,
    "421 4.3.0 mx.example.com Server local error",
    "smtpd_proto: the receiving server hit an internal error (or a local data error) during the session.",
  ),
  smtpd(
    "protocol-synchronization",
    5708,
    ["error: smtp protocol synchronization"],
    "protocol-syntax",
    0.9,
    "554 5.5.0 Error: SMTP protocol synchronization",
    "smtpd_proto: the client spoke before the greeting or pipelined commands the server had not offered to pipeline.",
  ),
  smtpd(
    "too-many-errors",
    5843,
    [/ error: too many errors(?:$|[^a-z])/],
    "protocol-syntax",
    0.85,
    "421 4.7.0 mx.example.com Error: too many errors",
    "smtpd_proto: the client passed smtpd_hard_error_limit (too many refused or malformed commands in one session).",
  ),
  postscreenMain(
    "ports-busy",
    750,
    ["all server ports are busy", "all screening ports are busy", "4.3.2 no system resources"],
    "remote-server-error",
    0.9,
    "421 4.3.2 All server ports are busy",
    "psc_endpt_lookup_done: every smtpd process of the receiving server is busy, so postscreen hands the client to none: the receiving server is overloaded (X.3.2 in its own sense; the code alone is a catch-all). Postscreen's other two texts of the kind read the same: 'All screening ports are busy' and 'No system resources'.",
  ),
  postscreen(
    "break-rules",
    1030,
    ["i can break rules, too. goodbye."],
    "protocol-syntax",
    0.9,
    "521 5.7.0 Error: I can break rules, too. Goodbye.",
    "psc_smtpd_read_event: the client sent a command before the previous reply, unasked (postscreen's pipelining test).",
  ),
  client(
    "certificate-not-verified",
    1127,
    ["server certificate not verified"],
    "tls-required",
    0.85,
    "Server certificate not verified",
    "smtp_start_tls: the sending server's TLS policy for this destination requires a verified certificate and the receiving server's certificate did not verify.",
  ),
  client(
    "smtputf8-not-offered",
    649,
    ["smtputf8 is required, but was not offered by host"],
    "protocol-syntax",
    0.85,
    "SMTPUTF8 is required, but was not offered by host mx.example.com[192.0.2.25]",
    "smtp_helo: the message needs SMTPUTF8 (a UTF-8 address) and the receiving server does not offer it.",
  ),
  addr(
    "mx-host-not-found",
    248,
    [/^(?:<[^<>\s]{1,254}>: )?[a-z0-9][a-z0-9.-]{0,253}: host not found$/],
    "recipient-domain-invalid",
    0.8,
    "mx.example.com: host not found",
    "smtp_addr_one: the mail server the recipient's domain names has no address.",
  ),
  mailbox(
    "file-too-large",
    228,
    ["error writing message: file too large"],
    "mailbox-full",
    0.85,
    "cannot update mailbox /var/mail/bob for user bob. error writing message: File too large",
    "deliver_mailbox_file: the recipient's mailbox file reached mailbox_size_limit (EFBIG, which mbox_dsn reports as 5.2.2, mailbox full).",
  ),
  // safe_open_exist: the reason local(8) gives after "cannot update mailbox %s for user %s."
  // (mailbox.c line 228) when the mailbox file itself cannot be opened: a directory in its
  // place, a file the delivery user may not write. The receiving side's own mailbox store.
  safeOpen(
    "mailbox-cannot-open",
    105,
    [
      /cannot open file: (?:is a directory|permission denied|not a directory|read-only file system)/,
    ],
    "remote-server-error",
    0.85,
    "cannot update mailbox /var/mail/bob for user bob. cannot open file: Is a directory",
    "safe_open_exist: the delivery could not open the recipient's mailbox file (a directory in its place, a permission, a read-only file system): the receiving server's own storage setup.",
  ),
  // mail_copy, the copy every local delivery makes: a full spool (ENOSPC, which mbox_dsn makes
  // 4.3.0) and a queue file it cannot read back are the receiving host's own disk, unlike the
  // recipient's quota (EDQUOT, EFBIG: mailbox-full) with the same "error writing message".
  mailCopy(
    "copy-disk-full",
    306,
    [/error writing message: no space left on device/],
    "remote-server-error",
    0.85,
    "cannot update mailbox /var/mail/bob for user bob. error writing message: No space left on device",
    "mail_copy: the receiving host's mail spool is full (ENOSPC, a deferral): the server's own disk, not the recipient's quota.",
  ),
  mailCopy(
    "copy-read-error",
    302,
    [
      /error reading message: (?:input\/output error|stale (?:nfs )?file handle|resource temporarily unavailable)/,
    ],
    "remote-server-error",
    0.85,
    "cannot update mailbox /var/mail/bob for user bob. error reading message: Input/output error",
    "mail_copy: the delivery agent could not read the queued message back from the receiving host's disk.",
  ),
  localFile(
    "mail-to-file-restricted",
    113,
    ["mail to file is restricted"],
    "remote-server-error",
    0.85,
    "mail to file is restricted",
    "deliver_file: the recipient's alias or .forward delivers to a file and the receiving server's allow_mail_to_files forbids it: their configuration.",
  ),
  check(
    "unlisted-sender",
    5392,
    [
      /sender address rejected: user unknown in (?:local recipient|virtual mailbox|virtual alias|relay recipient) table/,
    ],
    "sender-address-invalid",
    1,
    "550 5.1.0 <bounce@example.net>: Sender address rejected: User unknown in virtual mailbox table",
    "check_rcpt_maps with the Sender class (reject_unlisted_sender): the sender address is in a domain the receiving server hosts and it has no such user; smtpd_dsn_fix gives the sender's 5.1.0.",
    { status: ["5.1.0", "4.1.0"] },
  ),
  check(
    "helo-malformed-dns",
    1509,
    ["helo command rejected: malformed dns server reply"],
    "reverse-dns",
    0.8,
    "450 4.7.1 <mail.example.net>: Helo command rejected: Malformed DNS server reply",
    "reject_unknown_helo_hostname: the DNS lookup of the sending server's HELO name got a malformed answer, as 'Host not found' (helo-not-found) but with broken name servers.",
  ),
  client(
    "tls-handshake-failure",
    1105,
    ["cannot start tls: handshake failure"],
    "tls-required",
    0.9,
    "Cannot start TLS: handshake failure",
    "smtp_start_tls: the TLS handshake with the receiving server failed and the sending server's TLS policy for it does not allow falling back to plaintext.",
  ),
  // Fourth pass of the sweep (srep2): the smtp client's TLS policy and SASL texts,
  // and the delivery agents' configuration texts.
  client(
    "client-tls-configuration",
    389,
    ["client tls configuration problem"],
    "tls-required",
    0.6,
    "client TLS configuration problem",
    "smtp_helo: the sending Postfix's own TLS policy for the destination is invalid (a bad security level in smtp_tls_policy_maps, or a DANE lookup that failed): a hint, the fix is on the sending side's TLS settings.",
    { hint: true },
  ),
  tlsPolicy(
    "tlsa-lookup-error",
    861,
    [/tlsa lookup error for \S{1,255}:\d{1,5}/],
    "tls-required",
    0.6,
    "TLSA lookup error for mx.example.com:25",
    "dane_init: with DANE, the TLSA records of the destination's MX host could not be looked up, so TLS cannot be authenticated and the message is deferred; the domain's DNSSEC or name servers may be at fault. A hint.",
    { hint: true },
  ),
  saslGlue(
    "sasl-cannot-authenticate",
    433,
    [/sasl authentication failed; cannot authenticate to server /],
    "relay-denied",
    0.8,
    "SASL authentication failed; cannot authenticate to server mx.example.com[192.0.2.25]: no mechanism available",
    "smtp_sasl_authenticate: the sending Postfix could not log in to its relay (smtp_sasl_password_maps) with the mechanisms offered; the relay takes no mail from it until it does.",
  ),
  saslProto(
    "sasl-no-compatible-mechanisms",
    144,
    ["offered no compatible authentication mechanisms for this type of connection security"],
    "relay-denied",
    0.8,
    "SASL authentication failed: server mx.example.com[192.0.2.25] offered no compatible authentication mechanisms for this type of connection security",
    "smtp_sasl_helo_login: the relay offers no AUTH mechanism the sending Postfix may use on this connection (smtp_sasl_security_options; plain-text mechanisms are often offered only after STARTTLS), so it cannot log in to relay.",
  ),
  map1n(
    "alias-expansion-error",
    120,
    ["4.6.0 alias expansion error"],
    "remote-server-error",
    0.75,
    "451 4.6.0 Alias expansion error",
    "cleanup_map1n_internal: a virtual alias of the receiving server expands into more addresses than virtual_alias_expansion_limit, or recurses past virtual_alias_recursion_limit: its own alias data.",
  ),
  alias(
    "alias-database-loop",
    147,
    [/alias database loop for \S/],
    "remote-server-error",
    0.8,
    "alias database loop for bob",
    "deliver_alias: the recipient's aliases expand into each other more than 100 levels deep: the receiving server's alias data loops.",
  ),
  alias(
    "alias-database-unavailable",
    371,
    ["alias database unavailable"],
    "remote-server-error",
    0.85,
    "alias database unavailable",
    "deliver_alias: the receiving host's alias map could not be read; delivery is deferred.",
  ),
  token(
    "mail-to-command-restricted",
    155,
    ["mail to command is restricted"],
    "remote-server-error",
    0.85,
    "mail to command is restricted",
    "deliver_token: the recipient's alias or .forward pipes to a command and the receiving server's allow_mail_to_commands forbids it: their configuration.",
  ),
  dotforward(
    "user-lookup-error",
    133,
    [/(?:^|: )user lookup error$/],
    "remote-server-error",
    0.7,
    "user lookup error",
    "deliver_dotforward: the recipient's account could not be looked up in the receiving host's user database (passwd, LDAP) while checking for a .forward file. Read only as the whole text, or after the address.",
  ),
  virtualMailbox(
    "not-owned-by-recipient",
    134,
    [/destination \S{1,500} is not owned by recipient/],
    "remote-server-error",
    0.8,
    "destination /var/mail/vhosts/example.com/bob is not owned by recipient",
    "deliver_mailbox_file: the recipient's mailbox file belongs to another uid than virtual_uid_maps gives: the receiving server's storage setup.",
  ),
  // Fifth pass: trivial-rewrite's relocated verdict, the smtp client's host lookup failure
  // and its excuse when no server of the destination could be tried.
  rewriteResolve(
    "user-has-moved",
    724,
    [/user has moved to \S/],
    "recipient-unknown",
    0.8,
    "User has moved to bob@example.org",
    "resolve_addr: relocated_maps lists the recipient, and error(8) bounces with 5.1.6 (RFC 3463: the address used to work and takes no more mail); the text gives the address to write to instead.",
  ),
  addr(
    "unable-to-look-up-host",
    221,
    [
      /unable to look up host \S{1,255}: (?:name or service not known|no address associated with hostname)/,
    ],
    "recipient-domain-invalid",
    0.8,
    "unable to look up host mx.example.com: Name or service not known",
    "smtp_addr_one (native host lookup): the destination's mail host has no address (EAI_NONAME, EAI_NODATA), as 'host not found'. Only those resolver answers: 'Temporary failure in name resolution' says nothing about the domain.",
  ),
  connect(
    "server-unavailable",
    1110,
    ["server unavailable or unable to receive mail"],
    "remote-unreachable",
    0.7,
    "server unavailable or unable to receive mail",
    "smtp_connect_inet: no server of the destination could be tried and there is no error of its own to report (the fall-back relay was tried already); Postfix defers.",
  ),
  // Seventh pass: the lmtp(8) client's connect failure to a local socket, told apart from a
  // remote server's by the socket path where the address stands.
  connect(
    "lmtp-socket-connect",
    335,
    [
      /connect to \S{1,255}\[(?:private\/|public\/|\/)[^\]\s]{1,255}\]: (?:no such file or directory|connection refused|permission denied|resource temporarily unavailable)/,
    ],
    "remote-server-error",
    0.8,
    "connect to private/dovecot-lmtp[private/dovecot-lmtp]: No such file or directory",
    "smtp_connect_sock, with no port: Postfix's lmtp(8) could not reach the LMTP service (Dovecot's, Cyrus's) on a local socket of the host that holds the mailbox; that service is down or its socket is elsewhere. Not the network between two mail servers.",
  ),
  // cleanup(8)'s MIME checks (mime_state_detail, global/mime_state.c): the receiving Postfix
  // refuses the message at the end of DATA with 550 and the text's 5.6.0 when its strict MIME
  // settings, or header/body checks, are on (cleanup_message.c, CLEANUP_STAT_CONT).
  mimeState(
    "mime-nesting-limit",
    1139,
    ["mime nesting exceeds safety limit"],
    "protocol-syntax",
    0.85,
    "550 5.6.0 MIME nesting exceeds safety limit",
    "The message's MIME parts (a message attached in a message, multipart in multipart) nest deeper than the receiver's mime_nesting_limit (100 unless set): the sending program built the message that way, or a chain of forwards did.",
  ),
  mimeState(
    "mime-encoding-domain",
    1143,
    ["invalid message/* or multipart/* encoding domain"],
    "protocol-syntax",
    0.85,
    "550 5.6.0 invalid message/* or multipart/* encoding domain",
    "strict_mime_encoding_domain: a message/* or multipart/* part declares a Content-Transfer-Encoding other than 7bit, 8bit or binary, which RFC 2045 section 6.4 (multipart) and RFC 2046 section 5.2 (message) forbid. The sending program must encode the parts inside, not the container.",
  ),
];
