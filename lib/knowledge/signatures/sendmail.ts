// Sendmail default texts. Sources: Sendmail Installation and Operation Guide (op.me) and
// the sendmail cf README, https://www.sendmail.org/~ca/email/doc8.12/op-sh-5.html and
// https://ftp.sendmail.org/ (cf/README, "Anti-Spam Configuration Control").
import { rows, sourceLines } from "./mta-defaults";
import type { Signature } from "./types";

const SRVRSMTP = "https://github.com/sendmail-tls/sendmail/blob/master/sendmail/srvrsmtp.c";
const PROTO_M4 = "https://github.com/sendmail-tls/sendmail/blob/master/cf/m4/proto.m4";
/** The dnsbl feature as Debian 12 ships it (sendmail-cf 8.17.1.9), the version the lab ran. */
const DNSBL_M4 = "https://sources.debian.org/src/sendmail/8.17.1.9-2/cf/feature/dnsbl.m4/";

// Sendmail 8.17.1.9, read line by line for the source-replies sweep (issue 8).
const S8171 = "deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3";
const proto = sourceLines("sendmail", S8171, "cf/m4/proto.m4");
const dnsbl = sourceLines("sendmail", S8171, "cf/feature/dnsbl.m4");
const srvrsmtp = sourceLines("sendmail", S8171, "sendmail/srvrsmtp.c");
const parseaddr = sourceLines("sendmail", S8171, "sendmail/parseaddr.c");
const collect = sourceLines("sendmail", S8171, "sendmail/collect.c");
const strexit = sourceLines("sendmail", S8171, "libsm/strexit.c");
const deliver = sourceLines("sendmail", S8171, "sendmail/deliver.c");
const domain = sourceLines("sendmail", S8171, "sendmail/domain.c");
const envelope = sourceLines("sendmail", S8171, "sendmail/envelope.c");

