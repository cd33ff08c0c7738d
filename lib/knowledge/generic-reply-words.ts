// Words a refusal can be made of without naming any cause: RFC 5321's own reply texts, the
// bare refusals PRODUCT.md's article starts from ("550 mail refused", "550 Rejected"), and the
// politeness and pointers servers add around them. A reply whose words are all of these (and
// codes, addresses, host names, identifiers) does not say why; a reply with any other word says
// something Bounce Doctor could not read, and the page must not claim the bounce said nothing.
// Lower case; compared against whole words only.

export interface GenericReplyWordsSource {
  words: readonly string[];
  /** Where the words are written as a reply's text. */
  source: string;
  /** That source's own words (every word of the group is in them, unless the group is grammar). */
  examples: readonly string[];
}

export const GENERIC_REPLY_WORDS: readonly GenericReplyWordsSource[] = [
  {
    // RFC 5321 section 4.2.3's texts for the failure codes that name no cause. 550's text is
    // generic on purpose: the RFC's own gloss lists "mailbox not found, no access, or command
    // rejected for policy reasons" as what it may mean.
    words: [
      "requested",
      "mail",
      "action",
      "not",
      "taken",
      "okay",
      "mailbox",
      "unavailable",
      "aborted",
      "transaction",
      "failed",
      "service",
      "available",
      "closing",
      "transmission",
      "channel",
      "local",
      "error",
      "in",
      "processing",
    ],
    source:
      "https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3 (RFC 5321, reply codes in numeric order)",
    examples: [
      "250 Requested mail action okay, completed",
      "421 <domain> Service not available, closing transmission channel",
      "450 Requested mail action not taken: mailbox unavailable",
      "451 Requested action aborted: local error in processing",
      "554 Transaction failed",
    ],
  },
  {
    // The bare refusals of PRODUCT.md's own article and of issue 8, and servers' refusals that
    // give no reason: text that refuses and says nothing more.
    words: ["refused", "rejected", "reject", "rejection", "denied", "blocked", "access"],
    source:
      '../shared/design/PRODUCT.md (the article\'s "550 mail refused"; issue 8\'s "550 Rejected", "554 5.7.1 rejected"); https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/smtpd/smtpd_check.c#L2433 (Postfix access(5), a REJECT with no text); https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/routers/redirect.c#L618 (Exim, :fail: with no text); https://postmaster.mail.com/en/error-messages (mail.com); RFC 5321 section 4.2.3 (450)',
    examples: [
      "550 mail refused",
      "550 Rejected",
      "554 5.7.1 rejected",
      "Access denied",
      "forced rejection",
      "421 Administrative reject",
      "450 Requested mail action not taken: mailbox unavailable (e.g., mailbox busy or temporarily blocked for policy reasons)",
    ],
  },
  {
    // Postfix's own failure notice around the recipients' replies (bounce(8)'s built-in template):
    // the frame of the most common bounce, no reason in it.
    words: [
      "message",
      "sorry",
      "please",
      "your",
      "the",
      "this",
      "that",
      "for",
      "more",
      "postmaster",
      "system",
      "host",
      "to",
      "or",
      "is",
      "be",
      "from",
      "at",
      "you",
      "recipients",
      "could",
      "can",
      "delivered",
      "send",
      "i'm",
      "have",
      "inform",
      "attached",
      "below",
      "one",
      "it's",
      "further",
      "assistance",
      "if",
      "do",
      "so",
      "include",
      "problem",
      "report",
      "delete",
      "own",
      "text",
      "returned",
    ],
    source:
      "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/bounce/bounce_templates.c#L100-L110 (Postfix, def_bounce_failure_body)",
    examples: [
      "This is the mail system at host $myhostname. I'm sorry to have to inform you that your message could not be delivered to one or more recipients. It's attached below. For further assistance, please send mail to postmaster. If you do so, please include this problem report. You can delete your own text from the attached returned message.",
    ],
  },
  {
    // Exim's own failure notice (deliver.c, the bounce it writes).
    words: [
      "delivery",
      "permanent",
      "of",
      "was",
      "by",
      "a",
      "address",
      "sent",
      "following",
      "automatically",
      "created",
      "software",
      "its",
    ],
    source:
      "https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/deliver.c#L6038-L6045 (Exim, the failure notice)",
    examples: [
      "This message was created automatically by mail delivery software. A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:",
    ],
  },
  {
    // What servers wrap around a refusal: the message, its delivery, who answered, and where to
    // ask. None names a cause. Each word is in one of the examples, the servers' own texts.
    words: [
      "messages",
      "deliver",
      "undeliverable",
      "permanently",
      "temporary",
      "temporarily",
      "failure",
      "try",
      "again",
      "later",
      "contact",
      "information",
      "details",
      "administrator",
      "remote",
      "esmtp",
      "reply",
      "said",
      "status",
      "reason",
      "client",
      "ip",
      "cannot",
      "unable",
      "sending",
      "attempts",
      "generated",
    ],
    source:
      'https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/smtp/smtp_proto.c#L2239, cleanup/cleanup_addr.c#L182, smtpd/smtpd_check.c#L1289, smtpd/smtpd.c#L4610, trivial-rewrite/transport.c#L165, global/sys_exits.c#L88-L89, oqmgr/qmgr_deliver.c#L337, smtp/smtp_proto.c#L230 (Postfix); https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/moan.c#L282, transports/smtp.c#L6511 and #L2655, verify.c#L1267, deliver.c#L5831, #L6443, #L6459 and #L1565, ip.c#L81 (Exim); PRODUCT.md and issue 8 ("Please contact your administrator for more information")',
    examples: [
      "host %s said: %s (in reply to %s)",
      "message not accepted, try again later",
      "Client host rejected: cannot find your hostname, [%s]",
      "458 Unable to queue messages",
      "Address is undeliverable",
      "temporary failure",
      "remote error in protocol",
      "delivery temporarily suspended: ",
      "sending RCPT TO",
      "so it has not been possible to deliver it. The error was:",
      "all host address lookups%s failed permanently",
      "Talk to your mail administrator for details.",
      "ESMTP not spoken here",
      "Status: %s",
      "Delay reason: ",
      "No action is required on your part. Delivery attempts will continue for",
      "return message generated",
      "IP address",
      "554 Message rejected. Please contact your administrator for more information.",
    ],
  },
  {
    // The same frame's words no quoted example holds yet: the vocabulary of notices and of the
    // protocol (RFC 5321's "SMTP server", RFC 3464's Diagnostic-Code and Final-Recipient, its
    // "Delivery Status Notification"), and a refusal's subject named without its failure
    // (Postfix's "Recipient address rejected" with no text of its own). Without an example they
    // are the weakest of these lists; the test keeps the group from growing.
    words: [
      "email",
      "e-mail",
      "info",
      "see",
      "help",
      "admin",
      "server",
      "smtp",
      "response",
      "id",
      "code",
      "recipient",
      "sender",
      "addresses",
      "user",
      "domain",
      "regret",
      "reach",
      "notification",
    ],
    source:
      "RFC 5321 section 4.2 (the text after a reply code is for the human reader); RFC 3464 section 2.3 (per-recipient fields); not yet quoted from a server's own text",
    examples: [],
  },
  {
    // A delivery report's own fields and the dates in them: where a recipient has no reply of its
    // own, the words read are the notice's, report fields included ("Reporting-MTA: dns; ...",
    // "Arrival-Date: Mon, 16 Dec 2019 ..."). Field names of RFC 3464 sections 2.2 and 2.3; the
    // day, month and zone names of RFC 5322 section 3.3 (and 4.3, the obsolete zones).
    words: [
      "reporting-mta",
      "received-from-mta",
      "arrival-date",
      "original-envelope-id",
      "dsn-gateway",
      "final-recipient",
      "original-recipient",
      "remote-mta",
      "diagnostic-code",
      "last-attempt-date",
      "will-retry-until",
      "final-log-id",
      "dns",
      "mon",
      "tue",
      "wed",
      "thu",
      "fri",
      "sat",
      "sun",
      "jan",
      "feb",
      "mar",
      "apr",
      "may",
      "jun",
      "jul",
      "aug",
      "sep",
      "oct",
      "nov",
      "dec",
      "ut",
      "gmt",
      "est",
      "edt",
      "cst",
      "cdt",
      "mst",
      "mdt",
      "pst",
      "pdt",
    ],
    source:
      "https://www.rfc-editor.org/rfc/rfc3464#section-2.2 and #section-2.3 (RFC 3464, per-message and per-recipient DSN fields; its appendix's examples); https://www.rfc-editor.org/rfc/rfc5322#section-3.3 and #section-4.3 (RFC 5322, date and time: day-name, month, obs-zone)",
    examples: [
      '"Original-Envelope-Id" ":" envelope-id',
      '"Reporting-MTA" ":" mta-name-type ";" mta-name',
      '"DSN-Gateway" ":" mta-name-type ";" mta-name',
      '"Received-From-MTA" ":" mta-name-type ";" mta-name',
      '"Arrival-Date" ":" date-time',
      '"Original-Recipient" ":" address-type ";" generic-address',
      '"Final-Recipient" ":" address-type ";" generic-address',
      '"Remote-MTA" ":" mta-name-type ";" mta-name',
      '"Diagnostic-Code" ":" diagnostic-type ";" *text',
      '"Last-Attempt-Date" ":" date-time',
      '"Final-Log-ID" ":" *text',
      '"Will-Retry-Until" ":" date-time',
      "Reporting-MTA: dns; cs.utk.edu",
      'day-name = "Mon" / "Tue" / "Wed" / "Thu" / "Fri" / "Sat" / "Sun"',
      'month = "Jan" / "Feb" / "Mar" / "Apr" / "May" / "Jun" / "Jul" / "Aug" / "Sep" / "Oct" / "Nov" / "Dec"',
      'obs-zone = "UT" / "GMT" / "EST" / "EDT" / "CST" / "CDT" / "MST" / "MDT" / "PST" / "PDT"',
    ],
  },
  {
    // English's function words (articles, pronouns, auxiliaries, particles): grammar, in any
    // reply, never a cause.
    words: [
      "and",
      "has",
      "been",
      "with",
      "on",
      "an",
      "we",
      "it",
      "are",
      "were",
      "did",
      "after",
      "due",
      "up",
      "our",
    ],
    source: "English function words (no cause in themselves)",
    examples: [],
  },
];

/** Every generic word, for lookups. */
export const GENERIC_REPLY_WORD_SET: ReadonlySet<string> = new Set(
  GENERIC_REPLY_WORDS.flatMap((g) => g.words),
);
