// Exim default texts. Sources: the Exim specification, chapters "Retry configuration",
// "Address verification" and "Access control lists", https://www.exim.org/exim-html-current/doc/html/spec_html/
import { rows, sourceLines } from "./mta-defaults";
import type { Needle, Signature } from "./types";

const SPEC = "https://www.exim.org/exim-html-current/doc/html/spec_html";

// Exim 4.96 (tag exim-4.96), read line by line for the source-replies sweep (issue 8).
const E496 = "Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8";
const smtpIn = sourceLines("exim", E496, "src/src/smtp_in.c");
const conf = sourceLines("exim", E496, "src/src/configure.default");
const dnslookup = sourceLines("exim", E496, "src/src/routers/dnslookup.c");
const hostlist = sourceLines("exim", E496, "src/src/routers/rf_lookup_hostlist.c");
const selfAction = sourceLines("exim", E496, "src/src/routers/rf_self_action.c");
const smtpTransport = sourceLines("exim", E496, "src/src/transports/smtp.c");
const verify = sourceLines("exim", E496, "src/src/verify.c");
const acl = sourceLines("exim", E496, "src/src/acl.c");
const lmtp = sourceLines("exim", E496, "src/src/transports/lmtp.c");
const pipe = sourceLines("exim", E496, "src/src/transports/pipe.c");
const deliver = sourceLines("exim", E496, "src/src/deliver.c");
const receive = sourceLines("exim", E496, "src/src/receive.c");

// Debian's own ACL texts (package exim4-config 4.96-15+deb12u11, the Exim configuration every
// Debian and Ubuntu Exim starts from), read from the files it installs in /etc/exim4/conf.d/acl/.
const DEBIAN_EXIM4 = "https://packages.debian.org/bookworm/exim4-config";
function debianAcl(
  id: string,
  file: string,
  line: number,
  match: Signature["match"],
  cause: Signature["cause"],
  example: string,
  note: string,
): Signature {
  return {
    id: `exim.debian-${id}`,
    provider: "exim",
    match,
    cause,
    confidence: 0.9,
    source: DEBIAN_EXIM4,
    example,
    note: `${note} (exim4-config 4.96-15+deb12u11, /etc/exim4/conf.d/${file} line ${line}.)`,
  };
}

/**
 * In a sender verification's reply ("550-Verification failed for <a@example.net> / 550-Called: ...
 * / 550-Response: 550 all relevant MX records point to non-existent hosts / 550 Sender verify
 * failed", verify.c and acl.c) the routing words are about the sender's domain, and the last line
 * gives the verdict: those rows yield to "sender verify failed".
 */
const SENDER_VERIFY_REPLY = ["sender verify failed", "sender verification failed"];
/**
 * Words about the sender that the rows below yield to: the routing rows to a sender
 * verification's verdict (above), and "unknown user" to Postfix's sender check ("553 5.1.8
 * <bounce@example.net>: Sender address rejected: unknown user", where the unknown user is
 * the sender).
 */
/**
 * Exim's main-log line for an address it gave up on, "** a@b: retry timeout exceeded", never
 * carries the reason (retry.c L898 logs the address alone, while the bounce's text gets the last
 * error before it: "mailbox is full: retry timeout exceeded"): the lab's Exim logged it so for a
 * full local mailbox as for an unreachable host. Bare "retry timeout exceeded" in a bounce says
 * no reply was met (remote-unreachable, below); in the log line it says nothing of the kind.
 */
const LOG_GIVE_UP_LINE = /\*\* [^\s:]+@[^\s:]+: retry timeout exceeded/;
const YIELDS_TO: ReadonlyMap<string, readonly Needle[]> = new Map<string, readonly Needle[]>([
  ["exim.mx-nonexistent", SENDER_VERIFY_REPLY],
  ["exim.no-such-user", ["sender address rejected"]],
  ["exim.retry-timeout", [LOG_GIVE_UP_LINE]],
]);
/** A row with the limits on where it reads: the sender words it yields to, no reply code beside it. */
function withReadingLimits(s: Signature): Signature {
  const unless = YIELDS_TO.get(s.id);
  const shaped = unless ? { ...s, unless } : s;
  return MTA_OWN_REPORT.has(s.id) ? { ...shaped, replyCode: "none" } : shaped;
}

