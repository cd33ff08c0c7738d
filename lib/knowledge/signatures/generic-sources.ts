// Where the generic wordings (generic.ts) come from: each group is one mail server's source
// file, one provider's page or one RFC, with the exact strings it emits. A generic wording
// listed here cites that page and carries that page's own words as its example (issue 8:
// "a generic entry needs a real, sourced example of its own"). A wording not listed here
// still cites only Sisimai's reason folder (another classifier's collection); the catalog
// test holds their number under a ceiling that only goes down.
import type { Needle } from "./types";

export interface QuotedWording {
  /** The needle exactly as generic.ts writes it (string needles) or its regex. */
  needle: Needle;
  /** The string as the source writes it, copied exactly (printf placeholders as the source has them). */
  quote: string;
  /**
   * The reply as the server sends it when the quote holds placeholders ("%s", "{addr}") or
   * is assembled from parts (reply code and status from the same call): the placeholders
   * filled with documentation values (RFC 5737 addresses, example.com). The example the
   * catalog test feeds through the classifier; the quote when absent.
   */
  output?: string;
}

export interface WordingSource {
  /** Repository and path at a named version, or the page's URL. */
  url: string;
  /** What the source is: software and version, file, or page title. */
  title: string;
  wordings: readonly QuotedWording[];
}

/** A file of a public repository at the commit read. */
function gh(repoAtCommit: string, path: string): string {
  return `https://github.com/${repoAtCommit}/${path}`;
}

const POSTFIX = "vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c";
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

export const GENERIC_SOURCES: readonly WordingSource[] = [
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
        needle: "domain not found",
        quote: "<%s>: %s rejected: Domain not found",
        output: "450 4.1.2 <bob@example.invalid>: Recipient address rejected: Domain not found",
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
    url: gh(OPENSMTPD, "usr.sbin/smtpd/lka_session.c"),
    title: "OpenSMTPD recipient lookup, lka_session.c",
    wordings: [{ needle: "invalid recipient", quote: "550 Invalid recipient" }],
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
    wordings: [{ needle: "syntax error", quote: "555 syntax error (#5.5.4)" }],
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
  {
    url: gh(MADDY, "internal/msgpipeline/config.go"),
    title: "maddy message pipeline, reject directive, config.go",
    wordings: [
      {
        needle: "local policy",
        quote: "Message rejected due to a local policy",
        output: "554 5.7.0 Message rejected due to a local policy",
      },
    ],
  },
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
];
