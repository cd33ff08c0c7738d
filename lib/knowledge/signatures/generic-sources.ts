// Where the generic wordings (generic.ts) come from: each group is one mail server's source
// file, one provider's page or one RFC, with the exact strings it emits. A generic wording
// listed here cites that page and carries that page's own words as its example (issue 8:
// "a generic entry needs a real, sourced example of its own"). A wording listed nowhere has no
// place in generic.ts: the sources test fails on it.
import { CONNECTION_WORDING_SOURCES } from "./generic-sources-connection";
import { RECIPIENT_WORDING_SOURCES } from "./generic-sources-recipient";
import { ROUND3_WORDING_SOURCES } from "./generic-sources-round3";
import { SENDER_CONTENT_WORDING_SOURCES } from "./generic-sources-sender-content";
import { SERVER_ERROR_WORDING_SOURCES } from "./generic-sources-server-errors";
import { gh, type WordingSource } from "./generic-source-types";

export type { QuotedWording, WordingSource } from "./generic-source-types";

const POSTFIX = "vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c";
const SENDMAIL = "deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3";
const DOVECOT = "dovecot/core/blob/f28b5a92ec52eef0a111a095d00435756343dc94";
const SMTP_FIELD_MANUAL =
  "ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342";
const SPAMASS_MILTER = "andybalholm/spamass-milter/blob/c45f851c57606a6b42f73590c6935dd229cc541c";
const MILTER_GREYLIST = "ryoqun/milter-greylist/blob/b0a039272d4daaaf76cc66b897073bfa4123ef52";
const IREDAPD = "iredmail/iRedAPD/blob/60b2eed4a577a5a09aacc64d64d29d3402143221";
const HMAILSERVER = "hmailserver/hmailserver/blob/4d11f81d14af5136b5e0e1d231e0eb19d8361177";
const EXIM = "Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205";
const OPENSMTPD = "OpenSMTPD/OpenSMTPD/blob/3153385b02a0a155690061767491ca4009ccd4ee";
const NOTQMAIL = "notqmail/notqmail/blob/a7012e4fdf2f82f6aa5abe2f57e20831d238d774";
const SAGREDO_QMAIL = "sagredo-dev/qmail/blob/302f308abfa18da8efd0033628990d8602e5d397";
const STALWART = "stalwartlabs/mail-server/blob/55e62a683048d934a3890e86e6384c65fc29b0f2";
const MADDY = "foxcpp/maddy/blob/837b1b8a7761eaaa9ae2b3ff8c9b3a4495e9821e";
const ZIMBRA = "Zimbra/zm-mailbox/blob/2b7f9787c69ed6b95ce37a415ba27c50f1091c72";
const JAMES = "apache/james-project/blob/20bf8083e39be4a750f606e576a162087bb3f18a";
const RSPAMD = "rspamd/rspamd/blob/eaac8e914ef09f837fe53cc4973e0b2312ab1118";
const COURIER = "svarshavchik/courier/blob/fe506ccc6d496692ea153e5b2cb0a4dc5bdb7b69";

