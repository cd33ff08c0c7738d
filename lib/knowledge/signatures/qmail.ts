// qmail default texts (qmail-remote, qmail-local, qmail-send), and vpopmail's.
// Source: qmail source and documentation, https://cr.yp.to/qmail.html (qmail-remote.c, qmail-send.c)
import { rows, sourceLines } from "./mta-defaults";
import type { Signature } from "./types";

// qmail 1.03 (tag qmail-1.03 of notqmail/notqmail), read line by line for the source-replies sweep (issue 8).
const Q103 = "notqmail/notqmail/blob/f5df10d17375e5f1137c4e59f0e527a12a991ed7";
const smtpd = sourceLines("qmail", Q103, "qmail-smtpd.c");
const send = sourceLines("qmail", Q103, "qmail-send.c");
// notqmail at a later commit: qmail-local's refusals of a recipient's own files.
const local = sourceLines(
  "qmail",
  "notqmail/notqmail/blob/a7012e4fdf2f82f6aa5abe2f57e20831d238d774",
  "qmail-local.c",
);
// spamdyke, the filter in front of qmail-smtpd (Plesk's qmail runs it): its default texts, each
// a define in spamdyke.h sent after a 421 (temporary) or 554 (permanent) severity
// (lib/knowledge/signatures/source-replies/spamdyke.ts holds every one with its condition).
const spamdyke = sourceLines(
  "spamdyke",
  "chrisboulton/spamdyke/blob/5785cb3e4dfd18aa2dadbc1a12d3793c9def1a3f",
  "spamdyke/spamdyke.h",
);