export const SENDMAIL_SIGNATURES: Signature[] = [
  ...rows("sendmail", "https://www.sendmail.org/~ca/email/doc8.12/op-sh-5.html", [
    [
      "user-unknown",
      ["... user unknown", "user unknown"],
      "recipient-unknown",
      0.88,
      "550 5.1.1 <someone@example.com>... User unknown",
    ],
    [
      "host-unknown",
      ["host unknown (name server: host not found)", "name server: host not found", "host unknown"],
      "recipient-domain-invalid",
      0.9,
      "550 5.1.2 <someone@example.invalid>... Host unknown (Name server: example.invalid: host not found)",
    ],
    [
      "relaying-denied",
      ["relaying denied", "we do not relay"],
      "relay-denied",
      0.93,
      "550 5.7.1 <someone@example.net>... Relaying denied",
    ],
    [
      "sender-domain",
      ["domain of sender address", "domain name required for sender address"],
      "sender-address-invalid",
      0.93,
      "553 5.1.8 <a@example.invalid>... Domain of sender address a@example.invalid does not exist",
    ],
    [
      "size",
      ["message is too large", "message size exceeds maximum value"],
      "message-too-large",
      0.93,
      "552 5.2.3 Message size exceeds maximum value",
    ],
    [
      "expired",
      [
        /cannot send message for \d{1,3} days?/,
        /could not be delivered for \d{1,3} days?/,
        "message could not be delivered for",
      ],
      "remote-unreachable",
      0.93,
      "Message could not be delivered for 5 days",
    ],
    // A routing loop (RFC 3463 X.4.6: "incorrect routing tables or a user forwarding loop"): a
    // fault in the receiving side's routing or forwarding, read as every other loop is
    // (remote-server-error, the recipient's admin to fix); the server was reached (issue 8).
    ["hops", ["too many hops"], "remote-server-error", 0.9, "554 5.4.6 Too many hops 26 (25 max)"],
    [
      "open-proxy",
      ["rejecting open proxy"],
      "ip-blocklisted",
      0.85,
      "550 5.7.1 Rejecting open proxy 192.0.2.1",
    ],
    [
      "local-config",
      ["local configuration error", "mail loops back to me (mx problem?)"],
      "remote-server-error",
      0.85,
      "554 5.3.5 Local configuration error",
    ],
    [
      "deferred-timeout",
      [/deferred: connection (?:timed out|refused) (?:with|by)/],
      "remote-unreachable",
      0.85,
      "Deferred: Connection timed out with mx.example.com.",
    ],
    [
      "mailbox-disabled",
      ["mailbox disabled for this recipient"],
      "mailbox-disabled",
      0.9,
      "550 5.2.1 Mailbox disabled for this recipient",
    ],
  ]).map((s) =>
    // Exim quotes a sender domain's "User unknown" for postmaster@ in its postmaster-callout
    // refusal (exim.postmaster-refused): there the words are not about the recipient. Postfix's
    // reject_unlisted_sender writes "<%s>: %s rejected: User unknown%s" with "Sender address"
    // for %s ("550 5.1.0 <bounce@example.net>: Sender address rejected: User unknown in local
    // recipient table", smtpd_check.c check_rcpt_maps, postfix source-replies): the sender's.
    s.id === "sendmail.user-unknown"
      ? {
          ...s,
          unless: ["postmaster verification failed while checking", "sender address rejected"],
        }
      : s,
  ),
  // cf/m4/proto.m4, FEATURE(`require_rdns') (cf/README "require_rdns"): the client's IP has no
  // PTR ("550 Fix reverse DNS for"), its PTR lookup failed for now ("451 Client IP address ...
  // does not resolve"), or its PTR name does not resolve back to it ("451 Possibly forged
  // hostname for"). Its conncontrol and ratecontrol features' refusals. And the TLS_Clt / TLS_Rcpt access-map checks (cf/README "STARTTLS"): the
  // session's encryption is weaker than the ENCR: bits the map requires ("encryption too weak
  // <bits> less than <required>").
  ...rows("sendmail", PROTO_M4, [
    [
      "require-rdns",
      [
        "fix reverse dns for",
        /client ip address [0-9a-f.:]{2,45} does not resolve/,
        "possibly forged hostname for",
      ],
      "reverse-dns",
      0.93,
      "451 4.1.8 Possibly forged hostname for 192.0.2.1",
    ],
    [
      // FEATURE(`conncontrol') and FEATURE(`ratecontrol') with `terminate': the access map's
      // ClientConn: / ClientRate: limit for the client's address was met (proto.m4).
      "conncontrol-ratecontrol",
      ["too many open connections", "connection rate limit exceeded"],
      "rate-limited",
      0.93,
      "421 4.3.2 Too many open connections.",
      "The server limits how many connections (or how many a minute) one sending address may open; the sending server must open fewer at once and retry later.",
    ],
    [
      "encryption-too-weak",
      [/encryption too weak \d{1,4} less than \d{1,4}/],
      "tls-required",
      0.93,
      "454 4.7.0 encryption too weak 0 less than 128",
      "The server requires an encrypted (STARTTLS) session of at least the stated strength; 0 means the message was sent without TLS.",
    ],
  ]),
  // FEATURE(`dnsbl', zone) without a message of the site's own: the client's IP is listed in
  // the zone. dnsbl.m4 builds it as "550 Rejected: " $&{client_addr} " listed at " zone, and the
  // rule answers 5.7.1; the lab recorded Debian's Sendmail saying it (lab fixture
  // sendmail/dnsbl-listed.txt). The zone varies, old and private zones included: the
  // wording alone says the IP is on a blocklist.
  ...rows("sendmail", DNSBL_M4, [
    [
      "dnsbl",
      [/rejected: [0-9a-f.:]{2,45} listed at [a-z0-9][a-z0-9.-]{2,254}/],
      "ip-blocklisted",
      0.9,
      "550 5.7.1 <user@example.com>... Rejected: 192.0.2.1 listed at relays.example.org",
    ],
  ]),
  {
    // srvrsmtp.c answers a HELO/EHLO whose argument is not a valid host name (characters a
    // host name cannot hold) with "501 5.0.0 Invalid domain name": RFC 5321's 501 is a syntax
    // error in a command's argument. Where the bounce names the HELO stage, another server
    // refused the sending server's name and smtp.helo-name-refused (mta-context.ts) reads it.
    id: "sendmail.invalid-domain-name-syntax",
    provider: "sendmail",
    match: ["invalid domain name"],
    replyCode: [501],
    status: ["5.0.0"],
    commands: ["NONE", "CONN", "MAIL", "RCPT", "DATA"],
    cause: "protocol-syntax",
    confidence: 0.85,
    source: SRVRSMTP,
    example: "501 5.0.0 Invalid domain name",
    note: "The server refused a name in the SMTP dialogue as not valid syntax (Sendmail says this of a HELO/EHLO name with characters a host name cannot hold): the sending server must greet with its fully qualified host name.",
  },
  // The sweep of Sendmail 8.17.1.9's own texts (source-replies/sendmail.ts): each entry cites its line.
  proto(
    "illegal-mx",
    2022,
    ["illegal mx record for host", "invalid mx record for host"],
    "sender-address-invalid",
    0.9,
    "550 5.1.2 <bounce@example.net>... Illegal MX record for host example.net",
    "FEATURE(badmx), called from Basic_check_mail: the sender domain's MX points to a host the receiver treats as bad (a private or loopback address), so replies to the sender cannot be delivered.",
  ),
  proto(
    "bogus-helo",
    2456,
    ["bogus helo name used"],
    "protocol-syntax",
    0.9,
    "550 5.7.1 bogus HELO name used: mx.example.com",
    "FEATURE(block_bad_helo): the client greeted with the receiving server's own name or address.",
  ),
  dnsbl(
    "lookup-failure",
    33,
    [/temporary lookup failure of [0-9a-f.:]{3,45} at /],
    "remote-server-error",
    0.9,
    "451 4.4.3 Temporary lookup failure of 192.0.2.1 at zen.spamhaus.org",
    "FEATURE(dnsbl) with the 't' argument: the receiving server could not query the blocklist and defers rather than accept; the address is not said to be listed.",
    { status: ["4.4.3"] },
  ),
  srvrsmtp(
    "too-many-bad-recipients",
    3087,
    ["too many bad recipients; closing connection"],
    "recipient-unknown",
    0.9,
    "421 4.7.0 mx.example.com Too many bad recipients; closing connection",
    "smtp(): the client named more unknown recipients than BadRcptShutdown allows, so the server closes the session (with 4.7.0, its anti-harvesting code): the sender's list holds many addresses that do not exist.",
    { status: ["4.7.0"] },
  ),
  srvrsmtp(
    "too-many-bad-commands",
    2031,
    ["too many bad commands; closing connection"],
    "protocol-syntax",
    0.9,
    "421 4.7.0 mx.example.com Too many bad commands; closing connection",
    "smtp(): the client sent more bad commands than MaxBadCommands allows.",
  ),
  collect(
    "headers-too-large",
    582,
    ["headers too large"],
    "message-too-large",
    0.9,
    "552 5.6.0 Headers too large (32768 max)",
    "collect(): the message's header section passed MaxHeadersLength (32 KB unless set) while it was received: a size limit on the headers (a very long recipient list, many Received or trace lines), not a malformed header.",
  ),
  parseaddr(
    "sender-syntax-error",
    418,
    ["syntax error in mailbox address"],
    "sender-address-invalid",
    0.9,
    '501 5.1.7 Syntax error in mailbox address "bounce@@example.net" (non-printable character)',
    "parseaddr: the sender address (status 5.1.7, the sender's) does not parse.",
    { status: ["5.1.7"] },
  ),
  parseaddr(
    "unbalanced",
    832,
    [/^553 unbalanced '[<>()"]'$/],
    "protocol-syntax",
    0.85,
    "553 Unbalanced '<'",
    "prescan: the address has a bracket, parenthesis or quote without its pair.",
  ),
  // sm_sysexmsg: the texts of a local mailer's exit status (sysexits.h) in the bounce. A file or
  // program the receiving side's aliases or .forward deliver to failed there: its own setup.
  strexit(
    "cant-create-output",
    113,
    ["... can't create output", "reason: can't create output"],
    "remote-server-error",
    0.85,
    "550 5.0.0 /var/mail/archive/bob.mbox... Can't create output",
    "sm_sysexmsg, EX_CANTCREAT: the local delivery (an alias or .forward to a file) could not create or open the file it writes: the receiving server's own setup (a missing directory, a permission).",
  ),
  strexit(
    "local-configuration-error",
    123,
    ["local configuration error"],
    "remote-server-error",
    0.85,
    "554 5.3.5 Local configuration error",
    "sm_sysexmsg, EX_CONFIG: the receiving server found an error in its own configuration while delivering.",
  ),
  // Fourth pass of the sweep (srep2): the TLS rulesets' texts with an access-map requirement
  // (proto.m4 tls_server / tls_rcpt: TLS_Srv:, TLS_Rcpt: VERIFY), a dying delivery program and
  // an MX list that points back at the sending host.
  proto(
    "dane-check-failed",
    2957,
    ["dane check failed."],
    "tls-required",
    0.8,
    "454 4.7.0 DANE check failed.",
    "tls_server, TLS_ERRORS(DANE_FAIL): the receiving server's certificate did not match the TLSA records its domain publishes, and with DANE the session may not continue.",
  ),
  proto(
    "tls-not-authenticated",
    2987,
    [/(?:403|454|503|554) [45]\.7\.0 not authenticated$/],
    "tls-required",
    0.8,
    "454 4.7.0 not authenticated",
    "tls_server / tls_rcpt: the access map demands a verified TLS peer (TLS_Srv:example.com VERIFY) and the other side's certificate did not verify (${verify} NO). Read only with the ruleset's codes, as the whole text.",
  ),
  proto(
    "tls-other-side-no-starttls",
    2989,
    ["other side does not support starttls"],
    "tls-required",
    0.85,
    "454 4.7.0 other side does not support STARTTLS",
    "tls_server / tls_rcpt: the access map demands TLS for this peer (TLS_Srv:, TLS_Rcpt:) and it did not offer STARTTLS.",
  ),
  deliver(
    "mailer-died",
    4446,
    [/mailer \S{1,64} died with signal \d{1,3}/],
    "remote-server-error",
    0.75,
    "451 4.3.0 mailer local died with signal 9",
    "endmailer: the delivery program (the local mailer, procmail, a pipe) was killed while delivering: the delivering host's own trouble.",
  ),
  domain(
    "mx-points-back",
    964,
    [/mx list for \S{1,255} points back to \S/],
    "remote-server-error",
    0.8,
    "554 5.0.0 MX list for example.com. points back to mx.example.com",
    "getmxrr: every MX host of the domain has this host's preference or worse, so mail would loop back here; the domain's MX records (or this host's idea of being one of them) are wrong.",
  ),
  // Fifth pass: srvrsmtp.c's STARTTLS and command replies.
  srvrsmtp(
    "tls-not-available",
    2307,
    [/454 4\.3\.3 tls (?:currently not available|not available(?: right now| after start|: ))/],
    "remote-server-error",
    0.8,
    "454 4.3.3 TLS currently not available",
    "smtp (STARTTLS): the server offered STARTTLS and its own TLS set-up for the session failed (the certificate or key, an SSL handle); Sendmail does not tell the client more. As Postfix's 'TLS not available due to local problem'.",
  ),
  srvrsmtp(
    "command-too-long",
    1646,
    ["command too long, possible attack"],
    "protocol-syntax",
    0.8,
    "421 4.7.0 mx.example.com Command too long, possible attack client.example.net [192.0.2.1]",
    "smtp: the client sent a command line longer than MAXLINE and Sendmail closes the connection.",
  ),
  srvrsmtp(
    "helo-requires-domain",
    2537,
    [/^501 (?:helo|ehlo) requires domain address$/],
    "protocol-syntax",
    0.8,
    "501 EHLO requires domain address",
    "smtp (HELO/EHLO): the client gave no name after HELO or EHLO. Only the whole reply.",
  ),
  // Sixth pass: the queue warning's own subject line (mta-context.ts reads its transcript line,
  // "Warning: message still undelivered after") and a CNAME loop.
  envelope(
    "queuewarn-subject",
    417,
    [/warning: could not send message for past \d/],
    "remote-unreachable",
    0.55,
    "Warning: could not send message for past 4 hours",
    "dropenvelope: Timeout.queuewarn passed and Sendmail is still trying; the transcript beside it gives the deferral's reason, most often a host that cannot be reached. A hint.",
    { hint: true },
  ),
  domain(
    "cname-loop",
    1618,
    [/dns failure: cname loop for \S/],
    "recipient-domain-invalid",
    0.75,
    "Deferred: DNS failure: CNAME loop for example.com",
    "getcanonname: the recipient domain's CNAME records point at each other, so no host can be found for it: its DNS is broken.",
  ),
];