const FIRST_SOURCES: readonly WordingSource[] = [
  // Postfix 3.11 (the repository Wietse Venema's releases are mirrored to).
  {
    url: gh(POSTFIX, "postfix/src/smtpd/smtpd_check.c"),
    title: "Postfix smtpd(8) access checks, smtpd_check.c",
    wordings: [
      {
        needle: "cannot find your reverse hostname",
        quote: "Client host rejected: cannot find your reverse hostname, [%s]",
        output: "450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]",
      },
      {
        needle: "reverse hostname",
        quote: "Client host rejected: cannot find your reverse hostname, [%s]",
        output: "450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]",
      },
      {
        needle: "client host rejected: cannot find your",
        quote: "Client host rejected: cannot find your hostname, [%s]",
        output: "450 4.7.25 Client host rejected: cannot find your hostname, [192.0.2.1]",
      },
      {
        needle: "cannot find your hostname",
        quote: "Client host rejected: cannot find your hostname, [%s]",
        output: "450 4.7.25 Client host rejected: cannot find your hostname, [192.0.2.1]",
      },
      {
        needle: "does not accept mail (nullmx)",
        quote: "does not accept mail (nullMX)",
        output:
          "556 4.1.10 <bob@example.net>: Recipient address rejected: Domain example.net does not accept mail (nullMX)",
      },
      {
        needle: "nullmx",
        quote: "does not accept mail (nullMX)",
        output:
          "556 4.1.10 <bob@example.net>: Recipient address rejected: Domain example.net does not accept mail (nullMX)",
      },
      {
        needle: "undeliverable address",
        quote: "<%s>: %s rejected: undeliverable address: %s",
        output:
          "450 4.1.1 <bob@example.com>: Recipient address rejected: undeliverable address: host mx.example.com[192.0.2.25] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
      },
    ],
  },
  {
    url: gh(POSTFIX, "postfix/src/smtpd/smtpd.c"),
    title: "Postfix smtpd(8), smtpd.c",
    wordings: [
      {
        needle: "must issue a starttls command first",
        quote: "530 5.7.0 Must issue a STARTTLS command first",
      },
      {
        needle: "too many connections",
        quote: "421 4.7.0 %s Error: too many connections from %s",
        output: "421 4.7.0 mx.example.com Error: too many connections from 192.0.2.1",
      },
      { needle: "system error", quote: "421 4.3.0 Mail system error" },
      { needle: "bad recipient", quote: "501 5.1.3 Bad recipient address syntax" },
      { needle: "server configuration error", quote: "421 4.3.5 Server configuration error" },
      { needle: "command not recognized", quote: "500 5.5.2 Error: command not recognized" },
    ],
  },
  {
    url: gh(POSTFIX, "postfix/src/smtpd/smtpd_sasl_proto.c"),
    title: "Postfix smtpd(8) SASL, smtpd_sasl_proto.c",
    wordings: [
      {
        needle: "encryption required",
        quote: "504 5.5.4 Encryption required for requested authentication mechanism",
      },
    ],
  },
  {
    url: gh(POSTFIX, "postfix/src/postscreen/postscreen.c"),
    title: "Postfix postscreen(8), postscreen.c",
    wordings: [
      { needle: "service currently unavailable", quote: "550 5.3.2 Service currently unavailable" },
    ],
  },
  {
    url: gh(POSTFIX, "postfix/src/milter/milter8.c"),
    title: "Postfix Milter client, milter8.c",
    wordings: [
      { needle: "service unavailable", quote: "451 4.7.1 Service unavailable - try again later" },
      { needle: "queue file write error", quote: "451 4.3.0 Queue file write error" },
    ],
  },
  {
    url: gh(POSTFIX, "postfix/src/global/header_body_checks.c"),
    title: "Postfix header and body checks (strict 8-bit), header_body_checks.c",
    wordings: [
      {
        needle: "improper use of 8-bit data in message header",
        quote: "improper use of 8-bit data in message header",
        output: "550 5.6.0 Improper use of 8-bit data in message header",
      },
      {
        needle: "8-bit data",
        quote: "improper use of 8-bit data in message body",
        output: "550 5.6.0 Improper use of 8-bit data in message body",
      },
    ],
  },
  {
    url: gh(POSTFIX, "postfix/src/dns/dns_lookup.c"),
    title: "Postfix DNS lookups (the smtp(8) client's reason for a bounce), dns_lookup.c",
    wordings: [
      {
        needle: "domain name not found",
        quote: "Host or domain name not found. ",
        output:
          "Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found",
      },
      {
        needle: "malformed or unexpected name server reply",
        quote: "Malformed or unexpected name server reply",
        output:
          "Name service error for name=example.com type=MX: Malformed or unexpected name server reply",
      },
    ],
  },
  {
    // Postfix 2.x (2009) wrote the shorter words for a DNS reply it could not parse; real
    // output, a bounce kept in Mail::DeliveryStatus::BounceParser's test corpus.
    url: "https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/3133a16326c596e0e9fc97469930aee535962bcf/t/corpus/postfix-malformed.msg",
    title: "A Postfix 2.x bounce for a DNS reply it could not parse (BounceParser test corpus)",
    wordings: [
      {
        needle: "malformed name server reply",
        quote:
          "Diagnostic-Code: X-Postfix; Name service error for name=yyahoo.com type=MX: Malformed name server reply",
        output: "Name service error for name=yyahoo.com type=MX: Malformed name server reply",
      },
    ],
  },
  {
    url: gh(POSTFIX, "postfix/src/dns/dns_strerror.c"),
    title: "Postfix DNS error texts, dns_strerror.c",
    wordings: [
      {
        needle: "host not found, try again",
        quote: "Host not found, try again",
      },
    ],
  },
  {
    url: gh(POSTFIX, "postfix/src/smtp/smtp_proto.c"),
    title: "Postfix smtp(8) client, smtp_proto.c",
    wordings: [
      {
        needle: "exceeds size limit",
        quote: "message size %lu exceeds size limit %.0f of server %s",
        output:
          "message size 31457280 exceeds size limit 10240000 of server mx.example.com[192.0.2.25]",
      },
      {
        needle: "tls is required",
        quote: "TLS is required, but was not offered by host %s",
        output: "TLS is required, but was not offered by host mx.example.com[192.0.2.25]",
      },
    ],
  },
  {
    url: gh(POSTFIX, "postfix/src/smtp/smtp_trouble.c"),
    title: "Postfix smtp(8) client errors, smtp_trouble.c",
    wordings: [
      {
        needle: "lost connection",
        quote: "lost connection with %s while %s",
        output:
          "lost connection with mx.example.com[192.0.2.25] while receiving the initial server greeting",
      },
    ],
  },
  // Sendmail 8.17 (Debian's packaging of the sendmail.org release).
  {
    url: gh(SENDMAIL, "cf/m4/proto.m4"),
    title: "Sendmail configuration rules (check_mail, access map, require_rdns), proto.m4",
    wordings: [
      {
        needle: "domain of sender address ",
        quote: '"_CODE553 Domain of sender address " $&f " does not exist"',
        output: "553 5.1.8 Domain of sender address alice@example.invalid does not exist",
      },
      {
        needle: "access denied",
        quote: '"550 Access denied"',
        output: "550 5.7.1 Access denied",
      },
      {
        needle: "fix reverse dns for ",
        quote: "550 Fix reverse DNS for $1",
        output: "550 5.7.1 Fix reverse DNS for 192.0.2.1",
      },
      // FEATURE(`ratecontrol'): _RATE_CONTROL_REPLY is 421 with `terminate', else 452
      // (cf/feature/ratecontrol.m4).
      {
        needle: "connection rate limit exceeded",
        quote: "$#error $@ 4.3.2 $: _RATE_CONTROL_REPLY Connection rate limit exceeded.",
        output: "421 4.3.2 Connection rate limit exceeded.",
      },
    ],
  },
  {
    url: gh(SENDMAIL, "cf/cf/knecht.mc"),
    title: "Sendmail sample configuration of sendmail.org's own host, knecht.mc",
    wordings: [
      { needle: "header error", quote: "553 Header error" },
      {
        needle: "refused - see http",
        quote:
          "FEATURE(`dnsbl', `sbl-xbl.spamhaus.org', `\"550 Mail from \" $`'&{client_addr} \" refused - see http://www.spamhaus.org/sbl/\"')",
        output: "550 5.7.1 Mail from 192.0.2.1 refused - see http://www.spamhaus.org/sbl/",
      },
    ],
  },
  {
    url: gh(SENDMAIL, "sendmail/srvrsmtp.c"),
    title: "Sendmail SMTP server, srvrsmtp.c",
    wordings: [
      {
        needle: "insufficient disk space",
        quote: "452 4.4.5 Insufficient disk space; try again later",
      },
      { needle: "addressee unknown", quote: "550 5.1.1 Addressee unknown" },
    ],
  },
  {
    url: gh(SENDMAIL, "sendmail/daemon.c"),
    title: "Sendmail daemon (MaxDaemonChildren per host), daemon.c",
    wordings: [
      {
        needle: "too many smtp sessions for this host",
        quote: "421 4.4.5 Too many SMTP sessions for this host",
      },
    ],
  },
  {
    url: gh(SENDMAIL, "sendmail/collect.c"),
    title: "Sendmail message collection (MaxMessageSize), collect.c",
    wordings: [
      {
        needle: "message exceeds maximum fixed size",
        quote: "552 Message exceeds maximum fixed size (%ld)",
        output: "552 Message exceeds maximum fixed size (10485760)",
      },
    ],
  },
  {
    url: gh(SENDMAIL, "sendmail/deliver.c"),
    title: "Sendmail delivery (RFC 7505 null MX), deliver.c",
    wordings: [
      { needle: "host does not accept mail", quote: "556 Host does not accept mail: MX 0 ." },
    ],
  },
  {
    url: gh(SENDMAIL, "sendmail/recipient.c"),
    title: "Sendmail alias expansion, recipient.c",
    wordings: [
      { needle: "aliasing/forwarding loop broken", quote: "554 aliasing/forwarding loop broken" },
    ],
  },
  {
    url: gh(SENDMAIL, "sendmail/usersmtp.c"),
    title: "Sendmail SMTP client (its reason for a bounce), usersmtp.c",
    wordings: [
      {
        needle: "connection reset",
        quote: "421 4.4.1 Connection reset by %s",
        output: "421 4.4.1 Connection reset by mx.example.com",
      },
      { needle: "system config error", quote: "553 5.3.5 system config error" },
    ],
  },
  {
    url: gh(SENDMAIL, "sendmail/deliver.c"),
    title: "Sendmail delivery (a local mailer's unknown exit status), deliver.c",
    wordings: [
      {
        needle: "mailer error",
        quote: "554 5.3.0 unknown mailer error %d",
        output: "554 5.3.0 unknown mailer error 1",
      },
    ],
  },
  {
    url: gh(HMAILSERVER, "hmailserver/source/Server/SMTP/SMTPConnection.cpp"),
    title: "hMailServer SMTP server, SMTPConnection.cpp",
    wordings: [
      { needle: "line too long", quote: "500 Line too long." },
      { needle: "bare lf", quote: "554 Rejected - Message containing bare LF's." },
    ],
  },
  {
    // A command line over the server's limit (State::RequestTooLarge), under X.3.4, the status
    // of a message too big: the words, not the status, say what was too long.
    url: gh(STALWART, "crates/smtp/src/inbound/session.rs"),
    title: "Stalwart SMTP server, session.rs",
    wordings: [{ needle: "line is too long", quote: "554 5.3.4 Line is too long." }],
  },
  {
    url: gh(ZIMBRA, "store/src/java/com/zimbra/cs/milter/MilterHandler.java"),
    title: "Zimbra milter (distribution list permissions), MilterHandler.java",
    wordings: [
      {
        needle: "sender is not allowed",
        quote: "571 Sender is not allowed to email this distribution list: ",
        output: "571 Sender is not allowed to email this distribution list: staff@example.com",
      },
    ],
  },
  // Exim 4.99.
  {
    url: gh(EXIM, "src/src/daemon.c"),
    title: "Exim daemon (smtp_accept_max), daemon.c",
    wordings: [
      {
        needle: "too many concurrent smtp connections",
        quote: "421 Too many concurrent SMTP connections; ",
        output: "421 Too many concurrent SMTP connections; please try again later.",
      },
    ],
  },
  {
    url: gh(EXIM, "src/src/smtp_in.c"),
    title: "Exim SMTP server, smtp_in.c",
    wordings: [
      { needle: "too many messages", quote: "421 too many messages in this connection" },
      { needle: "temporary local problem", quote: "Temporary local problem - please try later" },
      {
        needle: "unrecognized command",
        quote: "unrecognized command",
        output: "500 unrecognized command",
      },
    ],
  },
  {
    url: gh(EXIM, "src/src/receive.c"),
    title: "Exim message reception (received_headers_max), receive.c",
    wordings: [
      {
        needle: "mail loop",
        quote: '550 Too many \\"Received\\" headers - suspected mail loop',
        output: '550 Too many "Received" headers - suspected mail loop',
      },
    ],
  },
  // Exim's default configuration and its specification's ACL examples (the texts sites copy).
  {
    url: gh(EXIM, "src/src/configure.default"),
    title: "Exim default configuration (commented malware ACL), configure.default",
    wordings: [
      {
        needle: "message contains a virus",
        quote: "This message contains a virus ($malware_name).",
        output: "550 This message contains a virus (Eicar-Test-Signature).",
      },
      {
        needle: "contains a virus",
        quote: "This message contains a virus ($malware_name).",
        output: "550 This message contains a virus (Eicar-Test-Signature).",
      },
    ],
  },
  {
    url: gh(EXIM, "doc/doc-docbook/spec.xfpt"),
    title:
      "Exim specification (content scanning and SPF ACL examples, callout responses), spec.xfpt",
    wordings: [
      {
        needle: "was classified as spam",
        quote: "message = This message was classified as SPAM",
        output: "550 This message was classified as SPAM",
      },
      {
        needle: "spam points",
        quote: "message = This message scored $spam_score spam points.",
        output: "550 This message scored 12.3 spam points.",
      },
      {
        needle: "is not allowed to send mail from",
        quote: "message = $sender_host_address is not allowed to send mail from \\",
        output: "550 192.0.2.1 is not allowed to send mail from example.com",
      },
      {
        needle: "unknown local part",
        quote: "550-Response: 550 Unknown local part xyz in <xyz@abc.example>",
        output: "550 Unknown local part xyz in <xyz@abc.example>",
      },
    ],
  },
  {
    url: gh(EXIM, "src/src/deliver.c"),
    title: "Exim delivery (a transport's message_size_limit, timeout_frozen_after), deliver.c",
    wordings: [
      { needle: "message timed out", quote: "delivery cancelled; message timed out" },
      {
        needle: "message is too big",
        quote: "message is too big (transport limit = %d)",
        output: "message is too big (transport limit = 10485760)",
      },
    ],
  },
  {
    url: gh(EXIM, "src/src/transports/smtp.c"),
    title: "Exim smtp transport, smtp.c",
    wordings: [{ needle: "lines too long", quote: "message has lines too long for transport" }],
  },
  // Courier MTA.
  {
    url: gh(COURIER, "courier/courier/submit.C"),
    title: "Courier message submission (sender domain check), submit.C",
    wordings: [
      {
        needle: "invalid domain, see <url:",
        quote: "517 Invalid domain, see <URL:https://datatracker.ietf.org/doc/html/rfc1035>",
      },
    ],
  },
  {
    url: gh(COURIER, "courier/courier/submit2.C"),
    title: "Courier message submission (spam traps), submit2.C",
    wordings: [{ needle: "spam refused", quote: "550 Spam refused." }],
  },
  // Dovecot LMTP.
  {
    url: gh(DOVECOT, "src/lmtp/lmtp-recipient.c"),
    title: "Dovecot LMTP server, lmtp-recipient.c",
    wordings: [
      {
        needle: "user doesn't exist",
        quote: "User doesn't exist: %s",
        output: "550 5.1.1 User doesn't exist: bob@example.com",
      },
    ],
  },
  // qmail with the SPF patch (Jana Saout's, in sagredo's qmail).
  {
    url: gh(SAGREDO_QMAIL, "spf.h"),
    title: "qmail SPF patch, default explanation, spf.h",
    wordings: [
      {
        needle: "spf failure",
        quote:
          "SPF failure. Validate your SPF configuration here https://mxtoolbox.com/SuperTool.aspx?action=spf",
        output:
          "550 SPF failure. Validate your SPF configuration here https://mxtoolbox.com/SuperTool.aspx?action=spf (#5.7.1)",
      },
    ],
  },
  {
    url: gh(SAGREDO_QMAIL, "qmail-smtpd.c"),
    title: "qmail-smtpd with the policy patch, qmail-smtpd.c",
    wordings: [
      {
        needle: "(#5.0.0 denied by policy)",
        quote: " (#5.0.0 denied by policy)",
        output: "550 cannot message bob@example.com (#5.0.0 denied by policy)",
      },
    ],
  },
  // Filters and policy servers that answer for the MTA (their default texts).
  {
    url: gh(SPAMASS_MILTER, "spamass-milter.cpp"),
    title: "spamass-milter (SpamAssassin milter) default reject text, spamass-milter.cpp",
    wordings: [
      {
        needle: "blocked by spamassassin",
        quote: "Blocked by SpamAssassin",
        output: "550 5.7.1 Blocked by SpamAssassin",
      },
      {
        needle: "spamassassin",
        quote: "Blocked by SpamAssassin",
        output: "550 5.7.1 Blocked by SpamAssassin",
      },
    ],
  },
  {
    url: gh(MILTER_GREYLIST, "milter-greylist.c"),
    title: "milter-greylist default reply, milter-greylist.c",
    wordings: [
      {
        needle: "greylisting",
        quote: "Greylisting in action, please come back later",
        output: "451 4.7.1 Greylisting in action, please come back later",
      },
    ],
  },
  {
    url: gh(IREDAPD, "libs/__init__.py"),
    title: "iRedAPD (iRedMail's Postfix policy server) SMTP actions, libs/__init__.py",
    wordings: [
      {
        needle: "throttling",
        quote: "REJECT Throttling quota exceeded",
        output:
          "554 5.7.1 <bob@example.com>: Recipient address rejected: Throttling quota exceeded",
      },
      {
        needle: "bad reputation",
        quote:
          "REJECT Server IP address has bad reputation. FYI: https://www.senderscore.org/lookup.php?lookup=",
        output:
          "554 5.7.1 <bob@example.com>: Recipient address rejected: Server IP address has bad reputation. FYI: https://www.senderscore.org/lookup.php?lookup=192.0.2.1",
      },
    ],
  },
  // OpenSMTPD 7.
  {
    url: gh(OPENSMTPD, "usr.sbin/smtpd/esc.c"),
    title: "OpenSMTPD enhanced status texts (RFC 3463's own words), esc.c",
    wordings: [
      { needle: "mailbox full", quote: "Mailbox full", output: "552 5.2.2 Mailbox full" },
      {
        needle: "mailbox disabled",
        quote: "Mailbox disabled, not accepting messages",
        output: "550 5.2.1 Mailbox disabled, not accepting messages",
      },
      {
        needle: "routing loop",
        quote: "Routing loop detected",
        output: "550 5.4.6 Routing loop detected",
      },
      {
        needle: "delivery not authorized",
        quote: "Delivery not authorized, message refused",
        output: "550 5.7.1 Delivery not authorized, message refused",
      },
    ],
  },
  {
    // Citadel's validate_recipients: a recipient that matches no user, room or alias; smtp_rcpt
    // (serv_smtp.c) sends it under 550. OpenSMTPD's "550 Invalid recipient" (lka_session.c),
    // the source here before, is as much a relay refusal: scoring/possibility-wordings.ts.
    url: gh(
      "mingodad/citadel/blob/63a41edbab07ba009a64ece492c41282c654c58b",
      "citadel/internet_addressing.c",
    ),
    title: "Citadel recipient validation, internet_addressing.c",
    wordings: [
      {
        needle: "invalid recipient",
        quote: '"Invalid recipient: %s", this_recp',
        output: "550 Invalid recipient: bob@example.com",
      },
    ],
  },
  {
    url: gh(OPENSMTPD, "usr.sbin/smtpd/mta.c"),
    title: "OpenSMTPD mail transfer agent (its reason for a bounce), mta.c",
    wordings: [
      { needle: "domain does not exist", quote: "Domain does not exist" },
      { needle: "domain does not accept mail", quote: "Domain does not accept mail" },
    ],
  },
  {
    url: gh(OPENSMTPD, "usr.sbin/smtpd/mta_session.c"),
    title: "OpenSMTPD mail transfer agent session, mta_session.c",
    wordings: [
      {
        needle: "tls required but not supported",
        quote: "TLS required but not supported by remote host",
      },
      { needle: "tls required", quote: "TLS required but not supported by remote host" },
    ],
  },
  {
    url: gh(OPENSMTPD, "usr.sbin/smtpd/smtp_session.c"),
    title: "OpenSMTPD SMTP server, smtp_session.c",
    wordings: [
      {
        needle: "command unrecognized",
        quote: "500 %s %s: Command unrecognized",
        output: "500 5.5.1 Invalid command: Command unrecognized",
      },
    ],
  },
  // qmail (notqmail, the maintained netqmail line) and its common patches.
  {
    url: gh(NOTQMAIL, "qmail-send.c"),
    title: "qmail-send, qmail-send.c",
    wordings: [
      {
        needle: "queue too long",
        quote: "I'm not going to try again; this message has been in the queue too long.",
      },
    ],
  },
  {
    url: gh(NOTQMAIL, "qmail-local.c"),
    title: "qmail-local, qmail-local.c",
    wordings: [
      { needle: "no mailbox here", quote: "Sorry, no mailbox here by that name. (#5.1.1)" },
    ],
  },
  {
    url: gh(NOTQMAIL, "qmail-smtpd.c"),
    title: "qmail-smtpd, qmail-smtpd.c",
    wordings: [
      { needle: "syntax error", quote: "555 syntax error (#5.5.4)" },
      { needle: "out of memory", quote: "421 out of memory (#4.3.0)" },
    ],
  },
  {
    url: gh(NOTQMAIL, "qmail.c"),
    title: "qmail-queue client, qmail.c",
    wordings: [
      {
        needle: "timed out",
        quote: "connection to mail server timed out (#4.4.1)",
      },
    ],
  },
  {
    url: gh(SAGREDO_QMAIL, "chkuser_settings.h"),
    title: "qmail chkuser patch (recipient and sender checks in qmail-smtpd), chkuser_settings.h",
    wordings: [
      { needle: "authentication required", quote: "530 5.7.0 Authentication required (chkuser)" },
      {
        needle: "sender domain",
        quote: "550 5.1.8 sorry, can't find a valid MX for sender domain (chkuser)",
      },
    ],
  },
  {
    url: gh(SAGREDO_QMAIL, "qmail-local.c"),
    title: "qmail-local with the vpopmail/maildir quota patch, qmail-local.c",
    wordings: [{ needle: "user over quota", quote: "User over quota. (#5.1.1)" }],
  },
  // Stalwart mail server.
  {
    url: gh(STALWART, "crates/smtp/src/inbound/rcpt.rs"),
    title: "Stalwart SMTP server, RCPT TO, rcpt.rs",
    wordings: [
      { needle: "mailbox does not exist", quote: "550 5.1.2 Mailbox does not exist." },
      { needle: "relay not allowed", quote: "550 5.1.2 Relay not allowed." },
      {
        needle: "greylisted",
        quote: "452 4.2.2 Greylisted, please try ",
        output: "452 4.2.2 Greylisted, please try again in a few moments.",
      },
      {
        needle: "rate limit",
        quote: "452 4.4.5 Rate limit exceeded, try again later.",
      },
      {
        needle: "rate limit exceeded",
        quote: "452 4.4.5 Rate limit exceeded, try again later.",
      },
    ],
  },
  {
    url: gh(STALWART, "crates/smtp/src/inbound/data.rs"),
    title: "Stalwart SMTP server, DATA, data.rs",
    wordings: [
      { needle: "rejected per dmarc", quote: "550 5.7.1 Email rejected per DMARC policy." },
      { needle: "dmarc policy", quote: "550 5.7.1 Email rejected per DMARC policy." },
      {
        needle: "spam score",
        quote: "550 5.7.1 Message rejected due to excessive spam score.",
      },
      { needle: "spam", quote: "550 5.7.1 Message rejected due to excessive spam score." },
      { needle: "dkim signature", quote: "451 4.7.20 No passing DKIM signatures found." },
    ],
  },
  {
    url: gh(STALWART, "crates/smtp/src/inbound/session.rs"),
    title: "Stalwart SMTP server, session, session.rs",
    wordings: [
      { needle: "invalid command", quote: "500 5.5.1 Invalid command." },
      { needle: "bad sender", quote: "501 5.1.8 Bad sender's system address." },
    ],
  },
  {
    url: gh(STALWART, "crates/email/src/message/delivery.rs"),
    title: "Stalwart local delivery, delivery.rs",
    wordings: [
      {
        needle: "mailbox over quota",
        quote: "Mailbox over quota.",
        output: "452 4.2.2 Mailbox over quota.",
      },
      {
        needle: "over quota",
        quote: "Mailbox over quota.",
        output: "452 4.2.2 Mailbox over quota.",
      },
      {
        needle: "mailbox not found",
        quote: "Mailbox not found.",
        output: "550 5.5.0 Mailbox not found.",
      },
    ],
  },
  {
    url: gh(STALWART, "crates/smtp/src/outbound/delivery.rs"),
    title: "Stalwart outbound delivery (its reason for a bounce), delivery.rs",
    wordings: [{ needle: "null mx", quote: "Domain does not accept messages (null MX)" }],
  },
  {
    url: gh(STALWART, "crates/smtp/src/outbound/lookup.rs"),
    title: "Stalwart outbound MX lookup, lookup.rs",
    wordings: [{ needle: "no mx record", quote: "no MX record found." }],
  },
  // maddy mail server.
  {
    url: gh(MADDY, "internal/check/dns/dns.go"),
    title: "maddy DNS checks (require_matching_rdns), dns.go",
    wordings: [
      {
        needle: "no ptr record found",
        quote: "No PTR record found",
        output: "550 5.7.25 No PTR record found",
      },
      {
        needle: "no ptr record",
        quote: "No PTR record found",
        output: "550 5.7.25 No PTR record found",
      },
      {
        needle: "ptr record",
        quote: "No PTR record found",
        output: "550 5.7.25 No PTR record found",
      },
    ],
  },
  // Not here: maddy's reject directive, "554 5.7.0 Message rejected due to a local policy"
  // (internal/msgpipeline/config.go): "local policy" names no reason, a possibility wording now
  // (scoring/possibility-wordings.ts policy.rejected-without-reason).
  {
    url: gh(MADDY, "internal/msgpipeline/msgpipeline.go"),
    title: "maddy message pipeline, msgpipeline.go",
    wordings: [
      {
        needle: "invalid sender address",
        quote: "Invalid sender address",
        output: "501 5.1.3 Invalid sender address",
      },
      {
        needle: "invalid sender",
        quote: "Invalid sender address",
        output: "501 5.1.3 Invalid sender address",
      },
    ],
  },
  {
    url: gh(MADDY, "internal/msgpipeline/check_runner.go"),
    title: "maddy check runner (DMARC), check_runner.go",
    wordings: [
      {
        needle: "dmarc check failed",
        quote: "DMARC check failed",
        output: "550 5.7.0 DMARC check failed",
      },
    ],
  },
  {
    url: gh(MADDY, "internal/storage/imapsql/delivery.go"),
    title: "maddy local delivery, delivery.go",
    wordings: [
      {
        needle: "user does not exist",
        quote: "User does not exist",
        output: "501 5.1.1 User does not exist",
      },
    ],
  },
  {
    url: gh(MADDY, "internal/check/authorize_sender/authorize_sender.go"),
    title: "maddy authorize_sender check, authorize_sender.go",
    wordings: [
      {
        needle: "multiple from",
        quote: "Multiple From addresses are not allowed",
        output: "550 5.7.0 Multiple From addresses are not allowed",
      },
    ],
  },
  // Zimbra's LMTP server (the mailbox store's answers).
  {
    url: gh(ZIMBRA, "store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java"),
    title: "Zimbra LMTP replies, LmtpReply.java",
    wordings: [
      { needle: "no such user", quote: "No such user here", output: "550 5.1.1 No such user here" },
    ],
  },
  // Apache James.
  {
    url: gh(
      JAMES,
      "protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core/esmtp/MailSizeEsmtpExtension.java",
    ),
    title: "Apache James SMTP SIZE extension, MailSizeEsmtpExtension.java",
    wordings: [
      {
        needle: "message size exceeds fixed maximum message size",
        quote: " Message size exceeds fixed maximum message size",
        output: "552 5.3.4 Message size exceeds fixed maximum message size",
      },
    ],
  },
  // rspamd's milter (the reply its default reject action gives).
  {
    url: gh(RSPAMD, "src/libserver/milter_internal.h"),
    title: "rspamd milter defaults, milter_internal.h",
    wordings: [
      {
        needle: "spam message",
        quote: "Spam message rejected",
        output: "554 5.7.1 Spam message rejected",
      },
    ],
  },
  // Courier MTA.
  {
    url: gh(COURIER, "courier/courier/libs/comsubmitclient.c"),
    title: "Courier submit client, comsubmitclient.c",
    wordings: [
      {
        needle: "temporarily unavailable",
        quote: "400 Unable to submit message - service temporarily unavailable.",
      },
    ],
  },
  // Providers' and mail-store pages already cited by the provider documentation tables
  // (lib/knowledge/providers): the same page's own words hold the generic wording, with the
  // same cause. The comment names the table entry.
  {
    url: "https://github.com/sisimai/p5-sisimai/issues/240",
    title: "SMTP Error codes in orange.fr (sisimai/p5-sisimai #240)",
    wordings: [
      // orange.code-417
      {
        needle: "boite du destinataire pleine",
        quote: "552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]",
      },
    ],
  },
  {
    url: "https://newsroom.gmx.net/2017/09/28/unzustellbar-fehlermeldungen-email/",
    title: "Unzustellbar: Was tun, wenn E-Mails beim Empfänger nicht ankommen? (GMX Newsroom)",
    wordings: [
      // united-internet.quota-exceeded
      {
        needle: "exceeded storage allocation",
        quote: "5xy: „Requested mail action aborded: exceeded storage allocation, Quota exceeded“",
      },
    ],
  },
  {
    url: "https://yandex.com/support/mail/bounces/yandex.html",
    title: "Report on non-delivery to Yandex (Yandex Mail Help)",
    wordings: [
      // yandex.mailbox-size-exceeded
      { needle: "mailbox size limit exceeded", quote: "Mailbox size limit exceeded" },
    ],
  },
  {
    url: "https://github.com/dovecot/core/blob/main/src/plugins/quota/quota.c",
    title: "Dovecot source: src/plugins/quota/quota.c (DEFAULT_QUOTA_EXCEEDED_MSG)",
    wordings: [
      // mailbox-store.dovecot-quota-exceeded
      { needle: "quota exceeded", quote: "Quota exceeded (mailbox for user is full)" },
    ],
  },
  {
    url: "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages",
    title: "DSNs and NDRs in Exchange Server",
    wordings: [
      // microsoft.ex2019.5.2.3-recip-size-limit
      {
        needle: "message too large",
        quote: "5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient",
      },
      // microsoft.ex2019.5.1.7-invalid-sender
      { needle: "unknown sender address", quote: "5.1.7 Unknown sender address" },
      // microsoft.ex2019.4.4.1-connection-timed-out
      { needle: "connection timed out", quote: "4.4.1 Connection timed out" },
      // microsoft.ex2019.4.4.2-connection-dropped
      { needle: "connection dropped", quote: "4.4.2 Connection dropped" },
    ],
  },
  {
    url: "https://github.com/sisimai/p5-sisimai/issues/241",
    title: "SMTP error codes in laposte.net (sisimai/p5-sisimai #241)",
    wordings: [
      // orange.code-420
      {
        needle: "boite du destinataire archivee",
        quote: "550 550 5.1.1 Boite du destinataire archivee. Archived recipient. LPN004_420 [420]",
      },
      {
        needle: "archived recipient",
        quote: "550 550 5.1.1 Boite du destinataire archivee. Archived recipient. LPN004_420 [420]",
      },
      // orange.code-401
      {
        needle: "_401",
        quote: "550 5.5.0 SPF: 80.12.242.126 is not allowed to send mail. LPN004_401",
      },
    ],
  },
  {
    url: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json",
    title: "SMTP Field Manual: 554 replies (ActiveCampaign/smtp-field-manual)",
    wordings: [
      // yahoo.aol-554.30-disabled
      {
        needle: "this mailbox is disabled",
        quote:
          "smtp;554 delivery error: dd Sorry, your message to example@example.com cannot be delivered. This mailbox is disabled (554.30). - example.yahoo.com",
      },
      // yahoo.aol-554.30-disabled
      {
        needle: "mailbox is disabled",
        quote:
          "smtp;554 delivery error: dd Sorry, your message to example@example.com cannot be delivered. This mailbox is disabled (554.30). - example.yahoo.com",
      },
      // barracuda.banned-content
      { needle: "rejecting banned content", quote: "smtp;554 rejecting banned content" },
      // zoho.flagged-as-spam
      {
        needle: "as spam",
        quote: "smtp;554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.",
      },
      // yahoo.headers-not-rfc-compliant
      {
        needle: "not rfc compliant",
        quote: "smtp;554 Message not allowed - Headers are not RFC compliant[291]",
      },
    ],
  },
  {
    url: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json",
    title: "SMTP Field Manual: 550 replies (ActiveCampaign/smtp-field-manual)",
    wordings: [
      // mailru.account-disabled
      {
        needle: "account is disabled",
        quote:
          "smtp;550 Message was not accepted -- invalid mailbox. Local mailbox example@mail.ru is unavailable: account is disabled",
      },
      // att.blank-mailhost
      {
        needle: "invalid address",
        quote:
          "smtp;550 5.2.1 <example@prodigy.net>... blank mailhost - invalid address, relay=[x.xx.xx.xx]",
      },
      // comcast.not-our-customer
      { needle: "not our customer", quote: "smtp;550 5.1.1 Not our Customer" },
      // att.prodigy-addressee-unknown
      {
        needle: "addressee unknown",
        quote: "smtp;550 5.2.1 <EXAMPLE@PRODIGY.NET>... Addressee unknown, relay=[x.xx.xx.xx]",
      },
      // att.no-valid-sender-domain-rdns
      {
        needle: "fix reverse dns for ",
        quote:
          "smtp;550 5.7.1 Connections not accepted from servers without a valid sender domain. ## Fix reverse DNS for x.xx.xx.xx",
      },
      // free.virus-detected
      { needle: "virus detected", quote: "smtp;550 virus detected" },
      // free.virus-detected
      { needle: "virus", quote: "smtp;550 virus detected" },
    ],
  },
  {
    url: "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
    title: "Email non-delivery reports in Exchange Online",
    wordings: [
      // microsoft.5.5.0-mailbox-unavailable-consumer
      {
        needle: "mailbox unavailable",
        quote: "550 5.5.0 Requested action not taken: mailbox unavailable",
      },
      // microsoft.5.5.0-mailbox-unavailable-consumer
      {
        needle: "requested action not taken: mailbox unavailable",
        quote: "550 5.5.0 Requested action not taken: mailbox unavailable",
      },
      // microsoft.5.7.1-unable-to-relay
      { needle: "unable to relay", quote: "5.7.1 Unable to relay" },
      // microsoft.5.7.23-spf
      {
        needle: "sender policy framework violation",
        quote: "5.7.23 The message was rejected because of Sender Policy Framework violation",
      },
      // microsoft.5.7.509-dmarc
      {
        needle: "dmarc verification",
        quote:
          "5.7.509 Access denied, sending domain [$SenderDomain] does not pass DMARC verification",
      },
      // microsoft.5.7.509-dmarc
      {
        needle: "does not pass dmarc",
        quote:
          "5.7.509 Access denied, sending domain [$SenderDomain] does not pass DMARC verification",
      },
      // microsoft.5.7.507-rejected-by-recipient
      { needle: "rejected by recipient", quote: "5.7.507 Access denied, rejected by recipient" },
      // microsoft.5.7.507-rejected-by-recipient
      { needle: "access denied", quote: "5.7.507 Access denied, rejected by recipient" },
      // microsoft.5.7.513-customer-block-list
      {
        needle: "blocked by",
        quote:
          "5.7.513 Service unavailable, Client host [$ConnectingIP] blocked by $recipientDomain using Customer Block list (AS16012607)",
      },
      // microsoft.5.7.1-delivery-not-authorized
      { needle: "not authorized", quote: "5.7.1 Delivery not authorized" },
      // microsoft.5.7.512-rfc5322-from
      {
        needle: "rfc 5322",
        quote: "5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant",
      },
      // microsoft.5.6.11-bare-linefeeds
      { needle: "invalid characters", quote: "5.6.11 Invalid characters" },
      // microsoft.4.4.7-message-expired
      { needle: "message expired", quote: "4.4.7 Message expired" },
      // microsoft.4.4.316-connection-refused
      {
        needle: "connection refused",
        quote: "4.4.316 Connection refused [Message=Socket error code 10061]",
      },
      // microsoft.4.4.7-message-expired
      { needle: "expired", quote: "4.4.7 Message expired" },
    ],
  },
  {
    url: "https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685",
    title: "Fix rejected email with a bounce error (GoDaddy Help)",
    wordings: [
      // godaddy.account-disabled
      { needle: "account disabled", quote: "Account disabled" },
      // godaddy.recipient-not-found
      { needle: "recipient not found", quote: "550 Recipient not found" },
      // godaddy.ib508
      {
        needle: "spf record",
        quote:
          "550 jane@coolexample.com Invalid SPF record. Inspect your SPF settings, and try again. IB508",
      },
      // godaddy.ib506
      {
        needle: "from: domain is invalid",
        quote: "550 coolexample.com From: Domain is invalid. Provide a valid From: IB506",
      },
    ],
  },
  {
    url: "https://support.google.com/a/answer/3726730",
    title: "Gmail SMTP errors and codes",
    wordings: [
      // The page's rows as archived in repo azumakuniyuki/feb-2024-no-auth-no-entry
      // (commit c2ca0c574a597044fa4c7d92497efce43e0431e4): 5.7.25 from the 2024-03-02 copy,
      // 5.4.5 and 5.7.1 from the 2023-03-06 copy; code and text joined as Gmail sends them.
      {
        needle: "ips with missing ptr records",
        quote:
          "550 5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records. For more information, go to Email sender guidelines.",
      },
      {
        needle: "ptr record setup",
        quote:
          "550 5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records. For more information, go to Email sender guidelines.",
      },
      {
        needle: "missing ptr",
        quote:
          "550 5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records. For more information, go to Email sender guidelines.",
      },
      {
        needle: "sending quota",
        quote:
          "550 5.4.5 Daily sending quota exceeded. For more information, visit Email sending limits.",
      },
      {
        needle: "prohibited",
        quote:
          "550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent. Please contact your domain administrator for further details. For more information, visit Sorry, a policy is in place that prevents your message from being sent.",
      },
      // google.page.5.1.1-the-email-account-that
      {
        needle: "the email account that you tried to reach does not exist",
        quote:
          "550 5.1.1 The email account that you tried to reach does not exist. Please double-check the recipient's email address for typos or unnecessary spaces. For more information, go to Fix bounced or rejected emails.",
      },
      // google.page.5.7.0-email-relay-denied-ip
      {
        needle: "relay denied",
        quote:
          "550 5.7.0 Email relay denied ip-address. Invalid credentials for relay for one of the domains in: domain-name (as obtained from HELO and (E)MAIL FROM). Email is being sent from a domain or IP address which isn't registered in your Workspace account. Please login to your Workspace account and verify that your sending device IP address has been registered within the Workspace SMTP Relay Settings. For more information, go to SMTP relay service error messages.",
      },
      // google.page.5.7.26-unauthenticated-email-from-domain
      {
        needle: "unauthenticated email",
        quote:
          "550 5.7.26 Unauthenticated email from domain-name is not accepted due to domain's DMARC policy. Contact the administrator of domain-name domain if this was legitimate email. To learn about the DMARC initiative, go to Control unauthenticated email from your domain.",
      },
      // google.page.5.7.1-this-email-has-been
      {
        needle: "rate limited",
        quote:
          "550 5.7.1 This email has been rate limited. For more information, go to Limits for sending & getting email.",
      },
      // google.page.4.7.0-try-again-later-closing
      {
        needle: "try again later, closing connection",
        quote:
          "421 4.7.0 Try again later, closing connection. (command) For more information, go to About SMTP error messages.",
      },
      // google.page.5.4.5-daily-user-sending-limit
      {
        needle: "sending limit",
        quote:
          "550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits, go to Gmail sending limits.",
      },
      // google.page.5.7.1-this-message-is-likely-3
      {
        needle: "likely suspicious due to the very low reputation",
        quote:
          "550 5.7.1 This message is likely suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked. For more information, go to Why has Gmail blocked my messages?",
      },
      // google.page.4.7.0-this-message-is-suspicious-2
      {
        needle: "low reputation",
        quote:
          "421 4.7.0 This message is suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked. For more information, go to Why has Gmail blocked my messages?.",
      },
      // google.page.4.7.0-this-message-is-suspicious-2
      {
        needle: "reputation of the sending",
        quote:
          "421 4.7.0 This message is suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked. For more information, go to Why has Gmail blocked my messages?.",
      },
      // google.page.5.7.1-this-message-is-likely
      {
        needle: "unsolicited",
        quote:
          "550 5.7.1 This message is likely unsolicited email. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to Why has Gmail blocked my messages?",
      },
      // google.page.5.7.1-this-message-is-not
      {
        needle: "duplicate header",
        quote:
          "550 5.7.1 This message is not RFC 5322 compliant because it has duplicate headers. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to Email sender guidelines and review RFC 5322 specifications.",
      },
      // google.page.5.7.1-this-message-is-not
      {
        needle: "this message is not rfc 5322 compliant",
        quote:
          "550 5.7.1 This message is not RFC 5322 compliant because it has duplicate headers. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to Email sender guidelines and review RFC 5322 specifications.",
      },
      // google.page.5.7.1-this-message-is-not
      {
        needle: "not rfc 5322 compliant",
        quote:
          "550 5.7.1 This message is not RFC 5322 compliant because it has duplicate headers. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to Email sender guidelines and review RFC 5322 specifications.",
      },
      // google.page.5.5.1-bad-sequence-of-commands
      {
        needle: "bad sequence of commands",
        quote:
          "503 5.5.1 Bad sequence of commands. For more information, go to About SMTP error messages and review RFC 5321 specifications.",
      },
      // google.page.5.6.0-email-message-is-malformed
      {
        needle: "message is malformed",
        quote:
          "554 5.6.0 Email message is malformed. Not accepted. For more information, go to Email sender guidelines and review RFC 5322 specifications.",
      },
      // google.page.4.4.2-timeout-closing-connection
      {
        needle: "timeout",
        quote:
          "451 4.4.2 Timeout - closing connection. For more information, go to About SMTP error messages.",
      },
    ],
  },
  {
    url: "https://www.fastmail.help/hc/en-us/articles/360058753614-Why-messages-bounce-back",
    title: "Why messages bounce back (Fastmail Help)",
    wordings: [
      // fastmail.user-unknown-virtual
      {
        needle: "user unknown in",
        quote: "550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table",
      },
    ],
  },
  {
    url: "https://senders.yahooinc.com/smtp-error-codes/",
    title: "SMTP Error Codes (Yahoo Sender Hub)",
    wordings: [
      // yahoo.dd-no-account
      {
        needle: "this user doesn't have a",
        quote:
          "Remote host said: 554 delivery error: dd This user doesn't have a yahoo.com account (testing123@yahoo.com) [-5] - mta123.mail.mud.yahoo.com",
      },
    ],
  },
  {
    url: "https://github.com/ActiveCampaign/smtp-field-manual/pull/65",
    title: "Add two 554 error messages from Comcast (ActiveCampaign/smtp-field-manual #65)",
    wordings: [
      // comcast.ptr-required
      {
        needle: "all mail servers must have a ptr record with a valid reverse dns entry",
        quote:
          "554 resimta-po-02v.sys.comcast.net comcast 192.0.2.1 Comcast requires that all mail servers must have a PTR record with a valid Reverse DNS entry.",
      },
      // comcast.ptr-required
      {
        needle: "reverse dns entry",
        quote:
          "554 resimta-po-02v.sys.comcast.net comcast 192.0.2.1 Comcast requires that all mail servers must have a PTR record with a valid Reverse DNS entry.",
      },
    ],
  },
  {
    url: "https://yandex.com/support/mail/bounces/other.html",
    title: "Report on non-delivery to another (non-Yandex) address (Yandex Mail Help)",
    wordings: [
      // yandex.others.spf-check-failed
      {
        needle: "spf check failed",
        quote:
          "550 5.7.1 SPF check failed: IP_host is not authorized to send in the name of domain_name. (in reply to RCPT TO command)",
      },
      // yandex.others.sorry-looks-like-spam
      { needle: "message looks like spam", quote: "Sorry, message looks like SPAM to me" },
      // yandex.others.sorry-looks-like-spam
      { needle: "looks like spam", quote: "Sorry, message looks like SPAM to me" },
    ],
  },
  {
    url: "https://github.com/simple-login/app/issues/1875",
    title: "[Self-Hosted] Bounced Emails at Microsoft (simple-login/app #1875)",
    wordings: [
      // microsoft.olc.s3150-network-on-block-list
      {
        needle: "part of their network is on our block list",
        quote:
          "550 5.7.1 Unfortunately, messages from [IP.IP.IP.IP] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
      },
      // microsoft.olc.s3150-network-on-block-list
      {
        needle: "on our block list",
        quote:
          "550 5.7.1 Unfortunately, messages from [IP.IP.IP.IP] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
      },
    ],
  },
  {
    url: "https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx",
    title: "Outlook.com Postmaster: Troubleshooting",
    wordings: [
      // microsoft.olc.dy-001
      {
        needle: "dynamic ip",
        quote:
          "550 DY-001 Mail rejected by Outlook.com for policy reasons. We generally do not accept email from dynamic IP's as they are not typically used to deliver unauthenticated SMTP email to an Internet mail server. If you are not an email/network admin please contact your Email/Internet Service Provider for help. For more information, Spamhaus maintains lists of dynamic and residential IP addresses.",
      },
      // microsoft.olc.dy-001
      {
        needle: "residential ip",
        quote:
          "550 DY-001 Mail rejected by Outlook.com for policy reasons. We generally do not accept email from dynamic IP's as they are not typically used to deliver unauthenticated SMTP email to an Internet mail server. If you are not an email/network admin please contact your Email/Internet Service Provider for help. For more information, Spamhaus maintains lists of dynamic and residential IP addresses.",
      },
      // microsoft.olc.sc-003
      {
        needle: "open proxy",
        quote:
          "550 SC-003 Mail rejected by Outlook.com for policy reasons. Your IP address appears to be an open proxy/relay. If you are not an email/network admin please contact your Email/Internet Service Provider for help.",
      },
      // microsoft.olc.rp-001
      {
        needle: "domain reputation",
        quote:
          "421 RP-001 The mail server IP connecting to Outlook.com server has exceeded the rate limit allowed. Reason for rate limitation is related to IP/domain reputation. If you are not an email/network admin please contact your Email/Internet Service Provider for help.",
      },
    ],
  },
  {
    url: "https://github.com/sendgrid/docs/issues/6275",
    title: "Ip banned (sendgrid/docs #6275)",
    wordings: [
      // microsoft.olc.4.7.650-ip-reputation
      {
        needle: "has been temporarily rate limited due to ip reputation",
        quote:
          "451 4.7.650 The mail server [167.89.12.138] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S3113) [VI1EUR06FT038.eop-eur06.prod.protection.outlook.com]",
      },
      // microsoft.olc.4.7.650-ip-reputation
      {
        needle: "ip reputation",
        quote:
          "451 4.7.650 The mail server [167.89.12.138] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S3113) [VI1EUR06FT038.eop-eur06.prod.protection.outlook.com]",
      },
    ],
  },
  {
    url: "https://community.fortinet.com/t5/FortiMail/Troubleshooting-Tip-How-to-resolve-421-4-7-0-TSS05-Messages-from/ta-p/380206",
    title:
      "Troubleshooting Tip: How to resolve '421 4.7.0 [TSS05] Messages from ...' (Fortinet Community)",
    wordings: [
      // yahoo.tss04-complaints
      {
        needle: "temporarily deferred due to unexpected volume or user complaints",
        quote:
          "421 4.7.0 [TSS05] Messages from x.x.x.x temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
      },
    ],
  },
  {
    url: "https://www.cisco.com/c/en/us/support/docs/security/email-security-appliance/200436-Identify-and-allow-poor-SenderBase-Reput.html",
    title: "Identify and allow poor SenderBase reputation senders (Cisco ESA)",
    wordings: [
      // cisco.hat-poor-reputation
      {
        needle: "the sending mta's poor reputation",
        quote:
          "554 smtp.example.com Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
      },
      // cisco.hat-poor-reputation
      {
        needle: "poor reputation",
        quote:
          "554 smtp.example.com Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
      },
    ],
  },
  {
    url: "https://pastebin.com/zFzcEWws",
    title: "Mail delivery failed (pastebin: an Exim bounce quoting an Exchange server's refusal)",
    wordings: [
      // microsoft.content-filter-spam
      {
        needle: "message rejected as spam",
        quote:
          "host exchange.tsohost.co.uk [195.62.29.126]: 550 5.7.1 Message rejected as spam by Content Filtering.",
      },
    ],
  },
  {
    url: "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/452.json",
    title: "SMTP Field Manual: 452 replies (ActiveCampaign/smtp-field-manual)",
    wordings: [
      // google.earlier.4.2.2-over-quota
      {
        needle: "is over quota",
        quote:
          "smtp;452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp - gsmtp",
      },
    ],
  },
  {
    url: "https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685",
    title: "Fix rejected email with a bounce error (GoDaddy Help)",
    wordings: [
      // godaddy.ib007
      {
        needle: "too many sessions",
        quote:
          "421 Connection refused, too many sessions from This IP. Lower the number of concurrent sessions. IB007",
      },
    ],
  },
  // Real replies collected by provider in ActiveCampaign's SMTP Field Manual (data/codes/<reply>.json),
  // the collection the provider tables also cite; the comment names the provider.
  {
    url: gh(SMTP_FIELD_MANUAL, "data/codes/450.json"),
    title: "SMTP Field Manual, replies 450 by provider, data/codes/450.json",
    wordings: [
      // yandex
      {
        needle: "message rate",
        quote: "smtp;450 4.2.1 The recipient has exceeded message rate limit. Try again later.",
      },
      // infomaniak
      {
        needle: "sender address rejected",
        quote:
          "smtp;450 4.1.8 Sender address rejected: Domain not found (in reply to RCPT TO command))",
      },
    ],
  },
  {
    url: gh(SMTP_FIELD_MANUAL, "data/codes/451.json"),
    title: "SMTP Field Manual, replies 451 by provider, data/codes/451.json",
    wordings: [
      // yahoo
      { needle: "internal server error", quote: "smtp;451 4.3.2 Internal server error" },
      // yahoo
      { needle: "server error", quote: "smtp;451 4.3.2 Internal server error" },
    ],
  },
  {
    url: gh(SMTP_FIELD_MANUAL, "data/codes/550.json"),
    title: "SMTP Field Manual, replies 550 by provider, data/codes/550.json",
    wordings: [
      // qq
      {
        needle: "mailbox unavailable or access denied",
        quote: "smtp;550 Mailbox unavailable or access denied",
      },
      // outlook (Exchange Online); the manual: "typically it's a policy that only specific
      // senders/servers are allowed to send mail to this host"
      {
        needle: "recipient addresses rejected : access denied",
        quote:
          "smtp;550 5.4.1 All recipient addresses rejected : Access denied [#.eop-nam02.prod.protection.outlook.com]",
      },
      // google
      {
        needle: "email account that you tried to reach is disabled",
        quote:
          "smtp;550 5.2.1 The email account that you tried to reach is disabled. Learn more at https://support.google.com/mail/?p=DisabledUser - gsmtp",
      },
      // rackspace
      {
        needle: "email address could not be found",
        quote: "smtp;550 5.1.1 Email address could not be found, or was misspelled (G8)",
      },
      // webde
      {
        needle: "bad dns ptr resource record",
        quote: "smtp;550 <example@example.com>: Bad DNS PTR resource record",
      },
      // fireeye
      {
        needle: "dmarc fail",
        quote: "smtp;550 5.7.26 <example@example.com>: ETP205 DMARC Failure for domain",
      },
      // google
      {
        needle: "receiving mail at a rate that prevents additional messages",
        quote:
          "smtp;550 5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. For more information, please visit https://support.google.com/mail/?p=ReceivingRatePerm - gsmtp",
      },
      // qq
      {
        needle: "frequency limited",
        quote:
          "smtp;550 Sender frequency limited. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000723",
      },
      // qq
      {
        needle: "mail content denied",
        quote:
          "smtp;550 Mail content denied. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726",
      },
      // free
      { needle: "spam detected", quote: "smtp;550 spam detected" },
      // proofpoint
      {
        needle: "sender address does not exist",
        quote: "smtp;550 5.1.8 Domain of sender address does not exist",
      },
    ],
  },
  {
    url: gh(SMTP_FIELD_MANUAL, "data/codes/553.json"),
    title: "SMTP Field Manual, replies 553 by provider, data/codes/553.json",
    wordings: [
      // emailsecuritycloud
      {
        needle: "as a relay",
        quote:
          "smtp;553 you are trying to use me [xx.messagelabs.com] as a relay, but I have not been configured to let you [x.xx.xx.xx, example.com] do this. Please visit www.symanteccloud.com/troubleshooting for more details about this error message and instructions to resolve this issue. (#5.7.1)",
      },
    ],
  },
  {
    url: "https://github.com/sovereign/sovereign/issues/45",
    title: "SORBS rejected an email from my parents' gmail account (sovereign/sovereign #45)",
    wordings: [
      // dnsbl.sorbs: a Postfix log line, the reply within it
      {
        needle: "currently sending spam see:",
        quote:
          "554 5.7.1 Service unavailable; Client host [209.85.223.172] blocked\n    using dnsbl.sorbs.net; Currently Sending Spam\n    See: http://www.sorbs.net/lookup.shtml?209.85.223.172;",
      },
    ],
  },
  {
    url: "https://github.com/LukeSmithxyz/emailwiz/issues/233",
    title: "Getting removed from Proofpoint blacklist (LukeSmithxyz/emailwiz #233)",
    wordings: [
      // proofpoint.pdr-blocked
      {
        needle: "blocked - see http",
        quote:
          "host mxb-001.gslb.pphosted.com[10.11.20.40]\n    said: 550 5.7.0 Blocked - see\n    https://ipcheck.proofpoint.com/?ip=149.28.244.134 (in reply to end of DATA\n    command)",
      },
    ],
  },
  {
    url: "https://github.com/corecode/dma/blob/00bbeaf863dffb66c1136093faebb65b664dbadc/dma.c",
    title: "DragonFly Mail Agent (dma), dma.c: the bounce after the queue lifetime",
    wordings: [
      {
        needle: "could not deliver for the last ",
        quote: '"Could not deliver for the last %d seconds. Giving up."',
        output: "Could not deliver for the last 432000 seconds. Giving up.",
      },
    ],
  },
  {
    url: "https://pastebin.com/i7DkqGK4",
    title: "Heroku log: Net::SMTPFatalError from SendGrid's SMTP relay (pastebin)",
    wordings: [
      // SendGrid's relay refuses MAIL FROM without SMTP AUTH (also quoted in
      // https://github.com/sendgrid/sendgrid-csharp/issues/850).
      {
        needle: "unauthenticated senders not allowed",
        quote: "Net::SMTPFatalError (550 Unauthenticated senders not allowed",
        output: "550 Unauthenticated senders not allowed",
      },
    ],
  },
  {
    url: gh(SENDMAIL, "mail.local/mail.local.c"),
    title: "Sendmail's local delivery agent, mail.local.c",
    wordings: [
      {
        needle: "user missing home directory",
        quote: 'mailerr("550 5.1.1", "%s: User missing home directory", name);',
        output: "550 5.1.1 bob: User missing home directory",
      },
      {
        needle: "invalid mailbox path",
        quote: 'mailerr("550 5.1.1", "%s: Invalid mailbox path", name);',
        output: "550 5.1.1 bob: Invalid mailbox path",
      },
    ],
  },
  {
    url: gh(SENDMAIL, "libsm/errstring.c"),
    title: "Sendmail error strings, libsm/errstring.c (resolver TRY_AGAIN)",
    wordings: [
      {
        needle: "host name lookup failure",
        quote: "Name server: host name lookup failure",
        output: "451 4.4.0 example.com: Name server: host name lookup failure",
      },
    ],
  },
  {
    url: gh(SENDMAIL, "cf/m4/proto.m4"),
    title: "Sendmail STARTTLS checks (tls_server, tls_client), proto.m4",
    wordings: [
      {
        needle: "tls handshake failed",
        quote: "define(`SW_MSG', `TLS handshake failed.')dnl",
        output: "454 4.7.0 TLS handshake failed.",
      },
      {
        needle: "starttls failed",
        quote: "define(`PROT_MSG', `STARTTLS failed.')dnl",
        output: "454 4.7.0 STARTTLS failed.",
      },
    ],
  },
  {
    url: gh(COURIER, "courier/courier/submit.C"),
    title: "Courier submit, the sender's domain check, submit.C",
    wordings: [
      {
        needle: "rfc 1035 violation: recursive cname records for",
        quote:
          'std::cout << "517-RFC 1035 violation: recursive CNAME records for " << sender << "." << std::endl;',
        output: "517 RFC 1035 violation: recursive CNAME records for alice@example.com.",
      },
    ],
  },
  {
    url: gh(COURIER, "courier/courier/module.esmtp/libesmtp.C"),
    title: "Courier ESMTP client, the destination's MX lookup, libesmtp.C",
    wordings: [{ needle: "no such domain", quote: "No such domain." }],
  },
  {
    url: gh(OPENSMTPD, "usr.sbin/smtpd/mda.c"),
    title:
      "OpenSMTPD local delivery, the exit status of the delivery program (EX_CANTCREAT), mda.c",
    wordings: [{ needle: "can't create user output file", quote: "can't create user output file" }],
  },
  {
    url: "https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2",
    title:
      "RFC 5321, Simple Mail Transfer Protocol, section 4.2.2 (reply codes by function groups)",
    wordings: [
      // A hint (RESTATEMENTS): 421, the server closing the channel.
      {
        needle: "service not available",
        quote: "421  <domain> Service not available, closing transmission channel",
        output: "421 mx.example.com Service not available, closing transmission channel",
      },
      // A hint (RESTATEMENTS): the RFC's text for 554, which names no cause.
      {
        needle: "transaction failed",
        quote:
          '554  Transaction failed (Or, in the case of a connection-opening response, "No SMTP service here")',
        output: "554 Transaction failed",
      },
    ],
  },
  // Not a source of "policy violation": Zoho's "smtp;554 5.2.3 MailPolicy violation ..." (SMTP
  // Field Manual, data/codes/554.json) holds the words only inside "MailPolicy", and needles
  // match at word boundaries.
  {
    url: gh(COURIER, "courier/courier/filters/perlfilter/perlfilter-ratelimit.pl"),
    title: "Courier's sample rate-limiting mail filter, perlfilter-ratelimit.pl",
    wordings: [
      {
        needle: "slow down",
        quote: '? "552 $who_is_this is sending too much mail, slow down.":"";',
        output: "552 192.0.2.1 is sending too much mail, slow down.",
      },
    ],
  },
  {
    url: gh(SMTP_FIELD_MANUAL, "data/codes/501.json"),
    title: "SMTP Field Manual, replies 501 by provider, data/codes/501.json",
    wordings: [
      // orange
      {
        needle: "emetteur invalide",
        quote: "smtp;501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]",
      },
    ],
  },
  {
    url: gh(EXIM, "src/src/tls-gnu.c"),
    title: "Exim's GnuTLS client and server, tls-gnu.c",
    wordings: [
      {
        needle: "certificate verification failed",
        quote: 'return tls_error(US"certificate verification failed",',
        output: "TLS session: (certificate verification failed): no certificate received from peer",
      },
    ],
  },
  {
    url: gh(SAGREDO_QMAIL, "error_str.c"),
    title: "qmail's error strings (errno EINTR), error_str.c",
    wordings: [
      {
        needle: "interrupted system call",
        quote: 'X(error_intr,"interrupted system call")',
      },
    ],
  },
  {
    url: "https://github.com/sdgathman/pyspf/blob/005e880e2954da121427a48410ede2564e3ff239/spf.py",
    title:
      "pyspf, the SPF library behind pypolicyd-spf, spf.py: the explanation of a 'fail' result",
    wordings: [
      {
        needle: "spf fail",
        quote: "'fail': 'SPF fail - not authorized',",
        output: "SPF fail - not authorized",
      },
    ],
  },
  {
    url: "https://github.com/apache/spamassassin/blob/f7fe7b82a2db63ee1406d74d88ce564b69881954/INSTALL",
    title:
      "SpamAssassin INSTALL, the .forward that pipes mail to procmail (the line Sendmail quotes when that program fails)",
    wordings: [
      { needle: "procmail", quote: "\"|IFS=' ' && exec /usr/bin/procmail -f- || exit 75 #user\"" },
      { needle: "exit 75", quote: "\"|IFS=' ' && exec /usr/bin/procmail -f- || exit 75 #user\"" },
    ],
  },
  {
    url: gh(OPENSMTPD, "usr.sbin/smtpd/bounce.c"),
    title: "OpenSMTPD bounce session, bounce.c",
    wordings: [
      {
        needle: "i/o error",
        quote: 'bounce_status(s, "442 i/o error %d", evt);',
        output: "442 i/o error 3",
      },
    ],
  },
  // Exchange documentation, read in repo x13-me/OfficeDocs-Exchange at commit
  // 316f63a69349c913f7aeed78041a8009a49a120b (the pages' Markdown sources).
  {
    url: "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/continuous-error-throttling-smtp-auth-submissions",
    title:
      "Continuous error throttling for SMTP AUTH submissions in Exchange Online (Microsoft Learn)",
    wordings: [
      {
        needle: "throttled",
        quote: "550 5.2.253 Sender throttled due to continuous invalid license errors.",
      },
    ],
  },
  {
    url: "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/ndr-procedures",
    title: "NDR procedures in Exchange Server (Microsoft Learn): a custom NDR text for 5.1.2",
    wordings: [
      {
        needle: "disabled mailbox",
        quote:
          "You tried to send a message to a disabled mailbox that's no longer accepting messages. Please contact your System Administrator for more information.",
      },
    ],
  },
  {
    url: "https://github.com/gene-hightower/ghsmtp/blob/00b1639515ead7e3717cf1da57d03d8aa0dc0316/Session.cpp",
    title: "ghsmtp (Gene Hightower's SMTP server), its replies, Session.cpp",
    wordings: [
      {
        needle: "insufficient system storage",
        quote: 'out_() << "452 4.3.1 insufficient system storage\\r\\n" << std::flush;',
        output: "452 4.3.1 insufficient system storage",
      },
      {
        needle: "system storage",
        quote: 'out_() << "452 4.3.1 insufficient system storage\\r\\n" << std::flush;',
        output: "452 4.3.1 insufficient system storage",
      },
      {
        needle: "message size limit exceeded",
        quote: 'out_() << "552 5.3.4 message size limit exceeded\\r\\n" << std::flush;',
        output: "552 5.3.4 message size limit exceeded",
      },
      {
        needle: "size limit exceeded",
        quote: 'out_() << "552 5.3.4 message size limit exceeded\\r\\n" << std::flush;',
        output: "552 5.3.4 message size limit exceeded",
      },
      {
        needle: "requiretls",
        quote: 'out_() << "554 5.7.1 REQUIRETLS needed\\r\\n" << std::flush;',
        output: "554 5.7.1 REQUIRETLS needed",
      },
      // A recipient on the server's fail_554 list; the source writes no space before the address.
      // ("policy reasons" alone names no reason: possibility-wordings.ts; "prohibited" reads it.)
      {
        needle: "prohibited",
        quote: 'out_() << "554 5.7.1 prohibited for policy reasons" << recipient << "\\r\\n"',
        output: "554 5.7.1 prohibited for policy reasons<bob@example.com>",
      },
    ],
  },
  // Exchange Online's page for NDR 5.4.6 to 5.4.20, read in repo x13-me/OfficeDocs-Exchange at
  // commit 3980ea0c4cb19135215c3190d04a066a141c0050: it files both replies under "mail routing
  // loops or a bad mail routing configuration", so the wording reads as remote-server-error.
  {
    url: "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-4-6-through-5-4-20-in-exchange-online",
    title: "Fix NDR error codes 5.4.6 through 5.4.20 in Exchange Online (Microsoft Learn)",
    wordings: [
      {
        needle: "hop count exceeded",
        quote: "554 5.4.6 Hop count exceeded - possible mail loop",
      },
    ],
  },
  // glibc's strerror() texts, which Postfix's smtp(8) puts after "connect to %s[%s]:%d: %m"
  // (postfix/src/smtp/smtp_connect.c) and Exim and Sendmail likewise after a failed connect().
  {
    url: gh("bminor/glibc/blob/3d7d5c10c806ee24f8e35014e41e203002609a3f", "sysdeps/gnu/errlist.h"),
    title: "GNU C Library, strerror() messages, sysdeps/gnu/errlist.h",
    wordings: [
      {
        needle: "network is unreachable",
        quote: '_S(ENETUNREACH, N_("Network is unreachable"))',
        output: "connect to mx.example.com[192.0.2.1]:25: Network is unreachable",
      },
      {
        needle: "no route to host",
        quote: '_S(EHOSTUNREACH, N_("No route to host"))',
        output: "connect to mx.example.com[192.0.2.1]:25: No route to host",
      },
    ],
  },
  // Haraka's fcrdns plugin, with reject.no_rdns set; Haraka answers DENY with 550.
  {
    url: gh(
      "haraka/haraka-plugin-fcrdns/blob/9f0a51a4d71ffbcf5ac1764b01aa12b0df1284e9",
      "index.js",
    ),
    title: "Haraka fcrdns plugin (forward-confirmed reverse DNS), index.js",
    wordings: [
      {
        needle: "rdns",
        quote: "return next(DENY, `client [${rip}] rejected; no rDNS`)",
        output: "550 client [192.0.2.1] rejected; no rDNS",
      },
    ],
  },
  // ghsmtp at the commit that added the check: a HELO (not EHLO) client naming a local-part
  // longer than eight characters is refused as an unknown recipient (a trap for address probes).
  {
    url: gh("gene-hightower/ghsmtp/blob/5e5852c863d739e4ab4d0962a0d1fd49eafccfa8", "Session.cpp"),
    title: "ghsmtp (Gene Hightower's SMTP server), its replies, Session.cpp",
    wordings: [
      {
        needle: "unknown recipient",
        quote: 'out_() << "550 5.1.1 unknown recipient " << recipient << "\\r\\n"',
        output: "550 5.1.1 unknown recipient <bob.example@example.com>",
      },
    ],
  },
  // Courier's delay notice (the DSN text module.dsn sends for a delayed message).
  {
    url: gh(COURIER, "courier/courier/module.dsn/dsndelayed.txt"),
    title: "Courier MTA delay notice text, module.dsn/dsndelayed.txt",
    wordings: [
      {
        needle: "has been delayed",
        quote: "The delivery of the following E-mail message has been delayed.",
      },
      {
        needle: "delayed",
        quote: "The delivery of the following E-mail message has been delayed.",
      },
    ],
  },
  // vpopmail's qmail delivery agent, for an account flagged BOUNCE_MAIL; qmail-local hands its
  // output back in the bounce.
  {
    url: gh("DerDakon/vpopmail/blob/b0aaedaf1b24acd09ed6e2a358969f6869718d62", "vdelivermail.c"),
    title: "vpopmail vdelivermail.c, checkuser()",
    wordings: [
      {
        needle: "account is locked",
        quote: 'printf("vdelivermail: account is locked email bounced %s@%s\\n",',
        output: "vdelivermail: account is locked email bounced bob@example.com",
      },
    ],
  },
];

/**
 * Every source found. Wordings sourced after the first survey live in one file per family of
 * causes: the recipient's mailbox and domain; the sender, authentication and content; the
 * connection, the sending IP and the servers.
 */
export const GENERIC_SOURCES: readonly WordingSource[] = [
  ...FIRST_SOURCES,
  ...RECIPIENT_WORDING_SOURCES,
  ...SENDER_CONTENT_WORDING_SOURCES,
  ...CONNECTION_WORDING_SOURCES,
  ...ROUND3_WORDING_SOURCES,
  ...SERVER_ERROR_WORDING_SOURCES,
];
