// Postfix default reject and bounce texts. Sources: postconf(5) and the Postfix SMTP
// access-policy documentation, https://www.postfix.org/postconf.5.html and
// https://www.postfix.org/SMTPD_ACCESS_README.html ; bounce(5) templates, https://www.postfix.org/bounce.5.html
import { rows } from "./mta-defaults";

export const POSTFIX_SIGNATURES = [
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
        "sender address rejected: undeliverable address",
        "sender address rejected: unverified address",
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
      [
        /name service error for name=[^\s]{1,255} type=(?:mx|a|aaaa): host not found/,
        "host or domain name not found",
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
      [/connect to [^\s]{1,255}: connection refused/, "delivery temporarily suspended"],
      "remote-unreachable",
      0.85,
      "connect to mx.example.com[192.0.2.1]:25: Connection refused",
    ],
    [
      "client-access-denied",
      ["client host rejected: access denied"],
      "sender-policy",
      0.8,
      "554 5.7.1 <unknown[192.0.2.1]>: Client host rejected: Access denied",
    ],
    [
      "sender-access-denied",
      ["sender address rejected: access denied"],
      "sender-policy",
      0.8,
      "554 5.7.1 <a@example.com>: Sender address rejected: Access denied",
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
        "mailbox is full",
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
  ]),
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
  ]),
];
