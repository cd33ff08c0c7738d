// Concepts (see ./types.ts): Delivery that could not happen: hosts not answering, windows passed, loops, the receiver's own faults.
import { WEIGHTS } from "../weights";
import type { Concept } from "./types";
import { FLUFL, ZONEMTA, POSTAL, MIMEDEFANG } from "./shared";

export const DELIVERY_CONCEPTS: readonly Concept[] = [
  {
    // A host that did not answer at all, in the words of a writer that says so without an SMTP
    // reply: Netscape Messaging Server's "Host corel.com is not responding." under "Your message
    // was not delivered within 2 days."
    id: "concept.host-not-responding",
    cause: "remote-unreachable",
    says: "the receiving host did not answer the sending server",
    subject: ["host"],
    failure: ["is not responding"],
    examples: [
      {
        text: "Your message was not delivered within 2 days. Host corel.com is not responding.",
        source: `${FLUFL} flufl/bounce/tests/data/netscape_01.txt (a Netscape Messaging Server 3.61 notice)`,
      },
    ],
  },
  {
    // The time a writer gives a message to reach its recipient passed: Netscape Messaging
    // Server returns it saying "Your message was not delivered within 2 days." and may add why
    // (concept.host-not-responding). The delivery expired, which the vocabulary reads as
    // remote-unreachable (PRODUCT.md: "could not be reached; delivery expired"). Only a window of
    // days: "not delivered within 4 hours" is how delay warnings open.
    id: "concept.delivery-window-passed",
    cause: "remote-unreachable",
    says: "the sending server gave up after the time it allows for delivery",
    // Sendmail's bounce after Timeout.queuereturn says the same in its own words: "Cannot send
    // message for 5 days" (and "Message could not be delivered for 5 days" in the transcript).
    // Its warning after Timeout.queuewarn ("Warning: could not send message for past 4 hours")
    // says the attempts go on: not this.
    subject: [
      "not delivered within",
      "could not be delivered for",
      "cannot send message for",
      "could not send message for",
    ],
    failure: [" day"],
    unless: ["warning", "will be retried", "will retry", "still trying", "will continue"],
    examples: [
      {
        text: "Your message was not delivered within 2 days.",
        source: `${FLUFL} flufl/bounce/tests/data/netscape_01.txt (a Netscape Messaging Server 3.61 notice)`,
      },
      {
        text: "Cannot send message for 5 days",
        source:
          "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/envelope.c#L320 (sendmail, dropenvelope: Timeout.queuereturn passed)",
      },
    ],
  },
  {
    // LMTP (RFC 2033) is the last hop inside the receiving system: its MTA hands the message to
    // the mailbox service (Dovecot's, Cyrus's) over a local socket or the LAN. That hand-over
    // refused, dropped or timed out is the receiving system's own service down, not a host the
    // sender could not reach (the generic "connection refused/closed" reading).
    id: "concept.lmtp-delivery-failed",
    cause: "remote-server-error",
    says: "the receiving system's own mailbox service (its LMTP server) refused, dropped or did not answer the hand-over",
    subject: ["lmtp"],
    failure: [
      "connection refused",
      "connection closed",
      "lost connection",
      "timeout",
      "timed out",
      "no such file or directory",
    ],
    examples: [
      {
        text: "LMTP connection closed after end of data",
        source:
          "https://github.com/Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8/src/src/transports/lmtp.c#L201 (exim, check_response)",
      },
      {
        text: "connect to mail.example.com[private/dovecot-lmtp]: Connection refused",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtp/smtp_connect.c#L335 (postfix lmtp(8), smtp_connect_sock, to Dovecot's LMTP socket)",
      },
    ],
  },
  {
    id: "concept.receiver-system-problem",
    cause: "remote-server-error",
    says: "the receiving system had a problem of its own (a temporary fault, an expired licence, a failed save)",
    subject: [
      "system problem",
      "internal system issue",
      "could not be saved",
      "license has expired",
      "license expired",
      // Exim: "Too much load; please try again later"; Postfix and Exim say TLS is unavailable
      // by their own fault: "TLS not available due to local problem", "TLS currently unavailable".
      "too much load",
      "due to local problem",
      "tls currently unavailable",
    ],
    failure: [
      "tls currently unavailable",
      "due to local",
      "temporary",
      "try again",
      "retry",
      "later",
      "expired",
      "license",
    ],
    examples: [
      {
        text: "421 mx.example.com: Too much load; please try again later",
        source:
          "https://github.com/Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8/src/src/smtp_in.c#L2937 (exim, smtp_start_session)",
      },
      {
        text: "454 4.7.0 TLS not available due to local problem",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd.c#L5368 (postfix, starttls_cmd)",
      },
      {
        text: "454 TLS currently unavailable",
        source:
          "https://github.com/Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8/src/src/smtp_in.c#L5658 (exim, smtp_setup_msg)",
      },
      {
        text: "454 4.7.0 Cannot authenticate due to a temporary system problem. Try again later.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes)",
      },
      {
        text: "550 RCP-T1 The attempted recipient address is not currently available due to an internal system issue. This is a temporary condition.",
        source:
          "http://postmaster.facebook.com/response_codes (SMTP Response Codes (Facebook Postmaster))",
      },
      {
        text: "554 Your message was received but it could not be saved. Please retry later.",
        source:
          "https://github.com/hmailserver/hmailserver/blob/876a996ba1a94f59880feb195a2f9f19108edeaf/hmailserver/source/Server/SMTP/SMTPConnection.cpp (hMailServer source: SMTPConnection.cpp (the SMTP server's replies))",
      },
      {
        text: "XGEMAIL_0007 Message rejected because your license has expired.",
        source:
          "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html (SMTP error codes (Sophos Central Email Security))",
      },
    ],
  },
  {
    // The receiving server accepted the message and then failed to do its own part with it: keep
    // it (Inbucket's "451 Failed to store message"), pass it on (smtprelay's "421 Forwarding
    // failed", a relay whose upstream could not be reached), or run at all (SubEthaSMTP's
    // "421 4.3.0 Mail system failure" on an exception in its session). The receiver's fault,
    // told in a temporary refusal; nothing the sender sent is named.
    id: "concept.receiver-could-not-handle",
    cause: "remote-server-error",
    says: "the receiving server failed to store or pass on the message (a fault of its own)",
    subject: [
      "failed to store",
      "unable to store",
      "could not store",
      "cannot store",
      "error storing",
      "forwarding failed",
      "mail system failure",
    ],
    failure: ["message", "mail", "failed", "failure", "error"],
    // A store that failed for the recipient's quota or the message's size is a full mailbox or a
    // size limit, not the server's own fault.
    unless: ["quota", "full", "space", "size", "too large", "too big", "limit"],
    examples: [
      {
        text: "451 Failed to store message",
        source:
          "https://github.com/inbucket/inbucket/blob/e56c6d5f837b350089305690c80377ceba024989/pkg/server/smtp/handler.go#L576 (Inbucket: storing the received message in its mailbox store failed)",
      },
      {
        text: "421 Forwarding failed",
        source:
          "https://github.com/decke/smtprelay/blob/8c71f4fb2c20ee81371aab47aee7a1d834a5c887/main.go#L253 (smtprelay, mailHandler: forwarding the accepted message to its upstream failed with no SMTP reply)",
      },
      {
        text: "421 4.3.0 Mail system failure, closing transmission channel",
        source:
          "https://github.com/davidmoten/subethasmtp/blob/7a3e7cc8e839692bea129c2f2317130f0fde15f2/src/main/java/org/subethamail/smtp/server/Session.java#L190 (SubEthaSMTP: an unexpected exception in the session's command handling)",
      },
    ],
  },
  {
    // The recipient's forwarding is broken: the address exists and hands its mail on, but the
    // address it forwards to does not work or cannot be read. AT&T's "net 003: The recipient has
    // one or more forwarding addresses which are invalid." (its page: only the recipient can fix
    // it) and ImprovMX's "Unable to correctly read the forwarding recipient (where to forward the
    // email to)" (the alias's destination is unreadable) put it on the recipient's set-up, not
    // on the sender. Not a mailbox that moved with "no forwarding address" (RFC 3463's X.1.6, an
    // address no longer there), nor forwarding the recipient's organisation does not allow.
    id: "concept.recipient-forwarding-broken",
    cause: "remote-server-error",
    says: "the recipient's address forwards its mail to an address that is invalid or cannot be read: the recipient's set-up must be fixed",
    subject: [
      "forwarding address",
      "forwarding addresses",
      "forwarding recipient",
      "forwarding destination",
    ],
    failure: ["invalid", "not valid", "unable to", "could not read", "cannot read"],
    unless: ["no forwarding address", "has moved", "not allow", "external forwarding"],
    examples: [
      {
        text: "net 003: The recipient has one or more forwarding addresses which are invalid.",
        source:
          "http://www.postmaster.bellsouth.net/error.htm (E-mail Error List (AT&T Postmaster Information Website, BellSouth): the recipient forwards to an address that does not work)",
      },
      {
        text: "551 5.7.1 Unable to correctly read the forwarding recipient (where to forward the email to) (#id-5.9.5)",
        source:
          "https://improvmx.com/guides/improvmx-error-codes/ (ImprovMX error codes, as smtp.codes/improvmx quotes them: the alias's forwarding destination is unreadable)",
      },
    ],
  },
  {
    id: "concept.could-not-connect",
    cause: "remote-unreachable",
    says: "the sending server could not connect to the recipient's mail server",
    subject: [
      "network error",
      "closed connection",
      "broken pipe",
      "attempts to connect",
      "requests to connect",
    ],
    failure: ["destination", "in response to", "writing message", "failed", "did not accept"],
    examples: [
      {
        text: "timeout writing message to postfix.com: Broken pipe",
        source:
          "http://en.redinskala.com/postfix-421-4-4-2-timeout-exceeded/ (Postfix lost connection analysis: the connection broke while the message was written)",
      },
      {
        text: "Network error on destination MXs",
        source:
          "https://github.com/OpenSMTPD/OpenSMTPD/blob/8566f1cde1775c0a0c9d80d6589d5a4d0d8dc3a2/usr.sbin/smtpd/mta.c#L1137 (opensmtpd, mta_on_source)",
      },
      {
        text: "Remote host closed connection in response to RCPT TO:<bob@example.com>",
        source:
          "https://github.com/Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8/src/src/transports/smtp.c#L586 (exim, check_response)",
      },
      {
        text: "The recipient server did not accept our requests to connect.",
        source: "https://support.google.com/mail/answer/7720 (Fix bounced or rejected emails)",
      },
      {
        text: "Failed all attempts to connect to the recipients mail server.",
        source:
          "http://support.rackteam.com/kb/a136/common-email-delivery-errors-you-may-receive.aspx (Common Email Delivery Errors you may receive (RackTeam knowledge base: SmarterMail System Administrator delivery failure messages))",
      },
    ],
  },
  {
    // The sending server tried, in vain, until it gave the message up: its queue's time ran out.
    // Each writer words the end of its retries its own way: Exchange ("has been trying to deliver
    // this message without success and has stopped trying", above its "4.4.7 QUEUE.Expired"),
    // IONOS ("Reason: multiple delivery attempts failed"), MDaemon ("After one or more
    // unsuccessful delivery attempts the attached message has been removed from the MDaemon mail
    // queue"). The delivery expired, which the vocabulary reads as remote-unreachable (PRODUCT.md).
    // Not a delay warning, which says the attempts go on.
    id: "concept.delivery-attempts-exhausted",
    cause: "remote-unreachable",
    says: "the sending server tried to deliver the message until it gave up",
    // "stopped trying" is the giving up itself (the failure token of the same name finds it): an
    // Exchange NDR's later wording of the same end ("The server has tried to deliver this
    // message, without success, and has stopped trying", for 4.4.7 QUEUE.Expired). Not "tried to
    // deliver": Gmail's "Google tried to deliver your message, but it was rejected by the
    // server" opens every refusal it reports.
    subject: ["delivery attempts", "trying to deliver", "stopped trying"],
    failure: ["failed", "stopped trying", "removed from the", "without success"],
    unless: ["will continue", "will be retried", "will retry", "still trying", "warning"],
    examples: [
      {
        text: "Microsoft Exchange has been trying to deliver this message without success and has stopped trying.",
        source:
          "https://pastebin.com/zeZFJvKs (a Microsoft Exchange Server 2007 NDR above '#550 4.4.7 QUEUE.Expired; message expired ##')",
      },
      {
        text: "Reason: multiple delivery attempts failed",
        source:
          "https://pastebin.com/vwWmqmaT (an IONOS mrelayeu.kundenserver.de failure notice, real output)",
      },
      {
        text: "After one or more unsuccessful delivery attempts the attached message has been removed from the MDaemon mail queue on this server.",
        source:
          "https://gitlab.com/stavros/Spamnesty/issues/100 (an MDaemon failure notice quoted whole)",
      },
    ],
  },
  {
    // A message seen too often on the way (its Received headers counted): the servers between
    // the sender and the recipient send it round in a loop, a routing fault at the receiving
    // side, as "mail loop" and "routing loop" read (generic.ts).
    id: "concept.loop-detected",
    cause: "remote-server-error",
    says: "the message went round in a loop between mail servers",
    // Postfix: "mail for example.com loops back to myself", "mail forwarding loop for ...".
    // "looping" with the count of Received headers it saw: LISTSERV's "Message looping
    // (received 6 times)".
    subject: ["loop", "loops back", "looping"],
    // "detection": the mechanism's own name, RFC 5321 section 6.2 "Loop Detection" (counting
    // Received headers), which Momentum's "mail_loop - Mail Loop Detection" module
    // (SparkPost/support-docs content/momentum/3/3-reference/3-reference-modules-mail-loop.md)
    // and chasquid's "max Received headers, for loop detection" (internal/smtpsrv/conn.go) keep.
    failure: ["detected", "was detected", "detection", "to myself", "forwarding loop", "received"],
    examples: [
      {
        text: "mail for example.com loops back to myself",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtp/smtp_proto.c#L554 (postfix, smtp_helo)",
      },
      {
        text: "mail forwarding loop for bob@example.com",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/local/recipient.c#L242 (postfix, deliver_recipient)",
      },
      {
        text: "554 Message looping (received 6 times)",
        source:
          "https://github.com/wRAR/flufl.bounce/blob/796a6b901710175ca367f79c0ac6d963201db91d/flufl/bounce/tests/data/simple_18.txt (a LISTSERV-format bounce, real output)",
      },
      {
        text: "550 Loop detected",
        source: `${POSTAL}/app/lib/smtp_server/client.rb#L476 (Postal, more than four of its own Received headers)`,
      },
      {
        text: "500 A delivery loop was detected which causes this email which caused the email to be undeliverable (26)",
        source: `${ZONEMTA}/plugins/core/delivery-loop.js#L16 (ZoneMTA, more than maxHops Received headers)`,
      },
    ],
  },
  {
    // A domain whose mail exchanger is the very host trying to deliver to it: the sending server
    // would deliver to itself. RFC 5321 section 5.1 has a client drop every MX at or above its
    // own preference; with none left the domain's MX records (or its address, when it has no
    // MX) lead back here, a routing fault in the receiving domain's DNS or this host's own
    // setup (it is listed as the domain's mail server but does not hold the domain as local).
    // Sendmail, Exim and Postfix say it in different words, so the reason is the MX (or the
    // remote host's address) "pointing back" at this host, whatever the verb.
    id: "concept.mx-points-to-self",
    cause: "remote-server-error",
    says: "the recipient domain's mail server is the sending host itself (its MX records point back to it)",
    subject: ["mx list", "mx record", "mx records", "mx host", "mx hosts", "remote host address"],
    failure: [
      "points back",
      "point back",
      "points to local host",
      "point to local host",
      "points to the local host",
      "is the local host",
      "is this host",
    ],
    examples: [
      {
        text: "554 5.0.0 MX list for example.com. points back to mx.example.com",
        source:
          "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/domain.c#L964 (sendmail, getmxrr)",
      },
      {
        text: "lowest numbered MX record points to local host",
        source:
          "https://github.com/Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8/src/src/routers/rf_self_action.c#L64 (Exim, rf_self_action: router option self = fail)",
      },
      {
        text: "remote host address is the local host",
        source:
          "https://github.com/Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8/src/src/routers/rf_self_action.c#L65 (Exim, rf_self_action: a domain with no MX whose address is this host)",
      },
    ],
  },
  {
    // The receiving side's scanner could not run or answer: the message waits (or is refused)
    // for the server's own failure, not for what it holds.
    id: "concept.scanner-failed",
    cause: "remote-server-error",
    says: "the receiving server's virus or content scanner failed",
    subject: [
      "virus-scanner",
      "virus scanner",
      "virus scanning",
      "content scanner",
      "scan for viruses",
      // The spam scanner's own failure: "Rspamd scan error" (Haraka's rspamd plugin), "spamd
      // scan error" (Haraka's and qpsmtpd's spamassassin plugins).
      "rspamd scan",
      "spamd scan",
      "anti-virus",
      "antivirus",
      // opensmtpd-filter-clamav defers with "451 4.7.1 Virus filter failed" when clamd cannot
      // scan: the filter failed, not the message ("failed" after the filter's name only: a
      // message that "failed the virus filter" was caught by it).
      "virus filter",
    ],
    failure: [
      "filter failed",
      "problem running",
      "malfunction",
      "unavailable",
      "not available",
      "failure",
      "error",
      "unable to",
      "timed out",
      "timeout",
      "not ready",
    ],
    unless: ["found", "infected", "detected", "contains a virus"],
    examples: [
      {
        text: "451 4.7.1 Please retry later (anti-virus/oletools not ready)",
        source:
          "https://github.com/Mailu/Mailu/blob/bbb1c206f9c8e438bb7f7193bdd8eea2ed09d7fd/core/rspamd/conf/force_actions.conf#L30 (Mailu, ANTIVIRUS_FAILED soft reject)",
      },
      {
        text: "450 Virus scanner timed out",
        source:
          "https://github.com/haraka/haraka-plugin-clamd/blob/c66b60b5f0dc15670866a6ffcc0da82cf98a9f03/index.js#L205 (Haraka's clamd plugin, defer.timeout)",
      },
      {
        text: "450 Rspamd scan error",
        source:
          "https://github.com/haraka/haraka-plugin-rspamd/blob/633fcb1faa57d8f3fea7d9ce231c2fd2a25ebaf9/index.js#L341 (Haraka's rspamd plugin, defer.error)",
      },
      {
        text: "452 Unable to scan for viruses",
        source:
          "https://github.com/smtpd/qpsmtpd/blob/df5b04d857e6f6602cef0dd4f2c09f163e20672f/plugins/virus/clamdscan#L229 (qpsmtpd's clamdscan plugin, defer_on_error)",
      },
      {
        text: "451 4.7.1 Virus filter failed",
        source:
          "https://github.com/mocheryl/opensmtpd-filter-clamav/blob/b04013746a596db858b44ff77655321b56c42ebb/filter-clamav.go#L143 (opensmtpd-filter-clamav: talking to clamd failed, a temporary refusal)",
      },
      {
        text: "451 4.3.0 Problem running virus-scanner",
        source: `${MIMEDEFANG}/examples/suggested-minimum-filter-for-windows-clients#L153 (MIMEDefang's shipped filter, action_tempfail)`,
      },
    ],
  },
  {
    id: "concept.local-delivery-fault",
    cause: "remote-server-error",
    says: "the receiving server could not write the message where its own set-up sends it (a file, a directory, a program)",
    // Delivery to a program or a file that the receiving server's own settings forbid (an alias
    // or .forward that pipes or writes to one): Postfix's "mail to file/command is restricted"
    // (allow_mail_to_files, allow_mail_to_commands), Exim's "delivery to file/pipe forbidden"
    // (the redirect router without allow_file, allow_pipe). The recipient's admin must change
    // the alias or the setting: the receiving side's fault, whatever the verb.
    subject: [
      "cannot update mailbox",
      "can't create output",
      "mail to file",
      "mail to command",
      "delivery to file",
      "delivery to pipe",
      "open timeout on",
    ],
    // A limit met while writing ("procmail: Mailbox limit exceeded while appending message"
    // before "Can't create output") is a full mailbox (concept.mailbox-full).
    unless: ["limit exceeded", "quota", "disk full", "no space"],
    failure: [
      "is a directory",
      "permission denied",
      "can't create output",
      "restricted",
      "forbidden",
      ".forward",
      // The receiving host's own disk failing under the delivery agent.
      "input/output error",
    ],
    examples: [
      {
        text: "451 <xxxxxx@wam.umd.edu>... open timeout on /mail/xxxxxx/.forward",
        source:
          "http://www.helpdesk.umd.edu/topics/troubleshooting/email/3024/ (UMD helpdesk: bounced mail, warning bounces: Sendmail could not open a user's .forward file in time)",
      },
      {
        text: "cannot update mailbox /var/mail/bob for user bob. cannot open file: Is a directory",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/local/mailbox.c#L228 (postfix, deliver_mailbox_file)",
      },
      {
        text: "550 5.0.0 /var/mail/archive/bob.mbox... Can't create output",
        source:
          "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/libsm/strexit.c#L113 (sendmail, sm_sysexitmsg)",
      },
      {
        text: "mail to command is restricted",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/local/token.c#L155 (postfix, deliver_token: allow_mail_to_commands)",
      },
      {
        text: "delivery to pipe forbidden",
        source:
          "https://github.com/Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8/src/src/deliver.c#L6520 (Exim, do_local_deliveries: a generated pipe address without allow_pipe)",
      },
      {
        text: "cannot update mailbox /var/mail/bob for user bob. error reading message: Input/output error",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/global/mail_copy.c#L302 (postfix, mail_copy: the queue file could not be read back)",
      },
      {
        text: "mail to file is restricted",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/local/file.c#L113 (postfix, deliver_file)",
      },
    ],
  },
  {
    // The receiving system's delivery program (its local mailer, an "mda" command such as
    // procmail, a pipe) was killed or ended before it took the whole message. Each MTA words it
    // its own way: Sendmail's "mailer local died with signal 9", Postfix's "Command died with
    // status 1", OpenSMTPD's "mda exited prematurely" and "terminated; signal 9". The recipient's
    // side must fix its delivery program: remote-server-error, as a local delivery fault.
    id: "concept.delivery-program-died",
    cause: "remote-server-error",
    says: "the receiving system's delivery program (its local mailer or mda) was killed or ended early",
    subject: ["mailer", "mda", "command", "delivery program", "delivery agent", "terminated"],
    // Whole phrases, not "died" or "signal" alone: "mailer" is also the "MAILER-DAEMON" that
    // signs every bounce, and "command" any SMTP command.
    failure: [
      "died with signal",
      "died with status",
      "exited prematurely",
      "killed by signal",
      "terminated; signal",
    ],
    examples: [
      {
        text: "451 4.3.0 mailer local died with signal 9",
        source:
          "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/deliver.c#L4446 (sendmail, endmailer)",
      },
      {
        text: 'Command died with status 1: "/usr/bin/procmail"',
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/global/pipe_command.c#L665 (postfix, pipe_command)",
      },
      {
        text: "mda exited prematurely",
        source:
          "https://github.com/OpenSMTPD/OpenSMTPD/blob/8566f1cde1775c0a0c9d80d6589d5a4d0d8dc3a2/usr.sbin/smtpd/mda.c#L349 (OpenSMTPD, mda_done)",
      },
      {
        text: "terminated; signal 9",
        source:
          "https://github.com/OpenSMTPD/OpenSMTPD/blob/8566f1cde1775c0a0c9d80d6589d5a4d0d8dc3a2/usr.sbin/smtpd/smtpd.c#L405 (OpenSMTPD, parent_sig_handler: the delivery program killed)",
      },
    ],
  },
  {
    // The receiving system could not look up the recipient in its own user or alias tables (the
    // table did not answer, or its aliases expand without end): its own set-up or service failed,
    // not the address. Postfix: "user lookup error", "alias database unavailable", "alias
    // database loop for bob", "Alias expansion error"; OpenSMTPD: "Temporary failure in user
    // lookup". Not a lookup that found no such user (OpenSMTPD's "Permanent failure in user
    // lookup"), which no failure token here names.
    id: "concept.local-lookup-failed",
    cause: "remote-server-error",
    says: "the receiving system could not read its own user or alias tables for the recipient",
    subject: ["user lookup", "alias database", "alias expansion", "alias lookup"],
    failure: ["error", "unavailable", "temporary failure", "loop"],
    examples: [
      {
        text: "alias database unavailable",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/local/alias.c#L371 (postfix, deliver_alias)",
      },
      {
        text: "user lookup error",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/local/dotforward.c#L133 (postfix, deliver_dotforward)",
      },
      {
        text: "Temporary failure in user lookup",
        source:
          "https://github.com/OpenSMTPD/OpenSMTPD/blob/8566f1cde1775c0a0c9d80d6589d5a4d0d8dc3a2/usr.sbin/smtpd/mda.c#L154 (OpenSMTPD, mda_imsg IMSG_MDA_LOOKUP_USERINFO)",
      },
      {
        text: "451 4.6.0 Alias expansion error",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/cleanup/cleanup_map1n.c#L120 (postfix, cleanup_map1n_internal)",
      },
    ],
  },
  {
    // A DNS blocklist that refuses the receiver's own query answers with a code of its own, and
    // a server that quotes the list's text then refuses as if the sender were listed: Spamhaus
    // refuses queries through an open (public) resolver or past its free volume, URIBL and
    // dnswl.org refuse name servers that ask too often. The words describe the receiving
    // server's DNS set-up, not the sending IP: the receiver's fault (URIBL's own answer: "Emails
    // blocked due to this response are done so incorrectly", quoted by
    // http://blog.sourcepole.com/2013/05/07/disabling-uribl-in-spamassassin/; its "Too many
    // queries" also reads as a sending limit there, so it is no example of this alone).
    id: "concept.blocklist-query-refused",
    cause: "remote-server-error",
    says: "the receiving server's blocklist lookup was itself refused (asked through an open resolver, or too often), so the block is not about the sending IP",
    // Said inside a refusal worded as a listing (Postfix's "... blocked using bl.example.org;
    // <the list's text>"), it explains that listing away: the list's answer was an error code,
    // not a listing. So it weighs what a list's own documented reading of such an answer weighs
    // (WEIGHTS.documented: providers/spamhaus.ts reads Spamhaus's returnc answers so) and not a
    // concept's: the listing shape beside it (a server's default text, WEIGHTS.strong, and the
    // zone named) would otherwise tie with it. Postfix's "Service unavailable;" preamble, which
    // used to tip this balance as a server failure, is no evidence of one (signatures/generic.ts
    // PREAMBLE_OF).
    weight: WEIGHTS.documented,
    // Not "query" alone, nor "limit" (which "limited" holds): an out-of-office note's "limited
    // access ... an urgent query" is no blocklist's answer.
    subject: ["queries", "querying", "query limit", "open resolver", "public resolver"],
    failure: [
      "open resolver",
      "public resolver",
      "too many",
      "excessive",
      "exceeding",
      "query limit",
    ],
    examples: [
      {
        text: "You are querying Spamhaus from an open resolver, please see https://www.spamhaus.org/returnc/pub/",
        source:
          "https://github.com/mailcow/mailcow-dockerized/blob/06424670fa5d60fee851f58bfc49f66086d5f0a6/data/conf/rspamd/local.d/rbl_group.conf#L167 (mailcow's rspamd symbol DBL_BLOCKED_OPENRESOLVER)",
      },
      {
        text: "You are exceeding the query limit, please see https://www.spamhaus.org/returnc/vol/",
        source:
          "https://github.com/mailcow/mailcow-dockerized/blob/06424670fa5d60fee851f58bfc49f66086d5f0a6/data/conf/rspamd/local.d/rbl_group.conf#L172 (mailcow's rspamd symbol DBL_BLOCKED)",
      },
      {
        text: "we took some additional measures to enforce the query limit on our free nameserver infrastructure of 100’000 queries per 24 hours per organisation",
        source: "https://www.dnswl.org/?p=152 (dnswl.org: Am I Blocked?)",
      },
      {
        text: "If you abuse it, we will block your IP, or your nameserver IP that is producing the excessive queries.",
        source:
          "https://cweiske.de/tagebuch/uribl_blocked.htm (URIBL_BLOCKED, Christian Weiske, quoting URIBL's about page)",
      },
    ],
  },
  {
    // The sending server's DNS lookup of the recipient domain's mail host failed for now (the
    // resolver's SERVFAIL or TRY_AGAIN): no server was reached, and the sender's server retries.
    // Gmail prints the DNS answer ("responded with code SERVFAIL"), Exim's dnslookup router
    // defers with "host lookup did not complete", Exchange with "4.4.0 DNS query failed" (its
    // page: the lookup of the destination's MX or A record failed). Postfix's "Host not found,
    // try again" is the same condition (signatures/generic.ts). A lookup that found no such
    // domain is recipient-domain-invalid (concept.domain-nxdomain; Exchange's 5.4.312 adds
    // "InfoDomainNonexistent"), a lookup of the sender's own names or of a policy record another
    // check.
    id: "concept.mail-host-lookup-deferred",
    cause: "remote-unreachable",
    says: "the DNS lookup of the recipient domain's mail server failed for now, so no server was reached",
    subject: ["servfail", "host lookup did not complete", "dns query failed"],
    failure: ["lookup", "dns", "query"],
    unless: [
      "nonexistent",
      "nxdomain",
      "does not exist",
      "sender",
      "helo",
      "ehlo",
      "client",
      "reverse",
      "ptr",
      "spf",
      "dkim",
      "dmarc",
      "rbl",
      "blacklist",
      "blocklist",
    ],
    examples: [
      {
        text: "451 4.0.0 DNS Error: 1234 DNS type 'mx' lookup of example.com responded with code SERVFAIL",
        source:
          "https://support.google.com/mail/answer/7720 (Fix bounced or rejected emails (Gmail): DNS Error)",
      },
      {
        text: "host lookup did not complete",
        source:
          "https://github.com/Exim/exim/blob/3386088d5af4d4c61faa12ae29560e2c5bd43304/src/src/routers/dnslookup.c (exim: the dnslookup router's message when host_find_bydns returns HOST_FIND_AGAIN, and it defers)",
      },
      {
        text: "451 4.4.0 DNS query failed",
        source:
          "https://learn.microsoft.com/en-us/troubleshoot/exchange/mailflow/dns-query-failed (Exchange: 451 4.4.0 DNS query failed, the MX or A lookup of the destination failed)",
      },
    ],
  },
  {
    // The sending server could not reach the recipient's host: Zoho's report "Host not
    // reachable", Alibaba DirectMail's "Socks Connect to UNREACHABLE host" (its page: the
    // recipient's server could not be connected), the operating system's "Network is
    // unreachable" (signatures/generic.ts). The sender's own HELO name or reverse DNS are other
    // checks.
    id: "concept.host-not-reachable",
    cause: "remote-unreachable",
    says: "the sending server could not reach the recipient's mail server",
    subject: ["host"],
    failure: ["not reachable", "unreachable"],
    unless: ["helo", "ehlo", "reverse", "ptr", "sender", "client host"],
    examples: [
      {
        text: "[Status: Error, Address: <name@maximussolutions.com>, ResponseCode 421, Host not reachable.]",
        source:
          "https://help.zoho.com/portal/de/community/topic/status-error-address-responsecode-421-host-not-reachable (Zoho community: a Zoho Mail delivery report quoted)",
      },
      {
        text: "427 Socks Connect to UNREACHABLE host",
        source:
          "https://alibabacloud.com/help/tc/direct-mail/user-guide/summary-of-common-email-return-codes-and-solutions (Alibaba Cloud DirectMail: common return codes)",
      },
    ],
  },
];
