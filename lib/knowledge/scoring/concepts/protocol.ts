// Concepts (see ./types.ts): The SMTP dialogue and the message format: TLS, HELO, headers, line endings, command order.
import type { Concept } from "./types";
import {
  CRISP,
  HARAKA,
  CYRUS,
  MADDY,
  HMAILSERVER,
  STALWART,
  MAGMA,
  MOX,
  QPSMTPD,
  COURIER_HEAD,
  POSTFIX_SMTPD_CHECK,
} from "./shared";

export const PROTOCOL_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.tls-required",
    cause: "tls-required",
    says: "the receiving server requires an encrypted (TLS) connection",
    subject: [
      "starttls",
      "tls",
      "encryption",
      "encrypted connection",
      // VIPRE: "Your sender domain is required to send via an encrypted SMTP session".
      "encrypted smtp session",
      // Spelled out: magma's "TRANSPORT LAYER SECURITY REQUIRED - THIS ACCOUNT CAN ONLY BE
      // ACCESSED USING A SECURE NETWORK CONNECTION".
      "transport layer security",
      "secure network connection",
      // smtp4dev: "451 Secure connection required" (a session without TLS where it is required).
      "secure connection",
      // qpsmtpd's tls plugin: "Command refused due to lack of security" (no STARTTLS yet).
      "lack of security",
      // DANE (RFC 7672): the recipient's MX publishes TLSA records its certificate must match;
      // maddy's "No matching TLSA records" when none fits.
      "tlsa records",
    ],
    // Not "not available": RFC 3207's "454 TLS not available due to temporary reason" and
    // Sendmail's "454 4.3.3 TLS currently not available" (srvrsmtp.c) are a server whose own TLS
    // is down, a fault on its side (remote-server-error), not a TLS requirement.
    failure: [
      "must",
      "required",
      "requires",
      "need",
      "mandatory",
      "failed",
      // "accepts messages only on TLS connection" (Zimbra's LMTP server).
      "only on",
      "only over",
      "only via",
      "refused due to",
      "no matching",
      // The sending side requires TLS and the other side does not offer it, in each program's
      // words: Sendmail's "other side does not support STARTTLS", msmtp's "the server does not
      // support TLS via the STARTTLS command", Python's smtplib "STARTTLS extension not
      // supported by server", Postfix's "TLS is required, but was not offered by host".
      // "supported", not "available" (a server whose own TLS is down, above); "by" the other
      // side, not any extension "not supported" beside a TLS word (a Received field's
      // "with ESMTPS (TLS1.3)").
      "does not support",
      "not supported by",
      "not offered by",
      // A negotiated cipher weaker than the policy's minimum: Sendmail's "encryption too weak
      // 0 less than 128" (the access map's TLS_Srv/TLS_Clt ENCR: bits).
      "too weak",
    ],
    // "no commands allowed to pipeline after STARTTLS" (Gmail 5.7.10) is a protocol breach.
    // .NET's "requires a secure connection or the client was not authenticated" is its text for
    // any 530 reply, which names a missing STARTTLS and a missing login alike: its own wording
    // (signatures/dotnet-smtpclient.ts) ranks both, and the reply printed after it decides.
    unless: [
      "local problem",
      "currently unavailable",
      "pipeline",
      "secure connection or the client was not authenticated",
    ],
    examples: [
      {
        text: "451 4.2.2 Server accepts messages only on TLS connection",
        source:
          "https://github.com/Zimbra/zm-mailbox/blob/2b7f9787c69ed6b95ce37a415ba27c50f1091c72/store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java#L39 (Zimbra's LMTP server, with 4.2.2, RFC 3463's full-mailbox code)",
      },
      {
        text: "454 4.7.0 other side does not support STARTTLS",
        source:
          "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/cf/m4/proto.m4#L2989 (sendmail cf, tls_server / tls_rcpt with TLS_Srv or TLS_Rcpt VERIFY)",
      },
      {
        text: "454 4.7.0 encryption too weak 0 less than 128",
        source:
          "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/cf/m4/proto.m4#L2997 (sendmail cf, tls_server / tls_client with an ENCR: minimum)",
      },
      {
        text: "STARTTLS extension not supported by server.",
        source:
          "https://github.com/python/cpython/blob/37bfecd2bc71961cbb30b28af3982159ca04601c/Lib/smtplib.py (Python smtplib, SMTP.starttls)",
      },
      {
        text: "530 Must issue a STARTTLS command first",
        source:
          "https://www.rfc-editor.org/rfc/rfc3207#section-4 (RFC 3207, the server's reply when it requires TLS)",
      },
      {
        text: "530 TRANSPORT LAYER SECURITY REQUIRED - THIS ACCOUNT CAN ONLY BE ACCESSED USING A SECURE NETWORK CONNECTION, PLEASE ENABLE SSL OR TLS AND TRY AGAIN",
        source: `${MAGMA}/smtp.c (magma: an account that takes mail over TLS only)`,
      },
      {
        text: "550 5.7.0 No matching TLSA records",
        source:
          "https://github.com/foxcpp/maddy/blob/837b1b8a7761eaaa9ae2b3ff8c9b3a4495e9821e/internal/target/remote/dane.go#L112 (maddy's outbound DANE check: the MX's certificate matches none of its TLSA records)",
      },
      {
        text: "530 Command refused due to lack of security",
        source: `${QPSMTPD}/plugins/tls#L146 (qpsmtpd's tls plugin: a command before STARTTLS where TLS is required)`,
      },
      {
        text: "451 Secure connection required",
        source:
          "https://github.com/rnwood/smtp4dev/blob/738a75ffb74883229108a361c6958039cb97870b/Rnwood.Smtp4dev/Server/Smtp4devServer.cs#L193 (smtp4dev, OnMessageStart: SecureConnectionRequired set and the session not under TLS)",
      },
      {
        text: "523 5.7.10 Encryption Needed",
        source: "https://www.rfc-editor.org/rfc/rfc5248 (X.7.10; the IANA registry's sample text)",
      },
    ],
  },
  {
    // A bounce (empty envelope sender) goes back to the one sender of a message: one addressed
    // to several recipients is malformed (RFC 5321 section 4.5.5), whoever refuses it. Postfix's
    // reject_multi_recipient_bounce, and the mail filters that word it alike.
    id: "concept.multi-recipient-bounce",
    cause: "protocol-syntax",
    says: "a bounce (empty sender) was addressed to more than one recipient, which real bounces never are",
    subject: ["bounce", "bounces"],
    failure: ["multi-recipient", "more than one recipient"],
    examples: [
      {
        text: "550 5.5.3 <DATA>: Data command rejected: Multi-recipient bounce",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd_check.c#L4732 (postfix, generic_checks: reject_multi_recipient_bounce)",
      },
      {
        text: "550 5.5.3 Recipient address rejected: Multi-recipient bounce",
        source:
          "https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes (Workspace classification codes (EveryCloud support), Hornetsecurity's filter)",
      },
      {
        text: "Legitimate bounces are never sent to more than one recipient.",
        source:
          "https://bastion.umanix.net/info (Bastion information page (Umanix, a Baruwa mail filter service))",
      },
    ],
  },
  {
    id: "concept.malformed-header",
    cause: "protocol-syntax",
    says: "a header of the message is malformed, missing or repeated (RFC 5322)",
    subject: ["header", "headers"],
    failure: [
      "invalid",
      // Gmail: "There are multiple header-name headers" (Reply-To, as gromox's users met it).
      "multiple",
      "malformed",
      "missing",
      "non-ascii",
      "only one",
      "too far in the future",
      "too old",
      // A header field repeated where RFC 5322 section 3.6 allows it once, or more often than
      // the receiving filter takes (Gmail's "duplicate headers"; zxcs.nl's spam relay below).
      "duplicate",
      "too many equal",
      // qpsmtpd's headers plugin, "We require a valid $h header" (a required header missing or
      // invalid), and its dmarc plugin, "unparseable from header" (no From domain to check).
      "require a valid",
      "unparseable",
      "unparsable",
      // Courier's submit -t, reading recipients from headers that name none: "511 Headers
      // specify no receipients." (its spelling).
      "specify no",
      // Gmail: "The message contains a unicode character in a disallowed header."
      "disallowed",
      // A required header absent: LBBS's "Messages without a Message-ID header are not
      // accepted"; none that parses: opensmtpd-filter-mimetype's "No valid headers". (Not "no
      // valid" alone: Exim's "there is no valid sender in any header line" is the sender's
      // address, verify = header_sender.)
      "without a",
      "without an",
      "no valid header",
    ],
    // An authentication header (DKIM-Signature, ARC) that does not verify is an authentication
    // failure; a header naming a recipient that does not exist is about the recipient; "too
    // many Received headers" is a mail loop.
    unless: ["dkim", "dmarc", "arc-", "spf", "recipient", "mailbox", "received"],
    examples: [
      {
        text: "550 5.7.1 There are multiple Reply-To headers.",
        source:
          "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes: 'There are multiple header-name headers', the header named as gromox's users met it, grommunio/gromox#110)",
      },
      {
        text: "554 5.6.0 Message contains invalid header",
        source: `${CYRUS}/imap/lmtpengine.c#L196 (Cyrus lmtpd, IMAP_MESSAGE_BADHEADER)`,
      },
      {
        text: "554 5.6.0 Message contains non-ASCII characters in headers",
        source: `${CYRUS}/imap/lmtpengine.c#L194 (Cyrus lmtpd, IMAP_MESSAGE_CONTAINS8BIT)`,
      },
      {
        text: "550 Required header 'Date' missing",
        source: `${HARAKA}/haraka-plugin-headers/blob/946e7d2f217929f7a63c701aa05dd71baf490da1/index.js#L132 (Haraka's headers plugin, missing_required)`,
      },
      {
        text: "554 5.7.7 too many equal X-headers (X-Original-Authentication-Results:)",
        source: `${CRISP} test/fixtures/554_5_7_7_equal_headers.txt (a real Postfix bounce: a filtering relay's answer at end of DATA)`,
      },
      {
        text: "550 We require a valid Date header",
        source: `${QPSMTPD}/plugins/headers#L167 (qpsmtpd's headers plugin: a required header missing or invalid)`,
      },
      {
        text: "511 Headers specify no receipients.",
        source: `${COURIER_HEAD}/submit.C#L2052 (Courier's submit: headers that name no recipient)`,
      },
      {
        text: "550 unparseable from header",
        source: `${QPSMTPD}/plugins/dmarc#L127 (qpsmtpd's dmarc plugin: a From header it cannot parse)`,
      },
      {
        text: "550 5.7.1 Messages without a Message-ID header are not accepted",
        source: `https://github.com/InterLinked1/lbbs/blob/429868d410d331b73c733edbde8a4fb7fcb59503/nets/net_smtp.c#L3640 (LBBS net_smtp, requiremessageid: a message with no Message-ID header)`,
      },
      {
        text: "550 Policy violation: No valid headers",
        source:
          "https://github.com/marco-schm/opensmtpd-filter-mimetype/blob/dc7df8a6e7aa59c260541af3ce58d96bb64287d8/internal/protocol/handler.go#L55 (opensmtpd-filter-mimetype: a message with no header block it can parse)",
      },
      {
        text: "550 The Date header is too far in the future",
        source: `${HARAKA}/haraka-plugin-headers/blob/946e7d2f217929f7a63c701aa05dd71baf490da1/index.js#L198 (Haraka's headers plugin, invalid_date)`,
      },
    ],
  },
  {
    id: "concept.bare-line-feed",
    cause: "protocol-syntax",
    says: "a line of the message ends in a bare line feed (LF without CR), which SMTP forbids",
    // chasquid names the fault as the line ending: "Error reading DATA: invalid line ending".
    subject: ["bare", "line ending", "line endings"],
    // msmtp's users met "552 5.2.0 Message contains bare CR and is violating 822.bis section 2.3".
    failure: [" lf", " cr", "newline", "line feed", "line-feed", "linefeed", "invalid"],
    examples: [
      {
        text: "552 5.2.0 Message contains bare CR and is violating 822.bis section 2.3",
        source:
          "https://github.com/marlam/msmtp/issues/145 (msmtp #145: Mail rejected with smtpstatus=552 by server, a real reply)",
      },
      {
        text: "554 5.6.0 Message contains bare newlines",
        source: `${CYRUS}/imap/lmtpengine.c#L194 (Cyrus lmtpd, IMAP_MESSAGE_CONTAINSNL)`,
      },
      {
        text: "521 5.5.2 Error reading DATA: invalid line ending",
        source:
          "https://github.com/albertito/chasquid/blob/ca2538b9745a448170dbd078c65b97c8821c33f9/internal/smtpsrv/conn.go#L678 (chasquid: a lone CR or LF in DATA)",
      },
      {
        text: "451 Bare line-feed; see http://haraka.github.io/barelf/",
        source:
          "https://github.com/haraka/Haraka/blob/0bf10cbb486253752042e10af4c65ec78ec7fe91/connection.js#L1536 (Haraka, end of DATA)",
      },
    ],
  },
  {
    id: "concept.helo-malformed",
    cause: "protocol-syntax",
    says: "the name the sending server gave in HELO/EHLO is not a valid host name or address literal",
    subject: ["helo", "ehlo"],
    failure: [
      "invalid",
      "fqdn",
      "fully qualified",
      "fully-qualified",
      "malformed",
      "syntax",
      "address literal",
      // Open Mail's 3strikes: "... because localhost is not a valid HELO name".
      "not a valid",
      // "HELO command rejected Your server's HELO/EHLO string is unacceptable" (EarthLink),
      // "Wrong value if command HELO/EHLO parameter" (I.UA).
      "unacceptable",
      "bogus",
      "real hostname",
      "wrong value",
    ],
    // A HELO name that does not resolve, or a listed one, is about DNS or reputation. Gmail's
    // relay refusal names HELO as where it read the domain whose relay "credentials" are
    // invalid ("550 5.7.0 Email relay denied ... (as obtained from HELO and (E)MAIL FROM)").
    unless: [
      "forward dns",
      "rdns",
      "reverse",
      "dns match",
      "not found",
      "blocked using",
      "listed",
      "relay",
      "credentials",
      // Postfix's resolver error for the HELO name's lookup ("Helo command rejected: Malformed
      // DNS server reply", dns_lookup.c under reject_unknown_helo_hostname): the DNS answer was
      // malformed, not the name.
      "dns server reply",
    ],
    examples: [
      {
        text: "550 Please use your real hostname when saying HELO (not HSP-AV01)",
        source:
          "http://www.under-score.org.uk/pipermail/underscore/2007-April/060030.html (Underscore list: a bounce quoted in full)",
      },
      {
        text: "550 5.7.1 bogus HELO name used: mx.example.com",
        source:
          "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/cf/m4/proto.m4#L2456 (sendmail, check_helo (FEATURE(block_bad_helo)))",
      },
      {
        text: "550 5.7.1 HELO command rejected Your server's HELO/EHLO string is unacceptable.",
        source:
          "https://postmaster-earthlink.vadesecure.com/outbound_error_codes (Outbound SMTP error codes (EarthLink postmaster, Vade))",
      },
      {
        text: "550 Wrong value if command HELO/EHLO parameter. See http://mail.i.ua/err/7/",
        source: "https://mail.i.ua/err/ (I.UA mail error codes)",
      },
      {
        text: "550 Sorry! We REJECT your request for a mail session, because localhost is not a valid HELO name. We do not accept mail from unidentified transmitters.",
        source:
          "http://open-mail.org/3strikes/SMTPmessages.txt (Open Mail's 3strikes: its SMTP replies, the HELO check)",
      },
      {
        text: "550 Invalid address format in HELO",
        source: `${HARAKA}/haraka-plugin-helo.checks/blob/8aaec5fb1c539e91d598e08ac36e214bfd6d7b03/index.js#L259 (Haraka's helo.checks plugin, bare_ip)`,
      },
      {
        text: "550 HELO host name invalid",
        source: `${HARAKA}/haraka-plugin-helo.checks/blob/8aaec5fb1c539e91d598e08ac36e214bfd6d7b03/index.js#L194 (Haraka's helo.checks plugin, valid_hostname)`,
      },
      {
        text: "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname",
        source: `${POSTFIX_SMTPD_CHECK} (Postfix, reject_non_fqdn_helo_hostname)`,
      },
    ],
  },
  {
    // A HELO name the receiving server knows is not the client's: its own name or address
    // (the anti-forgery check_helo_access entry "REJECT You are not me" many Postfix sites
    // carry). The cure is the sender's own HELO name, as for a malformed one.
    id: "concept.helo-impersonation",
    cause: "protocol-syntax",
    says: "the sending server greeted (HELO/EHLO) with a name that is not its own",
    subject: ["helo", "ehlo"],
    // milter-regex's sample rules: "Spoofed HELO (my own IP address, nice try)".
    failure: ["you are not", "not me", "impersonat", "spoofed", "my own"],
    unless: ["relay", "listed", "spf", "authoriz", "allowed", "blocked using"],
    examples: [
      {
        text: "554 5.7.1 <mx.example.com>: Helo command rejected: You are not mx.example.com",
        source:
          "lib/knowledge/lab/fixtures/postfix-restrictions/helo-access-custom.txt (Postfix 3.7.11, check_helo_access entry 'REJECT You are not mx.mta-lab.test')",
      },
      {
        text: "554 5.7.1 <localhost>: Helo command rejected: You are not me",
        source:
          "Postfix check_helo_access 'REJECT You are not me' for the site's own names and addresses, as debops' postfix role documents it (banned_helo_names, default_action 'REJECT You are not me') and bearmail's installer writes it",
      },
      {
        text: "554 5.7.1 Spoofed HELO (my own IP address, nice try)",
        source:
          "https://github.com/milter-regex/milter-regex/blob/80adf5d511edde1227c44d16a1abd8ff6c7fa106/rules#L44 (milter-regex's sample rules: a HELO of the server's own address or 127.0.0.1)",
      },
    ],
  },
  {
    id: "concept.helo-no-dns",
    cause: "reverse-dns",
    says: "the name the sending server gave in HELO/EHLO does not resolve to its address",
    subject: ["helo", "ehlo"],
    // "not resolve" also reads "cannot resolve" and James's "can not resolved". "Does not
    // exist": the name has no DNS entry at all (NXDOMAIN), as qpsmtpd's helo plugin ("HELO
    // hostname does not exist", no_forward_dns) and Courier's submit ("HELO %s does not exist.")
    // say it.
    failure: [
      "forward dns",
      "dns match",
      "not resolve",
      "host not found",
      "does not match",
      "no dns",
      "does not exist",
      "doesn't exist",
    ],
    // A HELO name compared with the sender's domain, not with DNS (concept.helo-not-sender-domain).
    unless: ["blocked using", "listed", "mail from", "sender domain", "sender's domain"],
    examples: [
      {
        text: "550 The host name specified in HELO does not match IP address.",
        source: `${HMAILSERVER}/Server/Common/AntiSpam/SpamTestHeloHost.cpp#L63 (hMailServer's HELO test)`,
      },
      {
        text: "501 5.5.4 Provided EHLO/HELO Optional[mail.example.net] can not resolved.",
        source:
          "https://github.com/apache/james-project/blob/20bf8083e39be4a750f606e576a162087bb3f18a/protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core/fastfail/ResolvableEhloHeloHandler.java#L78 (Apache James; Java prints the name's Optional as it is)",
      },
      {
        text: "450 4.7.1 <bob@example.com>: Recipient address rejected: No DNS entries for your MTA, HELO and Domain. Contact YOUR administrator Your HELO: mail.example.net, IP: 192.0.2.25",
        source:
          "https://github.com/DavidGoodwin/policyd-weight/blob/a73646376707c95f30ec53a338462772986e8d81/src/policyd-weight.pl#L325 (policyd-weight's $DNSERRMSG, with HELO and IP added at line 2813)",
      },
      {
        text: "550 HELO host has no forward DNS match",
        source: `${HARAKA}/haraka-plugin-helo.checks/blob/8aaec5fb1c539e91d598e08ac36e214bfd6d7b03/index.js#L434 (Haraka's helo.checks plugin, forward_dns)`,
      },
      {
        text: "450 4.7.1 <mail.example.com>: Helo command rejected: Host not found",
        source: `${POSTFIX_SMTPD_CHECK} (Postfix, reject_unknown_helo_hostname)`,
      },
      {
        text: "HELO hostname does not exist",
        source: `${QPSMTPD}/plugins/helo#L413 (qpsmtpd's helo plugin, no_forward_dns on NXDOMAIN)`,
      },
    ],
  },
  {
    // A site that wants the HELO name to belong to the sender's domain: a policy on who may send
    // as that domain from that host, no DNS or PTR lookup involved. LBBS refuses an
    // unauthenticated client whose HELO domain differs from its MAIL FROM domain
    // (requirefromhelomatch).
    id: "concept.helo-not-sender-domain",
    cause: "sender-policy",
    says: "the name the sending server gave in HELO/EHLO is not in the sender's domain, which the receiver requires",
    subject: ["helo", "ehlo"],
    failure: [
      "match mail from",
      "match the mail from",
      "match sender domain",
      "match the sender domain",
      "match the sender's domain",
      "match envelope sender",
      "match the envelope sender",
    ],
    // An SPF check of the HELO name, a relay refusal or a listed name is another reading.
    unless: ["spf", "relay", "listed", "blocked using"],
    examples: [
      {
        text: "530 5.7.0 HELO/EHLO domain does not match MAIL FROM domain",
        source: `https://github.com/InterLinked1/lbbs/blob/429868d410d331b73c733edbde8a4fb7fcb59503/nets/net_smtp.c#L1307 (LBBS net_smtp, requirefromhelomatch: an unauthenticated client whose HELO domain is not its MAIL FROM domain)`,
      },
    ],
  },
  {
    id: "concept.message-unparseable",
    cause: "protocol-syntax",
    says: "the receiving server could not parse the message (its header or MIME structure is malformed)",
    subject: ["parse", "parsing"],
    failure: ["failed to", "unable to", "could not", "cannot", "error"],
    // A DKIM signature or an SPF or DMARC record that does not parse is the sender's
    // authentication setup.
    unless: ["dkim", "spf", "dmarc", "record"],
    examples: [
      {
        text: "550 5.7.7 Failed to parse message.",
        source: `${STALWART}/data.rs#L62 (Stalwart: the message's header does not parse)`,
      },
    ],
  },
  {
    // The message parsed with defects (Python's email package names malformed structure so):
    // GNU Mailman's LMTP runner refuses such a message.
    id: "concept.message-defects",
    cause: "protocol-syntax",
    says: "the receiving server found the message malformed",
    subject: ["message"],
    failure: ["has defects"],
    examples: [
      {
        text: "501 Message has defects",
        source:
          "debian:mailman3=3.3.8-2~deb12u2:/usr/lib/python3/dist-packages/mailman/runners/lmtp.py#L90 (GNU Mailman 3's LMTP runner, as Debian ships it)",
      },
    ],
  },
  {
    // A TLS peer whose certificate the sending server would not trust: the encrypted session
    // the receiver needs failed (Momentum's own responses).
    id: "concept.certificate-rejected",
    cause: "tls-required",
    says: "the TLS certificate of the other side was not trusted, so no encrypted session was made",
    subject: ["certificate"],
    failure: [
      "does not match",
      "not signed",
      "valid ca",
      "verify failed",
      "verification failed",
      "self-signed",
      "self signed",
      "untrusted",
      "not trusted",
      // Postfix: "No client certificate presented", "Server certificate not verified"; Exim:
      // "no verified certificate".
      "not verified",
      "no verified",
      "no client certificate",
      // Exchange Online: "certificate-expired: Destination mail server's certificate is
      // expired", "certificate-host-mismatch: Remote certificate MUST have a common name ...".
      "is expired",
      "must have a common name",
      // Microsoft 365's connectors: "450 4.7.320 Certificate validation failed"; .NET's
      // SslStream (Exchange, and applications that send through SmtpClient): "The remote
      // certificate is invalid according to the validation procedure."
      "validation failed",
      "validation failure",
      "invalid according to the validation procedure",
    ],
    unless: ["dkim", "s/mime", "smime"],
    examples: [
      {
        text: "5.7.322 certificate-expired: Destination mail server's certificate is expired.",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Email non-delivery reports in Exchange Online, 5.7.322)",
      },
      {
        text: "421 4.7.1 mx.example.com Error: No client certificate presented",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd.c#L5285 (postfix, smtpd_start_tls)",
      },
      {
        text: "Server certificate not verified",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtp/smtp_proto.c#L1127 (postfix, smtp_start_tls)",
      },
      {
        text: "550 no verified certificate",
        source:
          "https://github.com/Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8/src/src/acl.c#L1728 (exim, acl_verify)",
      },
      {
        text: "450 4.7.320 Certificate validation failed",
        source:
          "https://learn.microsoft.com/en-us/defender-office-365/connectors-mail-flow-intelligence (Mail flow intelligence in EOP: a connector's destination certificate expired, mismatched or no longer valid)",
      },
      {
        text: "The Mailserver says: The remote certificate is invalid according to the validation procedure.",
        source:
          "https://github.com/mailcow/mailcow-dockerized/issues/2023 (Smtp / postfix error (mailcow-dockerized #2023): a .NET client's TLS refusal of the server's certificate; also bitwarden/web #376)",
      },
      {
        text: "4.7.5 [internal] SSL certificate subject does not match host",
        source:
          "https://support.sparkpost.com/momentum/4/message-responses (Momentum 4: Message responses)",
      },
      {
        text: "4.7.5 [internal] remote node SSL certificate not signed by a valid CA",
        source:
          "https://support.sparkpost.com/momentum/4/message-responses (Momentum 4: Message responses)",
      },
    ],
  },
  {
    id: "concept.command-out-of-sequence",
    cause: "protocol-syntax",
    says: "the sending server gave an SMTP command out of its order",
    subject: ["out of sequence", "bad sequence"],
    failure: ["command"],
    examples: [
      {
        text: "503 5.5.1 RCPT first. An email transaction protocol command was issued out of sequence.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes)",
      },
    ],
  },
  {
    id: "concept.smtp-protocol-violation",
    cause: "protocol-syntax",
    says: "the sending server broke the SMTP protocol",
    subject: ["smtp protocol violation", "violation of smtp protocol"],
    // The words themselves: "550 Protocol violation" alone (a real Postfix bounce, sisimai's
    // lhost-postfix-41) says nothing of which protocol or rule, and a wrapper's own "SMTP" or
    // "command" beside it is no part of the reply.
    failure: ["smtp protocol violation", "violation of smtp protocol"],
    examples: [
      {
        text: "523 5.7.10 SMTP protocol violation, no commands allowed to pipeline after STARTTLS.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes)",
      },
      {
        text: "554 There was a violation of SMTP protocol. AUP#CXSMTP",
        source:
          "https://www.cox.com/residential/support/email-error-codes.html (Email Error Codes (Cox))",
      },
    ],
  },
  {
    id: "concept.too-many-session-errors",
    cause: "protocol-syntax",
    says: "the sending server made too many errors or unauthenticated commands in one session",
    // Not "too many errors" alone: Postfix means the client's protocol errors
    // (smtpd_hard_error_limit), Stalwart's "Too many errors, disconnecting" any kind of error.
    subject: [
      "nonmail commands",
      "bad commands",
      "bad smtp command",
      "unauthenticated commands",
      "smtp errors",
    ],
    failure: ["too many", "exceeded"],
    examples: [
      {
        text: "421 Exceeded bad SMTP command limit",
        source:
          "https://cisco.com/c/en/us/support/docs/security/email-security-appliance/118495-technote-esa-00.html (Cisco ESA technote: its SMTP replies)",
      },
      {
        text: "554 Too many nonmail commands",
        source:
          "https://github.com/Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8/src/src/smtp_in.c#L5998 (exim, smtp_setup_msg)",
      },
      {
        text: "421 4.7.0 mx.example.com Too many bad commands; closing connection",
        source:
          "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/srvrsmtp.c#L2031 (sendmail, smtp)",
      },
      {
        text: "554 5.7.0 Too many unauthenticated commands.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes)",
      },
      {
        text: "450 4.7.1 SFR_IN_103 Too Many SMTP Errors",
        source: "https://bentonow.com/smtp-errors/sfr (SFR SMTP Error Codes (Bento))",
      },
    ],
  },
  {
    id: "concept.not-rfc-compliant",
    cause: "protocol-syntax",
    says: "the message does not follow the Internet Message Format (RFC 5322 / 2822)",
    subject: ["rfc2822", "rfc 2822", "rfc5322", "rfc 5322", "rfc822"],
    failure: ["not conform", "does not conform", "not compliant", "violat"],
    unless: ["aligned", "alignment", "dmarc"],
    examples: [
      {
        text: "MSG-RFC: Your message does not conform to RFC2822 standard",
        source:
          "https://portal.iridis.uk/?action=article&cmd=knowledgebase&id=254 (mailRelay / mailFeed response codes (Iridis knowledge base))",
      },
    ],
  },
  {
    // A sender or message address in UTF-8 (RFC 6531) where the SMTPUTF8 extension was not
    // asked for or is not offered: the sending program's command (or the receiver) lacks it.
    id: "concept.smtputf8-required",
    cause: "protocol-syntax",
    says: "an address in international (UTF-8) characters needs the SMTPUTF8 extension (RFC 6531), which was not used or not offered",
    subject: ["smtputf8", "international e-mail address", "international email address"],
    failure: ["required", "requires", "must", "does not support", "not supported"],
    examples: [
      {
        text: "550 5.6.7 SMTPUTF8 is required for non-ASCII senders",
        source: `${MADDY}/internal/endpoint/smtp/session.go#L219 (maddy: a non-ASCII sender without SMTPUTF8 in MAIL FROM)`,
      },
      {
        text: "550 5.6.0 smtputf8 extension is required but was not added to the MAIL command",
        source: `${MOX}/server.go#L2211 (mox: the message needs SMTPUTF8 and the client did not ask for it)`,
      },
      {
        text: "550-The addressee's mailserver does not support the sender's international E-mail address.",
        source: `${COURIER_HEAD}/module.esmtp/libesmtp.C#L1977 (Courier's esmtp module: a UTF-8 sender, a receiver without SMTPUTF8)`,
      },
    ],
  },
  {
    // A client that sends before the server's greeting (an "early talker"): a breach of RFC 5321
    // section 4.3.1 that spam programs commit. The lab reads its pregreet cases (Exim's "SMTP
    // synchronization error", Haraka's "You talk too soon") as protocol-syntax.
    id: "concept.early-talker",
    cause: "protocol-syntax",
    says: "the sending server spoke before the receiving server's greeting (an SMTP protocol breach)",
    subject: ["smtp greeting", "the greeting", "smtp banner", "the banner", "before greeting"],
    // Cox: "554 cox.net ESMTP No data before greeting".
    failure: ["before", "no data"],
    examples: [
      {
        text: "554 cox.net ESMTP No data before greeting",
        source:
          "https://www.cox.com/residential/support/email-error-codes.html (Email Error Codes (Cox))",
      },
      {
        text: "554 Connecting host started transmitting before SMTP greeting",
        source: `${QPSMTPD}/plugins/earlytalker#L237 (qpsmtpd's earlytalker plugin)`,
      },
    ],
  },
  {
    // A client that idles with NOOP after NOOP instead of sending mail: qpsmtpd's noop_counter
    // drops it. The session's commands, not the message or the sender, are refused.
    id: "concept.too-many-noops",
    cause: "protocol-syntax",
    says: "the sending server sent too many NOOP commands in a row",
    subject: ["noops", "noop commands"],
    failure: ["too many"],
    examples: [
      {
        text: "421 Stop wasting my time, too many consecutive NOOPs",
        source: `${QPSMTPD}/plugins/noop_counter#L42 (qpsmtpd's noop_counter plugin)`,
      },
    ],
  },
  {
    id: "concept.smtp-synchronization",
    cause: "protocol-syntax",
    says: "the sending server did not follow the SMTP dialogue (it spoke out of turn)",
    subject: ["synchronization error", "talk too soon", "smtp protocol"],
    failure: ["smtp", "soon", "not following"],
    unless: ["violation of smtp"],
    examples: [
      {
        text: "554 SMTP synchronization error",
        source:
          "https://github.com/Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8/src/src/smtp_in.c#L3095 (exim, smtp_start_session)",
      },
      {
        text: "554 You talk too soon",
        source:
          "https://github.com/haraka/haraka-plugin-early_talker/blob/b0b85094af18856c5bcab2d2278c99262bf7eda2/index.js#L46 (haraka, early_talker, check() (connect_init or data hook, [main] reject))",
      },
      {
        text: "554 Refused. You are not following the SMTP protocol.",
        source:
          "https://github.com/chrisboulton/spamdyke/blob/5785cb3e4dfd18aa2dadbc1a12d3793c9def1a3f/spamdyke/spamdyke.h#L479 (spamdyke, REJECTION_DATA_EARLYTALKER (greeting-delay-secs))",
      },
    ],
  },
  {
    id: "concept.tls-handshake-failed",
    cause: "tls-required",
    says: "the TLS handshake with the other server failed, so no encrypted session was made",
    subject: ["cannot start tls", "tls handshake"],
    failure: ["handshake failure", "failed"],
    examples: [
      {
        text: "Cannot start TLS: handshake failure",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtp/smtp_proto.c#L1105 (postfix, smtp_start_tls)",
      },
    ],
  },
  {
    id: "concept.address-or-line-syntax",
    cause: "protocol-syntax",
    says: "an address or a line of the message breaks the syntax SMTP and RFC 5322 require",
    subject: ["unbalanced", "restricted characters", "header syntax", "line length"],
    failure: ["'<'", "'>'", "in address", "header syntax", "998"],
    examples: [
      {
        text: "553 Unbalanced '<'",
        source:
          "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/parseaddr.c#L832 (sendmail, prescan)",
      },
      {
        text: "550 Restricted characters in address",
        source:
          "https://github.com/Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8/src/src/configure.default#L431 (exim, acl_check_rcpt)",
      },
      {
        text: "550 header syntax",
        source:
          "https://github.com/Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8/src/src/configure.default#L606 (exim, acl_check_data)",
      },
      {
        text: "550 maximum allowed line length is 998 octets, got 1200",
        source:
          "https://github.com/Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8/src/src/configure.default#L600 (exim, acl_check_data)",
      },
    ],
  },
  {
    // A command or a header line longer than the receiver takes: RFC 5321 section 4.5.3.1.4
    // limits a command line to 512 octets (its 500 reply "may include errors such as command
    // line too long", section 4.2.2) and RFC 5322 section 2.1.1 a line to 998 characters. The
    // sending program wrote what the protocol or the format does not allow, whichever line it
    // names: Sendmail's "Command too long", Exchange Online's "x-dg-ref header is too long".
    // Not a wait that lasted too long ("took too long to send a command": a timeout).
    id: "concept.line-too-long",
    cause: "protocol-syntax",
    says: "a command or a header line was longer than the receiving server takes",
    subject: ["command", "command line", "header", "header line", "header field"],
    failure: ["too long"],
    unless: [
      "took too long",
      "waited too long",
      "waiting too long",
      "taking too long",
      "timeout",
      "timed out",
    ],
    examples: [
      {
        text: "500 Syntax error, command unrecognized (This may include errors such as command line too long)",
        source:
          "https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2 (RFC 5321, reply codes by function groups)",
      },
      {
        text: "421 4.7.0 mx.example.com Command too long, possible attack client.example.net [192.0.2.1]",
        source:
          "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/srvrsmtp.c#L1646 (sendmail, smtp: an input line past MAXLINE)",
      },
      {
        text: "5.0.350 x-dg-ref header is too long",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Email non-delivery reports in Exchange Online)",
      },
    ],
  },
  {
    id: "concept.dane-failed",
    cause: "tls-required",
    says: "the destination's DANE or DNSSEC records did not validate, so the required secure session was not made",
    // Sendmail's "DANE check failed." (its DANE_MSG when the TLSA records do not match).
    subject: ["dane validation", "dane check", "dnssec records"],
    failure: ["failed", "invalid"],
    examples: [
      {
        text: "5.7.323 tlsa-invalid: The domain failed DANE validation.",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Email non-delivery reports in Exchange Online, 5.7.323)",
      },
      {
        text: "5.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Email non-delivery reports in Exchange Online, 5.7.324)",
      },
    ],
  },
  {
    // Authentication refused because the session is not encrypted: a program that will not send
    // (or take) credentials in clear text. The fix is the same as for any TLS requirement: use
    // STARTTLS or the TLS port. Not a wrong password (authentication-failure).
    id: "concept.auth-needs-encryption",
    cause: "tls-required",
    says: "authentication was refused because the connection is not encrypted",
    subject: [
      "unsecure channel",
      "insecure channel",
      "non-secure",
      "unencrypted channel",
      "unencrypted connection",
      "insecure connection",
    ],
    failure: ["refuse", "disallowed", "not allowed", "not permitted"],
    examples: [
      {
        text: "Refuse to AUTH over unsecure channel",
        source:
          "https://github.com/OpenSMTPD/OpenSMTPD/blob/8566f1cde1775c0a0c9d80d6589d5a4d0d8dc3a2/usr.sbin/smtpd/mta_session.c#L657 (opensmtpd, mta_session: AUTH needs TLS first)",
      },
      {
        text: "Plaintext authentication disallowed on non-secure (SSL/TLS) connections.",
        source:
          "https://github.com/dovecot/core/blob/main/src/login-common/login-common.h (Dovecot, AUTH_PLAINTEXT_DISABLED_MSG)",
      },
    ],
  },
  {
    id: "concept.tls-version-refused",
    cause: "tls-required",
    says: "the TLS version used is not one the receiver's policy accepts",
    subject: ["tls version"],
    failure: ["doesn't match", "not supported", "too old"],
    examples: [
      {
        text: "XGEMAIL_0006 Message rejected because the TLS version used doesn't match the version configured in your policy.",
        source:
          "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html (SMTP error codes (Sophos Central Email Security))",
      },
    ],
  },
  {
    id: "concept.eight-bit-unsupported",
    cause: "protocol-syntax",
    says: "the message uses 8-bit or binary content the receiving system does not support (8BITMIME)",
    subject: ["8-bit", "binary encoding"],
    failure: ["does not support", "not supported"],
    examples: [
      {
        text: "net 005: The e-mail message uses 8-bit or binary encoding and the destination mail system does not support this encoding.",
        source:
          "http://www.postmaster.bellsouth.net/error.htm (E-mail Error List, AT&T Postmaster Information Website, BellSouth)",
      },
    ],
  },
  {
    // A MAIL FROM or RCPT TO parameter (an ESMTP extension's keyword) the server does not
    // support: Postfix's "555 5.5.4 Unsupported option: %s" (smtpd.c mail_cmd and rcpt_cmd, a
    // protocol error by its own error mask), hMailServer's "550 Unsupported ESMTP extension:
    // {0}" (SMTPConnection.cpp: only SIZE and AUTH after MAIL FROM). The sending software used
    // an extension the server did not announce.
    id: "concept.unsupported-smtp-option",
    cause: "protocol-syntax",
    says: "the sending server gave a command parameter (an ESMTP extension) the receiving server does not support",
    subject: ["unsupported option", "unsupported esmtp extension", "unsupported smtp extension"],
    failure: ["unsupported"],
    examples: [
      {
        text: "555 5.5.4 Unsupported option: FOO=BAR",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd.c (postfix, mail_cmd: a MAIL FROM parameter it does not know, MAIL_ERROR_PROTOCOL)",
      },
      {
        text: "550 Unsupported ESMTP extension: {0}",
        source:
          "https://github.com/hmailserver/hmailserver/blob/876a996ba1a94f59880feb195a2f9f19108edeaf/hmailserver/source/Server/SMTP/SMTPConnection.cpp (hMailServer: a MAIL FROM or RCPT TO parameter it does not take)",
      },
    ],
  },
];