/**
 * Exim's own report that it gave up retrying, read only where it came with no reply code: Exim
 * appends ": retry timeout exceeded" to the last temporary reply it met ("SMTP error from remote
 * mail server after RCPT TO:... 421 ...: retry timeout exceeded", spec chapter "Retry
 * configuration"), and that reply's words say why the attempts failed.
 */
const MTA_OWN_REPORT: ReadonlySet<string> = new Set(["exim.retry-timeout"]);

export const EXIM_SIGNATURES: Signature[] = [
  ...rows(
    "exim",
    "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-retry_configuration.html",
    [
      [
        "mx-nonexistent",
        [
          "all relevant mx records point to non-existent hosts",
          "all host address lookups failed permanently",
        ],
        "recipient-domain-invalid",
        0.93,
        "all relevant MX records point to non-existent hosts",
      ],
      [
        "retry-timeout",
        [
          "retry timeout exceeded",
          "retry time not reached for any host after a long failure period",
          "have been failing for a long time",
        ],
        "remote-unreachable",
        0.92,
        "retry timeout exceeded",
      ],
      [
        "quota",
        ["mailbox quota exceeded", "mailbox is full: retry timeout exceeded"],
        "mailbox-full",
        0.95,
        "mailbox is full: retry timeout exceeded",
      ],
      ["relay", ["relay not permitted"], "relay-denied", 0.95, "550 relay not permitted"],
      [
        "sender-verify",
        ["sender verify failed", "sender verification failed", "could not complete sender verify"],
        "sender-address-invalid",
        0.93,
        "550-Verification failed for <a@example.invalid> 550 Sender verify failed",
      ],
      [
        "blacklist-at",
        [/is in a black list at [a-z0-9.-]{3,255}/],
        "ip-blocklisted",
        0.9,
        "550 Rejected because 192.0.2.1 is in a black list at zen.spamhaus.org",
      ],
      [
        "lines-too-long",
        ["message has lines too long for transport", "overlong header"],
        "protocol-syntax",
        0.9,
        "message has lines too long for transport",
      ],
      [
        "too-big",
        ["message too big", "message size exceeds maximum permitted"],
        "message-too-large",
        0.9,
        "552 Message size exceeds maximum permitted",
      ],
      [
        "no-such-user",
        ["no such user here", "unknown user"],
        "recipient-unknown",
        0.9,
        "550 No Such User Here",
      ],
      [
        "pipe-failed",
        ["child process of", "returned: 1 (operation not permitted)"],
        "remote-server-error",
        0.6,
        "Child process of address_pipe transport returned 127",
      ],
    ],
  ).map(withReadingLimits),
  {
    // Exim fails an address as "Unrouteable address" when no router accepts it (src/route.c).
    // For a domain the reporting Exim handles itself (its own host is under that domain) the
    // domain routed: what no router accepted is the local part, an unknown user. Elsewhere the
    // same words usually mean a domain the dnslookup router cannot find (providers/exim.ts).
    id: "exim.unrouteable-local-domain",
    provider: "exim",
    match: ["unrouteable address"],
    // A sender verification's lines (providers/exim.ts unrouteable-address says why).
    unless: ["sender verify failed", "verification failed for <"],
    recipientDomain: "local",
    cause: "recipient-unknown",
    confidence: 0.9,
    source: "https://github.com/Exim/exim/blob/master/src/src/route.c",
    example:
      "Reporting-MTA: dns; mx.example.com\n\nAction: failed\nFinal-Recipient: rfc822;nosuch@example.com\nStatus: 5.0.0\nDiagnostic-Code: X-Exim; Unrouteable address",
    note: "The reporting server handles this recipient's domain itself and found no such user there.",
  },
  // Examples the Exim specification gives for ACLs and that servers use as written:
  // "Content scanning at ACL time" (mime ACL refusing file extensions, regex condition), the
  // ratelimit example of "Access control lists", and the default configuration's
  // "Restricted characters in address" (src/configure.default) and Debian exim4-config's
  // "Message headers fail syntax check" (verify = header_syntax).
  ...rows("exim", `${SPEC}/ch-content_scanning_at_acl_time.html`, [
    [
      "blacklisted-extension",
      ["blacklisted file extension detected"],
      "content-virus",
      0.9,
      "550 Blacklisted file extension detected",
      "The message carries an attachment whose file type the server refuses (executables are the usual carriers of malware).",
    ],
    [
      "blacklisted-regex",
      ["contains blacklisted regex"],
      "content-spam",
      0.85,
      "550 contains blacklisted regex (URGENT BUSINESS PROPOSAL)",
      "The server's content filter matched a pattern it refuses in the message's body or headers.",
    ],
  ]),
  ...rows("exim", `${SPEC}/ch-access_control_lists.html`, [
    [
      "rate-exceeds",
      [/sender rate exceeds \d{1,9}(?:\.\d{1,6})? [a-z]{1,20} per/],
      "rate-limited",
      0.9,
      "451 Sender rate exceeds 100 messages per 1h",
      "The server limits how fast one sender may send (Exim's ratelimit condition): wait and send slower.",
    ],
  ]),
  ...rows("exim", "https://github.com/Exim/exim/blob/master/src/src/configure.default", [
    [
      "restricted-characters",
      ["restricted characters in address"],
      "protocol-syntax",
      0.9,
      "550 Restricted characters in address",
      "The address holds characters the server refuses in a local part (@ % ! / | or a leading dot).",
    ],
  ]),
  ...rows(
    "exim",
    "https://salsa.debian.org/exim-team/exim4/-/blob/master/debian/debconf/conf.d/acl/40_exim4-config_check_data",
    [
      [
        "header-syntax",
        ["message headers fail syntax check", "header syntax"],
        "protocol-syntax",
        0.9,
        "550 Message headers fail syntax check",
        "A header of the message (usually an address header such as From, To or Cc) is not valid RFC 5322 syntax.",
      ],
    ],
  ),
  // The sweep of Exim 4.96's own texts (source-replies/exim.ts): each entry cites its line.
  smtpIn(
    "callback-setup-failed",
    3444,
    ["callback setup failed while verifying"],
    "sender-address-invalid",
    0.95,
    "550-Callback setup failed while verifying <bounce@example.net>\n550-The initial connection, or a HELO or MAIL FROM:<> command was\n550-rejected. Refusing MAIL FROM:<> does not help fight spam, disregards\n550-RFC requirements, and stops you from receiving standard bounce\n550-messages. This host does not accept mail from domains whose servers\n550-refuse bounces.\n550 Sender verify failed",
    "smtp_handle_acl_fail: a sender verify callout found that the sender domain's own servers refuse bounces (MAIL FROM:<>), so the receiver refuses mail from it.",
  ),
  smtpIn(
    "postmaster-verification",
    3438,
    ["postmaster verification failed while checking"],
    "sender-address-invalid",
    0.95,
    "550-Postmaster verification failed while checking <bounce@example.net>\n550-Several RFCs state that you are required to have a postmaster\n550-mailbox for each mail domain. This host does not accept mail\n550-from domains whose servers reject the postmaster address.\n550 Sender verify failed",
    "smtp_handle_acl_fail: a sender verify callout (use_postmaster) found that the sender's domain refuses its postmaster address; the lines quoted from that callout are the sender domain's, not the recipient's.",
  ),
  smtpIn(
    "callback-refuses-bounces",
    3446,
    ["refusing mail from:<> does not help fight spam"],
    "sender-address-invalid",
    0.9,
    "550-rejected. Refusing MAIL FROM:<> does not help fight spam, disregards\n550-RFC requirements, and stops you from receiving standard bounce\n550-messages. This host does not accept mail from domains whose servers\n550-refuse bounces.\n550 Sender verify failed",
    "smtp_handle_acl_fail, the callout-failure explanation: the words about spam say why refusing bounces is wrong, not that this message was judged spam; the sender domain's servers must accept MAIL FROM:<>.",
  ),
  smtpIn(
    "postmaster-refused",
    3441,
    ["from domains whose servers reject the postmaster address"],
    "sender-address-invalid",
    0.9,
    "550-Several RFCs state that you are required to have a postmaster\n550-mailbox for each mail domain. This host does not accept mail\n550-from domains whose servers reject the postmaster address.\n550 Sender verify failed",
    "smtp_handle_acl_fail, the postmaster-callout explanation: the 'User unknown' quoted above it is the sender domain's answer for postmaster@, not the recipient's.",
  ),
  smtpIn(
    "too-much-load",
    2937,
    [": too much load; please try again later"],
    "remote-server-error",
    0.9,
    "421 mx.example.com: Too much load; please try again later",
    "smtp_start_session: the receiving server's load average is over smtp_load_reserve, so it turns sessions away for now.",
  ),
  smtpIn(
    "synchronization-error",
    3095,
    ["smtp synchronization error"],
    "protocol-syntax",
    0.9,
    "554 SMTP synchronization error",
    "smtp_start_session: the client sent data before the server's greeting.",
  ),
  smtpIn(
    "space-shortage",
    4984,
    ["space shortage, please try later"],
    "remote-server-error",
    0.9,
    "452 Space shortage, please try later",
    "smtp_setup_msg: the receiving server's spool disk is short of space (check_spool_space).",
  ),
  smtpIn(
    "tls-currently-unavailable",
    5658,
    ["tls currently unavailable"],
    "remote-server-error",
    0.85,
    "454 TLS currently unavailable",
    "smtp_setup_msg: the receiving server offered STARTTLS but could not start TLS on its side.",
  ),
  smtpIn(
    "too-many-nonmail-commands",
    5998,
    ["too many nonmail commands"],
    "protocol-syntax",
    0.85,
    "554 Too many nonmail commands",
    "smtp_setup_msg: the client sent more non-mail commands than smtp_accept_max_nonmail allows.",
  ),
  conf(
    "line-length",
    600,
    [/maximum allowed line length is 998 octets/],
    "protocol-syntax",
    0.9,
    "550 maximum allowed line length is 998 octets, got 1200",
    "The default configuration's DATA ACL: the message has a line longer than RFC 5322's 998 octets.",
  ),
  dnslookup(
    "no-smtp-service",
    369,
    ["an mx or srv record indicated no smtp service"],
    "recipient-domain-invalid",
    0.95,
    "an MX or SRV record indicated no SMTP service",
    "dnslookup_router_entry: the recipient's domain publishes a null MX (RFC 7505) or an SRV record pointing to '.': it takes no mail.",
  ),
  dnslookup(
    "syntactically-invalid-domain",
    392,
    [/mail domain "?[^"\s]{1,255}"? is syntactically invalid/],
    "recipient-domain-invalid",
    0.9,
    'mail domain "example..com" is syntactically invalid',
    "dnslookup_router_entry: the recipient's domain is not a valid domain name.",
  ),
  dnslookup(
    "fail-defer-domains",
    350,
    ["missing mx, or all mxs point to missing a records"],
    "recipient-domain-invalid",
    0.9,
    "missing MX, or all MXs point to missing A records, and defer requested",
    "dnslookup_router_entry with fail_defer_domains: the recipient's domain has no mail host (no MX, or MX hosts without addresses) and the router defers it instead of failing it at once.",
  ),
  // A router's "self" option (default freeze) when the host a remote domain routes to is this
  // machine: the domain's MX (or address) points back at the sending server, which does not hold
  // the domain as its own. Postfix's "loops back to myself" (signatures/postfix.ts) is the same
  // fault in Postfix's words, read alike.
  selfAction(
    "self-reference",
    64,
    ["lowest numbered mx record points to local host", "remote host address is the local host"],
    "remote-server-error",
    0.9,
    "lowest numbered MX record points to local host",
    "rf_self_action: the recipient's domain routes back to the sending server itself (its MX or address is this host) while this server does not take the domain's mail as its own: the domain's DNS or this server's list of its own domains is wrong.",
  ),
  smtpTransport(
    "closed-connection",
    586,
    ["remote host closed connection in response to"],
    "remote-unreachable",
    0.85,
    "Remote host closed connection in response to RCPT TO:<bob@example.com>",
    "check_response: the receiving server dropped the connection instead of answering the command named.",
  ),
  verify(
    "no-valid-header-sender",
    2698,
    ["there is no valid sender in any header line"],
    "sender-address-invalid",
    0.9,
    "550 Rejected after DATA: there is no valid sender in any header line",
    "verify_check_header_address (verify = header_sender): no address in the From:, Sender: or Reply-To: header could be verified as routable.",
  ),
  smtpIn(
    "sender-needs-domain",
    5006,
    [": sender address must contain a domain"],
    "sender-address-invalid",
    0.95,
    "501 bounce: sender address must contain a domain",
    "smtp_setup_msg: the MAIL FROM address has no domain and the client is not allowed unqualified senders (sender_unqualified_hosts).",
    { replyCode: [501] },
  ),
  acl(
    "no-verified-certificate",
    1728,
    [/^550 no verified certificate$/, /(?:^|: )no verified certificate$/],
    "tls-required",
    0.85,
    "550 no verified certificate",
    "acl_verify, 'verify = certificate': the client's TLS certificate was absent or did not verify, and the ACL demands one.",
  ),
  verify(
    "callout-cached",
    262,
    ["previous (cached) callout verification failure"],
    "recipient-unknown",
    0.6,
    "550 Previous (cached) callout verification failure",
    'do_callout: the callout cache holds a refusal of this very address from an earlier callout (failure_ptr "recipient"); the refusal\'s reason is not repeated, so it only ranks an unknown recipient first (an unusable domain is the other reading). A sender callout\'s reply adds "Sender verify failed", which decides.',
    { hint: true },
  ),
  debianAcl(
    "header-sender",
    "40_exim4-config_check_data",
    38,
    ["no verifiable sender address in message headers"],
    "sender-address-invalid",
    "550 No verifiable sender address in message headers",
    "Debian's message for 'deny !verify = header_sender', Exim's own \"there is no valid sender in any header line\" in other words: no address in the From:, Sender: or Reply-To: header could be verified as routable",
  ),
  debianAcl(
    "local-sender-blacklist",
    "acl/30_exim4-config_check_rcpt",
    239,
    [/sender envelope address \S{1,320} is locally blacklisted/],
    "sender-policy",
    "550 sender envelope address bounce@example.net is locally blacklisted here. If you think this is wrong, get in touch with postmaster",
    "The envelope sender is on the site's own list of refused senders (CONFDIR/local_sender_blacklist): the site's block of this sender, no public blocklist",
  ),
  debianAcl(
    "local-host-blacklist",
    "acl/30_exim4-config_check_rcpt",
    256,
    [/sender ip address [0-9a-f.:]{2,45} is locally blacklisted/],
    "ip-blocklisted",
    "550 sender IP address 192.0.2.1 is locally blacklisted here. If you think this is wrong, get in touch with postmaster",
    "The sending IP address or its network is on the site's own list of refused hosts (CONFDIR/local_host_blacklist)",
  ),
  // Debian's "local delivery only" configuration (dc_eximconfig_configtype=local, chosen in
  // dpkg-reconfigure exim4-config) fails every remote domain in its nonlocal router: the sending
  // machine's own Exim is not set up to send mail out, so the bounce comes from it.
  debianAcl(
    "nonlocal-router",
    "router/200_exim4-config_primary",
    55,
    ["mailing to remote domains not supported"],
    "relay-denied",
    "Mailing to remote domains not supported",
    "The sending machine's own Exim is configured for local delivery only (configtype=local): it refuses every address at another domain. Its administrator sets it up to send mail out (an internet site, or a smarthost) with dpkg-reconfigure exim4-config",
  ),
  // Exim 4.96's LMTP transport (the receiving host hands the message to its own LMTP server,
  // Dovecot's or Cyrus's): when that server drops the connection or does not answer, the fault
  // is the receiving host's delivery agent, not the network between the two mail servers.
  lmtp(
    "lmtp-connection-closed",
    201,
    ["lmtp connection closed after"],
    "remote-server-error",
    0.75,
    "LMTP connection closed after end of data",
    "check_response: the LMTP server on the receiving host closed the connection instead of answering the command named; its own delivery failed (a crash, a restart).",
  ),
  lmtp(
    "lmtp-timeout",
    136,
    ["lmtp timeout after"],
    "remote-server-error",
    0.7,
    "LMTP timeout after end of data",
    "check_response: the LMTP server on the receiving host did not answer the command named in time.",
  ),
  // The smtp transport's summaries of earlier attempts (smtp_transport_entry): they say that
  // the hosts failed before, not why. Hints: the earlier failures' own words decide, where the
  // bounce or log carries them.
  smtpTransport(
    "retry-time-not-reached",
    6032,
    ["retry time not reached for any host"],
    "remote-unreachable",
    0.6,
    "retry time not reached for any host for 'example.com'",
    "Every host of the domain failed on an earlier attempt and none is due for another try yet; the earlier failure's reason is not repeated.",
    { hint: true },
  ),
  smtpTransport(
    "host-lookups-failed",
    6034,
    [/all host address lookups(?: for '[^']{1,255}')? failed permanently/],
    "recipient-domain-invalid",
    0.6,
    "all host address lookups for 'example.com' failed permanently",
    "No host the router gave has an address: the recipient domain's MX hosts do not resolve, or (with a smarthost route) the configured relay's name does not; a hint, because the second is the sender's own setup.",
    { hint: true },
  ),
  // A routing defer's text reaches the sender in the delay warning (deliver.c 6799). Where the
  // router could not resolve a host, the words do not say whose: the recipient domain's (an
  // unreachable or broken domain) or the sending server's own route (a smarthost, DNSSEC policy).
  // Hints for both, deciding neither.
  ...(["remote-unreachable", "recipient-domain-invalid"] as const).flatMap((cause) => [
    dnslookup(
      `host-lookup-insecure.${cause}`,
      321,
      ["host lookup done insecurely"],
      cause,
      0.5,
      "host lookup done insecurely",
      "dnslookup_router_entry: the domain is in dnssec_require_domains and the resolver's answer was not DNSSEC-validated, so Exim defers: the domain's signed zone is broken or the sending server's resolver does not validate.",
      { hint: true },
    ),
    hostlist(
      `lookup-of-host-failed.${cause}`,
      200,
      [/lookup of host "[^"]{1,255}" failed in \S{1,64} router/],
      cause,
      0.5,
      'lookup of host "smarthost.example.net" failed in smarthost router',
      "rf_lookup_hostlist: a host named in a manualroute router's route_list (the sending site's smarthost, or the host a domain is routed to) has no address.",
      { hint: true },
    ),
  ]),
  verify(
    "callout-incomplete",
    1173,
    ["could not complete recipient verify callout"],
    "remote-unreachable",
    0.55,
    "451 Could not complete recipient verify callout for <bob@example.com>.",
    "do_callout: the server behind this one (the domain's own mail server) did not answer the recipient callout; as the text says, it may be unreachable from this server. A hint: a failing backend reads the same.",
    { hint: true },
  ),
  // Fifth pass: the SMTP server's syntax replies and the smtp transport's response timeout.
  smtpIn(
    "too-many-syntax-errors",
    3170,
    ["too many syntax or protocol errors"],
    "protocol-syntax",
    0.8,
    "501 Too many syntax or protocol errors",
    "synprot_error: the client passed smtp_max_synprot_errors malformed or out-of-order commands and Exim drops the connection; the line before names the last one.",
  ),
  smtpIn(
    "nul-characters",
    5966,
    ["nul characters are not allowed in smtp commands"],
    "protocol-syntax",
    0.85,
    "501 NUL characters are not allowed in SMTP commands",
    "smtp_setup_msg: the client sent a command line with a NUL byte in it.",
  ),
  smtpTransport(
    "smtp-timeout-after",
    518,
    [
      /smtp timeout after (?:pipelined )?(?:end of data|sending data block|data|rcpt to|mail from|initial connection|ehlo|helo|starttls|auth|bdat)/,
    ],
    "remote-unreachable",
    0.7,
    "SMTP timeout after end of data (1048576 bytes written)",
    "check_response: the receiving server did not answer the command named within the transport's timeout; Exim defers and tries again, as for a dropped connection.",
  ),
  // Sixth pass: a failed pipe delivery's bland text, and the generated pipe or file a
  // redirect router may not deliver to.
  pipe(
    "local-delivery-failed",
    1118,
    ["local delivery failed"],
    "remote-server-error",
    0.55,
    "local delivery failed",
    "pipe_transport_entry: a pipe delivery at the receiving host failed (a .forward or alias pipe, procmail, an LDA) and Exim keeps the command's details from the sender; its own failure most often, but the program may have refused for a reason of its own. A hint.",
    { hint: true },
  ),
  deliver(
    "pipe-or-file-forbidden",
    6520,
    [/delivery to (?:pipe|file) forbidden/],
    "remote-server-error",
    0.8,
    "delivery to pipe forbidden",
    "do_local_deliveries: the recipient's .forward or alias delivers to a command or a file and the redirect router does not allow it (allow_pipe, allow_file): the receiving host's configuration.",
  ),
  // receive_msg(): the header section's own limits, checked while it is read after DATA.
  receive(
    "header-ridiculously-long",
    2043,
    ["message header is ridiculously long"],
    "message-too-large",
    0.9,
    "552 Message header is ridiculously long",
    "receive_msg(): the message's header section passed header_maxsize (1 MB unless set; config.h.defaults HEADER_MAXSIZE): a size limit on the headers, as sendmail's 'Headers too large', not a malformed header.",
  ),
  receive(
    "header-line-too-long",
    2269,
    ["a message header line is too long"],
    "protocol-syntax",
    0.85,
    "552 A message header line is too long",
    "receive_msg(): one header line passed header_line_maxsize, a limit the receiving admin set (0, none, unless set). RFC 5322 section 2.1.1 limits a line to 998 characters: the sending program must fold long header fields.",
  ),
  // Exim's own words in its main log, which admins paste instead of a bounce: the reason it
  // logs beside a refusal whose reply says less (the lab's Exim 4.96 wrote each example).
  smtpIn(
    "log-no-helo-given",
    4660,
    ["no helo/ehlo given"],
    "protocol-syntax",
    0.9,
    "2026-12-07 08:50:19 rejected MAIL from client.mta-lab.test [192.0.2.160]: no HELO/EHLO given",
    "smtp_setup_msg: the log line beside the reply '503 HELO or EHLO required': the client sent MAIL FROM without greeting first (helo_verify_hosts, hosts_require_helo).",
  ),
  acl(
    "log-reverse-lookup-failed",
    1222,
    [
      "host lookup failed (failed to find host name from ip address)",
      /host lookup failed \([^()]{1,200} does not match any ip address for /,
      "host lookup failed for reverse lookup check",
    ],
    "reverse-dns",
    0.9,
    // The reason as the lab's Exim logged it, after "2026-12-07 08:50:22 H=(client.mta-lab.test)
    // [192.0.2.161] F=<someone@sender.mta-lab.test> rejected RCPT <user@mta-lab.test>: " (the
    // recipient line the parser reads it from: mta-formats.ts exim-log-rejected-rcpt).
    "host lookup failed (failed to find host name from IP address)",
    "acl_verify_reverse: the log reason of 'verify = reverse_host_lookup', whose reply text is the ACL's own message: the sending IP has no PTR name (Exim's log: 'failed to find host name from IP address'), or its name does not resolve back to it (Exim's log: '... does not match any IP address for ...').",
  ),
];
