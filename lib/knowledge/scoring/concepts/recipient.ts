// Concepts (see ./types.ts): The recipient's side: an address that does not exist, a full or closed mailbox, a domain with no mail host.
import type { Concept } from "./types";
import {
  BOUNCE_PARSER,
  CRISP,
  FLUFL,
  RONBELTRAN,
  CFORTUNE,
  ZONEMTA,
  HMAILSERVER,
  SYMPA,
  MAGMA,
  NOT_THE_RECIPIENT,
  SENDER_WORDS,
} from "./shared";

export const RECIPIENT_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.recipient-does-not-exist",
    cause: "recipient-unknown",
    says: "the recipient's address (its user or mailbox) does not exist",
    subject: [
      "recipient",
      "rcpt",
      "user",
      "mailbox",
      "mail box",
      "address",
      "addressee",
      "account",
      "local part",
      "local-part",
      "username",
      // A mailing list's address: "List 'test@lists.example.com' does not exist." (Sympa).
      "list",
    ],
    // "dosn't" is a server's own misspelling (crisp-oss 554_does_not_exist.txt).
    failure: ["not exist", "n't exist", "dosn't exist", "nonexistent", "non-existent"],
    unless: NOT_THE_RECIPIENT,
    examples: [
      {
        text: "List 'test@lists.example.com' does not exist.",
        source: `${SYMPA}/default/mail_tt2/delivery_status_notification.tt2#L60 (Sympa, status 5.1.2)`,
      },
      {
        text: "550 Recipient does not exist",
        source: `${BOUNCE_PARSER} t/corpus/doesnotexist2.msg (eXpurgate's mxtls.expurgate.de, Diagnostic-Code)`,
      },
      {
        text: "550 Recipient does not exist on this system",
        source: `${BOUNCE_PARSER} t/corpus/user-unknown-dne.msg (Diagnostic-Code)`,
      },
      {
        text: "550 User [recipient@example.net] does not exist",
        source: `${BOUNCE_PARSER} t/corpus/doesnotexist.msg (Diagnostic-Code)`,
      },
      {
        text: "554 Rcpt <recipient@example.net> does not exist",
        source: `${BOUNCE_PARSER} t/corpus/rcpt-dne.msg (Diagnostic-Code)`,
      },
      {
        text: "553 5.3.0 <recipient@example.net>... Address does not exist",
        source: `${BOUNCE_PARSER} t/corpus/yahoo-user-unknown.msg (Postfix's quote of the remote reply)`,
      },
      {
        text: "554 5.7.1 <contact@monsson.com>: Recipient address rejected: user contact@monsson.com does not exist",
        source: `${CRISP} test/fixtures/554_5_7_1_no_such_recipient.txt`,
      },
      {
        text: "554 5.7.1 <aaaaagggrrriiiizz@inbox.lv>: Recipient address rejected: Nonexistent user",
        source: `${RONBELTRAN} tests/bounces/tt_1234177688.txt`,
      },
    ],
  },
  {
    id: "concept.no-such-recipient",
    cause: "recipient-unknown",
    says: "there is no such recipient (no user or mailbox by that name) at the receiving server",
    // No "address": "Address not found" is Gmail's heading for an unknown user and an unknown
    // domain alike. No "account": "account not found" is also an SMTP AUTH answer.
    subject: ["recipient", "rcpt", "user", "mailbox", "mail box", "addressee", "local part"],
    // "No account" only as the failure beside a recipient or user (never the subject: see above).
    failure: ["no such", "not found", "no mailbox", "no mail box", "no account"],
    unless: NOT_THE_RECIPIENT,
    examples: [
      {
        text: "550 No such recipient here",
        source: `${CRISP} test/fixtures/550_no_such_recipient_variant_11.txt`,
      },
      {
        text: "550 no mailbox by that name is currently available",
        source: `${CRISP} test/fixtures/550_mailbox_unavailable.txt`,
      },
      {
        text: "550 ** No mail box available for this user **",
        source: `${BOUNCE_PARSER} t/corpus/nomailbox.msg (Diagnostic-Code)`,
      },
      {
        text: "550 5.7.1 No mailbox found",
        source: `${BOUNCE_PARSER} t/corpus/mailbox-unknown.msg (Diagnostic-Code)`,
      },
      {
        text: "550 Recipient Rejected: No account by that name here",
        source: `${BOUNCE_PARSER} t/corpus/non-autoreply.msg (host sitemail.everyone.net)`,
      },
      {
        text: "552 1 Requested mail action aborted, mailbox not found",
        source: `${CRISP} test/fixtures/552_no_such_recipient.txt (Yahoo's mta7.am0.yahoodns.net, end of DATA)`,
      },
    ],
  },
  {
    // "Not a valid user" said of the recipient: Exim's FAQ autoreply for an address no router
    // handles ("That's not a valid user here") and Mail-Scanning.com's filter refusing an
    // address its customer's server does not have ("552 not a valid user: test"). The words,
    // not the code: Mail-Scanning sends them with 552, which alone ranks size and quota.
    id: "concept.recipient-not-valid",
    cause: "recipient-unknown",
    says: "the receiving server says the recipient is not a valid user there",
    subject: ["user", "recipient", "addressee"],
    failure: ["not a valid"],
    // A login that is not valid ("not a valid user or password") is SMTP AUTH's answer; a domain
    // that is not valid is the domain's (NOT_THE_RECIPIENT has the login words).
    unless: [...NOT_THE_RECIPIENT, "domain", "hostname", "helo"],
    examples: [
      {
        text: "You sent mail to bob. That's not a valid user here.",
        source:
          "https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/doc/doc-src/FAQ.src (Exim FAQ: the autoreply transport for addresses no router handles)",
      },
      {
        text: "PERM_FAILURE: SMTP Error (state 16): 552 not a valid user: test See http://mail-scanning.com/reject/for details. ID: MSG-678956",
        source:
          "http://blog.mail-scanning.com/tags/rejections (Better Rejection Messages, Mail-Scanning blog; providers/mail-scanning.ts)",
      },
    ],
  },
  {
    // "Invalid" said of the recipient, in any word order and with words between: the providers
    // that document the words each mean an address they have no mailbox for. SparkPost's bounce
    // class 10 "Invalid Recipient: The recipient is invalid" and Broadcom's Email Security.cloud
    // "550-Invalid recipient <...> 550 (#5.1.1)" (an address its customer does not hold) in the
    // order signatures/generic.ts reads; Mailprotector's "Invalid Mailprotector Recipient" (not
    // one of the customer's addresses), Alibaba DirectMail's "559 Invalid rcptto" (命中无效地址库:
    // the address is in its library of addresses found invalid; make sure it exists),
    // Exchange Online's "recipient primary SMTP address is missing or invalid" and Trend Micro's
    // "Recipient address rejected: Invalid-Recipient." in others. A recipient's bad syntax, a
    // count of invalid recipients (a sender's reputation: Cox's "550 too many invalid
    // recipients") and another party's invalidity are left out.
    id: "concept.recipient-said-invalid",
    cause: "recipient-unknown",
    says: "the receiving server says the recipient address is invalid: it has no such address",
    // Whole words: "recipients" (a count) is not "recipient". Alibaba writes the command as
    // one word ("Invalid rcptto", "Rcptto account isn't a local account").
    subject: ["recipient", "rcpt", "rcptto"],
    failure: ["invalid"],
    unless: [
      ...NOT_THE_RECIPIENT,
      // The words in this order are signatures/generic.ts's reading, which a wording of
      // OpenSMTPD's exact "550 Invalid recipient: <address>" (possibility-wordings.ts: an
      // unknown user or a relay refusal, lka_session.c) weighs against: read twice here, they
      // would decide over it. This concept reads the other orders and spellings.
      "invalid recipient",
      // A mailbox "not an active address" (FreeUK's, possibility-wordings.ts
      // recipient.invalid-or-inactive) may be closed rather than unknown.
      "not an active",
      "inactive",
      "too many",
      // AT&T's "net 003: The recipient has one or more forwarding addresses which are invalid":
      // the recipient's forwarding is broken (its installation's fault), the address exists.
      "forwarding",
      "domain",
      "dns",
      "mx",
      "spf",
      "dkim",
      "dmarc",
      "syntax",
      "character",
      "format",
      "command",
      "parameter",
      "argument",
    ],
    examples: [
      {
        text: "Invalid Mailprotector Recipient",
        source:
          "https://support.mailprotector.com/hc/en-us/articles/201413130-Invalid-Mailprotector-Sender-Recipient (Invalid Mailprotector Sender/Recipient (Mailprotector support))",
      },
      {
        text: "559 Invalid rcptto",
        source:
          "https://alibabacloud.com/help/tc/direct-mail/user-guide/summary-of-common-email-return-codes-and-solutions (Alibaba Cloud DirectMail: common bounce codes, 559: 命中无效地址库, an address in its library of invalid addresses)",
      },
      {
        text: "Remote Server returned '550 5.2.0 RESOLVER.ADR.BadPrimary; recipient primary SMTP address is missing or invalid'",
        source:
          'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/badprimary-ndr ("550 5.2.0 RESOLVER.ADR.BadPrimary" when an Exchange Online user sends mail to an external contact)',
      },
      {
        text: "smtp;554 5.7.1 <example@example.com>: Recipient address rejected: Invalid-Recipient.",
        source:
          "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json (SMTP Field Manual: a Trend Micro Email Security reply as recorded from bounces)",
      },
    ],
  },
  {
    // "Unknown" said of the recipient in any word order: "Recipient unknown" (a real bounce,
    // ZoneMTA's table), "Destination address is unknown" (chasquid), "Mailbox unknown",
    // "recipient e-mail address unknown", beside the wordings the tables hold ("User unknown",
    // "Addressee unknown", "address unknown", SubEtha SMTP's "<addr> address unknown."). A
    // postmaster reads each as an address the server does not know.
    id: "concept.recipient-said-unknown",
    cause: "recipient-unknown",
    says: "the receiving server says the recipient (its address or mailbox) is unknown to it",
    subject: [
      "recipient",
      "rcpt",
      "mailbox",
      "addressee",
      "destination address",
      "e-mail address",
      "email address",
    ],
    // With its space: "unknown" alone is inside the local parts of test addresses
    // ("userunknown@example.jp", beside another recipient's "mailboxfull@...").
    failure: [" unknown"],
    // Unknown as something else than the recipient: its domain or host, the sender, an error or
    // a reason the server does not name, a count of unknown recipients (a reputation or rate
    // reading), a command. A full mailbox named beside it is another recipient's or another
    // cause's words run into these (Sisimai's lhost-opensmtpd-02: "... Mailbox Full
    // userunknown@...: 550 5.1.1 ... User unknown"): the wordings of each decide, not this.
    // The wordings the tables read already ("User unknown", "unknown recipient", "address
    // unknown", "addressee unknown": generic.ts and the MTAs' tables) are theirs: read twice, the
    // words would outweigh what the stage of the reply says of them (a "User unknown" after DATA
    // is a filter's refusal, stage-shifts.ts).
    unless: [
      ...NOT_THE_RECIPIENT,
      "user unknown",
      "unknown user",
      "unknown recipient",
      "address unknown",
      "addressee unknown",
      "full",
      "domain unknown",
      "unknown error",
      "unknown reason",
      "reason unknown",
      "unknown cause",
      "unknown status",
      "unknown problem",
      "unknown command",
      "unknown recipients",
      "unknown users",
      "unknown addresses",
      "too many",
      "excessive",
      "temporar",
    ],
    examples: [
      {
        text: "550 5.1.1 Recipient unknown <s.support@alphafx.com>",
        source: `${CRISP} test/fixtures/550_5_1_1_no_such_recipient_variant_19.txt (a real Postfix bounce: host mail.alphafx.com said it, in reply to RCPT TO)`,
      },
      {
        text: "550 5.1.1 Mail Refused - Address <user@example.com> Recipient Unknown",
        source: `${ZONEMTA}/config/bounces.txt#L396 (ZoneMTA's bounce table: a reply it classifies as an unknown recipient)`,
      },
      {
        text: "550 5.1.1 Destination address is unknown (user does not exist)",
        source:
          "https://github.com/albertito/chasquid/blob/ca2538b9745a448170dbd078c65b97c8821c33f9/internal/smtpsrv/conn.go#L631 (chasquid, RCPT TO a local user that does not exist)",
      },
    ],
  },
  {
    // The receiving filter checked the recipient with the mail server behind it (a callout:
    // Exim's verify = recipient/callout) and that server refused the address: Baruwa's filters
    // and the Exim wiki's sample ACL both refuse with "Recipient verification failed" or
    // "Recipient Verify Failed". A check that could not be made (Exim's "Could not complete
    // recipient verify callout", an "unknown error") says nothing of the address.
    id: "concept.recipient-verify-failed",
    cause: "recipient-unknown",
    says: "the receiving server checked the recipient address with the mail server behind it, which refused it",
    subject: ["recipient verification", "recipient verify"],
    failure: ["failed"],
    unless: [
      "unknown error",
      "could not complete",
      "temporar",
      "try again",
      "timeout",
      "timed out",
    ],
    examples: [
      {
        text: "Recipient verification failed",
        source:
          "https://bastion.umanix.net/info (Bastion information page (Umanix, a Baruwa mail filter service): the recipient's address could not be verified with the protected mail server; providers/baruwa.ts)",
      },
      {
        text: "REJECTED - Recipient Verify Failed - User Not Found",
        source:
          "https://github.com/BernardQuatermass/exim-wiki/blob/38192067139f7808d0429f787003f7f3ab8d910e/Verification.md (the Exim wiki's verification examples: 'deny message = REJECTED - Recipient Verify Failed - User Not Found' with '!verify = recipient/callout=2m,defer_ok,use_sender')",
      },
    ],
  },
  {
    id: "concept.mailbox-full",
    cause: "mailbox-full",
    says: "the recipient's mailbox is full (over its storage quota)",
    // Quotas on storage: a quota on sending is concept.sending-quota (rate-limited).
    subject: [
      "mailbox",
      "mail box",
      "mailfolder",
      "mail folder",
      "inbox",
      "quota",
      "disk space",
      // "User has exhausted allowed storage space" (WEB.DE), "Account storage limit" (GoDaddy),
      // "The domain size limit has been exceeded" (SmarterMail).
      "storage space",
      "storage limit",
      "domain size limit",
      "account",
    ],
    // Not a bare "full": "Mailbox full" is generic.ts's own wording already (a concept on the
    // same words would count them twice, and outweigh another recipient's words run into these:
    // Sisimai's lhost-opensmtpd-17 "... User unknown mailboxfull@...: 552 5.2.2 ... Mailbox full").
    failure: [
      "is full",
      "a full",
      "full mailbox",
      "exceed",
      "over quota",
      "over the quota",
      "over its quota",
      "not enough",
      "enough space",
      "space limit",
      "allowed size",
      "violation",
      "used up",
      "exhausted",
      "storage limit",
      // The same in the past tense, as a sending service reports the receiver's bounce: Amazon
      // SES's MailboxFull "because the recipient's inbox was full", GOV.UK Notify's
      // temporary-failure "email inbox was full".
      "was full",
    ],
    unless: [
      // A limit on sending, not on storage ("THIS ACCOUNT MAY ONLY SEND 250 MESSAGES", magma;
      // DreamHost's "SMTP quota", its "outgoing quota limit").
      "sending",
      "outbound",
      "outgoing",
      "smtp quota",
      "send quota",
      "only send",
      // An account locked or suspended for breaking a rule is closed, not full ("HAS BEEN
      // LOCKED FOR ABUSE POLICY VIOLATIONS", magma: concept.account-inactive).
      "policy violation",
      // DreamHost's "Policy Rejection- Quota Exceeded" is its outgoing SMTP quota (the sender's
      // sending limit, providers/dreamhost.ts), not the recipient's storage.
      "policy rejection",
      "relay quota",
      "queue quota",
      "submission quota",
      "transfer quota",
      "traffic quota",
      "throttl",
      "daily message quota",
      "per hour",
      "hourly quota",
      "daily quota",
      "per day",
      "per minute",
      // A quota on time (a session's or a command's timeout), not on storage. Not "timeout"
      // alone: an MTA's own "retry timeout exceeded" follows a full mailbox's reply that it
      // kept retrying ("... their mailbox is full ...: retry timeout exceeded", Exim).
      "timeout quota",
      "time quota",
      "rate limit",
      "message rate",
      "inbound rate",
      "connection",
      // A limit on recipients (a count), not the recipient's storage. Not "recipients" alone:
      // "The recipients inbox is full." (the apostrophe left out) is a full mailbox.
      "too many recipients",
      "recipients per",
      "number of recipients",
      "max recipients",
      "maximum recipients",
      "recipients limit",
      "recipient limit",
      "recipients quota",
      "recipient quota",
      "recipients exceeded",
      "external recipients",
      "total number of",
      // One message's size against a limit on messages.
      "message size",
      "message is too",
      "message too",
      "message exceeds",
      "message length",
      "maximum message",
      "size of the message",
      // The server's own disk (RFC 3463 X.3.1), not the recipient's mailbox.
      "system storage",
      "fully qualified",
    ],
    examples: [
      {
        text: "The recipient's email provider sent a bounce message because the recipient's inbox was full.",
        source:
          "https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html (Amazon SES notification contents: bounce subtype MailboxFull)",
      },
      {
        text: "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space.",
        source:
          "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (Typische Fehlermeldungen bei Unzustellbarkeit: WEB.DE's reply)",
      },
      {
        text: "Account storage limit",
        source:
          "https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685 (Fix rejected email with a bounce error (GoDaddy Help))",
      },
      {
        text: "User mailbox exceeds allowed size: a@b.c",
        source: `${BOUNCE_PARSER} t/corpus/quota.msg (an SMTP32 server's bounce text)`,
      },
      {
        text: "The recipient mailbox has exceeded its disk space limit.",
        source: `${BOUNCE_PARSER} t/corpus/quota-7.msg (Diagnostic-Code: x-unix)`,
      },
      {
        text: "has failed due to a full mailbox.",
        source: `${RONBELTRAN} tests/bounces/unknown_code_bounce_01.txt`,
      },
      {
        text: "552 Quota violation for dump@dachamp.com",
        source: `${FLUFL} flufl/bounce/tests/data/simple_14.txt (552 is RFC 5321's "exceeded storage allocation")`,
      },
      {
        text: "552 Message for <bbbsss@turbosport.com> would exceed mailbox quota",
        source: `${FLUFL} flufl/bounce/tests/data/simple_01.txt`,
      },
      {
        text: "Mailbox quota usage exceeded.",
        source: `${CFORTUNE} eml/26.eml`,
      },
      {
        text: "552 Account(s) <agrisa@one.lv> does not have enough space",
        source: `${RONBELTRAN} tests/bounces/tt_1234285668.txt`,
      },
      {
        text: "The e-mail message could not be delivered because the user's mailfolder is full.",
        source: `${FLUFL} flufl/bounce/tests/data/qmail_02.txt`,
      },
    ],
  },
  {
    id: "concept.no-mail-host",
    cause: "recipient-domain-invalid",
    says: "the recipient's domain publishes no usable mail server (its MX records lead nowhere)",
    subject: [
      "mx host",
      "mx hosts",
      "mx record",
      "mx records",
      "mail exchanger",
      "mail exchangers",
    ],
    failure: ["no valid", "non-existent", "nonexistent", "not found"],
    // The sender's domain (Apache James's "sender <addr> contains a domain with no valid MX
    // records", ValidSenderDomainHandler.java), a lookup that failed for now (Postfix's "Host not
    // found, try again": remote-unreachable), or the receiving host's own setup (Exim's "lowest
    // numbered MX record points to local host").
    unless: [
      "sender",
      "mail from",
      "from domain",
      "your domain",
      "helo",
      "try again",
      "timed out",
      "timeout",
      "servfail",
      "temporar",
      "local host",
    ],
    examples: [
      {
        text: "all relevant MX records point to non-existent hosts",
        source:
          "https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/routers/dnslookup.c (Exim's dnslookup router when no MX host has an address)",
      },
      {
        text: "no valid MX hosts found",
        source:
          "osandum/bounce-parser src/test/resources/kundenserver_de.eml (1&1's mout-bounce.kundenserver.de, for an onmicrosoft.com recipient)",
      },
    ],
  },
  {
    // An address that took mail once and takes none now, in the admin's own words: "This
    // address no longer accepts mail" (qmail's bouncesaying(1), a .qmail file for a retired
    // address), "a disabled mailbox that's no longer accepting messages" (Exchange's custom DSN
    // text for 5.1.2). The account was closed: mailbox-disabled, as the old bounce handlers file
    // these words ("rule: inactive"). The reason is the phrase "no longer" beside taking mail, so
    // that an admin's paraphrase ("<address> no longer accepts mail", "is no longer in use")
    // reads the same.
    id: "concept.address-retired",
    cause: "mailbox-disabled",
    says: "the recipient's address used to take mail and no longer does (the account was closed)",
    subject: ["no longer"],
    failure: [
      "accepts mail",
      "accept mail",
      "accepting mail",
      "accepts messages",
      "accept messages",
      "accepting messages",
      "accepts email",
      "accept email",
      "accepting email",
      "accepts e-mail",
      "accepting e-mail",
      "receives mail",
      "receive mail",
      "receiving mail",
      "receives email",
      "receiving email",
      "receives messages",
      "receiving messages",
      "in use",
      // Verizon's "dd xx@verizon.net is no longer valid", iCloud's "recipient no longer on
      // server".
      "valid",
      "on server",
      "active",
    ],
    // Mail no longer taken from someone ("we no longer accept mail from your network"), for a
    // whole domain or server, or without some condition met ("no longer accepts mail without
    // authentication", over old TLS): a refusal of the sender, not a closed account. Office
    // 365's "it's no longer allowed to send messages" is the sender's own account.
    // A hedge between a wrong address and a closed one ("this email address is wrong or no longer
    // valid", flufl.bounce simple_26) names neither.
    unless: [
      "wrong or no longer",
      "invalid or no longer",
      "mail from",
      "messages from",
      "email from",
      "e-mail from",
      "connections",
      "server no longer",
      "host no longer",
      "domain no longer",
      "service no longer",
      "system no longer",
      "allowed to send",
      "without",
      "unless",
      "authenticat",
      "spf",
      "dkim",
      "dmarc",
      "tls",
      "ssl",
    ],
    examples: [
      {
        text: "554 delivery error: dd xx@verizon.net is no longer valid",
        source:
          "https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-causes-554-delivery-errors-from-verizon-and-related-domains (What causes 554 delivery errors from Verizon and related domains? (Suped))",
      },
      {
        text: "550 5.1.6 recipient no longer on server: user@icloud.com",
        source: "https://support.apple.com/en-us/102322 (Postmaster information for iCloud Mail)",
      },
      {
        text: "This address no longer accepts mail.",
        source:
          "https://github.com/notqmail/notqmail/blob/a7012e4fdf2f82f6aa5abe2f57e20831d238d774/bouncesaying.1 (notqmail bouncesaying(1) manual page, its example for a retired address)",
      },
      {
        text: "550 5.1.2 You tried to send a message to a disabled mailbox that's no longer accepting messages. Please contact the Help Desk at extension 123 for assistance.",
        source:
          "https://learn.microsoft.com/en-us/powershell/module/exchange/new-systemmessage (New-SystemMessage, Exchange: the example custom DSN text for 5.1.2)",
      },
    ],
  },
  {
    id: "concept.account-inactive",
    cause: "mailbox-disabled",
    says: "the recipient's account (or alias, or list) exists but is not active",
    // "casilla": a mailbox in Spanish; "ha expirado", has expired (Ubbi's "Esta casilla ha
    // expirado por falta de uso", closed for lack of use).
    // "user": a user (the recipient) locked or suspended ("550 user is locked.", a Chinese mail
    // server's list; Coremail's "User suspended").
    // "recipient address": Postfix's "Recipient address rejected:" before an access map's own
    // word for the account, Rambler's "Inactive" (the failure token below cites it).
    subject: [
      "account",
      "alias",
      "distribution list",
      "mailbox",
      "casilla",
      "user",
      "recipient address",
    ],
    failure: [
      "ha expirado",
      // Infomaniak's "recipient rejected, account administratively disabled" (under 5.1.1, the
      // status of a bad address: the words say the account exists and is disabled).
      "administratively disabled",
      "is not active",
      "is inactive",
      "deactivated",
      "has been closed",
      "has been disabled",
      "is disabled",
      // An account the administrator locked or suspended: magma's "ACCOUNT LOCKED - THE ACCOUNT
      // <...> HAS BEEN LOCKED FOR INACTIVITY", The Access Group's "Mailbox suspended".
      // Whole words: "locked" alone is inside "blocked" (magma's "MESSAGE BLOCKED - ... THE
      // ACCOUNT <...> IS CONFIGURED TO REJECT MESSAGES FROM BLACKLISTED ADDRESSES" is a blocklist).
      "been locked",
      "is locked",
      "account locked",
      "administratively locked",
      "suspended",
      // "Recipient address rejected: Account Closed" (Lycos), "mailbox inactive" (Mailjet), Rambler's
      // "recipient address rejected: Inactive" (not "inactive" alone: Elastic Email's "such as
      // being full or inactive" names two causes),
      // "Mailbox is frozen" (I.UA), "This account isn't allowed to receive email" (Alibaba Mail).
      "mailbox inactive",
      "rejected: inactive",
      "account closed",
      "frozen",
      "allowed to receive",
      // addy.io's (AnonAddy's) "Recipient address rejected: User disabled" for an account it
      // disabled; Free's "This mailbox has been blocked due to inactivity".
      "user disabled",
      "due to inactivity",
    ],
    // A login account refused at AUTH, or the sending account of a relay service (Google
    // Workspace's "Mail Sending denied ... if the sender account is disabled", relay-denied),
    // is the sender's own; a mailbox closed for a while (maintenance, a lock) is the receiving
    // server's state, not a closed account.
    // Mail.ru's "message sending for this account is disabled" is the sender's own account, whose
    // sending was stopped (providers/mailru.ts); so is a login locked or suspended (a password,
    // an SMTP AUTH account).
    unless: [
      "authentication",
      "sender account",
      "sending account",
      "sending for",
      "temporarily",
      "try again",
      "login",
      "password",
      "outbound",
    ],
    examples: [
      {
        text: "550 : Recipient address rejected: Account Closed",
        source:
          "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (Typische Fehlermeldungen bei Unzustellbarkeit: Lycos's reply)",
      },
      {
        text: "540 5.7.1 <example@rambler.ru>: recipient address rejected: Inactive",
        source:
          "https://smtp.codes/rambler (Rambler's reply as smtp.codes lists it, a curated collection of providers' replies; providers/rambler.ts)",
      },
      {
        text: "542 This account isn't allowed to receive email",
        source:
          "http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html (an Alibaba Mail reseller's list of SMTP/MTA replies)",
      },
      {
        text: "Esta casilla ha expirado por falta de uso.",
        source:
          "crazy-max/CwsMailBounceHandler tests/emls/bounce_512_001.eml (a real bounce from ubbi.com's qmail, under 'Su mensaje no pudo ser entregado')",
      },
      {
        text: "550 Account is not active.",
        source: `${HMAILSERVER}/Server/SMTP/RecipientParser.cpp#L113 (hMailServer: the administrator deactivated the account)`,
      },
      {
        text: "550 Alias is not active.",
        source: `${HMAILSERVER}/Server/SMTP/RecipientParser.cpp#L129 (hMailServer)`,
      },
      {
        text: "550 This mailbox has been closed",
        source:
          "lib/knowledge/lab/fixtures/exim-debian/alias-fail.txt (Exim 4.96, Debian exim4-daemon-heavy: an alias ':fail: This mailbox has been closed', Exim's redirect router with allow_fail)",
      },
      {
        text: "550 5.2.1 <former@example.com>: Recipient address rejected: This mailbox has been disabled",
        source:
          "lib/knowledge/lab/fixtures/postfix-restrictions/recipient-access-disabled.txt (Postfix 3.7.11: check_recipient_access entry '550 5.2.1 This mailbox has been disabled')",
      },
      {
        text: "550 ACCOUNT LOCKED - THE ACCOUNT <bob@example.com> HAS BEEN LOCKED FOR INACTIVITY",
        source: `${MAGMA}/smtp.c (magma: an account locked by the system)`,
      },
      {
        text: "550 ACCOUNT LOCKED - THE ACCOUNT <bob@example.com> HAS BEEN LOCKED FOR ABUSE POLICY VIOLATIONS",
        source: `${MAGMA}/smtp.c (magma: an account locked by its administrators)`,
      },
      {
        text: "550 5.1.1 anna.a@abc.xyz recipient rejected, account administratively disabled",
        source:
          "https://infomaniak.com/en/support/faq/858/resolve-an-email-issue-following-an-error-report (Resolve an email issue (following an error report), Infomaniak FAQ: the recipient's address is suspended by their provider)",
      },
      {
        text: "550 user is locked.",
        source:
          "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html (a Sina blog's list of a Chinese mail server's replies: 邮箱被锁, the mailbox is locked; a third-party list)",
      },
      {
        text: "User suspended",
        source:
          'https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0 (Coremail support: bounce notices, 退信提示 "User suspended")',
      },
      {
        text: "552 5.2.1 <(name)@anonaddy.me>: Recipient address rejected: User disabled",
        source:
          "https://github.com/anonaddy/anonaddy/issues/580 (anonaddy #580, User Disabled Error: a sender's bounce, the name left out as quoted; the maintainer answers that the account was disabled)",
      },
      {
        text: "smtp;550 5.2.1 This mailbox has been blocked due to inactivity",
        source:
          "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json (SMTP Field Manual: 550 replies; Free's)",
      },
      {
        text: "550 5.2.1 recipient rejected. Mailbox suspended",
        source:
          "https://help-atosmartdocs.theaccessgroup.com/en/articles/13791357-reasons-for-client-email (The Access Group: reasons for client email bounces)",
      },
    ],
  },
  {
    // A whole receiving domain switched off by its administrator, for now: every mailbox in it
    // is disabled, not unknown (mox answers so for a domain it serves but has disabled; its
    // status is the registry's X.2.1, a disabled mailbox).
    // A domain the receiving server hosts and its administrator switched off: mox's "recipient
    // domain temporarily disabled" and hMailServer's "550 Domain has been disabled."
    // (RecipientParser.cpp: the domain is set up but deactivated, none of its addresses takes
    // mail). The sending side's domain disabled at a sending service is another matter (unless).
    id: "concept.recipient-domain-disabled",
    cause: "mailbox-disabled",
    says: "the recipient's whole domain is disabled at the receiving server",
    subject: ["recipient domain", "domain has been disabled"],
    failure: ["disabled"],
    unless: ["sender", "sending", "mail from", "from domain", "relay", "spf", "dkim", "dmarc"],
    examples: [
      {
        text: "450 4.2.1 recipient domain temporarily disabled",
        source:
          "https://github.com/mjl-/mox/blob/1c9587665b321199312e11b6a47a0480a9e2750f/smtpserver/server.go#L2038 (mox: conn.cmdRcpt, a domain the administrator disabled)",
      },
      {
        text: "550 Domain has been disabled.",
        source:
          "https://github.com/hmailserver/hmailserver/blob/05582b8827402ef69aa8c31ac85a84f76fc0987a/hmailserver/source/Server/SMTP/RecipientParser.cpp (hMailServer, CheckDeliveryPossibility: a local domain deactivated)",
      },
    ],
  },
  {
    // A mailbox that holds too many messages is full by count rather than by size.
    id: "concept.too-many-stored",
    cause: "mailbox-full",
    says: "the recipient's mailbox holds as many messages as it may",
    subject: ["too many messages", "too many mails", "zuviele mails", "zu viele mails"],
    failure: ["on the server", "in the mailbox", "in mailbox", "auf dem server", "im postfach"],
    examples: [
      {
        text: "550 Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server.",
        source:
          "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (Typische Fehlermeldungen bei Unzustellbarkeit: WEB.DE's reply)",
      },
    ],
  },
  {
    // An address the receiving server has no user for, in words other than "user unknown":
    // each example is a provider's own.
    id: "concept.address-not-found",
    cause: "recipient-unknown",
    says: "the receiving server has no such address",
    subject: ["address", "recipient", "local user"],
    failure: [
      "does not appear to exist",
      "no such address",
      "not in recipient list",
      "marked as invalid",
      "unknown local user",
    ],
    // Not "couldn't be found": Gmail's and Microsoft's own NDR sentences say it around the
    // server's reply, which decides. "(MX do not point to us)" (Hostpoint) is a domain the
    // server does not host, not an address it lacks.
    unless: [...NOT_THE_RECIPIENT, "not point to us"],
    examples: [
      {
        text: "The address does not appear to exist. It may be misconfigured or removed from its server.",
        source:
          "https://help.elasticemail.com/en/articles/2300650-what-are-the-bounce-error-categories-and-filters (Elastic Email Help Center)",
      },
      {
        text: "550 no such address here",
        source:
          "https://smtp.codes/hostpoint (Hostpoint, citing https://support.hostpoint.ch/en/technical/e-mail)",
      },
      {
        text: "554 5.7.1 <email@example.com>: Recipient address rejected: Not in recipient list",
        source: "https://smtp.codes/zerospam (ZeroSpam)",
      },
      {
        text: "Server Response: 550 unknown local user.",
        source:
          "https://www.bt.com/help/email/fix-a-problem/problems-with-email/bt-email-problems--error-code-0x800ccc79--error-550- (BT Email Error 550)",
      },
    ],
  },
  {
    // Chinese providers' own words: 该用户不存在 ("this user does not exist"), 收件人空间不足
    // ("the recipient's space is not enough").
    id: "concept.zh-user-missing",
    cause: "recipient-unknown",
    says: "the recipient's user does not exist (in Chinese)",
    subject: ["用户", "帐号", "账号", "账户", "收件人"],
    failure: ["不存在"],
    examples: [
      {
        text: "该用户不存在",
        source:
          "https://qqmailbox.com/transceivers/169.html (QQ Mail help: returned messages and their keywords)",
      },
    ],
  },
  {
    id: "concept.zh-space-full",
    cause: "mailbox-full",
    says: "the recipient's mailbox has no space left (in Chinese)",
    subject: ["空间", "容量", "邮箱"],
    failure: ["不足", "已满", "满了"],
    examples: [
      {
        text: "收件人空间不足",
        source:
          "https://qqmailbox.com/transceivers/169.html (QQ Mail help: returned messages and their keywords)",
      },
    ],
  },
  {
    // The recipient's domain does not exist, said of the domain by its role rather than by its
    // name ("the remote domain", "the domain part of the email address"): whose it is is then in
    // the words, unlike "example.com does not exist" (lib/classify/named-domain.ts, which leaves
    // the sender's and the recipient's domain both possible). A notice written without an
    // apostrophe ("doesnt") says the same. Not beside the sender's words (the sender's own
    // domain: sender-address-invalid), a user or mailbox (an address the domain lacks), a
    // hedge ("may not exist"), or a lookup that only failed for now.
    id: "concept.recipient-domain-missing",
    cause: "recipient-domain-invalid",
    says: "the recipient's domain does not exist (or does not resolve)",
    subject: [
      "remote domain",
      "destination domain",
      "recipient domain",
      "recipient's domain",
      "domain part",
    ],
    failure: [
      "does not exist",
      "doesn't exist",
      "doesnt exist",
      "could not be resolved",
      "cannot be resolved",
    ],
    unless: [...SENDER_WORDS, "helo", "user", "mailbox", "may not exist", "try again", "temporar"],
    examples: [
      {
        text: "As the remote domain doesnt exist",
        source:
          "https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/lib/Sisimai/Lhost/KDDI.pm#L29-L34 (Sisimai::Lhost::KDDI: the reasons au by KDDI's notices give)",
      },
      {
        text: "The domain part of the email address does not exist or could not be resolved.",
        source:
          "https://help.elasticemail.com/en/articles/2300650-what-are-the-bounce-error-categories-and-filters (Elastic Email Help Center, category DNSProblem)",
      },
    ],
  },
  {
    // The recipient's domain does not exist in DNS: the MX lookup answered NXDOMAIN.
    id: "concept.domain-nxdomain",
    cause: "recipient-domain-invalid",
    says: "the recipient's domain does not exist in DNS",
    subject: ["nxdomain", "infodomainnonexistent"],
    failure: ["mx", "lookup", "dns query"],
    unless: ["sender", "mail from", "helo", "ehlo", "ptr", "reverse", "client", "dkim", "spf"],
    examples: [
      {
        text: "DNS Error: 80335577 DNS type 'mx' lookup of example.jp responded with code NXDOMAIN",
        source:
          "https://wordtothewise.com/2019/02/undelivered-mail-without-a-bounce/ (Word to the Wise: a Gmail bounce for a domain that does not exist)",
      },
      {
        text: "550 5.4.312 DNS query failed [Message=InfoDomainNonexistent]",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages (DSNs and NDRs in Exchange Server)",
      },
    ],
  },
  {
    id: "concept.mailbox-file-too-large",
    cause: "mailbox-full",
    says: "the recipient's mailbox file reached the largest size its server allows",
    subject: ["mailbox", "error writing message"],
    failure: ["file too large"],
    examples: [
      {
        text: "cannot update mailbox /var/mail/bob for user bob. error writing message: File too large",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/local/mailbox.c#L228 (postfix, deliver_mailbox_file)",
      },
    ],
  },
  {
    id: "concept.domain-takes-no-mail",
    cause: "recipient-domain-invalid",
    says: "the recipient's domain publishes no mail server, or is no valid domain name",
    // Not "Invalid domain name" alone (OpenSMTPD's, of the destination): Sendmail answers a HELO
    // name with the same words, so alone they name no one's domain.
    // "No MX record found for domain=", "no MX or A for domain": the sending side's lookup of
    // the destination found no mail host, in its own words.
    subject: [
      "no mx found",
      "no mx record",
      "no mx or a",
      "no smtp service",
      "mail domain",
      "host not found",
    ],
    failure: ["domain", "indicated", "syntactically invalid", "host not found"],
    unless: ["sender", "mail from", "helo", "ehlo", "client", "try again", "temporar", "servfail"],
    examples: [
      {
        text: "No MX found for domain",
        source:
          "https://github.com/OpenSMTPD/OpenSMTPD/blob/8566f1cde1775c0a0c9d80d6589d5a4d0d8dc3a2/usr.sbin/smtpd/mta.c#L1020 (opensmtpd, mta_on_mx)",
      },
      {
        text: "No mx record found for domain=libsisimai.org",
        source:
          "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-yahoo-09.eml (a Yahoo failure notice: real server output, the line under the failed address)",
      },
      {
        text: "554 5.4.7 [internal] message timeout (last transfail: 454 4.4.4 [internal] no MX or A for domain)",
        source:
          "https://support.sparkpost.com/docs/faq/understanding-delays-bounces (Message Delivery: Understanding Delays and Bounces (SparkPost))",
      },
      {
        text: "an MX or SRV record indicated no SMTP service",
        source:
          "https://github.com/Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8/src/src/routers/dnslookup.c#L369 (exim, dnslookup_router_entry)",
      },
      {
        text: 'mail domain "example..com" is syntactically invalid',
        source:
          "https://github.com/Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8/src/src/routers/dnslookup.c#L392 (exim, dnslookup_router_entry)",
      },
      {
        text: "mx.example.com: host not found",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtp/smtp_addr.c#L248 (postfix, smtp_addr_one)",
      },
    ],
  },
  {
    // The sending side's own router finding no MX for where the message goes, naming it by its
    // role ("destination") rather than as a domain, or saying the MX records are missing or lead
    // to no address: OpenSMTPD's "No MX found for destination" (mta_drain), Exim's "missing MX,
    // or all MXs point to missing A records" (dnslookup, fail_defer_domains). Its own concept,
    // not more failure words for concept.domain-takes-no-mail: "destination" beside that one's
    // "mail domain" is a relay refusal's "mail domain ... is not a local destination".
    id: "concept.destination-without-mx",
    cause: "recipient-domain-invalid",
    says: "the destination's domain has no MX records, or they lead to no address",
    subject: ["no mx found", "missing mx"],
    failure: ["destination", "missing a record"],
    // The sender's own domain (sender-address-invalid), a lookup to be tried again.
    unless: [
      "sender",
      "mail from",
      "your domain",
      "helo",
      "ehlo",
      "client",
      "try again",
      "temporar",
      "servfail",
    ],
    examples: [
      {
        text: "No MX found for destination",
        source:
          "https://github.com/OpenSMTPD/OpenSMTPD/blob/8566f1cde1775c0a0c9d80d6589d5a4d0d8dc3a2/usr.sbin/smtpd/mta.c#L1139 (opensmtpd, mta_drain: CONNECTOR_ERROR_MX)",
      },
      {
        text: "missing MX, or all MXs point to missing A records, and defer requested",
        source:
          "https://github.com/Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8/src/src/routers/dnslookup.c#L350 (exim, dnslookup_router_entry: the domain matched fail_defer_domains)",
      },
    ],
  },
];