export const QMAIL_SIGNATURES: Signature[] = [
  local(
    "qmail-writable",
    369,
    ["uh-oh: .qmail file is writable", "uh-oh: home directory is writable"],
    "remote-server-error",
    0.9,
    "Uh-oh: .qmail file is writable. (#4.7.0)",
    "qmail-local will not deliver while the recipient's .qmail file (or home directory, line 323) can be written by others: a fault in the recipient's own account on the receiving server, which qmail defers. Its X.7.0 is qmail's, not a policy.",
  ),
  spamdyke(
    "unqualified-recipient",
    455,
    ["improper recipient address. try supplying a domain name"],
    "protocol-syntax",
    0.9,
    "554 Improper recipient address. Try supplying a domain name.",
    "RCPT TO named an address without a domain (ERROR_RCPT_TO_LOCAL).",
  ),
  spamdyke(
    "graylisted",
    459,
    ["your address has been graylisted"],
    "rate-limited",
    0.9,
    "421 Your address has been graylisted. Try again later.",
    "Greylisting: the first attempt from this sender to this recipient is deferred until a retry (ERROR_GRAYLISTED, graylist-level).",
  ),
  spamdyke(
    "earlytalker",
    479,
    ["you are not following the smtp protocol"],
    "protocol-syntax",
    0.9,
    "554 Refused. You are not following the SMTP protocol.",
    "The client spoke before the server's greeting (ERROR_EARLYTALKER, greeting-delay-secs).",
  ),
  spamdyke(
    "sender-no-mx",
    503,
    ["the domain of your sender address has no mail exchanger"],
    "sender-address-invalid",
    0.9,
    "421 Refused. The domain of your sender address has no mail exchanger (MX).",
    "The envelope sender's domain has no MX record (ERROR_SENDER_NO_MX, reject-missing-sender-mx).",
  ),
  spamdyke(
    "identical-sender-recipient",
    547,
    ["identical sender and recipient addresses are not allowed"],
    "sender-policy",
    0.9,
    "554 Refused. Identical sender and recipient addresses are not allowed.",
    "The envelope sender is the recipient's own address, a common forgery the site refuses (ERROR_IDENTICAL_FROM_TO).",
  ),
  spamdyke(
    "recipient-blacklist",
    499,
    ["mail is not being accepted at this address"],
    "mailbox-disabled",
    0.8,
    "554 Refused. Mail is not being accepted at this address.",
    "The recipient is on the site's list of addresses that take no mail (ERROR_RECIPIENT_BLACKLISTED, recipient-blacklist-file): a retired or closed address most often, which the words do not tell from one that never existed.",
    { hint: true },
  ),

  ...rows("qmail", "https://cr.yp.to/qmail.html", [
    [
      "no-mailbox",
      ["sorry, no mailbox here by that name"],
      "recipient-unknown",
      0.96,
      "Sorry, no mailbox here by that name. (#5.1.1)",
    ],
    [
      "no-host",
      [
        "sorry, i couldn't find any host named",
        "sorry, i couldn't find any host by that name",
        "couldn't find a mail exchanger or ip address",
      ],
      "recipient-domain-invalid",
      0.95,
      "Sorry, I couldn't find any host named example.invalid. (#5.1.2)",
    ],
    [
      "no-connection",
      [
        "sorry, i wasn't able to establish an smtp connection",
        "sorry, i couldn't find a mail exchanger",
      ],
      "remote-unreachable",
      0.9,
      "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)",
    ],
    [
      "looping",
      ["this message is looping: it already has my delivered-to line"],
      "remote-server-error",
      0.93,
      "This message is looping: it already has my Delivered-To line. (#5.4.6)",
    ],
    [
      "quota",
      ["mailfolder is over the allowed quota", "over the allowed quota", "user is over quota"],
      "mailbox-full",
      0.95,
      "The users mailfolder is over the allowed quota (size). (#5.2.2)",
    ],
    [
      "rcpthosts",
      [
        "that domain isn't in my list of allowed rcpthosts",
        "that domain isn't in my list of allowed rcpthost",
      ],
      "relay-denied",
      0.92,
      "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
    ],
    [
      "chdir",
      ["unable to chdir to maildir", "unable to open"],
      "remote-server-error",
      0.75,
      "Unable to chdir to maildir. (#4.2.1)",
    ],
    [
      "vpopmail-locked",
      ["vdelivermail: account is locked email bounced"],
      "mailbox-disabled",
      0.9,
      "vdelivermail: account is locked email bounced",
    ],
    [
      "vpopmail-no-user",
      ["sorry, no mailbox here by that name. vpopmail", "no such user here"],
      "recipient-unknown",
      0.9,
      "Sorry, no mailbox here by that name. vpopmail (#5.1.1)",
    ],
    [
      "badrcptto",
      [
        "sorry, badrcptto",
        "this recipient is in my badrecipientto list",
        "this recipient is not in my validrcptto list",
      ],
      "recipient-unknown",
      0.9,
      "553 sorry, badrcptto (#5.7.1)",
    ],
    [
      "envelope-denied",
      ["sorry, your envelope recipient has been denied"],
      "recipient-unknown",
      0.85,
      "553 sorry, your envelope recipient has been denied (#5.7.1)",
    ],
  ]),
  // qmail-ldap's qmail-lspawn: the local delivery could not look the recipient up because its own
  // LDAP directory failed (unreachable, refused the bind, timed out, or the lookup failed), so the
  // receiving server defers the mail. Its texts carry RFC 3463's X.4.3 (directory server
  // failure), which elsewhere names a DNS failure; here the words name the server's own backend.
  ...rows(
    "qmail",
    "https://github.com/openwengo/qmail-ldap/blob/5a333b605dd54b73a812e43f3b6548e720d49888/qmail-lspawn.c",
    [
      [
        "ldap-unavailable",
        [
          "unable to contact ldap server",
          "temporary failure in ldap lookup",
          "unable to login into ldap server, bad credentials",
          "timeout while performing search on ldap server",
        ],
        "remote-server-error",
        0.9,
        "Unable to contact LDAP server. (#4.4.3)",
      ],
    ],
  ),
  // qmail-send appends this line to a delivery's temporary-failure report ('Z') once the message
  // is past control/queuelifetime, whatever that failure was: a refused connection, or a
  // remote's own 4xx quoted on the line before ("Remote host said: 421 ..."). It names when
  // qmail gave up, not why, so it ranks remote-unreachable (the usual case, no host answering)
  // without deciding over a reason the report gives.
  send(
    "queue-too-long",
    922,
    ["this message has been in the queue too long", "i'm not going to try again"],
    "remote-unreachable",
    0.95,
    "I'm not going to try again; this message has been in the queue too long.",
    "qmail-send's expiry line, appended after any temporary failure once the queue lifetime has passed: the failure it follows gives the reason.",
    { hint: true },
  ),
  // The sweep of qmail 1.03's own texts (source-replies/qmail.ts): each entry cites its line.
  smtpd(
    "smtpd-timeout",
    46,
    [/^451 timeout \(#4\.4\.2\)$/],
    "remote-unreachable",
    0.85,
    "451 timeout (#4.4.2)",
    "die_alarm: the client sent nothing within control/timeoutsmtpd, so qmail-smtpd dropped the session.",
  ),
  smtpd(
    "unable-to-read-controls",
    48,
    ["unable to read controls (#4.3.0)"],
    "remote-server-error",
    0.9,
    "421 unable to read controls (#4.3.0)",
    "die_control: the receiving server cannot read its own configuration files.",
  ),
  smtpd(
    "bare-lf",
    50,
    // notqmail names the page at cr.yp.to ("451 See https://cr.yp.to/docs/smtplf.html.",
    // qmail-smtpd.c line 46 at a7012e4): the same page, so its path decides.
    ["docs/smtplf.html"],
    "protocol-syntax",
    0.9,
    "451 See http://pobox.com/~djb/docs/smtplf.html.",
    "straynewline: the client sent a line ending in LF without CR; the page named explains the SMTP line ending.",
  ),
  smtpd(
    "badmailfrom",
    52,
    ["your envelope sender is in my badmailfrom list"],
    "sender-policy",
    0.9,
    "553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)",
    "err_bmf: the sender address or its domain is in the site's control/badmailfrom: the receiver refuses this sender by its own list.",
  ),
  smtpd(
    "qqt-failure",
    60,
    ["qqt failure (#4.3.0)"],
    "remote-server-error",
    0.9,
    "451 qqt failure (#4.3.0)",
    "err_qqt: qmail-queue failed on the receiving server.",
  ),
];
