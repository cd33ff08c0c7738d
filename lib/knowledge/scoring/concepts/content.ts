// Concepts (see ./types.ts): The message itself: judged spam, a virus or refused attachment, its size, a content filter, a complaint.
import type { Concept } from "./types";
import {
  BOUNCE_PARSER,
  FLUFL,
  HARAKA,
  DOVECOT,
  MAILMAN3,
  SYMPA,
  AIOSMTPD,
  MAGMA,
  QPSMTPD,
} from "./shared";

export const CONTENT_CONCEPTS: readonly Concept[] = [
  {
    // "UBE", unsolicited bulk email, as a content filter names its spam verdict after "Message
    // content rejected": a real bounce collected by Sisimai ("550 5.7.1 Message content rejected,
    // UBE, id=00000-00-000", the id amavisd-new's replies carry) and NederHost's help page on its
    // own servers' "Message content rejected - UBE" (the message was judged spam). The three
    // letters alone are no word to read (they sit inside "youtube", "cube"): only right after
    // the refusal of the content, as both sources print them.
    id: "concept.content-rejected-ube",
    cause: "content-spam",
    says: "a content filter rejected the message as unsolicited bulk email (spam)",
    subject: ["content rejected"],
    failure: [", ube", "- ube"],
    examples: [
      {
        text: "550 5.7.1 Message content rejected, UBE, id=00000-00-000",
        source:
          "https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Reason/SpamDetected.pm (Sisimai::Reason::SpamDetected: a real bounce's Diagnostic-Code)",
      },
      {
        text: "550 5.7.1 Message content rejected - UBE",
        source:
          'https://www.nederhost.nl/kennisbank/mailbox/Mailbox:_Problemen_oplossen/Melding_bij_versturen:_%22Message_content_rejected%22 (NederHost kennisbank: Melding bij versturen "Message content rejected")',
      },
    ],
  },
  {
    id: "concept.judged-spam",
    cause: "content-spam",
    says: "the message was judged to be spam",
    // "Spam" also names sources and lists ("spam ips blocked"): no surer than a collected wording.
    weight: 1.5,
    // "spamming", "antispam", "unsolicited" and MailMarshal's "SpamProfiler" name the verdict
    // too (examples below); "spam list" does not (a list of senders: a block list).
    subject: [
      "spam",
      "spamming",
      "antispam",
      "unsolicited",
      "spamprofiler",
      // DSPAM is "Scalable, open-source statistical anti-spam filter"
      // (https://ports.macports.org/api/v1/ports/dspam, MacPorts "dspam"): a refusal naming it
      // is that filter's verdict on the content.
      "dspam",
      "bulk mail",
      "bulk email",
      "phishing",
      // magma's "THIS MESSAGE IS BEING BLOCKED ON SUSPICION OF BEING JUNK MAIL".
      "junk mail",
    ],
    failure: [
      "reject",
      "blocked",
      "refused",
      "detected",
      "identified",
      "classified",
      "consider",
      "suspected",
      "looks like",
      "scored",
      "score",
      "probable",
      "appears to be",
      "appears similar",
      "triggered",
      "matched",
      "matches",
      "impersonat",
      "spam-like",
      "not allowed",
      "classification",
      // qpsmtpd's dspam plugin gives the filter's verdict as "dspam says, no spam please" (and
      // "we agree, no spam please" when SpamAssassin concurs).
      "no spam please",
    ],
    // Gmail's closing sentences name spam as the reason for its policies, not as the verdict on
    // this message (https://support.google.com/a/answer/3726730 uses them after SPF, PTR and
    // rate-limit replies alike).
    // "Unsolicited mail originating from your IP" is a verdict on the sending address (generic.ts
    // content-spam unless). Sendmail's cf/README blocks a sender by name with "550 Spam not
    // accepted" (sender-policy, generic.ts): no failure token here reads "not accepted".
    unless: [
      "protect our users from spam",
      "reduce the amount of spam",
      "spamhaus",
      "spamcop",
      "spam list",
      // A block list of spam sources lists the sending IP (Texas Tech's "listed by an Internet
      // spam block list", concept.listed-on-blocklist), not a verdict on the message.
      "spam block list",
      "spam blocklist",
      "spam blacklist",
      // A list kept by the senders' reputation lists sending hosts, not this message: Dominio
      // Absoluto's "553 Blocked by antispam reputation list: Listed <IP>" (its page: the sending
      // IP on the list), as "blocked using Barracuda Reputation" names a list of sending hosts
      // (concept.blocked-using-named-list).
      "reputation list",
      // Yandex's NwSMTP writes "Blocked by spam statistics" after the client host was found in a
      // DNS list (src/rbl.cpp: "554 5.7.1 Service unavailable; Client host [%1%] blocked using
      // %2%; Blocked by spam statistics - see ..."): the statistics of the sending host's mail.
      "spam statistics",
      // The filter that refused, named without its verdict: "blocked by ... anti-spam system"
      // is as often a block of the sending IP (possibility-wordings.ts anti-spam-system).
      "anti-spam system",
      "antispam system",
      "originating from your ip",
      "spam abuse detected from ip",
      // Gmail's pages name "bulk email senders" after an SPF, DKIM, TLS or PTR refusal
      // (providers/google-smtp-errors.ts): the sender's kind, not a verdict on this message.
      "bulk email senders",
      "bulk senders",
      "senders guidelines",
      // policyd-weight's "Mail appeared to be SPAM or forged. Ask your Mail/DNS-Administrator to
      // correct HELO and DNS MX settings or to get removed from DNSBLs" is a score of the
      // sending server's DNS and blocklist listings at RCPT, before any content
      // (possibility-wordings.ts policyd-weight.score).
      "removed from dnsbls",
      // iRedMail's helo_access table names the sending host, by its HELO name, as a known spam
      // source: "appears to come from a known spamming mail server" (a verdict on the server,
      // generic.ts bad-reputation; iredmail/iRedMail samples/postfix/helo_access.pcre).
      "spamming mail server",
      // A site's verdict on the sending network (concept.spam-from-sender-network).
      "spam from your",
      // Verdicts on how the sender behaves, not on this message (concept.spam-behaviour).
      "spam-like behavior",
      "spam-like behaviour",
      "characteristic of spam",
      "source of spam",
      "spam source",
      "spam rate",
      "sending spam",
      "too many messages containing",
      "may be compromised",
      // Outlook.com's SC-001 hedges: "content with spam-like characteristics or IP/domain
      // reputation" names two causes.
      "ip/domain reputation",
      // OpenBSD spamd's country lists: "SPAM. Your address %A appears to be from China" is a
      // list of the sender's networks, not a verdict on the message (concept.host-blacklisted).
      "appears to be from",
    ],
    examples: [
      {
        text: "550 5.6.1 dspam says, no spam please",
        source: `${QPSMTPD}/plugins/dspam#L492 (qpsmtpd's dspam plugin: DSPAM's spam verdict, sent with X.6.1 by Qpsmtpd::DSN->media_unsupported; the words outweigh that code)`,
      },
      {
        text: "550 DATA BLOCKED - THIS MESSAGE IS BEING BLOCKED ON SUSPICION OF BEING JUNK MAIL",
        source: `${MAGMA}/smtp.c (magma: its spam filter's verdict at the end of DATA)`,
      },
      {
        text: "554 5.7.0 Reject, id=20025-09 - SPAM",
        source:
          'https://gitlab.com/amavis/amavis/-/blob/master/amavisd (amavisd-new: "Reject, id=..., - SPAM" on a message whose spam score reached the kill level)',
      },
      {
        text: "550 Probable Spam",
        source: `${BOUNCE_PARSER} t/corpus/spam-rejection15.msg (Diagnostic-Code)`,
      },
      {
        text: "554 Sorry, this message appears to be spam (#5.6.0)",
        source: `${BOUNCE_PARSER} t/corpus/spam-rejection17.msg (Diagnostic-Code)`,
      },
      {
        text: "550 Spamming not allowed",
        source: `${BOUNCE_PARSER} t/corpus/spam-rejection31.msg (Diagnostic-Code)`,
      },
      {
        text: "550 Message refused by MailMarshal SpamProfiler",
        source: `${BOUNCE_PARSER} t/corpus/spam-rejection33.msg (Diagnostic-Code)`,
      },
      {
        text: "554 5.7.1 Your email appears similar to spam we have received before. We urge you to modify your message and resend it.",
        source: `${BOUNCE_PARSER} t/corpus/spam-rejection34.msg (Diagnostic-Code)`,
      },
      {
        text: "554 5.7.1 The message from (<automated-bounces@email.example.com>) with the subject of (foo) matches a profile the Internet community may consider spam. Please revise your message before resending.",
        source: `${BOUNCE_PARSER} t/corpus/spam-rejection19.msg (Diagnostic-Code; the envelope sender shortened)`,
      },
      {
        text: "550 5.7.1 Rejected - bulk email",
        source: `${BOUNCE_PARSER} t/corpus/spam-rejection37.msg (Diagnostic-Code)`,
      },
      {
        text: "553 5.7.3 CONTENT REJECT:192.168.95.162.2011101001.XXYIvtHf:dspam check:4:http://mail.test.com/info/policy/12",
        source: `${BOUNCE_PARSER} t/corpus/spam-rejection25.msg (Diagnostic-Code, unfolded)`,
      },
      {
        text: "550 Mail matches a known spam signature",
        source: `https://github.com/haraka/Haraka/blob/0bf10cbb486253752042e10af4c65ec78ec7fe91/plugins/data.signatures.js#L16 (Haraka: the body holds a string of the site's data.signatures list)`,
      },
      {
        text: "550 Phishing message appears to impersonate example.com",
        source: `${HARAKA}/haraka-plugin-headers/blob/946e7d2f217929f7a63c701aa05dd71baf490da1/index.js#L471 (Haraka's headers plugin, from_phish)`,
      },
      {
        text: "550 5.7.1 Message rejected as spam by Content Filtering.",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
      },
    ],
  },
  {
    // A spam verdict on a named part of the message (its subject, headers, body, keywords):
    // "Spam Header rejected", "Spam Body rejected" (Hornetsecurity's filter, EveryCloud's
    // codes), and an admin's header_checks text in the same shape ("Spam subject not
    // accepted"). Naming the part makes it a verdict on this message's content, where "spam"
    // alone also names senders and lists (concept.judged-spam weighs less for that). The subject
    // is "spam" as a whole word: "spamhaus" and "spamcop" are lists.
    id: "concept.spam-in-content",
    cause: "content-spam",
    says: "a part of the message (its subject, headers or body) was judged to be spam",
    subject: ["spam"],
    failure: ["subject", "header", "body", "content", "keyword", "phrase"],
    // A link or domain in the message is read against domain lists (domain-blocklisted); spam
    // from the sender's network or a list of sources is a verdict on the sender; Gmail's
    // closing sentence names spam as its policy's reason after any refusal.
    unless: [
      "url",
      "uri",
      "link",
      "domain",
      "from your",
      "spam list",
      "spam source",
      "protect our users from spam",
      "reduce the amount of spam",
      "bulk email senders",
      // A report's own Subject: header beside its words (MailScanner's "Subject: {Bounce}
      // Unsolicited commercial email rejected ... Our UCE (spam) detectors"): not the part
      // judged.
      "subject:",
      // GoDaddy's IB110: an IP blocked "for attempting to send too many messages containing
      // content judged to be spam" is a verdict on the sender's history (concept.spam-behaviour).
      "too many messages containing",
    ],
    examples: [
      {
        text: "554 5.6.1 Spam Header rejected",
        source:
          "https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes (Workspace classification codes, EveryCloud support: Hornetsecurity's filter)",
      },
      {
        text: "554 5.6.3 Spam Body rejected",
        source:
          "https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes (Workspace classification codes, EveryCloud support: Hornetsecurity's filter)",
      },
    ],
  },
  {
    // A list of words or phrases the site refuses in a message (its subject or body): a content
    // filter's verdict, whatever it calls the list. opensmtpd-filter-subjectstrings refuses a
    // Subject holding one of the configured spam phrases with "Blacklisted keyphrase found".
    id: "concept.banned-words",
    cause: "content-spam",
    says: "the message holds a word or phrase the receiver's filter refuses",
    subject: [
      "keyphrase",
      "keyphrases",
      "key phrase",
      "key phrases",
      "keyword",
      "keywords",
      "banned word",
      "banned words",
      "banned phrase",
      "banned phrases",
      "forbidden word",
      "forbidden words",
    ],
    failure: [
      "blacklisted",
      "blocklisted",
      "banned",
      "forbidden",
      "prohibited",
      "not allowed",
      "found",
      "matched",
      "detected",
    ],
    // A keyword in the sending host's reverse name or HELO is about the host (spamdyke's "Your
    // reverse DNS entry contains your IP address and a banned keyword", reverse-dns); one in an
    // address or domain is about the sender.
    unless: [
      "reverse dns",
      "rdns",
      "ptr",
      "host name",
      "hostname",
      "helo",
      "domain",
      "ip address",
      "sender address",
      "email address",
    ],
    examples: [
      {
        text: "550 Blacklisted keyphrase found",
        source:
          "https://github.com/Al2Klimov/opensmtpd-filter-subjectstrings/blob/8525ff97f9b409af6eb7647c120357ad861e57a9/src/main.rs#L144 (opensmtpd-filter-subjectstrings: the Subject holds one of the configured spam phrases)",
      },
    ],
  },
  {
    id: "concept.message-too-large",
    cause: "message-too-large",
    says: "the message is larger than the receiving server accepts",
    subject: [
      "message size",
      "size of the message",
      "size of this message",
      "message length",
      "mail size",
      "header size",
      // A list's or a library's limit, without the word "message" beside "size": "larger than
      // the 40 KB maximum size" (Mailman 3), "over the maximum size (5120 kB) allowed on this
      // list" (Sympa), "Too much mail data" (aiosmtpd), "Your message was too big" (Mailman 2).
      "maximum size",
      "mail data",
      "message was too big",
      "message was too large",
      // The SIZE a client declares at MAIL FROM (RFC 1870) over the server's limit: magma's
      // "552 MAIL FROM ERROR - SIZE EXCEEDS SYSTEM LIMIT".
      "size exceeds",
      // Providers' own wordings (examples below): "Maximum email size exceeded", "exceeded
      // mailsize limit", "Maximum size of the message reached", "Message is too long", "The
      // length of DATA content is achieved the maximum threshold", "Your e-mail message is
      // larger than the destination mail system is able to accept".
      "email size",
      "mailsize",
      "maximum allowed size",
      "allowed size",
      "size of the message",
      "message is too long",
      "length of data",
      // The attachments' size over the limit, in the same words: Alibaba Mail's "The length of
      // Attach is achieved the maximum threshold", a Chinese server's "554 attachment is too
      // long." (a single attachment over the size limit).
      "length of attach",
      "attachment is too long",
      "message is larger",
      // SparkPost: "The message bounced because it was too large for the recipient."
      "too large for the recipient",
      "headers too large",
      // "554 Message rejected: Stream is more than 10485760 bytes long." (a real reply).
      "bytes long",
    ],
    failure: [
      "exceed",
      "too large",
      "too big",
      "larger than",
      "over the maximum",
      "too much",
      // "550.5.7.0 Message Size Violation" (The Access Group's list of bounce reasons).
      "violation",
      "reached",
      "threshold",
      "too long",
      "more than",
    ],
    // Against the recipient's remaining storage it is a full mailbox (concept.mailbox-full).
    unless: ["quota", "mailbox", "storage", "disk space", "remaining"],
    examples: [
      {
        text: "554 Message rejected: Stream is more than 10485760 bytes long.",
        source:
          "https://github.com/freescout-help-desk/freescout/issues/318 (freescout #318: the reply a user's SMTP server gave)",
      },
      {
        text: "552 5.6.0 Headers too large (32768 max)",
        source:
          "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/collect.c#L582 (sendmail, collect)",
      },
      {
        text: "The message bounced because it was too large for the recipient.",
        source:
          "https://support.sparkpost.com/docs/deliverability/bounce-classification-codes (Bounce Classification Codes (SparkPost))",
      },
      {
        text: "554 Maximum email size exceeded",
        source:
          "https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754 (Mimecast SMTP Error Codes)",
      },
      {
        text: "552 Requested mail action aborted: exceeded mailsize limit",
        source:
          "http://help.163.com/09/1224/17/5RAJ4LMH00753VB8.html (NetEase help centre: bounce codes)",
      },
      {
        text: "5.2.0 Taille limite du message atteinte. Maximum size of the message reached. OFR_514 [514].",
        source: "https://github.com/sisimai/p5-sisimai/issues/240 (SMTP Error codes in orange.fr)",
      },
      {
        text: "501 5.7.1 Message is too long",
        source:
          "https://docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/Interpretation%20of%205xx%20Errors%20in%20Icewarp%20SMTP.htm (Interpretation of 5xx Errors in IceWarp SMTP)",
      },
      {
        text: "510 The length of DATA content is achieved the maximum threshold",
        source:
          "https://help.aliyun.com/document_detail/36612.html (Alibaba Mail: common bounce errors)",
      },
      {
        text: "510 The length of Attach is achieved the maximum threshold",
        source:
          "https://help.aliyun.com/document_detail/36612.html (Alibaba Mail: common bounce errors)",
      },
      {
        text: "554 attachment is too long.",
        source:
          "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html (A Chinese mail server's SMTP replies with their meanings, Sina blog: 单个附件大小超出限制, a single attachment over the size limit)",
      },
      {
        text: "net 006: Your e-mail message is larger than the destination mail system is able to accept.",
        source:
          "http://www.postmaster.bellsouth.net/error.htm (E-mail Error List, AT&T Postmaster, BellSouth)",
      },
      {
        text: "552 MAIL FROM ERROR - SIZE EXCEEDS SYSTEM LIMIT",
        source: `${MAGMA}/smtp.c#L81 (magma: the SIZE declared at MAIL FROM over its limit)`,
      },
      {
        text: "552 Error: Too much mail data",
        source: `${AIOSMTPD}/aiosmtpd/smtp.py#L1485 (aiosmtpd, past data_size_limit)`,
      },
      {
        text: "The message is larger than the 40 KB maximum size",
        source: `${MAILMAN3}/rules/max_size.py#L68 (Mailman 3's reason in its rejection notice)`,
      },
      {
        text: "Your message could not be sent because its size (12000 kB) was over the maximum size (5120 kB) allowed on this list.",
        source: `${SYMPA}/default/mail_tt2/delivery_status_notification.tt2#L63 (Sympa, status 5.2.3)`,
      },
      {
        text: "This mail message has exceeded the maximum incoming message size.",
        source: `${FLUFL} flufl/bounce/tests/data/dsn_03.txt (an NTMail server's bounce text)`,
      },
      {
        text: "552 5.2.2 Mail size is larger than the maximum size allowed by server configuration",
        source: `${DOVECOT}/src/plugins/quota/quota.c#L289 (Dovecot's quota_max_mail_size, sent with the quota's 5.2.2 by its LMTP server)`,
      },
      {
        text: "534 Message header size exceeds policy limit.",
        source:
          "https://github.com/svarshavchik/courier/blob/858a557f97f059e509c1fef9901d23b131ca1c6f/courier/courier/submit.C#L2197 (Courier 1.0.16: its 534 echoes RFC 3463's 5.3.4, not RFC 4954's 534)",
      },
      {
        text: "550.5.7.0 Message Size Violation",
        source:
          "https://help-atosmartdocs.theaccessgroup.com/en/articles/13791357-reasons-for-client-email (The Access Group: reasons for client email bounces)",
      },
      {
        text: "552 5.3.4 Message size exceeds fixed limit",
        source:
          "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/smtpd/smtpd_check.c (Postfix smtpd: a MAIL FROM SIZE over message_size_limit)",
      },
    ],
  },
  {
    // The past tense a report gives the receiver's size refusal in, with words between the
    // message and its verdict: Amazon SES "because message you sent was too large", SparkPost
    // "because it was too large for the recipient", Mailman 2 "Your message was too big"
    // (concept.message-too-large reads only the last two, by their exact words). The message
    // (or the email) must be named near: a mailbox, a quota or a recipient list that "was too
    // large" is another reason.
    id: "concept.message-was-too-large",
    cause: "message-too-large",
    says: "the message was larger than the receiving server accepts",
    subject: ["was too large", "was too big"],
    failure: ["message", "email", "e-mail"],
    unless: [
      "quota",
      "mailbox",
      "storage",
      "disk space",
      "remaining",
      "recipient list",
      "recipients",
      "request",
    ],
    examples: [
      {
        text: "The recipient's email provider sent a bounce message because message you sent was too large.",
        source:
          "https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html (Amazon SES notification contents: bounceSubType MessageTooLarge)",
      },
      {
        text: "The message bounced because it was too large for the recipient.",
        source:
          "https://support.sparkpost.com/docs/deliverability/bounce-classification-codes (Bounce Classification Codes (SparkPost))",
      },
      {
        text: "Your message was too big; please trim it to less than 40 KB in size.",
        source:
          "https://github.com/jurov/gnu-mailman/blob/255348a9654b8b5ee1930936cafb991f1dee85a7/Mailman/Handlers/Hold.py (Mailman 2, MessageTooBig.rejection_notice)",
      },
    ],
  },
  {
    id: "concept.virus-found",
    cause: "content-virus",
    says: "a virus (or other malware) was found in the message",
    // "Infected: <signature>" (rmilter, after ClamAV) names the verdict without the word virus.
    // "Message is infected with <name>" (Haraka's clamd plugin) likewise; not "is infected
    // with" alone, which a blocklist writes of the sending host ("infected with a spambot").
    // Mailu's Rspamd verdicts name the code, not a virus: "Rejected (dangerous/malicious code
    // detected)", "Rejected (dangerous macro detected)".
    subject: [
      "virus",
      "malware",
      "infected:",
      "message is infected",
      "malicious code",
      "dangerous macro",
      "malicious macro",
      // Broadcom Email Security.cloud: "Rejected due to banned content", "Message contained
      // unsafe content", "MS-Office file containing VBA macros found"; Proton: "We do not accept
      // viral traffic".
      "banned content",
      "unsafe content",
      "vba macros",
      "viral traffic",
      // A worm named by the filter that caught it: milter-regex's sample rules refuse "Swen worm
      // (body)" and "Swen worm (caps)", magma "A COMPUTER VIRUS OR INTERNET WORM".
      "worm",
    ],
    // "contain" for "contains" and magma's "APPEARS TO CONTAIN A COMPUTER VIRUS OR INTERNET WORM".
    // "rejected": Mailu's "Rejected (malicious macro)" names the verdict in the refusal itself.
    // "worm" is its own verdict too: a filter names the worm it matched and nothing more.
    failure: ["detected", "found", "infected", "contain", "rejected", "not accept", "worm"],
    // A sender's "virus infected server" is about the sending host (a reputation), and
    // "spam or virus content" does not say which.
    unless: ["infected server", "spam or virus"],
    examples: [
      {
        text: "554 Rejected due to banned content",
        source:
          "https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html (Common external Spam Filtering Error Codes (Broadcom, Email Security.cloud))",
      },
      {
        text: "552 MS-Office file containing VBA macros found inside of the email",
        source:
          "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html (Outbound Mail returned by MAILER-DAEMON@messagelabs.com (Broadcom KB 162445))",
      },
      {
        text: "554 5.7.1 We do not accept viral traffic",
        source: "https://smtp.codes/protonmail (Proton Mail (smtp.codes))",
      },
      {
        text: "550 DATA BLOCKED - THIS MESSAGE IS BEING BLOCKED BECAUSE IT APPEARS TO CONTAIN A COMPUTER VIRUS OR INTERNET WORM",
        source: `${MAGMA}/smtp.c (magma: its virus scanner's verdict at the end of DATA)`,
      },
      {
        text: "554 5.7.1 Rejected (dangerous/malicious code detected)",
        source:
          "https://github.com/Mailu/Mailu/blob/bbb1c206f9c8e438bb7f7193bdd8eea2ed09d7fd/core/rspamd/conf/force_actions.conf#L20 (Mailu, ClamAV's verdict through Rspamd)",
      },
      {
        text: "554 5.7.1 Rejected (malicious macro)",
        source:
          "https://github.com/Mailu/Mailu/blob/bbb1c206f9c8e438bb7f7193bdd8eea2ed09d7fd/core/rspamd/conf/composites.conf#L10 (Mailu: an Office attachment with a malicious macro, through Rspamd)",
      },
      {
        text: "550 Message is infected with Eicar-Signature",
        source:
          "https://github.com/haraka/haraka-plugin-clamd/blob/c66b60b5f0dc15670866a6ffcc0da82cf98a9f03/index.js#L295 (Haraka's clamd plugin)",
      },
      {
        text: "554 5.7.1 Swen worm (body)",
        source: `https://github.com/milter-regex/milter-regex/blob/80adf5d511edde1227c44d16a1abd8ff6c7fa106/rules#L71 (milter-regex's sample rules: body lines of the Swen worm, reject "Swen worm (body)")`,
      },
      {
        text: "554 5.7.1 Infected: Eicar-Signature",
        source:
          "https://github.com/vstakhov/rmilter/blob/6be0ffd1b7cfb446e3edadccddf6a53b26bfaa45/src/rmilter.c#L1426 (rmilter, ClamAV's verdict)",
      },
      {
        text: "552 Virus infected message rejected. IB705",
        source:
          "https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685 (GoDaddy IB705)",
      },
      {
        text: "Message infected by virus",
        source:
          "lib/knowledge/providers/yandex.ts yandex.virus (Yandex Mail Help, bounces to Yandex)",
      },
    ],
  },
  {
    id: "concept.attachment-refused",
    cause: "content-virus",
    says: "an attachment (its file type or name) is refused",
    // As sure as a collected wording: the cause is the attachment's kind, not a verdict on it.
    weight: 1.5,
    subject: [
      "attachment",
      "attachments",
      "file extension",
      "file extensions",
      "file type",
      "file types",
      // MailCleaner: "Detected forbidden filetype (Security reasons)."
      "filetype",
      "filetypes",
      // qpsmtpd's uvscan plugin refuses archives it cannot scan: "We do not accept
      // password-protected zip files!".
      "password-protected",
      "zip file",
      // An attachment named by the type its content was found to be: "Forbidden MIME type:
      // application/x-dosexec (File: invoice.exe)" (opensmtpd-filter-mimetype).
      "mime type",
      "mime types",
      // "Attach" for the attachment, as Alibaba Mail's "The length of Attach" writes it (a size,
      // concept.message-too-large): Roma Tre's gateway refuses an executable with "Disallowed Attach
      // Type".
      "attach type",
      "attach types",
      // An executable named by its kind or its extension: amavis's "BANNED:
      // application/octet-stream,.exe,.exe-ms,invoice.exe", Ghent University's "A suspicious
      // file (executable code) was found in the message".
      "executable",
      "executable code",
      ".exe",
    ],
    failure: [
      // The filter's finding as the reason itself ("was found in the message").
      "was found",
      "suspicious",
      // milter-regex's sample rules: "Unwanted (executable) attachment type".
      "unwanted",
      "do not accept",
      // Facebook: "The message contains an attachment type that Facebook does not accept."
      "does not accept",
      "not allowed",
      "not permitted",
      "may not",
      "forbidden",
      "prohibited",
      "banned",
      "blocked",
      "blacklisted",
      "illegal",
      "dangerous",
      "unsafe",
      "rejected",
      "refused",
      // MailScanner: "are on the list of unacceptable attachments for this site".
      "unacceptable",
      // Haraka's attachment plugin: "Message contains disallowed file extension (exe)".
      "disallowed",
      // A gateway's "contravened IT security policy" (mailcow-dockerized #731), whose notice goes
      // on "The attachment has been removed": that one reads as delivered mail
      // (./attachment-removed.ts).
      "contravened",
      // AOL's notice for a recipient whose settings take no attachments or pictures: "they are
      // not accepting mail with attachments or embedded images". Not "not accepting" alone: a
      // mailbox "not accepting mail at this time" says nothing of the attachment.
      "not accepting mail with",
    ],
    // An attachment's size or number is a size limit (Gmail's 5.3.4 "The number of
    // attachments ... exceeds Google's limit"), not its kind.
    // Gmail ends its header refusals with a link titled "File types blocked in Gmail": a page's
    // name, not what was refused.
    unless: [
      "too large",
      "too big",
      "size",
      "exceed",
      "number of attachments",
      "limit",
      "file types blocked in gmail",
    ],
    examples: [
      {
        text: "554 5.7.0 Reject, id=31368-05 - BANNED: application/octet-stream,.exe,.exe-ms,invoice.exe",
        source:
          "https://gitlab.com/amavis/amavis/-/blob/v2.13.0/lib/Amavis/Conf.pm (amavisd-new 2.13.0, %smtp_reason_by_ccat: 'id=%n - BANNED: %F')",
      },
      {
        text: "550 5.6.0 *** A suspicious file (executable code) was found in the message ! - See http://helpdesk.ugent.be/email/",
        source: "https://helpdesk.ugent.be/email/faq.php (Ghent University e-mail FAQ)",
      },
      {
        text: "550 MSG-P2 The message contains an attachment type that Facebook does not accept.",
        source:
          "http://postmaster.facebook.com/response_codes (SMTP Response Codes (Facebook Postmaster))",
      },
      {
        text: "550 Message contains disallowed file extension (exe)",
        source:
          "https://github.com/haraka/haraka-plugin-attachment/blob/7700dd048433c4d9f6f9d24ad1dbbc5312f68e52/index.js#L661 (Haraka's attachment plugin)",
      },
      {
        text: "550 Detected forbidden filetype (Security reasons).",
        source:
          "https://github.com/MailCleaner/MailCleaner/blob/da47da22f4f8dfe85e3ab1b13ea163cf9c291daf/etc/exim/exim_stage1.conf_template#L847 (MailCleaner's MIME ACL)",
      },
      {
        text: "One or more of the attachments (setup.exe) are on the list of unacceptable attachments for this site and will not have been delivered.",
        source:
          "https://github.com/MailScanner/v5/blob/76589ee4b82cb24e9aeceafe798b99536ce33178/common/usr/share/MailScanner/reports/en/sender.filename.report.txt#L11 (MailScanner's sender notice)",
      },
      {
        text: "552-5.7.0 Our system detected an illegal attachment on your message.",
        source:
          "lib/knowledge/providers/google.ts earlier.5.7.0-illegal-attachment (Gmail's earlier 5.7.0 wording, SMTP Field Manual)",
      },
      {
        text: '550 5.7.1 Attachment name "invoice.exe" may not end with ".exe"',
        source:
          "lib/knowledge/lab/fixtures/postfix/attachment-check.txt (Postfix 3.7 with header_checks(5)'s own example rule, recorded by the lab)",
      },
      {
        text: "552 We do not accept password-protected zip files!",
        source: `${QPSMTPD}/plugins/virus/uvscan#L95 (qpsmtpd's uvscan plugin: an archive it cannot scan)`,
      },
      {
        text: "554 5.7.1 Unwanted (executable) attachment type",
        source: `https://github.com/milter-regex/milter-regex/blob/80adf5d511edde1227c44d16a1abd8ff6c7fa106/rules#L75 (milter-regex's sample rules: an attachment named .pif, .exe, .scr, .com, .bat or .rar)`,
      },
      {
        text: "550 Policy violation: Forbidden MIME type: application/x-dosexec (File: invoice.exe)",
        source:
          "https://github.com/marco-schm/opensmtpd-filter-mimetype/blob/dc7df8a6e7aa59c260541af3ce58d96bb64287d8/internal/protocol/handler.go#L64 (opensmtpd-filter-mimetype: an attachment whose detected type is not allowed, the reason built at internal/mail/checker.go#L81)",
      },
      {
        text: "Disallowed Attach Type",
        source:
          "https://www.uniroma3.it/servizi/servizi-al-personale/servizi-informatici-e-telematici/posta-elettronica-di-ateneo/guida-ai-messaggi-di-errore/ (Guida ai messaggi di errore, Università Roma Tre: an attachment of a type the system refuses, executables such as .exe, .com, .bat)",
      },
      {
        text: "Your mail to the following recipients could not be delivered because they are not accepting mail with attachments or embedded images:",
        source:
          "https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/3133a16326c596e0e9fc97469930aee535962bcf/t/corpus/aol.attachment.msg (AOL's own notice, kept in BounceParser's test corpus; aol-senderblock.msg there has the same sentence)",
      },
      {
        text: "550 Blacklisted file extension detected",
        source:
          "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-content_scanning_at_acl_time.html (the Exim specification's MIME ACL example)",
      },
    ],
  },
  {
    // A message whose content is a security threat: Gmail's "its content presents a potential
    // security issue", which its page ties to its attachment guidelines (executables, macros).
    id: "concept.content-security-issue",
    cause: "content-virus",
    says: "the message's content (an attachment or a link) was judged a security threat",
    subject: ["security issue", "security threat"],
    failure: ["content", "attachment"],
    unless: ["unauthenticated", "authenticate", "spf", "dkim", "dmarc"],
    examples: [
      {
        text: "552 5.7.0 This message was blocked because its content presents a potential security issue.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 5.7.0)",
      },
    ],
  },
  {
    // An ESP that will not send to a recipient who complained: a suppression, not a refusal
    // by the receiving server.
    id: "concept.spam-complaint",
    cause: "not-a-bounce",
    says: "the recipient marked earlier mail as spam, so the sending service suppresses this address",
    subject: ["who marked", "explicitly marked", "recipient marked", "subscriber marked"],
    failure: ["as spam"],
    examples: [
      {
        text: "Not delivering to a user who marked your messages as spam",
        source:
          "https://help.mailgun.com/hc/en-us/articles/360012070614-Why-did-I-receive-the-error-Not-delivering-to-a-user-who-marked-your-messages-as-spam (Mailgun Help Center)",
      },
      {
        text: "The subscriber explicitly marked this message as spam.",
        source:
          "https://postmarkapp.com/developer/api/bounce-api#bounce-types (Bounce API: Bounce types (Postmark))",
      },
    ],
  },
  {
    // A sending service's own suppression list: it did not try to deliver to an address that
    // bounced, complained or unsubscribed before; no receiving server refused anything. (Amazon
    // SES's global list, "has suppressed sending", names its reason, an invalid address:
    // providers/amazon-ses.ts.)
    id: "concept.suppression-list",
    cause: "not-a-bounce",
    says: "the sending service did not send to this address because it is on a suppression list",
    subject: ["suppression list", "was suppressed", "suppressed due to"],
    failure: ["address", "recipient", "policy", "bounc", "complain", "unsubscri"],
    // Amazon SES's account-level list holds hard bounces and complaints alike: its table ranks
    // the two readings (providers/amazon-ses.ts) rather than this concept naming one.
    unless: ["as spam", "virus", "suppression list for your account"],
    examples: [
      {
        text: "554 5.7.1 recipient address was suppressed due to system policy",
        source:
          "https://support.sparkpost.com/docs/user-guide/using-suppression-lists (Using Suppression Lists (SparkPost): the global suppression list's event)",
      },
      {
        text: "Recipient was on suppression list at send time. The original SMTP failure that suppressed it is in 'details' when available.",
        source:
          "https://www.plain.com/docs/graphql-reference/types/EmailBounceReason (EmailBounceReason (Plain GraphQL reference): INACTIVE_RECIPIENT)",
      },
    ],
  },
  {
    id: "concept.content-filter-refusal",
    cause: "content-spam",
    says: "the receiver's content filter refused or held the message",
    subject: ["content filter", "content examination", "content restrictions", "gtube"],
    failure: ["quarantined", "rejected", "bounced", "due to", "pattern"],
    unless: ["size", "attachment"],
    examples: [
      {
        text: "5.2.1 Content Filter agent quarantined this message",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages (DSNs and NDRs in Exchange Server)",
      },
      {
        text: "550 Message bounced due to Content Examination policy",
        source:
          "https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754 (Mimecast SMTP Error Codes)",
      },
      {
        text: "550 5.7.1 Message rejected due to content restrictions",
        source:
          "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html (Outbound Mail returned by MAILER-DAEMON@messagelabs.com (Broadcom KB 162445))",
      },
      {
        text: "554 5.7.1 Gtube pattern",
        source:
          "https://github.com/rspamd/rspamd/blob/05da2709be658402e851f5bebc1e6968ac786089/src/libmime/message.c#L853-L871 (Rspamd 3.4: src/libmime/message.c (rspamd_check_gtube: the GTUBE test pattern's passthrough result))",
      },
    ],
  },
];
