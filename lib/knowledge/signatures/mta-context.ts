// Wordings whose cause depends on who wrote them or which provider answered: the same
// "User unknown" is a missing mailbox at one provider and a reception filter at another.
// This is the per-MTA and per-provider knowledge of the Sisimai project's Lhost and Rhost
// modules (BSD-2-Clause; Debian's libsisimai-perl, /usr/share/perl5/Sisimai/Lhost/*.pm and
// Rhost/*.pm), each entry naming its module. The context (writers, rhosts, commands, status)
// is part of the rule: without it the wording falls back to the generic reading.
import type { Signature } from "./types";

const SISIMAI = "https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai";
/** au by KDDI's mail servers (EZweb, au.com): Sisimai Rhost.pm names them by these domains. */
const KDDI_HOSTS = ["ezweb.ne.jp", "au.com"] as const;

export const MTA_CONTEXT_SIGNATURES: readonly Signature[] = [
  {
    id: "imail.invalid-final-delivery-userid",
    provider: "imail",
    match: ["invalid final delivery userid"],
    cause: "recipient-unknown",
    confidence: 0.88,
    source: `${SISIMAI}/Lhost/IMailServer.pm`,
    example: "Invalid final delivery userid: someone@example.org\n\n\nOriginal message follows.",
    note: "Ipswitch IMail's own line for a mailbox it does not have.",
  },
  {
    id: "imail.delivery-failed-attempts",
    provider: "imail",
    match: [/^delivery failed \d{1,4} attempts/],
    cause: "remote-unreachable",
    confidence: 0.85,
    source: `${SISIMAI}/Lhost/IMailServer.pm`,
    example: "Delivery failed 20 attempts: someone@example.org\n\n\nOriginal message follows.",
    note: "Ipswitch IMail gave up after retrying: the receiving server could not be reached for the whole retry period.",
  },
  {
    id: "opensmtpd.no-mx",
    provider: "opensmtpd",
    match: ["no mx found for domain", "no mx found for destination"],
    writers: ["opensmtpd"],
    cause: "recipient-domain-invalid",
    confidence: 0.85,
    source: `${SISIMAI}/Lhost/OpenSMTPD.pm`,
    example:
      "    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n    An error has occurred while attempting to deliver a message for\n    the following list of recipients:\n\nsomeone@example.org: No MX found for domain\n",
    note: "OpenSMTPD found no mail exchanger for the recipient's domain: the domain, as published in DNS, takes no mail.",
  },
  {
    id: "fml.not-a-member",
    provider: "fml",
    match: [
      "you are not a member of this mailing list",
      /not member article from /,
      /reject mail from [^\s]{1,256}@/,
      "reject spammers:",
    ],
    writers: ["fml"],
    cause: "sender-address-invalid",
    confidence: 0.85,
    source: `${SISIMAI}/Lhost/FML.pm`,
    example:
      "X-MLServer: fml [fml 4.0.3 release (20011202/4.0.3)]\nFrom: list-admin@example.org\nSubject: NOT MEMBER article from someone@example.net\n\nYou are not a member of this mailing list <list@example.org>.\n\nOriginal mail as follows:\n",
    note: "The fml list manager accepts posts from its members only: the sender address is not on the list.",
  },
  {
    id: "fml.system-error",
    provider: "fml",
    match: [
      "duplicated message-id",
      /fml [^\n]{1,60} has detected a loop condition/,
      "loop back warning:",
    ],
    writers: ["fml"],
    cause: "remote-server-error",
    confidence: 0.8,
    source: `${SISIMAI}/Lhost/FML.pm`,
    example:
      "X-MLServer: fml [fml 4.0.3 release (20011202/4.0.3)]\nFrom: list-admin@example.org\nSubject: Loop Alert: Duplicated Message-ID (list ML)\n\nDuplicated Message-ID in <list@example.org>.\n\nOriginal mail as follows:\n",
    note: "The fml list manager stopped the message as a mail loop (it had seen its Message-ID): a fault on the list's side, not the sender's.",
  },
  {
    id: "kddi.user-unknown-no-address",
    provider: "kddi",
    match: ["550 : user unknown"],
    rhosts: KDDI_HOSTS,
    cause: "sender-policy",
    confidence: 0.8,
    source: `${SISIMAI}/Rhost/KDDI.pm`,
    example:
      "<someone@ezweb.ne.jp>: host lsean.ezweb.ne.jp[192.0.2.9] said: 550 : User unknown (in reply to end of DATA command)",
    note: 'au (KDDI) answers "550 : User unknown", with no address, when the recipient\'s reception settings refuse the sender; a mailbox that does not exist is answered "550 <address>: User unknown".',
  },
  {
    id: "kddi.user-unknown-address",
    provider: "kddi",
    match: [">: user unknown"],
    rhosts: KDDI_HOSTS,
    cause: "recipient-unknown",
    confidence: 0.9,
    source: `${SISIMAI}/Rhost/KDDI.pm`,
    example:
      "<someone@ezweb.ne.jp>: host lsean.ezweb.ne.jp[192.0.2.9] said: 550 <someone@ezweb.ne.jp>: User unknown (in reply to end of DATA command)",
    note: 'au (KDDI) names the address ("550 <address>: User unknown") when the mailbox does not exist, whatever the SMTP stage.',
  },
  {
    // Sendmail's queue warning (Timeout.queuewarn): the message is only delayed, and the
    // transcript line above it ("Deferred: 421", "Deferred: ... No route to host") is the
    // reason, when there is one. A bare "421" is RFC 5321's "service not available"; the X.5.0
    // Sendmail puts in the report for a reply without a status of its own is not a protocol error.
    id: "sendmail.queue-warning",
    provider: "sendmail",
    match: ["still undelivered after"],
    also: ["warning: message"],
    // Sendmail's own words, so no writer needs to be recognised: read in the whole text, as
    // the line stands apart from the transcript's reply.
    scope: "text",
    cause: "remote-unreachable",
    // Only "not delivered yet": any reason the transcript gives (a local mailer's exit status,
    // the server's own words) outweighs it.
    confidence: 0.4,
    source:
      "https://www.sendmail.org/~ca/email/doc8.12/op-sh-4.html (Timeout.queuewarn); real output: a Sendmail warning archived in repo ammarfaizi2/lore-inbox",
    example:
      "    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n\n   ----- The following addresses had transient non-fatal errors -----\n<ralf@oss.sgi.com>\n\n   ----- Transcript of session follows -----\n<ralf@oss.sgi.com>... Deferred: 421\nWarning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old",
    note: "Sendmail is still trying: the receiving server did not take the message yet. Nothing to fix unless the warning repeats; then the reason line above it says why.",
  },
  {
    id: "ezweb.account-disabled",
    provider: "ezweb",
    match: ["the user(s) account is disabled", "the user(s) account is temporarily limited"],
    writers: ["ezweb"],
    scope: "text",
    cause: "mailbox-disabled",
    confidence: 0.88,
    source: `${SISIMAI}/Lhost/EZweb.pm`,
    example:
      "Reporting-MTA: dns; lsean.ezweb.ne.jp\n\nThe user(s) account is disabled.\n\n<someone@ezweb.ne.jp>: 550 user unknown (in reply to RCPT TO command)",
    note: 'EZweb\'s own summary line says the account is disabled (unpaid or suspended); its SMTP line still says "user unknown".',
  },
  {
    id: "ezweb.account-over-quota",
    provider: "ezweb",
    match: ["the user(s) account is temporarily over quota"],
    writers: ["ezweb"],
    scope: "text",
    cause: "mailbox-full",
    confidence: 0.88,
    source: `${SISIMAI}/Lhost/EZweb.pm`,
    example:
      "Reporting-MTA: dns; lsean.ezweb.ne.jp\n\nThe user(s) account is temporarily over quota.\n\n<someone@ezweb.ne.jp>: 550 user unknown (in reply to RCPT TO command)",
  },
  {
    id: "nttdocomo.refused-after-data",
    provider: "nttdocomo",
    match: ["unknown user"],
    rhosts: ["mfsmax.docomo.ne.jp"],
    commands: ["DATA"],
    status: ["5.0.0"],
    cause: "sender-address-invalid",
    confidence: 0.8,
    source: `${SISIMAI}/Rhost/NTTDOCOMO.pm`,
    example:
      "Final-Recipient: rfc822; someone@docomo.ne.jp\nAction: failed\nStatus: 5.0.0\nRemote-MTA: dns; mfsmax.docomo.ne.jp\nDiagnostic-Code: smtp; 550 Unknown user someone@docomo.ne.jp\n\n<someone@docomo.ne.jp>: host mfsmax.docomo.ne.jp[192.0.2.7] said: 550 Unknown user someone@docomo.ne.jp (in reply to end of DATA command)",
    note: 'NTT DOCOMO checks recipients at RCPT TO; a 5.0.0 "Unknown user" after DATA is its refusal of the sender (the recipient\'s reception settings), not a missing mailbox.',
  },
  {
    id: "messagelabs.no-such-user",
    provider: "messagelabs",
    match: ["no such user", /542 [^\n]{1,200} rejected/],
    writers: ["messagelabs"],
    cause: "recipient-unknown",
    confidence: 0.9,
    source: `${SISIMAI}/Lhost/MessageLabs.pm`,
    example:
      "This is the mail delivery agent at messagelabs.com.\n\nI was unable to deliver your message to the following addresses:\n\nsomeone@example.org\n\nReason: 550 someone@example.org... No such user",
  },
  {
    id: "verizon.no-such-user",
    provider: "verizon",
    match: ["no such user here"],
    writers: ["verizon"],
    cause: "recipient-unknown",
    confidence: 0.88,
    source: `${SISIMAI}/Lhost/Verizon.pm`,
    example:
      "Error: Invalid user address\nError message below:\n550 - Requested action not taken: no such user here\nMessage details:\n  RCPT TO: 5555550100@vtext.com",
    note: 'Verizon\'s SMS gateway answers "no such user here" for a phone number that has no messaging account.',
  },
  {
    id: "verizon.no-valid-recipients",
    provider: "verizon",
    match: ["no valid recipients for this mm"],
    cause: "recipient-unknown",
    confidence: 0.88,
    source: `${SISIMAI}/Lhost/Verizon.pm`,
    example: "Message could not be delivered to mobile.\nError: No valid recipients for this MM",
  },
  {
    id: "aol.mx-lookup-malformed",
    provider: "aol",
    match: ["type=mx: malformed or unexpected name server reply"],
    writers: ["aol"],
    cause: "recipient-domain-invalid",
    confidence: 0.85,
    source: `${SISIMAI}/Rhost/Aol.pm`,
    example:
      "Reporting-MTA: dns; omr-a015e.mx.aol.com\n\nFinal-Recipient: rfc822; someone@example.org\nAction: failed\nStatus: 5.4.4\nDiagnostic-Code: X-Outbound-Mail-Relay; Name service error for name=example.org type=MX: Malformed or unexpected name server reply",
    note: "When AOL's relays give up on a domain's MX lookup as malformed, the domain takes no mail as published (Sisimai reads it as \"notaccept\").",
  },
  {
    id: "smtp.helo-name-refused",
    provider: "smtp",
    match: ["invalid domain name", "invalid hostname", "invalid host name"],
    commands: ["HELO"],
    cause: "reverse-dns",
    confidence: 0.8,
    source: "https://www.rfc-editor.org/rfc/rfc5321#section-4.1.1.1",
    example:
      "<someone@example.net>:\nConnected to 192.0.2.112 but my name was rejected.\nRemote host said: 501 5.0.0 Invalid domain name",
    note: "The server refused the name the sending server gave in HELO/EHLO (qmail-remote: \"my name was rejected\"), not the recipient's domain: the HELO name must be a real, resolvable host name, normally the sending IP's PTR name (Sisimai, a bounce-reading library, lists this reply among blocks).",
  },
];
